using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>
/// A comparison table ready to render: the frameworks as columns, the dimensions as rows, each row
/// with its cells and a one-line statement of how the frameworks differ on it.
/// </summary>
public sealed class Comparison
{
    private Comparison(IReadOnlyList<Framework> frameworks, IReadOnlyList<ComparisonRow> rows, int totalRows, bool differencesOnly, string description)
    {
        Description = description;
        Frameworks = frameworks;
        Rows = rows;
        TotalRows = totalRows;
        DifferencesOnly = differencesOnly;
        Path = SiteRoute.Comparison(frameworks);
    }

    /// <summary>The columns, in the order the address names them.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>The rows shown: every dimension, or in the differences-only view those whose values differ.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; }

    /// <summary>How many dimensions there are, shown or not.</summary>
    public int TotalRows { get; }

    public bool DifferencesOnly { get; }

    /// <summary>One sentence for the page's meta description, naming the frameworks and the questions.</summary>
    public string Description { get; }

    /// <summary>The canonical path of the full comparison, e.g. <c>/compare/nato-vs-quad</c>.</summary>
    public string Path { get; }

    /// <summary>Address of the view that hides identical rows.</summary>
    public string DifferencesOnlyUrl => SiteRoute.DifferencesOnly(Path);

    /// <summary>Short names joined for headings, e.g. "NATO vs QUAD".</summary>
    public string Title => string.Join(" vs ", Frameworks.Select(f => f.ShortName));

    /// <summary>Short names as a phrase, e.g. "NATO and QUAD" or "NATO, QUAD and Asian NATO".</summary>
    public string NamesPhrase => JoinNames(Frameworks.Select(f => f.ShortName).ToList());

    /// <summary>The same frameworks in reverse column order, in the same view (all rows or differences only).</summary>
    public string ReversedUrl => DifferencesOnly ? SiteRoute.DifferencesOnly(SiteRoute.Comparison(Frameworks.Reverse())) : SiteRoute.Comparison(Frameworks.Reverse());

    public static Comparison Create(Brief brief, IReadOnlyList<Framework> frameworks, bool differencesOnly)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(frameworks);
        var rows = brief.Dimensions.Select(d => ComparisonRow.Create(d, frameworks)).ToList();
        var shown = differencesOnly ? rows.Where(r => !r.AllSame).ToList() : rows;
        var names = JoinNames([.. frameworks.Select(f => f.ShortName)]);
        var questions = string.Join(", ", brief.Dimensions.Select(d => d.Label.ToLowerInvariant()));
        return new Comparison(frameworks, shown, rows.Count, differencesOnly, $"{names} side by side, one sourced row per question: {questions}.");
    }

    internal static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}

/// <summary>One dimension across the compared frameworks.</summary>
public sealed class ComparisonRow
{
    private ComparisonRow(Dimension dimension, IReadOnlyList<ComparisonCell> cells, bool allSame, string difference, bool differenceIsWritten, string url)
    {
        Dimension = dimension;
        Cells = cells;
        AllSame = allSame;
        Difference = difference;
        DifferenceIsWritten = differenceIsWritten;
        Url = url;
    }

    public Dimension Dimension { get; }

    /// <summary>One cell per framework, in column order.</summary>
    public IReadOnlyList<ComparisonCell> Cells { get; }

    /// <summary>Whether every framework gives the same value (same text and status).</summary>
    public bool AllSame { get; }

    /// <summary>How the frameworks differ on this row: written in the content, or generated from the values.</summary>
    public string Difference { get; }

    /// <summary>Whether <see cref="Difference"/> was written by hand rather than generated.</summary>
    public bool DifferenceIsWritten { get; }

    /// <summary>The row's own address, e.g. <c>/compare/nato-vs-quad#legal-basis</c>.</summary>
    public string Url { get; }

    /// <summary>The row's element id: the dimension id.</summary>
    public string Id => Dimension.Id;

    /// <summary>Id of the row's header cell, referenced by the difference statement's <c>headers</c>.</summary>
    public string HeaderId => Dimension.Id + "-label";

    internal static ComparisonRow Create(Dimension dimension, IReadOnlyList<Framework> frameworks)
    {
        var cells = frameworks.Select(f => new ComparisonCell(f, f.ValueFor(dimension))).ToList();
        var groups = Group(cells);
        var written = dimension.DifferenceFor(frameworks);
        var difference = written ?? Describe(groups, cells.Count);
        return new ComparisonRow(dimension, cells, groups.Count == 1, difference, written is not null, SiteRoute.ComparisonRow(frameworks, dimension));
    }

    // Frameworks giving the same answer share a group; groups keep the column order of their first member.
    private static List<List<ComparisonCell>> Group(List<ComparisonCell> cells)
    {
        var groups = new List<List<ComparisonCell>>();
        foreach (var cell in cells)
        {
            var group = groups.FirstOrDefault(g => g[0].SameAnswerAs(cell));
            if (group is null)
            {
                groups.Add([cell]);
            }
            else
            {
                group.Add(cell);
            }
        }

        return groups;
    }

    private static string Describe(List<List<ComparisonCell>> groups, int count)
    {
        if (groups.Count == 1)
        {
            var who = count switch
            {
                2 => "Both",
                3 => "All three",
                _ => $"All {count}",
            };
            return $"{who}: {groups[0][0].Value.Value}";
        }

        return string.Join(" · ", groups.Select(g => $"{Comparison.JoinNames([.. g.Select(c => c.Framework.ShortName)])}: {g[0].Value.Value}"));
    }
}

/// <summary>One framework's value in one row.</summary>
public sealed class ComparisonCell(Framework framework, FrameworkValue value)
{
    public Framework Framework { get; } = framework;

    public FrameworkValue Value { get; } = value;

    /// <summary>"Not applicable" or "Unknown" when the value is not a known answer; otherwise null.</summary>
    public string? StatusLabel => Value.Status switch
    {
        ValueStatus.NotApplicable => "Not applicable",
        ValueStatus.Unknown => "Unknown",
        _ => null,
    };

    /// <summary>Whether to show <see cref="StatusLabel"/> beside the value (not when the value already says it).</summary>
    public bool ShowStatusLabel => StatusLabel is { } label && !string.Equals(label, Value.Value.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Same value text (ignoring case and surrounding space) and same status.</summary>
    public bool SameAnswerAs(ComparisonCell other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Value.Status == other.Value.Status
            && string.Equals(Value.Value.Trim(), other.Value.Value.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
