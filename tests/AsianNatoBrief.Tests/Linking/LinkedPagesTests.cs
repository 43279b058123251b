using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>The linking features as they appear in the rendered pages of the real content.</summary>
public sealed class LinkedPagesTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task EverySitemapPage_AnswersAndNamesItselfAsCanonicalWithSharingTags()
    {
        using var client = factory.CreatePlainClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        foreach (var location in locations)
        {
            var path = new Uri(location).AbsolutePath;
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var document = await Html.ParseAsync(response);

            var canonical = Assert.Single(document.QuerySelectorAll("link[rel=canonical]"));
            Assert.Equal(location, canonical.GetAttribute("href"));
            Assert.Equal(location, Meta(document, "property", "og:url"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(document, "property", "og:title")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(document, "property", "og:description")), path);
            Assert.Equal("summary", Meta(document, "name", "twitter:card"));
            var graph = JsonLdGraph(document);
            Assert.Contains(graph, n => n.GetProperty("@type").GetString() == "WebSite");
            Assert.Contains(graph, n => n.TryGetProperty("url", out var url) && url.GetString() == location);
        }
    }

    [Fact]
    public async Task ReactionPage_CardNamesActorAndHeadlineAndJsonLdQuotesTheSpeaker()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions/china-opposes");

        var title = Meta(document, "property", "og:title");
        Assert.Contains("China", title, StringComparison.Ordinal);
        Assert.Contains("China condemns the plan", title, StringComparison.Ordinal);
        Assert.Equal("article", Meta(document, "property", "og:type"));
        var quotation = Assert.Single(JsonLdGraph(document), n => n.GetProperty("@type").GetString() == "Quotation" && n.GetProperty("text").GetString() == "self-humiliating radical idea");
        Assert.Equal("Chinese officials", quotation.GetProperty("spokesperson").GetProperty("name").GetString());
        Assert.Equal("http://localhost/reactions/china-opposes", quotation.GetProperty("isPartOf").GetProperty("@id").GetString());
    }

    [Fact]
    public async Task ReactionPage_OffersEveryCitationAndItsDownloads()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions/china-opposes");

        var cite = document.QuerySelector("section.cite")!;
        Assert.Equal("Cite this reaction", cite.QuerySelector("h2")!.Text());
        var styles = cite.QuerySelectorAll(".cite-styles dt").Select(dt => dt.Text()).ToList();
        Assert.Equal(["APA", "Chicago", "MLA"], styles);
        Assert.All(cite.QuerySelectorAll(".cite-styles dd"), dd => Assert.Contains("localhost/reactions/china-opposes", dd.Text(), StringComparison.Ordinal));
        var downloads = cite.QuerySelectorAll(".cite-files a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/reactions/china-opposes/cite.bib", "/reactions/china-opposes/cite.ris", "/reactions/china-opposes/cite.json"], downloads);
        foreach (var href in downloads)
        {
            using var response = await client.GetAsync(new Uri(href!, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var shown = cite.QuerySelectorAll("pre code").Select(c => c.TextContent).ToList();
        Assert.Equal(3, shown.Count);
        Assert.Equal("http://localhost/reactions/china-opposes", BibEntry.Parse(shown[0]).Fields["url"]);
        using var csl = JsonDocument.Parse(shown[2]);
        Assert.Equal("webpage", csl.RootElement[0].GetProperty("type").GetString());
        Assert.Contains(cite.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/sources");
    }

    [Fact]
    public async Task ActorPage_GivesEachReactionARealLinkToItsCanonicalAddressForCopying()
    {
        using var client = factory.CreateClient();
        var actor = Fixture.RealBrief.FindActor("s-jaishankar")!;

        var document = await client.GetDocumentAsync("/actors/s-jaishankar");

        foreach (var reaction in actor.Reactions)
        {
            var element = document.GetElementById(reaction.Id)!;
            Assert.Contains(element.QuerySelectorAll("a[data-copy-link]"), a => a.GetAttribute("href") == "/reactions/" + reaction.Id);
        }
    }

    [Fact]
    public async Task ComparisonPage_GivesEachRowARealLinkToItsAddressForCopying()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var rows = document.QuerySelectorAll("tbody.compare-row");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var link = Assert.Single(row.QuerySelectorAll("a[data-copy-link]"));
            Assert.Equal("/compare/nato-vs-quad#" + row.Id, link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task ReactionPage_HasACopyLinkToItself()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions/south-korea-premature");

        Assert.Contains(document.QuerySelectorAll("a[data-copy-link]"), a => a.GetAttribute("href") == "/reactions/south-korea-premature");
    }

    [Fact]
    public async Task Layout_HasTheLiveRegionAndTheExternalScriptOnly()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/china");

        var status = document.GetElementById("copy-status")!;
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.All(scripts, s => Assert.True(
            s.GetAttribute("type") == "application/ld+json" || (s.HasAttribute("src") && s.TextContent.Length == 0),
            "only external scripts and JSON-LD data blocks are allowed"));
        var script = Assert.Single(scripts, s => s.HasAttribute("src"));
        Assert.StartsWith("/js/site", script.GetAttribute("src"), StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri(script.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PageWithQuery_NamesThePathWithoutQueryAsCanonical()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/china?ref=newsletter");

        Assert.Equal("http://localhost/actors/china", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FilteredView_NamesItsOwnPathAsCanonical()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions?stance=opposes");

        Assert.Equal("http://localhost/reactions/stance/opposes", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NotFoundPage_HasNoCanonicalLink()
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/actors/nobody", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(document.QuerySelectorAll("link[rel=canonical]"));
    }

    private static string? Meta(IDocument document, string attribute, string key) =>
        document.QuerySelectorAll($"meta[{attribute}]").SingleOrDefault(m => m.GetAttribute(attribute) == key)?.GetAttribute("content");

    private static List<JsonElement> JsonLdGraph(IDocument document)
    {
        var block = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(block.TextContent);
        return [.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }
}
