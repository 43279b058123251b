using System.Globalization;
using System.Net;
using System.Text;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;
using Microsoft.AspNetCore.WebUtilities;

namespace AsianNatoBrief.Web.Export;

/// <summary>One old address and where the app sends it, with the status it answers.</summary>
internal sealed record Redirect(string From, string To, int Status, bool IsPage);

/// <summary>
/// The redirects of the exported site, worked out by the same code the app answers them with: a renamed
/// item's former ids are put into every exported address that names the item, and each such address is kept
/// only where <see cref="SiteRoute.Canonical"/> (what <c>LinkRedirectMiddleware</c> answers) sends it to the
/// exported address. The query forms the filter and chooser forms send get the answer of
/// <see cref="SiteRoute.CanonicalQuery"/> and of the chooser itself.
/// </summary>
internal static class Redirects
{
    /// <summary>Former addresses of renamed items (301), in the order of <paramref name="addresses"/>.</summary>
    public static IReadOnlyList<Redirect> Moved(Brief brief, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(addresses);
        var moved = new List<Redirect>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in addresses)
        {
            if (SiteRoute.Parse(path) is not { Ids.Count: > 0 } address || AliasesOf(brief, address.Kind) is not { } aliases)
            {
                continue;
            }

            foreach (var ids in Variants(address.Ids, aliases).Skip(1))
            {
                var from = (address with { Ids = ids }).Path;
                if (seen.Add(from) && string.Equals(SiteRoute.Canonical(brief, from), path, StringComparison.Ordinal))
                {
                    moved.Add(new(from, path, StatusCodes.Status301MovedPermanently, IsPage(address.Kind)));
                }
            }
        }

        return moved;
    }

    /// <summary>
    /// The queries of the reaction filter, the differences switch and the compare chooser, exactly as a browser
    /// sends each form, with the view they name: 301 for the views (as <c>LinkRedirectMiddleware</c> answers),
    /// 303 for the chooser (as its page answers a submitted form).
    /// </summary>
    public static IReadOnlyList<Redirect> Queries(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var redirects = new List<Redirect>();
        foreach (var stance in (IEnumerable<string>)["", .. Stances.All.Select(s => s.Slug())])
        {
            foreach (var actor in (IEnumerable<string>)["", .. brief.ActorsWithReactions.Select(a => a.Id)])
            {
                var query = $"stance={stance}&actor={actor}";
                if (SiteRoute.CanonicalQuery(brief, SiteRoute.Reactions, Query(query)) is { } view)
                {
                    redirects.Add(new(SiteRoute.Reactions + "?" + query, view, StatusCodes.Status301MovedPermanently, IsPage: true));
                }
            }
        }

        foreach (var comparison in CanonicalPages.Comparisons(brief))
        {
            if (SiteRoute.CanonicalQuery(brief, comparison, Query("differences=only")) is { } view)
            {
                redirects.Add(new(comparison + "?differences=only", view, StatusCodes.Status301MovedPermanently, IsPage: true));
            }
        }

        var ids = Comparisons.Ordered(brief).Select(f => f.Id).ToList();
        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                foreach (var c in (IEnumerable<string>)["", .. ids])
                {
                    foreach (var differences in new[] { false, true })
                    {
                        var form = ChooserForm.Read(brief, a, b, c, differences, submitted: true);
                        if (form.TargetUrl is { } target)
                        {
                            var query = $"a={a}&b={b}&c={c}" + (differences ? "&differences=only" : "");
                            redirects.Add(new(SiteRoute.Chooser + "?" + query, target, StatusCodes.Status303SeeOther, IsPage: true));
                        }
                    }
                }
            }
        }

        return redirects;
    }

    /// <summary>
    /// An nginx include for the <c>http</c> block: three maps, one per kind of redirect, read by
    /// <c>deploy/nginx/export-server.conf</c> (<c>return 301</c>, or 303 for the chooser).
    /// </summary>
    public static string Nginx(IReadOnlyList<Redirect> moved, IReadOnlyList<Redirect> queries)
    {
        ArgumentNullException.ThrowIfNull(moved);
        ArgumentNullException.ThrowIfNull(queries);
        var text = new StringBuilder();
        text.Append("# Written by `export`: the site's redirects, for nginx's http block (see deploy/nginx).\n")
            .Append("# Former addresses of renamed items, by path (the query string is kept, as the app keeps it).\n")
            .Append("map_hash_max_size 262144;\nmap_hash_bucket_size 256;\n\n");
        Map(text, "$uri", "$anb_moved", moved);
        text.Append("\n# The filter and differences forms' queries, as a browser sends them, to the view's own path (301).\n");
        Map(text, "$request_uri", "$anb_view", queries.Where(q => q.Status == StatusCodes.Status301MovedPermanently));
        text.Append("\n# The compare chooser's queries to the comparison they choose (303, as the app answers the form).\n");
        Map(text, "$request_uri", "$anb_chosen", queries.Where(q => q.Status == StatusCodes.Status303SeeOther));
        return text.ToString();
    }

    /// <summary>
    /// A <c>_redirects</c> file (Netlify, Cloudflare Pages): the former addresses only, as their query forms
    /// are not matched the same way by every host that reads the format.
    /// </summary>
    public static string RedirectsFile(IReadOnlyList<Redirect> moved)
    {
        ArgumentNullException.ThrowIfNull(moved);
        var text = new StringBuilder("# Written by `export`: former addresses of renamed items.\n");
        foreach (var redirect in moved)
        {
            text.Append(CultureInfo.InvariantCulture, $"{redirect.From} {redirect.To} {redirect.Status}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The page left at a former page address for hosts that read no redirect file: a refresh to the new address,
    /// the canonical link for crawlers, a plain link, and a script that carries the <c>#fragment</c> across, so that
    /// an old link to a reaction on its actor's page still lands on it.
    /// </summary>
    public static string MovedPage(Redirect redirect, SiteOrigin origin, string script)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        ArgumentNullException.ThrowIfNull(origin);
        var to = WebUtility.HtmlEncode(redirect.To);
        var canonical = WebUtility.HtmlEncode(origin.Absolute(redirect.To).AbsoluteUri);
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Moved to {to}</title>
                <meta name="robots" content="noindex">
                <link rel="canonical" href="{canonical}">
                <meta http-equiv="refresh" content="0; url={to}">
                <script src="{WebUtility.HtmlEncode(script)}"></script>
            </head>
            <body>
                <main>
                    <h1>This page has moved</h1>
                    <p>Its address is now <a href="{to}">{to}</a>.</p>
                </main>
            </body>
            </html>

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Map(StringBuilder text, string key, string variable, IEnumerable<Redirect> redirects)
    {
        text.Append(CultureInfo.InvariantCulture, $"map {key} {variable} {{\n    default \"\";\n");
        foreach (var redirect in redirects)
        {
            text.Append(CultureInfo.InvariantCulture, $"    \"{redirect.From}\" \"{redirect.To}\";\n");
        }

        text.Append("}\n");
    }

    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    private static bool IsPage(PageKind kind) => kind is PageKind.Actor or PageKind.Reaction or PageKind.Framework or PageKind.Comparison or PageKind.Reactions;

    /// <summary>The former ids of an item of the kind an address names, by current id; null for kinds without ids.</summary>
    private static Func<string, IReadOnlyList<string>>? AliasesOf(Brief brief, PageKind kind) => kind switch
    {
        PageKind.Actor or PageKind.Reactions or PageKind.ActorData => id => brief.FindActor(id)?.Aliases ?? [],
        PageKind.Reaction or PageKind.Citation or PageKind.ReactionData => id => brief.FindReaction(id)?.Aliases ?? [],
        PageKind.Framework or PageKind.Comparison or PageKind.FrameworkData or PageKind.ComparisonData => id => brief.FindFramework(id)?.Aliases ?? [],
        _ => null,
    };

    /// <summary>Every way of naming each id by itself or a former id, the current ids first.</summary>
    private static IEnumerable<IReadOnlyList<string>> Variants(IReadOnlyList<string> ids, Func<string, IReadOnlyList<string>> aliases)
    {
        IEnumerable<IReadOnlyList<string>> variants = [[]];
        foreach (var id in ids)
        {
            IReadOnlyList<string> names = [id, .. aliases(id)];
            variants = variants.SelectMany(prefix => names.Select(name => (IReadOnlyList<string>)[.. prefix, name]));
        }

        return variants;
    }
}
