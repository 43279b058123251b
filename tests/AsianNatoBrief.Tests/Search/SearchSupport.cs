using System.Net;
using AngleSharp.Dom;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Search;

/// <summary>One result as the results page shows it.</summary>
internal sealed record ShownHit(string Kind, string Title, string Link, IElement Element);

/// <summary>Reads results pages through the real app.</summary>
internal static class SearchPages
{
    public static string Url(string query, string extra = "") => "/search?q=" + Uri.EscapeDataString(query) + extra;

    public static async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await Html.ParseAsync(response));
    }

    public static async Task<IReadOnlyList<ShownHit>> HitsAsync(HttpClient client, string url)
    {
        var (status, document) = await GetAsync(client, url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}");
        return Hits(document);
    }

    public static IReadOnlyList<ShownHit> Hits(IDocument document) =>
        [.. document.QuerySelectorAll("ol.search-results > li.search-result").Select(li =>
        {
            var link = li.QuerySelector("h2 > a")!;
            return new ShownHit(li.QuerySelector(".search-kind")!.Text(), link.Text(), link.GetAttribute("href")!, li);
        })];

    public static string Heading(IDocument document) => document.QuerySelector("main h1")!.Text();
}
