namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// A real link to an item's canonical address that site.js turns into a copy-to-clipboard control.
/// <paramref name="Label"/> is its text without script (a plain link); <paramref name="CopyLabel"/> its text once enhanced.
/// </summary>
public sealed record CopyLink(string Href, string Label, string CopyLabel)
{
    public static CopyLink ToReaction(string reactionId) => new(SiteRoute.Reaction(reactionId), "Link to this reaction", "Copy link to this reaction");
}
