using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Search;

/// <summary>The index follows the content: a reload rebuilds it, and each snapshot keeps its own.</summary>
public sealed class SearchReloadTests
{
    private const string NewReaction = """
        ---
        id: japan-welcomes-quokka
        actor: japan
        stance: supports
        stance_basis: stated
        date: 2024-11
        dated_by: article
        headline: Japan welcomes the quokka accord
        quotes: []
        sources: [article]
        positions: []
        aliases: []
        ---
        Tokyo praised the marsupial understanding.
        """;

    [Fact]
    public async Task AReload_MakesNewContentFindableAndOldContentGone()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var factory = BriefFactory.For(content.Root, watch: true);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var before = store.Current;
        Assert.Empty(await SearchPages.HitsAsync(client, SearchPages.Url("quokka")));
        Assert.Empty(await SearchPages.HitsAsync(client, SearchPages.Url("remonstrates")));
        Assert.Contains(await SearchPages.HitsAsync(client, SearchPages.Url("china")), h => h.Title == "China objects");

        content.Write("reactions/japan-welcomes-quokka.md", NewReaction);
        content.Write("reactions/china-opposes.md", content.Read("reactions/china-opposes.md").Replace("headline: China objects", "headline: China remonstrates", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        IReadOnlyList<ShownHit> hits;
        do
        {
            await Task.Delay(50);
            hits = await SearchPages.HitsAsync(client, SearchPages.Url("quokka"));
        }
        while ((hits.Count == 0 || store.Current.FindReaction("china-opposes")!.Headline != "China remonstrates") && DateTime.UtcNow < deadline);

        var hit = Assert.Single(hits);
        Assert.Equal("/reactions/japan-welcomes-quokka", hit.Link);
        Assert.DoesNotContain(await SearchPages.HitsAsync(client, SearchPages.Url("china")), h => h.Title == "China objects");
        Assert.Contains(await SearchPages.HitsAsync(client, SearchPages.Url("remonstrates")), h => h.Link == "/reactions/china-opposes");

        // Each snapshot has its own index: the one a request would find for the old snapshot does not know the new item.
        Assert.NotSame(SearchIndexes.For(before), SearchIndexes.For(store.Current));
        Assert.DoesNotContain(SearchIndexes.For(before).Items, item => item.Title.Contains("quokka", StringComparison.Ordinal));
        Assert.Same(SearchIndexes.For(store.Current), SearchIndexes.For(store.Current));
    }

    [Fact]
    public async Task TheIndex_IsBuiltInTheLoad_OrWhenOffByTheFirstSearch()
    {
        using (var factory = BriefFactory.For(Paths.ValidFixture, watch: false))
        {
            var store = factory.Services.GetRequiredService<ContentStore>();
            Assert.True(SearchIndexes.IsBuilt(store.Current), "the load did not build the index");
        }

        using var lazy = BriefFactory.For(Paths.ValidFixture, watch: false, ("Content:BuildSearchIndex", "false"));
        using var client = lazy.CreateClient();
        var brief = lazy.Services.GetRequiredService<ContentStore>().Current;
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.False(SearchIndexes.IsBuilt(brief), "the index was built although the load was told not to");
        Assert.Contains(await SearchPages.HitsAsync(client, SearchPages.Url("china")), h => h.Title == "China objects");
        Assert.True(SearchIndexes.IsBuilt(brief));
    }
}
