using System.Net;
using AsianNatoBrief.Tests.Pages;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// Absolute links follow the request's host unless Site:BaseUrl is set, so a forged Host must never reach
/// another reader: hosts outside AllowedHosts are refused, and the page cache keys what it keeps by host.
/// </summary>
public sealed class HostTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task WithoutABaseUrl_LinksUseTheRequestsSchemeAndHost()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/china");
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Equal("http://localhost/actors/china", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/actors/china", document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/actors/china")]
    [InlineData("/sitemap.xml")]
    public async Task AForgedHost_IsRefused_EvenForACachedPage(string path)
    {
        using var app = factory.Fresh();
        using var local = app.CreateClient();
        using var forged = app.CreateClient(new() { BaseAddress = new Uri("http://evil.example") });
        using var primed = await local.GetAsync(new Uri(path, UriKind.Relative));

        using var response = await forged.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, primed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenEveryHostIsAllowed_AForgedHostNeverReachesAnotherReader()
    {
        using var app = factory.Fresh(("AllowedHosts", "*"));
        var cache = app.PageCache();
        using var forged = app.CreateClient(new() { BaseAddress = new Uri("http://evil.example") });
        using var local = app.CreateClient();

        var forgedPage = await forged.GetStringAsync(new Uri("/", UriKind.Relative));
        await forged.GetStringAsync(new Uri("/", UriKind.Relative));
        var localPages = new[] { await local.GetStringAsync(new Uri("/", UriKind.Relative)), await local.GetStringAsync(new Uri("/", UriKind.Relative)) };

        Assert.Contains("http://evil.example/", forgedPage, StringComparison.Ordinal);
        Assert.All(localPages, page =>
        {
            Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
            Assert.Contains("http://localhost/", page, StringComparison.Ordinal);
        });
        Assert.Equal(2, cache.Stores);
        Assert.Equal(2, cache.Hits);
    }

    [Fact]
    public async Task WithABaseUrl_EveryHostGetsTheSameLinksAndShares_OneCachedPage()
    {
        using var app = factory.Fresh(("AllowedHosts", "*"), ("Site:BaseUrl", "https://brief.test/"));
        var cache = app.PageCache();
        using var forged = app.CreateClient(new() { BaseAddress = new Uri("http://evil.example") });
        using var local = app.CreateClient();

        var forgedDocument = await forged.GetDocumentAsync("/reactions/china-opposes");
        var localDocument = await local.GetDocumentAsync("/reactions/china-opposes");
        var bib = await local.GetStringAsync(new Uri("/reactions/china-opposes/cite.bib", UriKind.Relative));
        var feed = await forged.GetStringAsync(new Uri("/feed.atom", UriKind.Relative));

        Assert.Equal("https://brief.test/reactions/china-opposes", localDocument.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(forgedDocument.DocumentElement.OuterHtml, localDocument.DocumentElement.OuterHtml);
        Assert.Equal(1, cache.Stores);
        Assert.Equal(1, cache.Hits);
        Assert.Contains("url = {https://brief.test/reactions/china-opposes}", bib, StringComparison.Ordinal);
        Assert.Contains("<id>https://brief.test/reactions/china-opposes</id>", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPageOfTheCrawl_PrintsNoExampleAddress()
    {
        var crawl = await SiteCrawler.CrawlAsync(factory);
        using var client = factory.CreateClient();
        var files = new List<string>();
        foreach (var path in new[] { "/sitemap.xml", "/robots.txt", "/feed.atom", "/reactions/china-opposes/cite.bib", "/reactions/china-opposes/cite.ris", "/reactions/china-opposes/cite.json" })
        {
            files.Add(path + "\n" + await client.GetStringAsync(new Uri(path, UriKind.Relative)));
        }

        var pages = crawl.Pages.Where(p => p.Value is not null).Select(p => p.Key + "\n" + p.Value!.DocumentElement.OuterHtml).ToList();

        Assert.True(pages.Count > 30, $"only {pages.Count} pages were crawled");
        Assert.All(pages.Concat(files), text => Assert.DoesNotContain(".example", text, StringComparison.OrdinalIgnoreCase));
    }
}
