using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>One comparison the content allows, for lists of links.</summary>
public sealed record ComparisonChoice(string Title, string Url, IReadOnlyList<Framework> Frameworks)
{
    /// <summary>The frameworks the site is built around (NATO and the QUAD), listed first when they exist.</summary>
    internal static readonly string[] FeaturedIds = ["nato", "quad"];

    /// <summary>Frameworks in list order: the featured ones first, then the others in content order.</summary>
    public static IReadOnlyList<Framework> Ordered(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var featured = FeaturedIds.Select(brief.FindFramework).OfType<Framework>().ToList();
        return [.. featured, .. brief.Frameworks.Except(featured)];
    }

    /// <summary>Every pair, then every trio, in <see cref="Ordered"/> order: NATO vs QUAD comes first.</summary>
    public static IReadOnlyList<ComparisonChoice> All(Brief brief)
    {
        var frameworks = Ordered(brief);
        var sets = new List<IReadOnlyList<Framework>>();
        for (var i = 0; i < frameworks.Count; i++)
        {
            for (var j = i + 1; j < frameworks.Count; j++)
            {
                sets.Add([frameworks[i], frameworks[j]]);
            }
        }

        for (var i = 0; i < frameworks.Count; i++)
        {
            for (var j = i + 1; j < frameworks.Count; j++)
            {
                for (var k = j + 1; k < frameworks.Count; k++)
                {
                    sets.Add([frameworks[i], frameworks[j], frameworks[k]]);
                }
            }
        }

        return [.. sets.Select(s => new ComparisonChoice(string.Join(" vs ", s.Select(f => f.ShortName)), CompareAddress.PathFor(s), s))];
    }
}
