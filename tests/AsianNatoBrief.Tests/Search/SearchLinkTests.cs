using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Search;

/// <summary>Every result leads to its item: the page answers 200 and the fragment names an element on it.</summary>
public sealed class SearchLinkTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Theory]
    [InlineData("china")]
    [InlineData("alliance")]
    [InlineData("treaty")]
    [InlineData("ishiba")]
    [InlineData("secretariat")]
    [InlineData("2024")]
    public async Task EveryResultLink_Resolves(string query)
    {
        using var client = factory.CreatePlainClient();
        var links = new List<string>();
        string? next = SearchPages.Url(query);
        while (next is not null)
        {
            var (_, document) = await SearchPages.GetAsync(client, next);
            links.AddRange(SearchPages.Hits(document).Select(h => h.Link));
            next = document.QuerySelector("nav.search-pages a[rel=next]")?.GetAttribute("href");
        }

        Assert.NotEmpty(links);
        var broken = new List<string>();
        foreach (var link in links.Distinct())
        {
            var parts = link.Split('#', 2);
            var (status, document) = await SearchPages.GetAsync(client, parts[0]);
            if (status != HttpStatusCode.OK)
            {
                broken.Add($"{link}: {(int)status}");
            }
            else if (parts.Length == 2 && document.GetElementById(parts[1]) is null)
            {
                broken.Add($"{link}: no element with id '{parts[1]}'");
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public async Task EveryKindOfItem_IsFoundAndLinked()
    {
        using var client = factory.CreateClient();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in new[] { "actor", "reaction", "position", "framework", "row", "event", "source" })
        {
            var hits = await SearchPages.HitsAsync(client, "/search?kind=" + kind);
            Assert.NotEmpty(hits);
            kinds.UnionWith(hits.Select(h => h.Kind));
        }

        Assert.Equal(["Actor", "Comparison row", "Framework", "Position", "Reaction", "Source", "Timeline event"], kinds.Order(StringComparer.Ordinal));
    }
}
