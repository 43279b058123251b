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
            Kind = Word<ActorKind>(a.Kind!),
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
                Updated = Date(site.Updated!).FirstDay,
                SourceArticle = sources[site.Source!.Value],
                Brief = MarkdownRendering.Render(site.Brief!),
            },
            Actors = [.. actors.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)],
            Reactions = reactionsNewestFirst,
            Positions = [.. positions.Values.OrderBy(p => p.Title, StringComparer.Ordinal)],
            Frameworks = frameworks,
            Dimensions = dimensions,
            Timeline = events,
            Sources = [.. sources.Values.OrderBy(s => s.Date).ThenBy(s => s.Title, StringComparer.Ordinal)],
            Version = raw.Version,
            FeaturedComparison = [.. site.FeaturedComparison.Select(id => frameworks.First(f => f.Id == id.Value))],
            MembersDimension = site.MembersDimension is { } members ? dimensionsById[members.Value] : null,
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

    /// <summary>
    /// Sets every back-reference: each item learns what points at it. One pass over each kind of item builds
    /// an index (linear in the content), instead of scanning every reaction once per actor and per source,
    /// which grew as actors × reactions. Lists keep the order of the sequences they are built from.
    /// </summary>
    private static void Link(
        IEnumerable<Actor> actors,
        IReadOnlyList<Reaction> reactions,
        IEnumerable<Position> positions,
        IReadOnlyList<Framework> frameworks,
        IReadOnlyList<TimelineEvent> events,
        IEnumerable<Source> sources)
    {
        var members = new Index<Actor, Actor>();
        foreach (var actor in actors)
        {
            if (actor.Country is { } country)
            {
                members.Add(country, actor);
            }
        }

        var reactionsByActor = new Index<Actor, Reaction>();
        var reactionsByPosition = new Index<Position, Reaction>();
        var reactionsBySource = new Index<Source, Reaction>();
        foreach (var reaction in reactions)
        {
            reactionsByActor.Add(reaction.Actor, reaction);
            foreach (var position in reaction.Positions.Distinct())
            {
                reactionsByPosition.Add(position, reaction);
            }

            foreach (var source in reaction.Sources.Concat(reaction.Quotes.Select(q => q.Source)).Distinct())
            {
                reactionsBySource.Add(source, reaction);
            }
        }

        var positionsByActor = new Index<Actor, Position>();
        var positionsBySource = new Index<Source, Position>();
        foreach (var position in positions.OrderBy(p => p.Title, StringComparer.Ordinal))
        {
            foreach (var holder in position.HeldBy.Distinct())
            {
                positionsByActor.Add(holder, position);
            }

            foreach (var source in position.Sources.Distinct())
            {
                positionsBySource.Add(source, position);
            }
        }

        var eventsByActor = new Index<Actor, TimelineEvent>();
        var eventsBySource = new Index<Source, TimelineEvent>();
        foreach (var e in events)
        {
            foreach (var actor in e.Actors.Distinct())
            {
                eventsByActor.Add(actor, e);
            }

            foreach (var source in e.Sources.Distinct())
            {
                eventsBySource.Add(source, e);
            }
        }

        var frameworksByActor = new Index<Actor, Framework>();
        var frameworksBySource = new Index<Source, Framework>();
        foreach (var framework in frameworks)
        {
            foreach (var actor in framework.Members.Select(m => m.Actor).OfType<Actor>().Distinct())
            {
                frameworksByActor.Add(actor, framework);
            }

            foreach (var source in framework.Sources.Concat(framework.Values.SelectMany(v => v.Sources)).Distinct())
            {
                frameworksBySource.Add(source, framework);
            }
        }

        var actorsBySource = new Index<Source, Actor>();
        foreach (var actor in actors.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            foreach (var source in actor.Sources.Distinct())
            {
                actorsBySource.Add(source, actor);
            }
        }

        foreach (var actor in actors)
        {
            actor.Members = [.. members.Of(actor).OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
            actor.Reactions = reactionsByActor.Of(actor);
            actor.Positions = positionsByActor.Of(actor);
            actor.Events = eventsByActor.Of(actor);
            actor.Frameworks = frameworksByActor.Of(actor);
        }

        foreach (var actor in actors)
        {
            var ownMembers = actor.Members.ToHashSet();
            actor.Related = [.. actor.Positions.SelectMany(p => p.HeldBy)
                .Concat(actor.Events.SelectMany(e => e.Actors))
                .Distinct()
                .Where(a => a != actor && a != actor.Country && !ownMembers.Contains(a))
                .OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
        }

        foreach (var position in positions)
        {
            position.Reactions = reactionsByPosition.Of(position);
        }

        foreach (var source in sources)
        {
            source.CitedByReactions = reactionsBySource.Of(source);
            source.CitedByActors = actorsBySource.Of(source);
            source.CitedByPositions = positionsBySource.Of(source);
            source.CitedByFrameworks = frameworksBySource.Of(source);
            source.CitedByEvents = eventsBySource.Of(source);
        }
    }

    /// <summary>Items grouped under a key (compared by reference), in the order they were added.</summary>
    private sealed class Index<TKey, TItem>
        where TKey : class
    {
        private readonly Dictionary<TKey, List<TItem>> lists = new(ReferenceEqualityComparer.Instance);

        public void Add(TKey key, TItem item)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                list = [];
                lists[key] = list;
            }

            list.Add(item);
        }

        public TItem[] Of(TKey key) => lists.TryGetValue(key, out var list) ? [.. list] : [];
    }

    private static FrameworkValue Value(Dimension dimension, ValueDto v, FrozenDictionary<string, Source> sources) => new()
    {
        Dimension = dimension,
        Value = v.Value!.Value,
        Detail = v.Detail!.Value,
        Status = v.Status is null ? ValueStatus.Known : Word<ValueStatus>(v.Status),
        Sources = Lookup(v.Sources, sources),
    };

    private static T Word<T>(Located<string> text)
        where T : struct, Enum =>
        Vocabulary<T>.TryParse(text.Value, out var value) ? value : throw Unvalidated(text.Value);

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
