namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// One problem in the content, at a 1-based line and column of a file given relative to the content folder.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, string Code, string Message)
{
    /// <summary>Formats as <c>prefix/path:line:column: error CODE: message</c>, which editors make clickable.</summary>
    public string Format(string? prefix = null)
    {
        var path = string.IsNullOrEmpty(prefix) ? Path : $"{prefix.TrimEnd('/', '\\')}/{Path}";
        return $"{path}:{Line}:{Column}: error {Code}: {Message}";
    }

    public override string ToString() => Format();
}

/// <summary>The stable codes of content diagnostics.</summary>
public static class DiagnosticCodes
{
    public const string MalformedYaml = "ANB001";
    public const string MissingField = "ANB002";
    public const string UnknownField = "ANB003";
    public const string DuplicateKey = "ANB004";
    public const string BadSlug = "ANB005";
    public const string DuplicateId = "ANB006";
    public const string UnknownReference = "ANB007";
    public const string UnknownVocabulary = "ANB008";
    public const string BadDate = "ANB009";
    public const string BrokenLink = "ANB010";
    public const string WrongType = "ANB011";
    public const string MissingValue = "ANB012";
    public const string EmptyList = "ANB013";
    public const string InvalidValue = "ANB014";
    public const string MissingFile = "ANB015";
    public const string ReservedSeparator = "ANB016";
    public const string NotAmongSources = "ANB017";
}

/// <summary>Collects diagnostics while content is read and checked.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public int Count => items.Count;

    public void Add(string path, int line, int column, string code, string message) =>
        items.Add(new Diagnostic(path, line, column, code, message));

    public void AddRange(DiagnosticBag other) => items.AddRange(other.items);

    /// <summary>All diagnostics, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. items.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
