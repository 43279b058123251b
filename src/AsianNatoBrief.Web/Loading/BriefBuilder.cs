using System.Collections.Frozen;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>Builds the immutable, cross-linked snapshot from content that has passed validation.</summary>
internal static class BriefBuilder
{
    public static Brief Build(RawContent raw)
    {
        var sources = raw.Sources.Select(s => new Source
        {
            Id = s.Id!.Value,
            Title = s.Title!.Value,
            Publisher = s.Publisher?.Value,
            Author = s.Author?.Value,
            Date = Date(s.Date!),
            Url = s.Url is null ? null : new Uri(s.Url.Value),
            Note = s.Note?.Value,
        }).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

        var actors = raw.Actors.Select(a => new Actor
        {
            Id = a.Id!.Value,
            Name = a.Name!.Value,
            Kind = Enum.Parse<ActorKind>(a.Kind!.Value, ignoreCase: true),
            Role = a.Role!.Value,
            Summary = a.Summary!.Value,
            Profile = MarkdownRendering.Render(a.Body),
            Aliases = Values(a.Aliases),
            Sources = Lookup(a.Sources, sources),
        }).ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);

        foreach (var a in raw.Actors)
        {
            if (a.Country is not null)
            {
                actors[a.Id!.Value].Country = actors[a.Country.Value];
            }
        }

        var positions = raw.Positions.Select(p => new Position
        {
            Id = p.Id!.Value,
            Title = p.Title!.Value,
            Summary = p.Summary!.Value,
            Body = MarkdownRendering.Render(p.Body),
            HeldBy = Lookup(p.HeldBy, actors),
            Sources = Lookup(p.Sources, sources),
            Aliases = Values(p.Aliases),
        }).ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

        var reactionPositions = new Dictionary<Reaction, IReadOnlyList<Position>>();
        var reactionList = new List<Reaction>();
        foreach (var r in raw.Reactions)
        {
            var stance = Stances.TryParse(r.Stance!.Value, out var parsed) ? parsed : throw Unvalidated(r.Path);
            var reaction = new Reaction
            {
                Id = r.Id!.Value,
                Actor = actors[r.Actor!.Value],
                Stance = stance,
                Date = Date(r.Date!),
                Headline = r.Headline!.Value,
                Quotes = [.. r.Quotes.Select(q => new Quote { Text = q.Text!.Value, Speaker = q.Speaker!.Value, Source = sources[q.Source!.Value] })],
                Sources = Lookup(r.Sources, sources),
                Aliases = Values(r.Aliases),
                Body = MarkdownRendering.Render(r.Body),
            };
            reaction.Positions = Lookup(r.Positions, positions);
            reactionList.Add(reaction);
        }

        var reactionsNewestFirst = reactionList
            .OrderByDescending(r => r.Date)
            .ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        var dimensions = raw.Dimensions.Select(d => new Dimension
        {
            Id = d.Id!.Value,
            Label = d.Label!.Value,
            Question = d.Question!.Value,
            Differences = [.. d.Differences.Select(x => new DifferenceNote
            {
                FrameworkIds = x.Frameworks.Select(f => f.Value).ToFrozenSet(StringComparer.Ordinal),
                Text = x.Text!.Value,
            })],
        }).ToList();
        var dimensionsById = dimensions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

        var frameworks = raw.Frameworks.Select(f =>
        {
            var values = f.Values!.ToDictionary(v => v.Dimension.Value, StringComparer.Ordinal);
            return new Framework
            {
                Id = f.Id!.Value,
                Name = f.Name!.Value,
                ShortName = f.ShortName!.Value,
                Summary = f.Summary!.Value,
                Members = [.. f.Members.Select(m => new FrameworkMember { Name = m.Name!.Value, Actor = m.Actor is null ? null : actors[m.Actor.Value] })],
                Sources = Lookup(f.Sources, sources),
                Aliases = Values(f.Aliases),
                Values = [.. dimensions.Select(d => Value(d, values[d.Id], sources))],
            };
        }).OrderBy(f => f.ShortName, StringComparer.Ordinal).ToList();

        var events = raw.Events.Select(e => new TimelineEvent
        {
            Id = e.Id!.Value,
            Date = Date(e.Date!),
            Title = e.Title!.Value,
            Actors = Lookup(e.Actors, actors),
            Sources = Lookup(e.Sources, sources),
        }).OrderBy(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();

        Link(actors.Values, reactionsNewestFirst, positions.Values, frameworks, events, sources.Values);

        var site = raw.Site!;
        return new Brief
        {
            Site = new SiteInfo
            {
                Title = site.Title!.Value,
                Description = site.Description!.Value,
                BaseUrl = site.BaseUrl!.Value,
                Updated = Date(site.Updated!).FirstDay,
                SourceArticle = sources[site.Source!.Value],
                Brief = MarkdownRendering.Render(site.Brief!),
                Corrections = site.Corrections!.Value,
            },
            Actors = [.. actors.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)],
            Reactions = reactionsNewestFirst,
            Positions = [.. positions.Values.OrderBy(p => p.Title, StringComparer.Ordinal)],
            Frameworks = frameworks,
            Dimensions = dimensions,
            Timeline = events,
            Sources = [.. sources.Values.OrderBy(s => s.Date).ThenBy(s => s.Title, StringComparer.Ordinal)],
            Version = raw.Version,
            RootPath = raw.Root,
            ActorsById = actors,
            ReactionsById = reactionList.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal),
            PositionsById = positions,
            FrameworksById = frameworks.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal),
            DimensionsById = dimensionsById,
            SourcesById = sources,
            EventsById = events.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal),
            ActorsByAlias = ByAlias(actors.Values, a => a.Aliases),
            ReactionsByAlias = ByAlias(reactionList, r => r.Aliases),
            PositionsByAlias = ByAlias(positions.Values, p => p.Aliases),
            FrameworksByAlias = ByAlias(frameworks, f => f.Aliases),
        };
    }

    /// <summary>Sets every back-reference: each item learns what points at it.</summary>
    private static void Link(
        IEnumerable<Actor> actors,
        IReadOnlyList<Reaction> reactions,
        IEnumerable<Position> positions,
        IReadOnlyList<Framework> frameworks,
        IReadOnlyList<TimelineEvent> events,
        IEnumerable<Source> sources)
    {
        foreach (var actor in actors)
        {
            actor.Members = [.. actors.Where(a => a.Country == actor).OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
            actor.Reactions = [.. reactions.Where(r => r.Actor == actor)];
            actor.Positions = [.. positions.Where(p => p.HeldBy.Contains(actor)).OrderBy(p => p.Title, StringComparer.Ordinal)];
            actor.Events = [.. events.Where(e => e.Actors.Contains(actor))];
            actor.Frameworks = [.. frameworks.Where(f => f.Members.Any(m => m.Actor == actor))];
        }

        foreach (var actor in actors)
        {
            actor.Related = [.. actor.Positions.SelectMany(p => p.HeldBy)
                .Concat(actor.Events.SelectMany(e => e.Actors))
                .Distinct()
                .Where(a => a != actor && a != actor.Country && !actor.Members.Contains(a))
                .OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
        }

        foreach (var position in positions)
        {
            position.Reactions = [.. reactions.Where(r => r.Positions.Contains(position))];
        }

        foreach (var source in sources)
        {
            source.CitedByReactions = [.. reactions.Where(r => r.Sources.Contains(source) || r.Quotes.Any(q => q.Source == source))];
            source.CitedByActors = [.. actors.Where(a => a.Sources.Contains(source)).OrderBy(a => a.Name, StringComparer.Ordinal)];
            source.CitedByPositions = [.. positions.Where(p => p.Sources.Contains(source)).OrderBy(p => p.Title, StringComparer.Ordinal)];
            source.CitedByFrameworks = [.. frameworks.Where(f => f.Sources.Contains(source) || f.Values.Any(v => v.Sources.Contains(source)))];
            source.CitedByEvents = [.. events.Where(e => e.Sources.Contains(source))];
        }
    }

    private static FrameworkValue Value(Dimension dimension, ValueDto v, FrozenDictionary<string, Source> sources) => new()
    {
        Dimension = dimension,
        Value = v.Value!.Value,
        Detail = v.Detail!.Value,
        Status = v.Status?.Value switch
        {
            "not-applicable" => ValueStatus.NotApplicable,
            "unknown" => ValueStatus.Unknown,
            _ => ValueStatus.Known,
        },
        Sources = Lookup(v.Sources, sources),
    };

    private static PartialDate Date(Located<string> text) =>
        PartialDate.TryParse(text.Value, out var date, out _) ? date : throw Unvalidated(text.Value);

    private static InvalidOperationException Unvalidated(string what) =>
        new($"content reached the builder without passing validation: {what}");

    private static string[] Values(IReadOnlyList<Located<string>> values) => [.. values.Select(v => v.Value)];

    private static T[] Lookup<T>(IReadOnlyList<Located<string>> ids, FrozenDictionary<string, T> items) =>
        [.. ids.Select(id => items[id.Value]).Distinct()];

    private static FrozenDictionary<string, T> ByAlias<T>(IEnumerable<T> items, Func<T, IReadOnlyList<string>> aliases) =>
        items.SelectMany(item => aliases(item).Select(alias => KeyValuePair.Create(alias, item)))
            .ToFrozenDictionary(StringComparer.Ordinal);
}
