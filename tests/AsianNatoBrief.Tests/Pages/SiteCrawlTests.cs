using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>A crawl of the whole site from the home page, following every internal link.</summary>
public sealed class SiteCrawlTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Crawl_EveryInternalLinkAnswers200AndEveryFragmentNamesAnElementOnItsPage()
    {
        var crawl = await SiteCrawler.CrawlAsync(factory);

        Assert.Empty(crawl.Problems);
        Assert.Contains("/actors/china", crawl.Pages.Keys);
        Assert.Contains("/reactions/china-opposes", crawl.Pages.Keys);
        Assert.Contains("/frameworks/nato", crawl.Pages.Keys);
        Assert.Contains("/compare/nato-vs-quad", crawl.Pages.Keys);
        Assert.True(crawl.Pages.Count > 30, $"only {crawl.Pages.Count} pages were reached");
    }

    [Fact]
    public async Task Crawl_EveryPageHasLanguageOneH1AUniqueTitleAndADescription()
    {
        var crawl = await SiteCrawler.CrawlAsync(factory);
        var problems = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (path, document) in crawl.Pages)
        {
            if (document is null)
            {
                continue;
            }

            if (document.DocumentElement.GetAttribute("lang") != "en")
            {
                problems.Add($"{path}: no lang=\"en\"");
            }

            var h1Count = document.QuerySelectorAll("h1").Length;
            if (h1Count != 1)
            {
                problems.Add($"{path}: {h1Count} h1 elements");
            }

            if (string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")))
            {
                problems.Add($"{path}: no meta description");
            }

            if (string.IsNullOrWhiteSpace(document.Title))
            {
                problems.Add($"{path}: no title");
            }
            else if (titles.TryGetValue(document.Title, out var other))
            {
                problems.Add($"{path}: same title as {other}: {document.Title}");
            }
            else
            {
                titles[document.Title] = path;
            }

            var duplicateIds = document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key);
            problems.AddRange(duplicateIds.Select(id => $"{path}: duplicate id '{id}'"));

            if (document.QuerySelectorAll("[style], style, script:not([src]):not([type='application/ld+json'])").Length > 0)
            {
                problems.Add($"{path}: inline style or script");
            }
        }

        Assert.Empty(problems);
    }
}

/// <summary>The app's crawl, over the shared <see cref="LinkCrawler"/>.</summary>
internal static class SiteCrawler
{
    public static async Task<CrawlResult> CrawlAsync(BriefFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreatePlainClient();
        return await LinkCrawler.CrawlAsync(client);
    }
}

/// <summary>The same crawl over the small fixture content, which has fewer items and sparser links.</summary>
public sealed class FixtureSiteCrawlTests
{
    [Fact]
    public async Task Crawl_EveryInternalLinkAnswers200AndEveryFragmentNamesAnElementOnItsPage()
    {
        using var factory = BriefFactory.For(Paths.ValidFixture, watch: false);

        var crawl = await SiteCrawler.CrawlAsync(factory);

        Assert.Empty(crawl.Problems);
        Assert.Contains("/actors/china", crawl.Pages.Keys);
    }
}
