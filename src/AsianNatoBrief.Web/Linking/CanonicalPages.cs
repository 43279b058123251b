using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>Every page of the site at its canonical path: what the sitemap lists.</summary>
public static class CanonicalPages
{
    public static IReadOnlyList<string> All(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return
        [
            SiteRoute.Home,
            SiteRoute.Actors,
            .. brief.Actors.Select(SiteRoute.Actor),
            SiteRoute.Reactions,
            .. brief.Reactions.Select(SiteRoute.Reaction),
            SiteRoute.Positions,
            SiteRoute.Chooser,
            .. Comparisons(brief),
            .. brief.Frameworks.Select(SiteRoute.Framework),
            SiteRoute.Timeline,
            SiteRoute.Sources,
            SiteRoute.About,
            SiteRoute.Changes,
            // The open-data page and its downloads; the data files themselves are not pages.
            SiteRoute.Data,
        ];
    }

    /// <summary>
    /// Every comparison of two or three different frameworks, in every column order: each order is a
    /// canonical page of its own (see <see cref="SiteRoute"/>).
    /// </summary>
    public static IEnumerable<string> Comparisons(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var ids = brief.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
            {
                yield return SiteRoute.Comparison([a, b]);
            }
        }

        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
            {
                foreach (var c in ids.Where(c => c != a && c != b))
                {
                    yield return SiteRoute.Comparison([a, b, c]);
                }
            }
        }
    }
}
