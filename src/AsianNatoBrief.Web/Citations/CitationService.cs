using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Citations;

/// <summary>
/// Cites reactions at their canonical address, dated by the content version. Only a downloaded file adds
/// the day it was accessed (today, UTC, from the app's <see cref="TimeProvider"/>): a page is kept by the
/// page cache and served again on later days, so what it shows must not depend on the day it was rendered.
/// </summary>
public sealed class CitationService(TimeProvider time)
{
    /// <summary>The citation files a reaction can be downloaded as, by extension.</summary>
    public static IReadOnlyList<CitationFile> Files { get; } =
    [
        new("bib", "BibTeX", "application/x-bibtex", c => c.BibTeX),
        new("ris", "RIS", "application/x-research-info-systems", c => c.Ris),
        new("json", "CSL-JSON", "application/vnd.citationstyles.csl+json", c => c.CslJson),
    ];

    /// <summary>The citation a reaction's page shows: no access date.</summary>
    public static ReactionCitation ForPage(Brief brief, Reaction reaction, SiteOrigin origin) => Format(brief, reaction, origin, accessed: null);

    /// <summary>The citation of a downloaded file: accessed today.</summary>
    public ReactionCitation ForDownload(Brief brief, Reaction reaction, SiteOrigin origin) =>
        Format(brief, reaction, origin, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));

    private static ReactionCitation Format(Brief brief, Reaction reaction, SiteOrigin origin, DateOnly? accessed)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(origin);
        return CitationFormatter.Format(reaction, brief.Site, origin.Absolute(SiteRoute.Reaction(reaction.Id)), accessed);
    }
}

/// <summary>One downloadable citation format.</summary>
public sealed record CitationFile(string Extension, string Name, string MediaType, Func<ReactionCitation, string> Text)
{
    public string Path(string reactionId) => SiteRoute.Citation(reactionId, Extension);
}
