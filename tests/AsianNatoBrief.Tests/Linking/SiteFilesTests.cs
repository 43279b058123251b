using System.Net;
using System.Xml;
using System.Xml.Linq;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Tests.Linking;

public sealed class SiteFilesTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Sitemap_IsWellFormedAndListsEveryPageWithItsLastModification()
    {
        using var client = factory.CreateClient();
        var brief = Fixture.RealBrief;

        var (document, mediaType) = await GetXmlAsync(client, "/sitemap.xml");

        Assert.Equal("application/xml", mediaType);
        var urls = document.Root!.Elements(Sitemap + "url").ToList();
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());
        var updated = brief.Site.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(urls, u => Assert.Equal(updated, u.Element(Sitemap + "lastmod")!.Value));
        var expected = new List<string> { "/", "/actors", "/reactions", "/positions", "/compare", "/compare/nato-vs-quad", "/timeline", "/sources", "/about", "/changes", "/data" };
        expected.AddRange(brief.Actors.Select(a => "/actors/" + a.Id));
        expected.AddRange(brief.Reactions.Select(r => "/reactions/" + r.Id));
        expected.AddRange(brief.Frameworks.Select(f => "/frameworks/" + f.Id));
        foreach (var path in expected)
        {
            Assert.Contains("http://localhost" + path, locations);
        }
    }

    [Fact]
    public async Task Robots_AllowsCrawlingAndPointsToTheSitemap()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Fact]
    public async Task Feed_IsAtomWithEveryReactionNewestFirst()
    {
        using var client = factory.CreateClient();
        var brief = Fixture.RealBrief;

        var (document, mediaType) = await GetXmlAsync(client, "/feed.atom");

        Assert.Equal("application/atom+xml", mediaType);
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }

        Assert.Equal("http://localhost/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(brief.Reactions.Select(r => r.Headline), entries.Select(e => e.Element(Atom + "title")!.Value));
        foreach (var (entry, reaction) in entries.Zip(brief.Reactions))
        {
            var canonical = $"http://localhost/reactions/{reaction.Id}";
            Assert.Equal(canonical, entry.Element(Atom + "id")!.Value);
            Assert.Equal(canonical, entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
            Assert.Equal(brief.Site.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z", entry.Element(Atom + "updated")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "summary")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        }

        var dates = brief.Reactions.Select(r => r.Date).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void CanonicalPages_AreAllInCanonicalForm()
    {
        var pages = CanonicalPages.All(Fixture.RealBrief);
        Assert.NotEmpty(pages);
        Assert.All(pages, path => Assert.Equal(path, SiteRoute.Canonical(Fixture.RealBrief, path)));
    }

    private static async Task<(XDocument Document, string? MediaType)> GetXmlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return (XDocument.Load(reader), response.Content.Headers.ContentType?.MediaType);
    }
}
