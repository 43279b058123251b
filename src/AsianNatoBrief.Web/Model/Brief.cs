using System.Collections.Frozen;

namespace AsianNatoBrief.Web.Model;

/// <summary>
/// One immutable, fully cross-linked snapshot of the content. A request reads the store's current
/// snapshot once and works only with it, so it never sees two versions of the content.
/// </summary>
public sealed class Brief
{
    public required SiteInfo Site { get; init; }

    /// <summary>Actors ordered by kind (states, people, groups), then name.</summary>
    public required IReadOnlyList<Actor> Actors { get; init; }

    /// <summary>Reactions, newest first.</summary>
    public required IReadOnlyList<Reaction> Reactions { get; init; }
    public required IReadOnlyList<Position> Positions { get; init; }
    public required IReadOnlyList<Framework> Frameworks { get; init; }

    /// <summary>Comparison rows in display order.</summary>
    public required IReadOnlyList<Dimension> Dimensions { get; init; }

    /// <summary>Events in date order.</summary>
    public required IReadOnlyList<TimelineEvent> Timeline { get; init; }

    /// <summary>Sources ordered by date, then title.</summary>
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Every item's changes, newest first.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    /// <summary>A short hash of every content file: changes whenever any content changes.</summary>
    public required string Version { get; init; }

    /// <summary>
    /// The comparison the site is built around (<c>featured_comparison</c> in <c>site.yaml</c>), in column
    /// order: linked from the navigation and listed first. Empty when the content names none.
    /// </summary>
    public IReadOnlyList<Framework> FeaturedComparison { get; init; } = [];

    /// <summary>Actors with a reaction of their own or through their people, in <see cref="Actors"/> order: the actor filter.</summary>
    public required IReadOnlyList<Actor> ActorsWithReactions { get; init; }

    /// <summary>For each stance, the actors of <see cref="ActorsWithReactions"/> with a reaction (their own or a member's) of it.</summary>
    public required IReadOnlyDictionary<Stance, IReadOnlyList<Actor>> ActorsWithStance { get; init; }

    /// <summary>The actors × positions matrix: one row per actor holding a position, a cell per position in <see cref="Positions"/> order.</summary>
    public required IReadOnlyList<PositionRow> PositionMatrix { get; init; }

    /// <summary>The comparison row that lists members (<c>members_dimension</c>), which actor pages link to.</summary>
    public Dimension? MembersDimension { get; init; }

    /// <summary>Where the content was read from.</summary>
    public required string RootPath { get; init; }

    internal FrozenDictionary<string, Actor> ActorsById { get; init; } = FrozenDictionary<string, Actor>.Empty;
    internal FrozenDictionary<string, Reaction> ReactionsById { get; init; } = FrozenDictionary<string, Reaction>.Empty;
    internal FrozenDictionary<string, Framework> FrameworksById { get; init; } = FrozenDictionary<string, Framework>.Empty;
    internal FrozenDictionary<string, Dimension> DimensionsById { get; init; } = FrozenDictionary<string, Dimension>.Empty;
    internal FrozenDictionary<string, Source> SourcesById { get; init; } = FrozenDictionary<string, Source>.Empty;

    internal FrozenDictionary<string, Actor> ActorsByAlias { get; init; } = FrozenDictionary<string, Actor>.Empty;
    internal FrozenDictionary<string, Reaction> ReactionsByAlias { get; init; } = FrozenDictionary<string, Reaction>.Empty;
    internal FrozenDictionary<string, Framework> FrameworksByAlias { get; init; } = FrozenDictionary<string, Framework>.Empty;

    public Actor? FindActor(string id) => ActorsById.GetValueOrDefault(id);

    public Reaction? FindReaction(string id) => ReactionsById.GetValueOrDefault(id);

    public Framework? FindFramework(string id) => FrameworksById.GetValueOrDefault(id);

    public Dimension? FindDimension(string id) => DimensionsById.GetValueOrDefault(id);

    public Source? FindSource(string id) => SourcesById.GetValueOrDefault(id);

    /// <summary>The actor that once had this id, if it was renamed.</summary>
    public Actor? FindActorByAlias(string alias) => ActorsByAlias.GetValueOrDefault(alias);

    /// <summary>The reaction that once had this id, if it was renamed.</summary>
    public Reaction? FindReactionByAlias(string alias) => ReactionsByAlias.GetValueOrDefault(alias);

    /// <summary>The framework that once had this id, if it was renamed.</summary>
    public Framework? FindFrameworkByAlias(string alias) => FrameworksByAlias.GetValueOrDefault(alias);
}

/// <summary>One actor's row of the positions matrix: whether it holds each position, in the snapshot's position order.</summary>
public sealed record PositionRow(Actor Actor, IReadOnlyList<bool> Holds);
