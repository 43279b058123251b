using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>The joins of the snapshot, done once when it is built: every back-reference of every item.</summary>
internal static partial class BriefBuilder
{
    /// <summary>
    /// Sets every back-reference: each item learns what points at it. One pass over each kind of item builds
    /// an index (linear in the content), instead of scanning every reaction once per actor and per source,
    /// which grew as actors × reactions. Lists keep the order of the sequences they are built from.
    /// </summary>
    private static void Link(
        Backlinks links,
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
            links.ActorMembers.Fill(actor.Id, members.Of(actor).OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal));
            links.ActorReactions.Fill(actor.Id, reactionsByActor.Of(actor));
            links.ActorPositions.Fill(actor.Id, positionsByActor.Of(actor));
            links.ActorEvents.Fill(actor.Id, eventsByActor.Of(actor));
            links.ActorFrameworks.Fill(actor.Id, frameworksByActor.Of(actor));
        }

        foreach (var actor in actors)
        {
            var ownMembers = actor.Members.ToHashSet();
            links.ActorRelated.Fill(actor.Id, actor.Positions.SelectMany(p => p.HeldBy)
                .Concat(actor.Events.SelectMany(e => e.Actors))
                .Distinct()
                .Where(a => a != actor && a != actor.Country && !ownMembers.Contains(a))
                .OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal));
            links.ActorMemberReactions.Fill(actor.Id, actor.Members.SelectMany(m => m.Reactions).OrderByDescending(r => r.Date));
        }

        foreach (var position in positions)
        {
            links.PositionReactions.Fill(position.Id, reactionsByPosition.Of(position));
        }

        foreach (var source in sources)
        {
            links.SourceReactions.Fill(source.Id, reactionsBySource.Of(source));
            links.SourceActors.Fill(source.Id, actorsBySource.Of(source));
            links.SourcePositions.Fill(source.Id, positionsBySource.Of(source));
            links.SourceFrameworks.Fill(source.Id, frameworksBySource.Of(source));
            links.SourceEvents.Fill(source.Id, eventsBySource.Of(source));
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
}
