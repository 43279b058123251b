using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

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
/// <para>
/// Every view has a path of its own, so that a static copy of the site can hold it as a file: the list of
/// reactions filtered by stance and actor is <c>/reactions/actor/china/stance/opposes</c>, the comparison
/// without its equal rows <c>/compare/nato-vs-quad/differences</c>. The query forms the filter and
/// chooser forms send (<c>?stance=…&amp;actor=…</c>, <c>?differences=only</c>) are answered with a 301 to
/// those paths when every value names something (<see cref="CanonicalQuery"/>).
/// </para>
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
    public const string Search = "/search";

    /// <summary>The OpenSearch description browsers use to add the site's search.</summary>
    public const string OpenSearch = "/opensearch.xml";
    public const string Data = "/data";

    /// <summary>Every dated correction and revision of the content, newest first, and its Atom feed.</summary>
    public const string Changes = "/changes";
    public const string ChangesFeed = "/changes.atom";

    /// <summary>One change on the changes page: <c>/changes#reaction-china-opposes-2026-12-02</c>.</summary>
    public static string Change(ChangeEntry entry) => Changes + "#" + entry?.Anchor;

    private const string CitationPrefix = "cite.";
    private const string StanceSegment = "stance";
    private const string ActorSegment = "actor";
    private const string DifferencesSegment = "differences";

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
        [PageKind.Search] = Search,
        [PageKind.OpenSearch] = OpenSearch,
        [PageKind.Data] = Data,
        [PageKind.Changes] = Changes,
        [PageKind.ChangesFeed] = ChangesFeed,
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
    public static string DifferencesOnly(string comparisonPath) => comparisonPath + "/" + DifferencesSegment;

    /// <summary>The endpoint template of <see cref="DifferencesOnly"/>.</summary>
    public const string DifferencesTemplate = Chooser + "/{selection}/" + DifferencesSegment;

    public static string Position(Position position) => Positions + "#" + Id(position?.Id);

    public static string Source(Source source) => Sources + "#" + Id(source?.Id);

    public static string Event(TimelineEvent timelineEvent) => Timeline + "#" + Id(timelineEvent?.Id);

    public static string ReactionsWithStance(Stance stance) => ReactionsFiltered(stance.Slug(), null);

    public static string ReactionsBy(Actor actor) => ReactionsFiltered(null, Id(actor?.Id));

    /// <summary>The list of reactions with either filter, both or none: <c>/reactions/actor/china/stance/opposes</c>.</summary>
    public static string ReactionsFiltered(string? stance, string? actorId) =>
        Reactions + (actorId is null ? "" : "/" + ActorSegment + "/" + actorId) + (stance is null ? "" : "/" + StanceSegment + "/" + stance);

    /// <summary>The endpoint templates of the filtered lists of reactions.</summary>
    public static readonly IReadOnlyList<string> ReactionFilterTemplates =
    [
        Reactions + "/" + StanceSegment + "/{stance}",
        Reactions + "/" + ActorSegment + "/{actor}",
        Reactions + "/" + ActorSegment + "/{actor}/" + StanceSegment + "/{stance}",
    ];

    /// <summary>The legend of every stance on the About page.</summary>
    public const string StanceLegend = About + "#stances";

    /// <summary>The definition of one stance on the About page.</summary>
    public static string StanceDefinition(Stance stance) => About + "#stance-" + stance.Slug();

    /// <summary>What a stance basis (stated or inferred) means, in the legend on the about page.</summary>
    public static string StanceBasisDefinition(StanceBasis basis) => About + "#basis-" + basis.Slug();

    /// <summary>The group of sources of one kind on the sources page.</summary>
    public static string SourceKind(SourceKind kind) => Sources + "#kind-" + kind.Slug();

    public const string HowToCite = About + "#cite";

    public const string Corrections = About + "#corrections";

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
            case ["reactions", StanceSegment, var stance]:
                return new(PageKind.Reactions, []) { Stance = stance };
            case ["reactions", ActorSegment, var actor]:
                return new(PageKind.Reactions, [actor]);
            case ["reactions", ActorSegment, var actor, StanceSegment, var stance]:
                return new(PageKind.Reactions, [actor]) { Stance = stance };
            case ["reactions", var id]:
                return new(PageKind.Reaction, [id]);
            case ["reactions", var id, var file] when file.StartsWith(CitationPrefix, StringComparison.Ordinal):
                return new(PageKind.Citation, [id], file[CitationPrefix.Length..]);
            case ["frameworks", var id]:
                return new(PageKind.Framework, [id]);
            case ["compare", var selection]:
                return new(PageKind.Comparison, selection.Split(Separator));
            case ["compare", var selection, DifferencesSegment]:
                return new(PageKind.Comparison, selection.Split(Separator)) { DifferencesOnly = true };
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
            PageKind.Actor or PageKind.Reactions or PageKind.ActorData => address.WithIds(id => brief.FindActor(id) is null && brief.FindActorByAlias(id) is { } a ? a.Id : id).Path,
            PageKind.Reaction or PageKind.Citation or PageKind.ReactionData =>
                address.WithIds(id => brief.FindReaction(id) is null && brief.FindReactionByAlias(id) is { } r ? r.Id : id).Path,
            PageKind.Framework or PageKind.Comparison or PageKind.FrameworkData or PageKind.ComparisonData =>
                address.WithIds(id => brief.FindFramework(id) is null && brief.FindFrameworkByAlias(id) is { } f ? f.Id : id).Path,
            _ => address.Path,
        };
    }

    /// <summary>
    /// The path that the query of a filter or chooser form names, when it names one: the list of reactions
    /// with <c>stance</c> and <c>actor</c> (each known, or empty for "all"), or the comparison with
    /// <c>differences=only</c>. Null when the query is anything else, so the page answers it (and explains
    /// a value that names nothing).
    /// </summary>
    public static string? CanonicalQuery(Brief brief, string canonicalPath, IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count == 0 || Parse(canonicalPath) is not { } address)
        {
            return null;
        }

        if (address is { Kind: PageKind.Comparison, DifferencesOnly: false } && query.Count == 1
            && string.Equals(query["differences"], "only", StringComparison.OrdinalIgnoreCase))
        {
            return DifferencesOnly(canonicalPath);
        }

        if (address is not { Kind: PageKind.Reactions, Stance: null, Ids.Count: 0 }
            || query.Keys.Any(k => k is not ("stance" or "actor")) || query.Any(q => q.Value.Count > 1))
        {
            return null;
        }

        var stanceText = query["stance"].ToString().Trim().ToLowerInvariant();
        var actorText = query["actor"].ToString().Trim().ToLowerInvariant();
        Stance? stance = null;
        if (stanceText.Length > 0)
        {
            if (!Stances.TryParse(stanceText, out var parsed))
            {
                return null;
            }

            stance = parsed;
        }

        var actor = actorText.Length == 0 ? null : brief.FindActor(actorText) ?? brief.FindActorByAlias(actorText);
        return actorText.Length > 0 && actor is null ? null : ReactionsFiltered(stance?.Slug(), actor?.Id);
    }

    private static string Id(string? id) => id ?? throw new ArgumentNullException(nameof(id));
}
