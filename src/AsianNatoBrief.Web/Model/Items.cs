using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Model;

// The snapshot's items. They are created and cross-linked once by the loader (which alone may set the
// internal link properties) and never change afterwards: a reload builds a whole new snapshot.

/// <summary>The kind of an actor.</summary>
public enum ActorKind
{
    State,
    Person,
    Group,
}

/// <summary>A citable document.</summary>
public sealed class Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public required PartialDate Date { get; init; }

    /// <summary>True when the source gives no date and <see cref="Date"/> is inferred from its text.</summary>
    public bool DateInferred { get; init; }

    public required SourceKind Kind { get; init; }
    public Uri? Url { get; init; }

    /// <summary>Why the source has no <see cref="Url"/>, when it has none.</summary>
    public string? NoUrl { get; init; }

    public string? Note { get; init; }
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>Reactions citing this source.</summary>
    public IReadOnlyList<Reaction> CitedByReactions { get; init; } = [];

    /// <summary>Actors whose profile cites this source.</summary>
    public IReadOnlyList<Actor> CitedByActors { get; init; } = [];

    /// <summary>Positions citing this source.</summary>
    public IReadOnlyList<Position> CitedByPositions { get; init; } = [];

    /// <summary>Frameworks citing this source, in their summary or in a comparison value.</summary>
    public IReadOnlyList<Framework> CitedByFrameworks { get; init; } = [];

    /// <summary>Timeline events citing this source.</summary>
    public IReadOnlyList<TimelineEvent> CitedByEvents { get; init; } = [];
}

/// <summary>A state, person or group in the story.</summary>
public sealed class Actor
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ActorKind Kind { get; init; }
    public required string Role { get; init; }
    public required string Summary { get; init; }

    /// <summary>The profile, rendered from Markdown.</summary>
    public required HtmlString Profile { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>The state a person or group belongs to.</summary>
    public Actor? Country { get; init; }

    /// <summary>For a state: the people and groups that belong to it.</summary>
    public IReadOnlyList<Actor> Members { get; init; } = [];

    /// <summary>The actor's reactions, newest first.</summary>
    public IReadOnlyList<Reaction> Reactions { get; init; } = [];

    /// <summary>The positions the actor holds.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];

    /// <summary>Timeline events involving the actor, in date order.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; init; } = [];

    /// <summary>Actors that share a position or an event with this one, excluding its state and members.</summary>
    public IReadOnlyList<Actor> Related { get; init; } = [];

    /// <summary>Frameworks that list this actor as a member.</summary>
    public IReadOnlyList<Framework> Frameworks { get; init; } = [];

    /// <summary>For a state: the reactions of its people and groups, newest first.</summary>
    public IReadOnlyList<Reaction> MemberReactions { get; init; } = [];
}

/// <summary>Words a source attributes to a speaker.</summary>
public sealed class Quote
{
    public required string Text { get; init; }
    public required string Speaker { get; init; }
    public required Source Source { get; init; }
}

/// <summary>One actor's response to the proposal.</summary>
public sealed class Reaction
{
    public required string Id { get; init; }
    public required Actor Actor { get; init; }
    public required Stance Stance { get; init; }

    /// <summary>Whether the stance is the actor's own or the site's reading of reports.</summary>
    public required StanceBasis StanceBasis { get; init; }

    /// <summary>When the statement was made, as precisely as <see cref="DatedBy"/> gives it.</summary>
    public required PartialDate Date { get; init; }

    /// <summary>The source (one of <see cref="Sources"/>) that gives the statement's date.</summary>
    public required Source DatedBy { get; init; }

    public required string Headline { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>What was said and its context, rendered from Markdown.</summary>
    public required HtmlString Body { get; init; }

    /// <summary>The positions this reaction expresses.</summary>
    public IReadOnlyList<Position> Positions { get; init; } = [];
}

/// <summary>An argument in the debate.</summary>
public sealed class Position
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required HtmlString Body { get; init; }
    public required IReadOnlyList<Actor> HeldBy { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>Reactions that express this position, newest first.</summary>
    public IReadOnlyList<Reaction> Reactions { get; init; } = [];
}

/// <summary>A row of a comparison.</summary>
public sealed class Dimension
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Question { get; init; }

    /// <summary>Hand-written statements of how particular sets of frameworks differ on this row.</summary>
    public required IReadOnlyList<DifferenceNote> Differences { get; init; }

    /// <summary>The statement written for exactly these frameworks, if any.</summary>
    public string? DifferenceFor(IReadOnlyCollection<Framework> frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        foreach (var note in Differences)
        {
            if (note.FrameworkIds.Count == frameworks.Count && frameworks.All(f => note.FrameworkIds.Contains(f.Id)))
            {
                return note.Text;
            }
        }

        return null;
    }
}

/// <summary>A one-line statement of how some frameworks differ on one dimension.</summary>
public sealed class DifferenceNote
{
    public required IReadOnlySet<string> FrameworkIds { get; init; }
    public required string Text { get; init; }
}

/// <summary>Whether a comparison value is known.</summary>
public enum ValueStatus
{
    Known,
    NotApplicable,
    Unknown,
}

/// <summary>One framework's answer for one dimension.</summary>
public sealed class FrameworkValue
{
    public required Dimension Dimension { get; init; }
    public required string Value { get; init; }
    public required string Detail { get; init; }
    public required ValueStatus Status { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
}

/// <summary>A member listed for a framework, linked to its actor where it has one.</summary>
public sealed class FrameworkMember
{
    public required string Name { get; init; }
    public Actor? Actor { get; init; }
}

/// <summary>NATO, the QUAD or the proposed Asian NATO.</summary>
public sealed class Framework
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Summary { get; init; }

    /// <summary>The heading of the member list: "Members", or what the list really is (for a proposal, the countries it named).</summary>
    public required string MembersHeading { get; init; }

    public required IReadOnlyList<FrameworkMember> Members { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public IReadOnlyList<Change> Changes { get; init; } = [];

    /// <summary>One value per dimension, in dimension order.</summary>
    public required IReadOnlyList<FrameworkValue> Values { get; init; }

    /// <summary>The value for a dimension (every framework has one for every dimension).</summary>
    public FrameworkValue ValueFor(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return Values.First(v => ReferenceEquals(v.Dimension, dimension));
    }
}

/// <summary>A dated event.</summary>
public sealed class TimelineEvent
{
    public required string Id { get; init; }
    public required PartialDate Date { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<Actor> Actors { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
}

/// <summary>Site-wide settings from <c>site.yaml</c>.</summary>
public sealed class SiteInfo
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>When the content was last revised: the version date of every citation.</summary>
    public required DateOnly Updated { get; init; }
    public required Source SourceArticle { get; init; }

    /// <summary>The proposal in brief, rendered from Markdown.</summary>
    public required HtmlString Brief { get; init; }
}
