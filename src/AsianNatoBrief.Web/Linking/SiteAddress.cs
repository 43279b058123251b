namespace AsianNatoBrief.Web.Linking;

/// <summary>The kinds of address the site answers.</summary>
public enum PageKind
{
    Home,
    Actors,
    Actor,
    Reactions,
    Reaction,
    Citation,
    Positions,
    Chooser,
    Comparison,
    Framework,
    Timeline,
    Sources,
    About,
    Sitemap,
    Robots,
    Feed,
    Search,
    OpenSearch,

    /// <summary>The open-data page, <c>/data</c>.</summary>
    Data,

    /// <summary>The list of changes, <c>/changes</c>, and its feed, <c>/changes.atom</c>.</summary>
    Changes,
    ChangesFeed,

    /// <summary>A download of the whole brief under <c>/data/</c>; <see cref="SiteAddress.Format"/> is its file name.</summary>
    DataFile,

    /// <summary>A JSON Schema under <c>/data/schema/</c>; <see cref="SiteAddress.Format"/> is its file name.</summary>
    Schema,

    /// <summary>One item's data: <c>/actors/{id}.json</c>, <c>/reactions/{id}.json</c>, <c>/frameworks/{id}.json</c>.</summary>
    ActorData,
    ReactionData,
    FrameworkData,

    /// <summary>A comparison's data: <c>/compare/nato-vs-quad.json</c>.</summary>
    ComparisonData,
}

/// <summary>
/// An address of the site, read by <see cref="SiteRoute.Parse"/>: its kind and the ids it names, lower-cased
/// but not yet looked up (an id may be unknown or a former id). <see cref="Ids"/> holds one id for an actor,
/// reaction, citation or framework page, the framework ids in column order for a comparison, the actor of a
/// filtered list of reactions, none otherwise.
/// </summary>
public sealed record SiteAddress(PageKind Kind, IReadOnlyList<string> Ids, string? Format = null)
{
    /// <summary>For the list of reactions: the stance it is filtered by, as written.</summary>
    public string? Stance { get; init; }

    /// <summary>For a comparison: whether it is the view that hides rows where every framework agrees.</summary>
    public bool DifferencesOnly { get; init; }

    /// <summary>The canonical path of this address with its ids as they stand.</summary>
    public string Path => Kind switch
    {
        PageKind.Reactions => SiteRoute.ReactionsFiltered(Stance, Ids.Count > 0 ? Ids[0] : null),
        PageKind.Comparison when DifferencesOnly => SiteRoute.DifferencesOnly(SiteRoute.Comparison(Ids)),
        PageKind.Actor => SiteRoute.Actor(Ids[0]),
        PageKind.Reaction => SiteRoute.Reaction(Ids[0]),
        PageKind.Citation => SiteRoute.Citation(Ids[0], Format ?? ""),
        PageKind.Framework => SiteRoute.Framework(Ids[0]),
        PageKind.Comparison => SiteRoute.Comparison(Ids),
        PageKind.DataFile => SiteRoute.DataFile(Format ?? ""),
        PageKind.Schema => SiteRoute.Schema(Format ?? ""),
        PageKind.ActorData => SiteRoute.Actor(Ids[0]) + SiteRoute.JsonExtension,
        PageKind.ReactionData => SiteRoute.Reaction(Ids[0]) + SiteRoute.JsonExtension,
        PageKind.FrameworkData => SiteRoute.Framework(Ids[0]) + SiteRoute.JsonExtension,
        PageKind.ComparisonData => SiteRoute.Comparison(Ids) + SiteRoute.JsonExtension,
        _ => SiteRoute.Fixed[Kind],
    };

    /// <summary>The same address with each id replaced by <paramref name="current"/>'s answer for it.</summary>
    public SiteAddress WithIds(Func<string, string> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return Ids.Count == 0 ? this : this with { Ids = [.. Ids.Select(current)] };
    }
}
