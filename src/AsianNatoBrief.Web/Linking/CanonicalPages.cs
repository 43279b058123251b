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
    /// Every pair of frameworks, and all of them when there are three, each named in id order: the one
    /// address the pages give a comparison (<c>/compare/nato-vs-quad</c>).
    /// </summary>
    public static IEnumerable<string> Comparisons(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var ids = brief.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return SiteAddresses.Comparison([ids[i], ids[j]]);
            }
        }

        if (ids.Count == 3)
        {
            yield return SiteAddresses.Comparison(ids);
        }
    }
}
