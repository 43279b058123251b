using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>Every page of the site at its canonical path: what the sitemap lists.</summary>
public static class CanonicalPages
{
    public static IReadOnlyList<string> All(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var paths = new List<string> { Addresses.Home, Addresses.Actors };
        paths.AddRange(brief.Actors.Select(a => Addresses.Actor(a.Id)));
        paths.Add(Addresses.Reactions);
        paths.AddRange(brief.Reactions.Select(r => Addresses.Reaction(r.Id)));
        paths.Add(Addresses.Positions);
        paths.Add(Addresses.Compare);
        paths.AddRange(Comparisons(brief));
        paths.AddRange(brief.Frameworks.Select(f => Addresses.Framework(f.Id)));
        paths.Add(Addresses.Timeline);
        paths.Add(Addresses.Sources);
        paths.Add(Addresses.About);
        return paths;
    }

    /// <summary>Every pair of frameworks, in content order (NATO, the QUAD, ...), and the comparison of all of them when there are three.</summary>
    public static IEnumerable<string> Comparisons(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var ids = brief.Frameworks.Select(f => f.Id).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return Addresses.Comparison([ids[i], ids[j]]);
            }
        }

        if (ids.Count == 3)
        {
            yield return Addresses.Comparison(ids);
        }
    }
}
