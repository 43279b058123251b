using System.Collections.Frozen;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>Builds the immutable, cross-linked snapshot from content that has passed validation.</summary>
internal static partial class BriefBuilder
{
    public static Brief Build(RawContent raw)
    {
        var links = new Backlinks();
        var sources = raw.Sources.Select(s => new Source
        {
            Id = s.Id.Value,
            Title = s.Title.Value,
            Kind = s.Kind.Value,
            Publisher = s.Publisher?.Value,
            Author = s.Author?.Value,
            Date = s.Date.Value,
            DateInferred = s.DateInferred,
            Url = s.Url?.Value,
            NoUrl = s.NoUrl?.Value,
            Note = s.Note?.Value,
            Changes = Changes(s.Changes),
            CitedByReactions = links.SourceReactions.For(s.Id.Value),
            CitedByActors = links.SourceActors.For(s.Id.Value),
            CitedByPositions = links.SourcePositions.For(s.Id.Value),
            CitedByFrameworks = links.SourceFrameworks.For(s.Id.Value),
            CitedByEvents = links.SourceEvents.For(s.Id.Value),
        }).ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);

        // States first: a person's or group's country is a state (validated), so it exists when they are made.
        var made = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in raw.Actors.OrderBy(a => a.Country is null ? 0 : 1))
        {
            var id = a.Id.Value;
            made[id] = new Actor
            {
                Id = id,
                Name = a.Name.Value,
                Kind = a.Kind.Value,
                Role = a.Role.Value,
                Summary = a.Summary.Value,
                Profile = MarkdownRendering.Render(a.Body),
                Aliases = Values(a.Aliases),
                Sources = Lookup(a.Sources, sources),
                Changes = Changes(a.Changes),
                Country = a.Country is null ? null : made[a.Country.Value],
                Members = links.ActorMembers.For(id),
                Reactions = links.ActorReactions.For(id),
                Positions = links.ActorPositions.For(id),
                Events = links.ActorEvents.For(id),
                Related = links.ActorRelated.For(id),
                Frameworks = links.ActorFrameworks.For(id),
                MemberReactions = links.ActorMemberReactions.For(id),
            };
        }

        var actors = made.ToFrozenDictionary(StringComparer.Ordinal);

        var positions = raw.Positions.Select(p => new Position
        {
            Id = p.Id.Value,
            Title = p.Title.Value,
            Summary = p.Summary.Value,
            Body = MarkdownRendering.Render(p.Body),
            HeldBy = Lookup(p.HeldBy, actors),
            Sources = Lookup(p.Sources, sources),
            Aliases = Values(p.Aliases),
            Changes = Changes(p.Changes),
            Reactions = links.PositionReactions.For(p.Id.Value),
        }).ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);

        var reactionPositions = new Dictionary<Reaction, IReadOnlyList<Position>>();
        var reactionList = new List<Reaction>();
        foreach (var r in raw.Reactions)
        {
            var reaction = new Reaction
            {
                Id = r.Id.Value,
                Actor = actors[r.Actor.Value],
                Stance = r.Stance.Value,
                StanceBasis = r.StanceBasis.Value,
                Date = r.Date.Value,
                DatedBy = sources[r.DatedBy.Value],
                Headline = r.Headline.Value,
                Quotes = [.. r.Quotes.Select(q => new Quote { Text = q.Text.Value, Speaker = q.Speaker.Value, Source = sources[q.Source.Value] })],
                Sources = Lookup(r.Sources, sources),
                Aliases = Values(r.Aliases),
                Changes = Changes(r.Changes),
                Body = MarkdownRendering.Render(r.Body),
                Positions = Lookup(r.Positions, positions),
            };
            reactionList.Add(reaction);
        }

        var reactionsNewestFirst = reactionList
            .OrderByDescending(r => r.Date)
            .ThenBy(r => r.Actor.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        var dimensions = raw.Dimensions.Select(d => new Dimension
        {
            Id = d.Id.Value,
            Label = d.Label.Value,
            Question = d.Question.Value,
            Differences = [.. d.Differences.Select(x => new DifferenceNote
            {
                FrameworkIds = x.Frameworks.Select(f => f.Value).ToFrozenSet(StringComparer.Ordinal),
                Text = x.Text.Value,
            })],
        }).ToList();
        var dimensionsById = dimensions.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

        var frameworks = raw.Frameworks.Select(f =>
        {
            var values = f.Values.ToDictionary(v => v.Dimension.Value, StringComparer.Ordinal);
            return new Framework
            {
                Id = f.Id.Value,
                Name = f.Name.Value,
                ShortName = f.ShortName.Value,
                Summary = f.Summary.Value,
                MembersHeading = f.MembersHeading?.Value ?? "Members",
                Members = [.. f.Members.Select(m => new FrameworkMember { Name = m.Name.Value, Actor = m.Actor is null ? null : actors[m.Actor.Value] })],
                Sources = Lookup(f.Sources, sources),
                Aliases = Values(f.Aliases),
                Changes = Changes(f.Changes),
                Values = [.. dimensions.Select(d => Value(d, values[d.Id], sources))],
            };
        }).OrderBy(f => f.ShortName, StringComparer.Ordinal).ToList();

        var events = raw.Events.Select(e => new TimelineEvent
        {
            Id = e.Id.Value,
            Date = e.Date.Value,
            Title = e.Title.Value,
            Actors = Lookup(e.Actors, actors),
            Sources = Lookup(e.Sources, sources),
        }).OrderBy(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();

        Link(links, actors.Values, reactionsNewestFirst, positions.Values, frameworks, events, sources.Values);

        var frameworksById = frameworks.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        var site = raw.Site ?? throw Unvalidated("site.yaml");
        IReadOnlyList<Actor> actorList = [.. actors.Values.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal)];
        IReadOnlyList<Position> positionList = [.. positions.Values.OrderBy(p => p.Title, StringComparer.Ordinal)];
        IReadOnlyList<Actor> withReactions = [.. actorList.Where(a => a.Reactions.Count > 0 || a.MemberReactions.Count > 0)];
        return new Brief
        {
            Site = new SiteInfo
            {
                Title = site.Title.Value,
                Description = site.Description.Value,
                Updated = site.Updated.Value.FirstDay,
                SourceArticle = sources[site.Source.Value],
                Brief = MarkdownRendering.Render(site.Brief!),
            },
            Actors = actorList,
            ActorsWithReactions = withReactions,
            ActorsWithStance = Stances.All.ToFrozenDictionary(s => s, s => (IReadOnlyList<Actor>)[.. withReactions
                .Where(a => a.Reactions.Concat(a.MemberReactions).Any(r => r.Stance == s))]),
            PositionMatrix = [.. actorList.Where(a => a.Positions.Count > 0)
                .Select(a => new PositionRow(a, [.. positionList.Select(p => p.HeldBy.Contains(a))]))],
            Reactions = reactionsNewestFirst,
            Positions = positionList,
            Frameworks = frameworks,
            Dimensions = dimensions,
            Timeline = events,
            Sources = [.. sources.Values.OrderBy(s => s.Date).ThenBy(s => s.Title, StringComparer.Ordinal)],
            Changes = ChangeLog(
            [
                .. reactionsNewestFirst.Select(r => ("reaction", "Reaction", r.Id, r.Headline, SiteRoute.Reaction(r), r.Changes)),
                .. actorList.Select(a => ("actor", "Actor", a.Id, a.Name, SiteRoute.Actor(a), a.Changes)),
                .. positionList.Select(p => ("position", "Position", p.Id, p.Title, SiteRoute.Position(p), p.Changes)),
                .. frameworks.Select(f => ("framework", "Framework", f.Id, f.Name, SiteRoute.Framework(f), f.Changes)),
                .. sources.Values.Select(s => ("source", "Source", s.Id, s.Title, SiteRoute.Source(s), s.Changes)),
            ]),
            Version = raw.Version,
            FeaturedComparison = Lookup(site.FeaturedComparison, frameworksById),
            MembersDimension = site.MembersDimension is { } members ? dimensionsById[members.Value] : null,
            RootPath = raw.Root,
            ActorsById = actors,
            ReactionsById = reactionList.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal),
            FrameworksById = frameworksById,
            DimensionsById = dimensionsById,
            SourcesById = sources,
            ActorsByAlias = ByAlias(actors.Values, a => a.Aliases),
            ReactionsByAlias = ByAlias(reactionList, r => r.Aliases),
            FrameworksByAlias = ByAlias(frameworks, f => f.Aliases),
        };
    }

    private static FrameworkValue Value(Dimension dimension, ValueDto v, FrozenDictionary<string, Source> sources) => new()
    {
        Dimension = dimension,
        Value = v.Value.Value,
        Detail = v.Detail.Value,
        Status = v.Status?.Value ?? ValueStatus.Known,
        Sources = Lookup(v.Sources, sources),
    };

    /// <summary>Every item's changes, newest first; each gets an anchor made of its item's kind, id and date.</summary>
    private static ChangeEntry[] ChangeLog(IEnumerable<(string Slug, string Kind, string Id, string Title, string Path, IReadOnlyList<Change> Changes)> items) =>
        [.. items.SelectMany(item => item.Changes
                .GroupBy(c => c.Date)
                .SelectMany(sameDay => sameDay.Select((change, n) => new ChangeEntry
                {
                    Change = change,
                    Kind = item.Kind,
                    Title = item.Title,
                    Path = item.Path,
                    Anchor = $"{item.Slug}-{item.Id}-{change.Date:yyyy-MM-dd}" + (n == 0 ? "" : $"-{n + 1}"),
                })))
            .OrderByDescending(e => e.Change.Date)
            .ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Title, StringComparer.Ordinal)];

    private static Change[] Changes(IReadOnlyList<ChangeDto> changes) =>
        [.. changes.Select(c => new Change { Date = c.Date.Value.FirstDay, What = c.What.Value, Why = c.Why.Value }).OrderByDescending(c => c.Date)];

    private static InvalidOperationException Unvalidated(string what) =>
        new($"content reached the builder without passing validation: {what}");

    private static string[] Values(IReadOnlyList<Located<string>> values) => [.. values.Select(v => v.Value)];

    private static T[] Lookup<T>(IReadOnlyList<Located<string>> ids, FrozenDictionary<string, T> items) =>
        [.. ids.Select(id => items[id.Value]).Distinct()];

    private static FrozenDictionary<string, T> ByAlias<T>(IEnumerable<T> items, Func<T, IReadOnlyList<string>> aliases) =>
        items.SelectMany(item => aliases(item).Select(alias => KeyValuePair.Create(alias, item)))
            .ToFrozenDictionary(StringComparer.Ordinal);
}
