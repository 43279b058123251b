using System.Net;
using System.Text;
using System.Text.Json;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Search;

namespace AsianNatoBrief.Web.Export;

/// <summary>
/// Search on a static host, where no server code runs: the same items the app's Lucene index holds
/// (<see cref="SearchItems"/>), written as one JSON file, and a script that searches it in the browser. The
/// script is loaded by the export's search page only; every other exported page is the app's, byte for byte.
/// </summary>
internal static class StaticSearch
{
    /// <summary>Where the index is written; not fingerprinted, as it changes with every content version.</summary>
    public const string IndexPath = "/export/search-index.json";

    private const string FormEnd = "</form>";
    private const string FormClass = "class=\"filters search-form\"";
    private const string HeadEnd = "</head>";

    /// <summary>The index: the kind labels, then one record per item (kind, title, identifying words, body, link, stance, actors, meta).</summary>
    public static byte[] Index(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var document = new
        {
            version = brief.Version,
            kinds = SearchKinds.All.ToDictionary(k => k.Slug(), k => k.Label()),
            items = SearchItems.From(brief).Select(item => new
            {
                k = item.Kind.Slug(),
                t = item.Title,
                x = item.Extra,
                b = item.Body,
                u = item.Link,
                s = item.Stance?.Slug(),
                a = item.ActorIds.Order(StringComparer.Ordinal).ToArray(),
                m = item.Meta,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document);
    }

    /// <summary>
    /// The export's search page: the app's own <c>/search</c> (its form, with the kind, stance and actor
    /// filters), plus the script in the head, a region for results and, for readers without JavaScript, a note
    /// that says why the form cannot search here and where every item can be found instead.
    /// </summary>
    public static byte[] Page(byte[] appPage, string scriptPath)
    {
        ArgumentNullException.ThrowIfNull(appPage);
        var html = Encoding.UTF8.GetString(appPage);
        var form = html.IndexOf(FormClass, StringComparison.Ordinal);
        var formEnd = form < 0 ? -1 : html.IndexOf(FormEnd, form, StringComparison.Ordinal);
        var headEnd = html.IndexOf(HeadEnd, StringComparison.Ordinal);
        if (formEnd < 0 || headEnd < 0 || headEnd > form)
        {
            throw new InvalidOperationException($"the app's {SiteRoute.Search} page no longer has the search form the export's search is added to");
        }

        var script = $"    <script src=\"{WebUtility.HtmlEncode(scriptPath)}\" defer></script>\n";
        var region = $"""

            <p class="notice static-search-note" id="static-search-note">This copy of the brief is a set of static files, so searching runs in your browser and needs JavaScript.
            Without it, every item is still a link or two away: the <a href="{SiteRoute.Actors}">actors</a>, the <a href="{SiteRoute.Reactions}">reactions</a>
            (each stance and each actor has its own list), the <a href="{SiteRoute.Positions}">positions</a>, the <a href="{SiteRoute.Chooser}">comparisons</a>,
            the <a href="{SiteRoute.Timeline}">timeline</a>, the <a href="{SiteRoute.Sources}">sources</a> and the <a href="{SiteRoute.Data}">open data</a>;
            the <a href="{SiteRoute.Sitemap}">sitemap</a> lists every page.</p>
            <div id="static-search" data-index="{IndexPath}" aria-live="polite"></div>
            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = formEnd + FormEnd.Length;
        return Encoding.UTF8.GetBytes(html[..headEnd] + script + html[headEnd..at] + region + html[at..]);
    }
}
