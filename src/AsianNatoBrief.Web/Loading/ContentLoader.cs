using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>The outcome of loading a content folder: a snapshot, or every problem found.</summary>
public sealed class LoadResult
{
    /// <summary>The snapshot, when the content is valid.</summary>
    public Brief? Brief { get; init; }

    /// <summary>Every problem found, ordered by file, line and column; empty when the content is valid.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public bool Succeeded => Brief is not null;
}

/// <summary>Reads, validates and builds a content folder: parse → validate → build.</summary>
public static class ContentLoader
{
    public static LoadResult Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(".", 1, 1, DiagnosticCodes.MissingFile, $"content folder '{root}' does not exist");
            return new LoadResult { Diagnostics = diagnostics.ToSortedList() };
        }

        RawContent raw;
        try
        {
            raw = ContentReader.Read(root, diagnostics);
        }
        catch (IOException e)
        {
            // A file being saved by an editor can be briefly unreadable; the caller keeps the last good snapshot.
            diagnostics.Add(".", 1, 1, DiagnosticCodes.MissingFile, $"could not read the content: {e.Message}");
            return new LoadResult { Diagnostics = diagnostics.ToSortedList() };
        }

        ContentValidator.Validate(raw, diagnostics);
        if (diagnostics.Count > 0)
        {
            return new LoadResult { Diagnostics = diagnostics.ToSortedList() };
        }

        return new LoadResult { Brief = BriefBuilder.Build(raw), Diagnostics = [] };
    }
}
