using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>A link to a comparison, or to one row of it.</summary>
/// <param name="Text">Link text, e.g. "NATO vs QUAD".</param>
/// <param name="Url">Site-relative address, e.g. <c>/compare/nato-vs-quad#legal-basis</c>.</param>
/// <param name="Other">The framework compared with, for pages that want their own wording.</param>
public sealed record CompareLink(string Text, string Url, Framework Other);

/// <summary>
/// Addresses of comparisons and of their rows, for other pages (actor and framework pages) to link to
/// the comparison table without knowing its address scheme.
/// </summary>
public static class CompareLinks
{
    /// <summary>The chooser form.</summary>
    public const string ChooserPath = "/compare";

    /// <summary>The comparison of two or three frameworks, in this order: <c>/compare/nato-vs-quad</c>.</summary>
    public static string Url(params IEnumerable<string> frameworkIds) => CompareAddress.PathFor(frameworkIds);

    /// <summary>One row of a pairwise comparison: <c>/compare/nato-vs-quad#legal-basis</c>.</summary>
    public static string RowUrl(string frameworkA, string frameworkB, string dimensionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(frameworkA);
        ArgumentException.ThrowIfNullOrEmpty(frameworkB);
        ArgumentException.ThrowIfNullOrEmpty(dimensionId);
        return CompareAddress.PathFor([frameworkA, frameworkB]) + "#" + dimensionId;
    }

    /// <summary>
    /// Links from a framework page: this framework compared with each other framework, pointing at the
    /// row of <paramref name="dimension"/> when one is given (otherwise at the whole table).
    /// </summary>
    public static IReadOnlyList<CompareLink> For(Brief brief, Framework framework, Dimension? dimension = null)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(framework);
        return
        [
            .. brief.Frameworks
                .Where(other => other != framework)
                .Select(other => new CompareLink(
                    $"{framework.ShortName} vs {other.ShortName}",
                    dimension is null ? Url(framework.Id, other.Id) : RowUrl(framework.Id, other.Id, dimension.Id),
                    other)),
        ];
    }

    /// <summary>
    /// Links from an actor page: for each framework the actor belongs to (<see cref="Actor.Frameworks"/>),
    /// the "members" row of its comparison with each other framework (or the whole table when the
    /// content has no <c>members</c> dimension).
    /// </summary>
    public static IReadOnlyList<CompareLink> ForActor(Brief brief, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(actor);
        var members = brief.FindDimension("members");
        return [.. actor.Frameworks.SelectMany(f => For(brief, f, members))];
    }
}
