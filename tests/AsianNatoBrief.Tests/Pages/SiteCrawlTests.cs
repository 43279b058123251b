using System.Net;
using AngleSharp.Dom;
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

/// <summary>The pages reached by a crawl (null for non-HTML or failed ones) and every broken link or fragment.</summary>
internal sealed record CrawlResult(IReadOnlyDictionary<string, IDocument?> Pages, IReadOnlyList<string> Problems);

/// <summary>Follows every internal link from the home page, recording each page and each broken link or fragment.</summary>
internal static class SiteCrawler
{

    public static async Task<CrawlResult> CrawlAsync(BriefFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreatePlainClient();
        var pages = new Dictionary<string, IDocument?>(StringComparer.Ordinal);
        var fragments = new List<(string From, string Path, string Fragment)>();
        var problems = new List<string>();
        var queue = new Queue<(string From, string Path)>([("(start)", "/")]);

        while (queue.TryDequeue(out var next))
        {
            var (from, path) = next;
            if (pages.ContainsKey(path))
            {
                continue;
            }

            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            pages[path] = null;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{from} links to {path}, which answers {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await Html.ParseAsync(response);
            pages[path] = document;
            foreach (var element in document.QuerySelectorAll("a[href], link[href]"))
            {
                var href = element.GetAttribute("href")!;
                if (!TryInternal(path, href, out var target, out var fragment))
                {
                    continue;
                }

                if (fragment is not null)
                {
                    fragments.Add((path, target, fragment));
                }

                if (!pages.ContainsKey(target))
                {
                    queue.Enqueue((path, target));
                }
            }
        }

        foreach (var (from, path, fragment) in fragments)
        {
            if (pages.GetValueOrDefault(path) is { } document && document.GetElementById(fragment) is null)
            {
                problems.Add($"{from} links to {path}#{fragment}, but that page has no element with this id");
            }
        }

        return new CrawlResult(pages, problems);
    }

    /// <summary>Splits an internal link into its path (with query) and fragment; false for external links.</summary>
    private static bool TryInternal(string currentPath, string href, out string path, out string? fragment)
    {
        path = currentPath;
        fragment = null;
        if (href.StartsWith("//", StringComparison.Ordinal) || !(href.StartsWith('/') || href.StartsWith('#')))
        {
            return false;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(href[(hash + 1)..]);
            href = href[..hash];
        }

        if (href.Length > 0)
        {
            path = href;
        }

        return true;
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
