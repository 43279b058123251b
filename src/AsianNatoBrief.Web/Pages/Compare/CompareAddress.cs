using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>What an address such as <c>/compare/nato-vs-quad</c> names.</summary>
internal enum CompareOutcome
{
    /// <summary>The address is canonical and names two or three different frameworks.</summary>
    Found,

    /// <summary>The address names valid frameworks but not canonically (wrong case, a former id): redirect.</summary>
    Redirect,

    /// <summary>At least one name is not a framework.</summary>
    Unknown,

    /// <summary>The same framework is named more than once.</summary>
    Repeated,

    /// <summary>Fewer than two or more than three frameworks are named.</summary>
    WrongCount,
}

/// <summary>The result of reading a comparison address.</summary>
internal sealed record CompareLookup(CompareOutcome Outcome, IReadOnlyList<Framework> Frameworks, IReadOnlyList<string> UnknownNames, string? CanonicalPath);

/// <summary>
/// Reads and writes comparison addresses. The order of the frameworks in an address is kept as
/// requested (<c>/compare/quad-vs-nato</c> is its own canonical page), so the only rewrites are to
/// lowercase and from a former id (alias) to the current one.
/// </summary>
internal static class CompareAddress
{
    public const string Prefix = "/compare/";
    public const string Separator = "-vs-";
    public const int MinFrameworks = 2;
    public const int MaxFrameworks = 3;

    /// <summary>The query string of the differences-only view.</summary>
    public const string DifferencesOnlyQuery = "?differences=only";

    /// <summary>The canonical path comparing these frameworks, in this order.</summary>
    public static string PathFor(IEnumerable<string> frameworkIds) => Prefix + string.Join(Separator, frameworkIds);

    public static string PathFor(IEnumerable<Framework> frameworks) => PathFor(frameworks.Select(f => f.Id));

    /// <summary>Reads the part of the address after <c>/compare/</c>.</summary>
    public static CompareLookup Resolve(Brief brief, string selection)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(selection);
        var parts = Split(brief, selection.ToLowerInvariant());
        var frameworks = new List<Framework>(parts.Count);
        var unknown = new List<string>();
        foreach (var part in parts)
        {
            if (Find(brief, part) is { } framework)
            {
                frameworks.Add(framework);
            }
            else
            {
                unknown.Add(part);
            }
        }

        if (unknown.Count > 0)
        {
            return new(CompareOutcome.Unknown, frameworks, unknown, null);
        }

        if (frameworks.Count is < MinFrameworks or > MaxFrameworks)
        {
            return new(CompareOutcome.WrongCount, frameworks, [], null);
        }

        if (frameworks.Distinct().Count() < frameworks.Count)
        {
            return new(CompareOutcome.Repeated, frameworks, [], null);
        }

        var canonical = PathFor(frameworks);
        var requested = Prefix + selection;
        return string.Equals(canonical, requested, StringComparison.Ordinal)
            ? new(CompareOutcome.Found, frameworks, [], canonical)
            : new(CompareOutcome.Redirect, frameworks, [], canonical);
    }

    /// <summary>A framework by its id or a former id.</summary>
    public static Framework? Find(Brief brief, string idOrAlias)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.FindFramework(idOrAlias) ?? brief.FindFrameworkByAlias(idOrAlias);
    }

    // Splits at "-vs-". An id may itself contain "-vs-" (slugs allow it), so when splitting at every
    // separator does not give known names, other ways of splitting are tried before giving up.
    private static List<string> Split(Brief brief, string selection)
    {
        var positions = new List<int>();
        for (var i = selection.IndexOf(Separator, StringComparison.Ordinal); i >= 0; i = selection.IndexOf(Separator, i + Separator.Length, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        var everywhere = SplitAt(selection, positions, mask: (1 << positions.Count) - 1);
        if (positions.Count is 0 or > 8 || everywhere.All(p => Find(brief, p) is not null))
        {
            return everywhere;
        }

        for (var mask = (1 << positions.Count) - 2; mask > 0; mask--)
        {
            var parts = SplitAt(selection, positions, mask);
            if (parts.All(p => Find(brief, p) is not null))
            {
                return parts;
            }
        }

        return everywhere;
    }

    private static List<string> SplitAt(string selection, List<int> positions, int mask)
    {
        var parts = new List<string>();
        var start = 0;
        for (var bit = 0; bit < positions.Count; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                parts.Add(selection[start..positions[bit]]);
                start = positions[bit] + Separator.Length;
            }
        }

        parts.Add(selection[start..]);
        return parts;
    }
}
