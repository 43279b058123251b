using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Search;

namespace AsianNatoBrief.Tests.Search;

/// <summary>
/// A large brief's index is written in several parts at once; what a search finds, in what order, with what score,
/// and how it counts by filter, must not depend on how many parts there were.
/// </summary>
public sealed class SearchIndexPartsTests
{
    private static readonly Web.Model.Brief Brief = ContentLoader.Load(Paths.Content).Brief
        ?? throw new InvalidOperationException("the real content does not load");

    private static readonly SearchIndex OnePart = SearchIndex.Build(Brief, parts: 1);

    public static TheoryData<int> Parts => [2, 3, 7];

    private static readonly string[] Queries =
        ["china", "alliance", "\"formal alliance\"", "nato quad", "japan", "multi-alignment", "secretariat", "article 5", "ishiba"];

    [Theory]
    [MemberData(nameof(Parts))]
    public void EveryQuery_FindsTheSameItemsInTheSameOrderWithTheSameScores(int parts)
    {
        var split = SearchIndex.Build(Brief, parts);
        Assert.Equal(OnePart.Items.Count, split.Items.Count);
        Assert.Equal(parts, split.Searcher.IndexReader.Leaves.Count);
        var compared = 0;
        foreach (var text in Queries)
        {
            var query = Searching.TextQuery(SearchInput.Read(text))!;
            var expected = OnePart.Searcher.Search(query, OnePart.Items.Count);
            var actual = split.Searcher.Search(query, split.Items.Count);
            Assert.True(expected.TotalHits > 0, $"“{text}” finds nothing in the real content");
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            for (var i = 0; i < expected.ScoreDocs.Length; i++)
            {
                Assert.Equal(OnePart.ItemOf(expected.ScoreDocs[i].Doc).Link, split.ItemOf(actual.ScoreDocs[i].Doc).Link);
                Assert.Equal(expected.ScoreDocs[i].Score, actual.ScoreDocs[i].Score);
                compared++;
            }
        }

        Assert.True(compared > 50, $"only {compared} hits compared");
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void FilteredPages_AndTheirCounts_AreTheSame(int parts)
    {
        var split = SearchIndex.Build(Brief, parts);
        var china = Brief.Actors.First(a => a.Id == "china");
        SearchFilters[] filters =
        [
            new(null, null, null),
            new(SearchKind.Reaction, null, null),
            new(null, Web.Model.Stance.Opposes, null),
            new(SearchKind.Reaction, null, china),
        ];
        foreach (var filter in filters)
        {
            foreach (var text in Queries)
            {
                var input = SearchInput.Read(text);
                var expected = Searching.Find(OnePart, input, filter, 1)!;
                var actual = Searching.Find(split, input, filter, 1)!;
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Items.Select(i => i.Link), actual.Items.Select(i => i.Link));
                Assert.Equal(expected.Counts.Actors, actual.Counts.Actors);
                Assert.Equal(expected.Counts.Kinds, actual.Counts.Kinds);
                Assert.Equal(expected.Counts.Stances, actual.Counts.Stances);
            }
        }
    }
}
