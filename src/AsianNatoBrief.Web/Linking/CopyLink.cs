namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// A real link to an item's canonical address, marked for site.js, which adds a button after it that
/// copies the address. <paramref name="Label"/> is the link's text; <paramref name="CopyLabel"/> the button's.
/// </summary>
public sealed record CopyLink(string Href, string Label, string CopyLabel = "Copy link")
{
    public static CopyLink ToReaction(string reactionId) => new(SiteAddresses.Reaction(reactionId), SiteAddresses.Reaction(reactionId));

    /// <summary>A comparison row: <paramref name="comparisonPath"/> is the page's canonical path, the row's id its fragment.</summary>
    public static CopyLink ToRow(string comparisonPath, string dimensionId) => new($"{comparisonPath}#{dimensionId}", "Link to this row");
}
