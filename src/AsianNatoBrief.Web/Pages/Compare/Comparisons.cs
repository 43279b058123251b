using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>A link to one comparison, or to one row of it: "NATO vs QUAD" and its address.</summary>
public sealed record ComparisonChoice(string Title, string Url, IReadOnlyList<Framework> Frameworks)
{
    /// <summary>The framework compared with the first one, for pages that word the link themselves.</summary>
    public Framework Other => Frameworks[^1];

    public static ComparisonChoice Of(IReadOnlyList<Framework> frameworks, Dimension? row = null)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        return new(
            string.Join(" vs ", frameworks.Select(f => f.ShortName)),
            row is null ? SiteRoute.Comparison(frameworks) : SiteRoute.ComparisonRow(frameworks, row),
            frameworks);
    }
}

/// <summary>
/// Which comparisons the content allows and which of them a page links to. Links name the framework of
/// the page they are on first, then the others in list order (<see cref="Ordered"/>); see
/// <see cref="SiteRoute"/> for why every column order is a page of its own.
/// </summary>
public static class Comparisons
{
    /// <summary>Frameworks in list order: those of the featured comparison first, then the others in content order.</summary>
    public static IReadOnlyList<Framework> Ordered(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return [.. brief.FeaturedComparison, .. brief.Frameworks.Except(brief.FeaturedComparison)];
    }

    /// <summary>Every pair, then every trio, in list order: the featured comparison comes first.</summary>
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

        return [.. sets.Select(s => ComparisonChoice.Of(s))];
    }

    /// <summary>
    /// Every pair and trio of <see cref="All"/> in every column order (the listed order first): what the chooser
    /// form can reach, as plain links, so the choice works where no server answers the form (a static copy).
    /// </summary>
    public static IReadOnlyList<ComparisonChoice> EveryOrder(Brief brief) =>
        [.. All(brief).SelectMany(choice => Orders(choice.Frameworks)).Select(order => ComparisonChoice.Of(order))];

    private static IEnumerable<IReadOnlyList<Framework>> Orders(IReadOnlyList<Framework> frameworks) =>
        frameworks.Count <= 1
            ? [frameworks]
            : frameworks.SelectMany(first => Orders([.. frameworks.Where(f => f != first)]).Select(rest => (IReadOnlyList<Framework>)[first, .. rest]));

    /// <summary>
    /// From a framework's page: the framework compared with each other framework, pointing at the row of
    /// <paramref name="row"/> when one is given (otherwise at the whole table).
    /// </summary>
    public static IReadOnlyList<ComparisonChoice> From(Brief brief, Framework framework, Dimension? row = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        return [.. Ordered(brief).Where(other => other != framework).Select(other => ComparisonChoice.Of([framework, other], row))];
    }

    /// <summary>
    /// The comparison a framework page's rows link to: with the first framework of the featured
    /// comparison that is not this one, else with the first other framework.
    /// </summary>
    public static ComparisonChoice? Featured(Brief brief, Framework framework) => From(brief, framework) is [var first, ..] ? first : null;

    /// <summary>
    /// From an actor's page: for each framework the actor belongs to, the membership row of its comparison
    /// with each other framework (the whole table when the content marks no membership row).
    /// </summary>
    public static IReadOnlyList<ComparisonChoice> ForActor(Brief brief, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(actor);
        return [.. actor.Frameworks.SelectMany(f => From(brief, f, brief.MembersDimension))];
    }
}
