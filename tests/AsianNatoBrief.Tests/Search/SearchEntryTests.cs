using System.Net;
using System.Xml.Linq;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Search;

/// <summary>The ways in: the header form on every page, the OpenSearch description, and how the page cache treats results.</summary>
public sealed class SearchEntryTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/actors/china")]
    [InlineData("/reactions/china-opposes")]
    [InlineData("/compare/nato-vs-quad")]
    [InlineData("/search?q=china")]
    [InlineData("/no-such-page")]
    public async Task EveryPage_HasALabelledSearchFormAndTheOpenSearchLink(string url)
    {
        using var client = factory.CreateClient();

        var (_, document) = await SearchPages.GetAsync(client, url);

        var form = document.QuerySelector("header form[role=search]")!;
        Assert.Equal("Site", form.GetAttribute("aria-label"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("search", input.GetAttribute("type"));
        Assert.Equal("Search", form.QuerySelector($"label[for={input.Id}]")!.Text());
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        var link = document.QuerySelector("head link[rel=search]")!;
        Assert.Equal("application/opensearchdescription+xml", link.GetAttribute("type"));
        Assert.Equal("/opensearch.xml", link.GetAttribute("href"));
    }

    [Fact]
    public async Task OpenSearchDescription_PointsAtTheResultsPage()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/opensearch.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        Assert.Equal(os + "OpenSearchDescription", xml.Root!.Name);
        Assert.InRange(xml.Root.Element(os + "ShortName")!.Value.Length, 1, 16);
        var html = Assert.Single(xml.Root.Elements(os + "Url"), u => (string?)u.Attribute("type") == "text/html");
        Assert.Equal("http://localhost/search?q={searchTerms}", (string?)html.Attribute("template"));
    }

    [Fact]
    public async Task ResultsPages_AreAnsweredFreshAndNeverKeptByThePageCache()
    {
        using var client = factory.CreateClient();
        var cache = factory.Services.GetRequiredService<PageCache>();
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var stores = cache.Stores;
        var hits = cache.Hits;

        for (var i = 0; i < 3; i++)
        {
            var china = await SearchPages.HitsAsync(client, SearchPages.Url("china"));
            var treaty = await SearchPages.HitsAsync(client, SearchPages.Url("treaty"));
            Assert.Equal("/actors/china", china[0].Link);
            Assert.DoesNotContain(treaty, h => h.Link == "/actors/china" && h.Title == "China" && !h.Element.TextContent.Contains("treaty", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(stores, cache.Stores);
        Assert.Equal(hits, cache.Hits);
        await client.GetStringAsync(new Uri("/about", UriKind.Relative));
        Assert.Equal(stores + 1, cache.Stores);
    }
}
