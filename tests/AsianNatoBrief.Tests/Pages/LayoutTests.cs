using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The layout every page shares: navigation, skip link, breadcrumbs and footer.</summary>
public sealed class LayoutTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Navigation_MarksTheCurrentPageAndSection()
    {
        using var client = factory.CreateClient();

        var index = await client.GetDocumentAsync("/actors");
        var detail = await client.GetDocumentAsync("/actors/china");

        var current = index.QuerySelector("nav[aria-label=Main] a[aria-current]")!;
        Assert.Equal("/actors", current.GetAttribute("href"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        var section = detail.QuerySelector("nav[aria-label=Main] a[aria-current]")!;
        Assert.Equal("/actors", section.GetAttribute("href"));
        Assert.Equal("true", section.GetAttribute("aria-current"));
        Assert.Equal(
            ["/", "/actors", "/reactions", "/positions", "/compare/nato-vs-quad", "/timeline", "/sources", "/about"],
            index.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task SkipLink_LeadsToTheMainContent()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var skip = document.QuerySelector("a.skip-link")!;
        Assert.Same(document.Body!.QuerySelector("a"), skip);
        Assert.Equal("main", document.GetElementById(skip.GetAttribute("href")!.TrimStart('#'))!.LocalName);
    }

    [Theory]
    [InlineData("/actors/china", "China")]
    [InlineData("/reactions/china-opposes", "China condemns the plan and urges Tokyo to avoid exclusive military blocs")]
    [InlineData("/frameworks/quad", "QUAD")]
    public async Task DetailPages_HaveBreadcrumbsEndingWithTheCurrentPage(string url, string last)
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync(url);

        var crumbs = document.QuerySelectorAll("nav[aria-label=Breadcrumb] li");
        Assert.Equal("/", crumbs[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(last, crumbs[^1].Text());
        Assert.Equal("page", crumbs[^1].QuerySelector("[aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Footer_NamesTheSourceAndTheLastUpdatedDate()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/timeline");

        var footer = document.QuerySelector("footer")!;
        Assert.Equal("/sources#article", footer.QuerySelector("cite a")!.GetAttribute("href"));
        Assert.Equal(AsianNatoBrief.Tests.Linking.Fixture.RealBrief.Site.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), footer.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Layout_LeavesAPlaceForHeadTagsAndLinksOnlyItsOwnStylesheet()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var stylesheets = document.QuerySelectorAll("link[rel=stylesheet]");
        var stylesheet = Assert.Single(stylesheets);
        Assert.StartsWith("/css/site", stylesheet.GetAttribute("href"), StringComparison.Ordinal);
        // The canonical and feed links are absolute addresses, not requests; nothing else may point off-site.
        Assert.Empty(document.QuerySelectorAll("script[src^=http], link[href^=http]:not([rel=canonical]), img[src^=http]"));
    }
}
