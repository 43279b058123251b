using AsianNatoBrief.Web.Model;

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

    /// <summary>The open-data page, <c>/data</c>.</summary>
    Data,

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
/// reaction, citation or framework page, the framework ids in column order for a comparison, none otherwise.
/// </summary>
public sealed record SiteAddress(PageKind Kind, IReadOnlyList<string> Ids, string? Format = null)
{
    /// <summary>The canonical path of this address with its ids as they stand.</summary>
    public string Path => Kind switch
    {
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

/// <summary>
/// Every address of the site, built and parsed here and nowhere else: pages, redirects, the content
/// check of internal links, the sitemap, the feed, sharing tags and citations all ask it.
/// </summary>
/// <remarks>
/// The canonical form of an address is lower case, without a trailing slash, naming items by their
/// current ids. A comparison names two or three different frameworks joined by <see cref="Separator"/>
/// in the reader's column order: every order is a canonical page of its own (<c>/compare/quad-vs-nato</c>
/// puts the QUAD in the first column), so the order is never rewritten — only case and former ids are.
/// Links the site writes to a comparison put the framework of the page they are on first, and otherwise
/// follow the featured order of <c>site.yaml</c>. Framework ids may not contain the separator, so every
/// comparison address splits one way only.
/// </remarks>
public static partial class SiteRoute
{
    public const string Home = "/";
    public const string Actors = "/actors";
    public const string Reactions = "/reactions";
    public const string Positions = "/positions";
    public const string Chooser = "/compare";
    public const string Timeline = "/timeline";
    public const string Sources = "/sources";
    public const string About = "/about";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Feed = "/feed.atom";
    public const string Data = "/data";

    private const string CitationPrefix = "cite.";

    /// <summary>What joins the framework ids of a comparison address.</summary>
    public const string Separator = "-vs-";

    public const int MinCompared = 2;
    public const int MaxCompared = 3;

    internal static readonly IReadOnlyDictionary<PageKind, string> Fixed = new Dictionary<PageKind, string>
    {
        [PageKind.Home] = Home,
        [PageKind.Actors] = Actors,
        [PageKind.Reactions] = Reactions,
        [PageKind.Positions] = Positions,
        [PageKind.Chooser] = Chooser,
        [PageKind.Timeline] = Timeline,
        [PageKind.Sources] = Sources,
        [PageKind.About] = About,
        [PageKind.Sitemap] = Sitemap,
        [PageKind.Robots] = Robots,
        [PageKind.Feed] = Feed,
        [PageKind.Data] = Data,
    };

    private static readonly Dictionary<string, PageKind> FixedByPath =
        Fixed.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string Actor(string id) => Actors + "/" + id;

    public static string Actor(Actor actor) => Actor(Id(actor?.Id));

    public static string Reaction(string id) => Reactions + "/" + id;

    public static string Reaction(Reaction reaction) => Reaction(Id(reaction?.Id));

    /// <summary>A reaction in place on its actor's page: <c>/actors/china#china-opposes</c>.</summary>
    public static string ReactionInContext(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return Actor(reaction.Actor) + "#" + reaction.Id;
    }

    /// <summary>A reaction's citation file: <c>/reactions/{id}/cite.bib</c>.</summary>
    public static string Citation(string reactionId, string format) => Reaction(reactionId) + "/" + CitationPrefix + format;

    /// <summary>The endpoint template of <see cref="Citation(string, string)"/>.</summary>
    public const string CitationTemplate = Reactions + "/{id}/" + CitationPrefix + "{extension}";

    public static string Framework(string id) => "/frameworks/" + id;

    public static string Framework(Framework framework) => Framework(Id(framework?.Id));

    /// <summary>A comparison of frameworks in this column order: <c>/compare/nato-vs-quad</c>.</summary>
    public static string Comparison(IEnumerable<string> frameworkIds) => Chooser + "/" + string.Join(Separator, frameworkIds);

    public static string Comparison(IEnumerable<Framework> frameworks) => Comparison(frameworks.Select(f => f.Id));

    /// <summary>The featured comparison of <c>site.yaml</c>, linked from the navigation and the home page.</summary>
    public static string MainComparison(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.FeaturedComparison.Count >= MinCompared ? Comparison(brief.FeaturedComparison) : Chooser;
    }

    /// <summary>One row of a comparison: <c>/compare/nato-vs-quad#legal-basis</c>.</summary>
    public static string ComparisonRow(IEnumerable<Framework> frameworks, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return Comparison(frameworks) + "#" + dimension.Id;
    }

    /// <summary>The view of a comparison that hides rows where every framework agrees.</summary>
    public static string DifferencesOnly(string comparisonPath) => comparisonPath + "?differences=only";

    public static string Position(Position position) => Positions + "#" + Id(position?.Id);

    public static string Source(Source source) => Sources + "#" + Id(source?.Id);

    public static string Event(TimelineEvent timelineEvent) => Timeline + "#" + Id(timelineEvent?.Id);

    public static string ReactionsWithStance(Stance stance) => Reactions + "?stance=" + stance.Slug();

    public static string ReactionsBy(Actor actor) => Reactions + "?actor=" + Id(actor?.Id);

    /// <summary>The legend of every stance on the About page.</summary>
    public const string StanceLegend = About + "#stances";

    /// <summary>The definition of one stance on the About page.</summary>
    public static string StanceDefinition(Stance stance) => About + "#stance-" + stance.Slug();

    public const string HowToCite = About + "#cite";

    public const string Corrections = About + "#corrections";

    /// <summary>The absolute address of a site path under <paramref name="baseUrl"/>.</summary>
    public static Uri Absolute(string baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(baseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path), UriKind.Absolute);
    }

    /// <summary>
    /// Reads a path (no query or fragment) as an address of the site, forgiving case, trailing and doubled
    /// slashes and <c>/index</c>; null when no page of the site could have that shape.
    /// </summary>
    public static SiteAddress? Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var segments = path.ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (segments)
        {
            case []:
            case ["index"]:
                return new(PageKind.Home, []);
            case [var only] when FixedByPath.TryGetValue("/" + only, out var kind):
                return new(kind, []);
            case ["actors", var file] when JsonId(file) is { } id:
                return new(PageKind.ActorData, [id]);
            case ["reactions", var file] when JsonId(file) is { } id:
                return new(PageKind.ReactionData, [id]);
            case ["frameworks", var file] when JsonId(file) is { } id:
                return new(PageKind.FrameworkData, [id]);
            case ["compare", var file] when JsonId(file) is { } selection:
                return new(PageKind.ComparisonData, selection.Split(Separator));
            case ["data", var file] when file != SchemaFolder:
                return new(PageKind.DataFile, [], file);
            case ["data", SchemaFolder, var file]:
                return new(PageKind.Schema, [], file);
            case ["actors", var id]:
                return new(PageKind.Actor, [id]);
            case ["reactions", var id]:
                return new(PageKind.Reaction, [id]);
            case ["reactions", var id, var file] when file.StartsWith(CitationPrefix, StringComparison.Ordinal):
                return new(PageKind.Citation, [id], file[CitationPrefix.Length..]);
            case ["frameworks", var id]:
                return new(PageKind.Framework, [id]);
            case ["compare", var selection]:
                return new(PageKind.Comparison, selection.Split(Separator));
            default:
                return null;
        }
    }

    /// <summary>
    /// The canonical path for <paramref name="path"/> against <paramref name="brief"/>: lower case, no
    /// trailing slash, former ids replaced by current ones. Null when the path is no page of the site;
    /// unknown ids are kept, so the page itself answers 404.
    /// </summary>
    public static string? Canonical(Brief brief, string path)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (Parse(path) is not { } address)
        {
            return null;
        }

        return address.Kind switch
        {
            PageKind.Actor or PageKind.ActorData => address.WithIds(id => brief.FindActor(id) is null && brief.FindActorByAlias(id) is { } a ? a.Id : id).Path,
            PageKind.Reaction or PageKind.Citation or PageKind.ReactionData =>
                address.WithIds(id => brief.FindReaction(id) is null && brief.FindReactionByAlias(id) is { } r ? r.Id : id).Path,
            PageKind.Framework or PageKind.Comparison or PageKind.FrameworkData or PageKind.ComparisonData =>
                address.WithIds(id => brief.FindFramework(id) is null && brief.FindFrameworkByAlias(id) is { } f ? f.Id : id).Path,
            _ => address.Path,
        };
    }

    private static string Id(string? id) => id ?? throw new ArgumentNullException(nameof(id));
}
