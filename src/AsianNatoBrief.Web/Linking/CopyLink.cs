namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// A real link to an item's canonical address that site.js turns into a copy-to-clipboard control.
/// <paramref name="Label"/> is its text without script (a plain link); <paramref name="CopyLabel"/> its text once enhanced.
/// </summary>
public sealed record CopyLink(string Href, string Label, string CopyLabel)
{
    public static CopyLink ToReaction(string reactionId) => new(SiteAddresses.Reaction(reactionId), "Link to this reaction", "Copy link to this reaction");

    /// <summary>A comparison row: <paramref name="comparisonPath"/> is the page's canonical path, the row's id its fragment.</summary>
    public static CopyLink ToRow(string comparisonPath, string dimensionId) => new($"{comparisonPath}#{dimensionId}", "Link to this row", "Copy link to this row");
}
