using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using AsianNatoBrief.ExportTests.Support;
using AsianNatoBrief.Web.Export;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.ExportTests;

/// <summary>The export's search page and index, served by nginx.</summary>
public sealed class StaticSearchTests(RealExport site) : IClassFixture<RealExport>
{
    [Fact]
    public async Task SearchPage_IsTheAppsSearchPageWithTheScriptTheResultsRegionAndTheNoScriptNote()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();
        var parser = new HtmlParser();

        var served = await parser.ParseDocumentAsync(await nginx.GetStringAsync(new Uri("/search?q=china", UriKind.Relative)));
        var expected = await parser.ParseDocumentAsync(await app.GetStringAsync(new Uri(SiteRoute.Search, UriKind.Relative)));

        var script = served.QuerySelector("head script[src^='/export/search.']")!;
        Assert.Equal("", script.GetAttribute("defer"));
        var note = served.GetElementById("static-search-note")!;
        Assert.Contains("needs JavaScript", note.TextContent, StringComparison.Ordinal);
        Assert.Superset(
            new HashSet<string> { SiteRoute.Actors, SiteRoute.Reactions, SiteRoute.Positions, SiteRoute.Chooser, SiteRoute.Timeline, SiteRoute.Sources, SiteRoute.Sitemap },
            note.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToHashSet());
        Assert.Equal(StaticSearch.IndexPath, served.GetElementById("static-search")!.GetAttribute("data-index"));
        Assert.Equal("polite", served.GetElementById("static-search")!.GetAttribute("aria-live"));
        script.Remove();
        note.Remove();
        served.GetElementById("static-search")!.Remove();
        // Only the whitespace around what was added may differ.
        Assert.Equal(Folded(expected.DocumentElement.OuterHtml), Folded(served.DocumentElement.OuterHtml));
    }

    private static string Folded(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");

    [Fact]
    public async Task SearchIndex_HoldsEveryItemTheAppSearchesAndEachLinkLandsOnItsElement()
    {
        using var nginx = site.CreateStaticClient();
        var parser = new HtmlParser();
        using var response = await nginx.GetAsync(new Uri(StaticSearch.IndexPath, UriKind.Relative));
        using var index = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = index.RootElement.GetProperty("items").EnumerateArray().ToList();
        var problems = new List<string>();

        foreach (var link in items.Select(i => i.GetProperty("u").GetString()!).Distinct())
        {
            Assert.True(LinkCrawler.TryInternal("/", link, out var path, out var fragment));
            using var page = await nginx.GetAsync(new Uri(path, UriKind.Relative));
            if (page.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{link}: {(int)page.StatusCode}");
            }
            else if (fragment is not null && (await parser.ParseDocumentAsync(await page.Content.ReadAsStringAsync())).GetElementById(fragment) is null)
            {
                problems.Add($"{link}: no element #{fragment}");
            }
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(problems);
        Assert.Equal(site.Brief.Actors.Count + site.Brief.Reactions.Count + site.Brief.Positions.Count + site.Brief.Frameworks.Count
            + site.Brief.Dimensions.Count + site.Brief.Timeline.Count + site.Brief.Sources.Count, items.Count);
        Assert.Contains(items, i => i.GetProperty("k").GetString() == "reaction" && i.GetProperty("s").GetString() == "opposes");
        Assert.Equal("Timeline event", index.RootElement.GetProperty("kinds").GetProperty("event").GetString());
    }
}
