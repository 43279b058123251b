using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// How many results each value of each filter would give: for every kind, stance and actor, the number of items the
/// words find with that value chosen and the other filters as they are (so choosing an option gives exactly the
/// number it shows), and with that filter's "any" chosen. <see cref="Matched"/> is what the words find with no filter at all.
/// </summary>
internal sealed record SearchCounts(int Matched, int[] Kinds, int[] Stances, int[] Actors, int AnyKind, int AnyStance, int AnyActor)
{
    public int Of(SearchKind kind) => Kinds[(int)kind];

    public int Of(Model.Stance stance) => Stances[(int)stance];
}

/// <summary>
/// Each document's kind, stance and actors as small numbers, read once per index from its items, so that a search
/// can filter its hits and count them by every filter's values in the one pass that collects them.
/// </summary>
internal sealed class SearchFacets
{
    private const sbyte NoStance = -1;

    private readonly byte[] kinds;
    private readonly sbyte[] stances;

    // Document d's actors (ascending) are actors[actorStarts[d]..actorStarts[d + 1]]: one array for all, not one per document.
    private readonly int[] actorStarts;
    private readonly int[] actors;
    private readonly Dictionary<Model.Actor, int> actorNumbers;

    private SearchFacets(byte[] kinds, sbyte[] stances, int[] actorStarts, int[] actors, Dictionary<Model.Actor, int> actorNumbers, IReadOnlyList<Model.Actor> actorList)
    {
        this.kinds = kinds;
        this.stances = stances;
        this.actorStarts = actorStarts;
        this.actors = actors;
        this.actorNumbers = actorNumbers;
        Actors = actorList;
    }

    /// <summary>The snapshot's actors, in its order: <see cref="SearchCounts.Actors"/> counts them in this order.</summary>
    public IReadOnlyList<Model.Actor> Actors { get; }

    /// <summary>The facets of each document, given the item each document stands for.</summary>
    public static SearchFacets Build(IReadOnlyList<Model.Actor> actors, IReadOnlyList<SearchItem> items, int[] itemOfDocument)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var numbers = new Dictionary<Model.Actor, int>(actors.Count);
        var byId = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            numbers[actors[i]] = i;
            byId[actors[i].Id] = i;
        }

        var kinds = new byte[itemOfDocument.Length];
        var stances = new sbyte[itemOfDocument.Length];
        var starts = new int[itemOfDocument.Length + 1];
        var all = new List<int>(itemOfDocument.Length);
        for (var doc = 0; doc < itemOfDocument.Length; doc++)
        {
            var item = items[itemOfDocument[doc]];
            kinds[doc] = (byte)item.Kind;
            stances[doc] = item.Stance is { } stance ? (sbyte)stance : NoStance;
            starts[doc] = all.Count;
            all.AddRange(item.ActorIds.Select(id => byId.TryGetValue(id, out var n) ? n : throw new InvalidOperationException($"search item {item.Link} names unknown actor {id}")).Order());
        }

        starts[^1] = all.Count;
        return new(kinds, stances, starts, [.. all], numbers, actors);
    }

    /// <summary>A collector of the hits that pass <paramref name="filters"/> into <paramref name="top"/>, counting every hit by every filter's values.</summary>
    public Collector Collect(SearchFilters filters, ICollector top) => new(this, filters, top);

    /// <summary>Filters while it collects, and counts as it filters: one pass over the hits for both.</summary>
    internal sealed class Collector : ICollector
    {
        private readonly SearchFacets facets;
        private readonly ICollector top;
        private readonly int kind;
        private readonly int stance;
        private readonly int actor;
        private readonly bool unfiltered;
        private readonly int[] kindCounts = new int[SearchKinds.All.Count];
        private readonly int[] stanceCounts = new int[Model.Stances.All.Count];
        private readonly int[] actorCounts;
        private int matched;
        private int anyKind;
        private int anyStance;
        private int anyActor;
        private int docBase;

        public Collector(SearchFacets facets, SearchFilters filters, ICollector top)
        {
            this.facets = facets;
            this.top = top;
            kind = filters.Kind is { } k ? (int)k : -1;
            stance = filters.Stance is { } s ? (int)s : -1;
            actor = filters.Actor is { } a ? facets.actorNumbers[a] : -1;
            unfiltered = !filters.Any;
            actorCounts = new int[facets.Actors.Count];
        }

        public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

        public SearchCounts Counts => new(matched, kindCounts, stanceCounts, actorCounts, anyKind, anyStance, anyActor);

        public void SetScorer(Scorer scorer) => top.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            docBase = context.DocBase;
            top.SetNextReader(context);
        }

        public void Collect(int doc)
        {
            var global = docBase + doc;
            matched++;
            int itemKind = facets.kinds[global], itemStance = facets.stances[global];
            var itemActors = facets.actors.AsSpan(facets.actorStarts[global], facets.actorStarts[global + 1] - facets.actorStarts[global]);
            if (unfiltered)
            {
                // Every hit counts for every filter and is collected (the common case: words alone).
                anyKind++;
                anyStance++;
                anyActor++;
                kindCounts[itemKind]++;
                if (itemStance != NoStance)
                {
                    stanceCounts[itemStance]++;
                }

                foreach (var a in itemActors)
                {
                    actorCounts[a]++;
                }

                top.Collect(doc);
                return;
            }

            var kindPasses = kind < 0 || itemKind == kind;
            var stancePasses = stance < 0 || itemStance == stance;
            var actorPasses = actor < 0 || itemActors.BinarySearch(actor) >= 0;
            if (stancePasses && actorPasses)
            {
                anyKind++;
                kindCounts[itemKind]++;
            }

            if (kindPasses && actorPasses)
            {
                anyStance++;
                if (itemStance != NoStance)
                {
                    stanceCounts[itemStance]++;
                }
            }

            if (kindPasses && stancePasses)
            {
                anyActor++;
                foreach (var a in itemActors)
                {
                    actorCounts[a]++;
                }
            }

            if (kindPasses && stancePasses && actorPasses)
            {
                top.Collect(doc);
            }
        }
    }
}
