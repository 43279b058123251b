using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AsianNatoBrief.TestSupport;

// Compiled into the test projects that parse HTML (see their .csproj): the app's crawl and the export's crawl of
// nginx are the same crawl.

/// <summary>The pages reached by a crawl (null for non-HTML or failed ones) and every broken link or fragment.</summary>
internal sealed record CrawlResult(IReadOnlyDictionary<string, IDocument?> Pages, IReadOnlyList<string> Problems);

/// <summary>Follows every internal link (and script) from the home page of a server, recording pages and broken links or fragments.</summary>
internal static class LinkCrawler
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Crawls with <paramref name="client"/>, which must not follow redirects: every link the site writes must answer 200 itself.</summary>
    public static async Task<CrawlResult> CrawlAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
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

            pages[path] = null;
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{from} links to {path}, which answers {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            pages[path] = document;
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src")!;
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

    /// <summary>Splits a root-relative link into its path (with any query) and fragment; false for other links.</summary>
    public static bool TryInternal(string currentPath, string href, out string path, out string? fragment)
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
