using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>Every page of the site at its canonical path: what the sitemap lists.</summary>
public static class CanonicalPages
{
    public static IReadOnlyList<string> All(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var paths = new List<string> { SiteAddresses.Home, SiteAddresses.Actors };
        paths.AddRange(brief.Actors.Select(a => SiteAddresses.Actor(a.Id)));
        paths.Add(SiteAddresses.Reactions);
        paths.AddRange(brief.Reactions.Select(r => SiteAddresses.Reaction(r.Id)));
        paths.Add(SiteAddresses.Positions);
        paths.Add(SiteAddresses.Compare);
        paths.AddRange(Comparisons(brief));
        paths.AddRange(brief.Frameworks.Select(f => SiteAddresses.Framework(f.Id)));
        paths.Add(SiteAddresses.Timeline);
        paths.Add(SiteAddresses.Sources);
        paths.Add(SiteAddresses.About);
        return paths;
    }

    /// <summary>
    /// Every comparison of two or three different frameworks. The order in a comparison address is
    /// kept as written (<c>/compare/quad-vs-nato</c> is a page of its own), so every order is listed.
    /// </summary>
    public static IEnumerable<string> Comparisons(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var ids = brief.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
            {
                yield return SiteAddresses.Comparison([a, b]);
            }
        }

        foreach (var a in ids)
        {
            foreach (var b in ids.Where(b => b != a))
            {
                foreach (var c in ids.Where(c => c != a && c != b))
                {
                    yield return SiteAddresses.Comparison([a, b, c]);
                }
            }
        }
    }
}
