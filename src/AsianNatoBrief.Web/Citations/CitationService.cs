using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Citations;

/// <summary>Cites reactions at their canonical address, dated by the content version and accessed today (UTC).</summary>
public sealed class CitationService(TimeProvider time)
{
    /// <summary>The citation files a reaction can be downloaded as, by extension.</summary>
    public static IReadOnlyList<CitationFile> Files { get; } =
    [
        new("bib", "BibTeX", "application/x-bibtex", c => c.BibTeX),
        new("ris", "RIS", "application/x-research-info-systems", c => c.Ris),
        new("json", "CSL-JSON", "application/vnd.citationstyles.csl+json", c => c.CslJson),
    ];

    public ReactionCitation For(Brief brief, Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(reaction);
        var accessed = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return CitationFormatter.Format(reaction, brief.Site, SiteRoute.Absolute(brief.Site.BaseUrl, SiteRoute.Reaction(reaction.Id)), accessed);
    }
}

/// <summary>One downloadable citation format.</summary>
public sealed record CitationFile(string Extension, string Name, string MediaType, Func<ReactionCitation, string> Text)
{
    public string Path(string reactionId) => SiteRoute.Citation(reactionId, Extension);
}
