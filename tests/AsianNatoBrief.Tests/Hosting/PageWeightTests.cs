using System.Net;
using AngleSharp.Dom;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// Every page reachable from <c>/</c> (crawled, so pages are covered as they are added) weighs at most
/// 30 KB compressed in total — HTML plus the CSS and JavaScript it loads — needs at most 4 requests, and
/// loads nothing from another origin.
/// </summary>
public sealed class PageWeightTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private const int MaxBytes = 30 * 1024;
    private const int MaxRequests = 4;
    private const int MaxPages = 400;

    /// <summary>Elements and attributes a browser fetches while loading a page (links to other pages are not fetched).</summary>
    private const string FetchedResources =
        "link[rel~=stylesheet][href], link[rel~=icon][href], link[rel~=preload][href], link[rel~=modulepreload][href], link[rel~=manifest][href], " +
        "script[src], img[src], source[src], source[srcset], iframe[src], video[src], audio[src], object[data], embed[src], input[type=image][src]";

    [Fact]
    public async Task EveryPage_IsLightAndLoadsNothingFromElsewhere()
    {
        using var client = factory.CreatePlainClient();
        var pages = await CrawlAsync(client);
        var problems = new List<string>();
        var resourceSizes = new Dictionary<string, long>(StringComparer.Ordinal);

        foreach (var (path, page) in pages)
        {
            var resources = page.Document.QuerySelectorAll(FetchedResources).Select(ResourceUrl).Distinct(StringComparer.Ordinal).ToList();
            var foreign = resources.Where(url => !IsSameOrigin(url)).ToList();
            if (foreign.Count > 0)
            {
                problems.Add($"{path} loads from another origin: {string.Join(", ", foreign)}");
            }

            var total = page.CompressedBytes;
            foreach (var url in resources.Where(IsSameOrigin))
            {
                if (!resourceSizes.TryGetValue(url, out var size))
                {
                    size = await CompressedSizeAsync(client, url);
                    resourceSizes[url] = size;
                }

                total += size;
            }

            var requests = 1 + resources.Count;
            if (requests > MaxRequests)
            {
                problems.Add($"{path} needs {requests} requests (at most {MaxRequests}): {string.Join(", ", resources)}");
            }

            if (total > MaxBytes)
            {
                problems.Add($"{path} weighs {total} bytes compressed (at most {MaxBytes})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains("/", pages.Keys);
    }

    [Fact]
    public async Task Home_LinksItsStylesheetFromTheSiteItself()
    {
        using var client = factory.CreatePlainClient();

        var document = await client.GetDocumentAsync("/");

        var stylesheet = Assert.Single(document.QuerySelectorAll("link[rel~=stylesheet]"));
        Assert.StartsWith("/", stylesheet.GetAttribute("href"), StringComparison.Ordinal);
    }

    private sealed record CrawledPage(IDocument Document, long CompressedBytes);

    /// <summary>Breadth-first from <c>/</c> over same-origin links that answer with HTML.</summary>
    private static async Task<Dictionary<string, CrawledPage>> CrawlAsync(HttpClient client)
    {
        var pages = new Dictionary<string, CrawledPage>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetEncodedAsync(path, "br");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var compressed = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("br", response.Content.Headers.ContentEncoding.SingleOrDefault());
            var html = ClientExtensions.DecodedText(compressed, "br");
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            pages[path] = new CrawledPage(document, compressed.LongLength);

            foreach (var anchor in document.QuerySelectorAll("a[href]"))
            {
                var href = anchor.GetAttribute("href")!;
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = href.Split('#')[0];
                if (target.Length > 0 && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return pages;
    }

    private static string ResourceUrl(IElement element)
    {
        var value = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("data") ?? element.GetAttribute("srcset") ?? "";
        return value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
    }

    private static bool IsSameOrigin(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || url.StartsWith("data:", StringComparison.Ordinal);

    private static async Task<long> CompressedSizeAsync(HttpClient client, string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return 0; // already counted in the page's own bytes
        }

        using var response = await client.GetEncodedAsync(url, "br");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentEncoding.Count > 0)
        {
            return bytes.LongLength;
        }

        // In tests static assets come from the build output uncompressed; production sends the Brotli
        // variant MapStaticAssets builds at publish time, so count that size.
        using var buffer = new MemoryStream();
        await using (var brotli = new System.IO.Compression.BrotliStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await brotli.WriteAsync(bytes);
        }

        return buffer.Length;
    }
}
