using System.Net;
using AngleSharp.Html.Parser;
using AsianNatoBrief.ExportTests.Support;
using AsianNatoBrief.Web.Export;

namespace AsianNatoBrief.ExportTests;

/// <summary>Renamed items' former addresses in the three formats of the export, against the app's own redirects.</summary>
public sealed class RedirectTests(FixtureExport site) : IClassFixture<FixtureExport>
{
    [Fact]
    public async Task EveryFormerAddress_AnswersOnNginxThe301TheAppAnswers()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();
        var moved = Redirects.Moved(site.Brief, site.Addresses);
        var problems = new List<string>();

        foreach (var redirect in moved)
        {
            foreach (var query in new[] { "", "?from=elsewhere" })
            {
                using var served = await nginx.GetAsync(new Uri(redirect.From + query, UriKind.Relative));
                using var expected = await app.GetAsync(new Uri(redirect.From + query, UriKind.Relative));
                if (served.StatusCode != HttpStatusCode.MovedPermanently || expected.StatusCode != HttpStatusCode.MovedPermanently
                    || served.Headers.Location?.OriginalString != expected.Headers.Location?.OriginalString
                    || expected.Headers.Location?.OriginalString != redirect.To + query)
                {
                    problems.Add($"{redirect.From}{query}: nginx {(int)served.StatusCode} {served.Headers.Location}, app {(int)expected.StatusCode} {expected.Headers.Location}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.Contains(moved, m => m is { From: "/reactions/china-objects", To: "/reactions/china-opposes", IsPage: true });
        Assert.Contains(moved, m => m is { From: "/reactions/china-objects/cite.bib", IsPage: false });
        Assert.Contains(moved, m => m is { From: "/reactions/china-objects.json", To: "/reactions/china-opposes.json" });
    }

    [Fact]
    public void RedirectsFile_ListsEveryFormerAddressWithItsTarget()
    {
        var lines = File.ReadAllLines(Path.Combine(site.Folder, "_redirects")).Where(l => !l.StartsWith('#')).ToList();

        var expected = Redirects.Moved(site.Brief, site.Addresses).Select(m => $"{m.From} {m.To} 301").ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task FormerPageAddress_HoldsAPageThatRefreshesToTheNewAddressWithItsCanonicalLink()
    {
        var parser = new HtmlParser();
        var pages = Redirects.Moved(site.Brief, site.Addresses).Where(m => m.IsPage).ToList();
        Assert.NotEmpty(pages);

        foreach (var page in pages)
        {
            var document = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(Path.Combine(site.Folder, page.From.TrimStart('/') + ".html")));

            Assert.Equal("0; url=" + page.To, document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(AppFactory.BaseUrl + page.To, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal(page.To, document.QuerySelector("main a")!.GetAttribute("href"));
            var script = document.QuerySelector("script[src]")!.GetAttribute("src")!;
            Assert.True(File.Exists(Path.Combine(site.Folder, script.TrimStart('/'))), script);
        }
    }

    [Fact]
    public async Task RenamedReactionsFormerFragment_StillLandsOnItOnTheExportedActorPage()
    {
        using var nginx = site.CreateStaticClient();
        var parser = new HtmlParser();

        using var response = await nginx.GetAsync(new Uri("/actors/china", UriKind.Relative));
        var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("china-opposes", document.GetElementById("china-objects")!.ParentElement!.Id);
    }

    [Fact]
    public async Task FixtureExport_CrawlsWithoutABrokenLinkOrFragment()
    {
        using var nginx = site.CreateStaticClient();

        var (pages, problems) = await LinkCrawler.CrawlAsync(nginx);

        Assert.Empty(problems);
        Assert.Contains("/actors/china", pages.Keys);
    }
}
