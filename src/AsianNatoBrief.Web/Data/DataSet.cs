using System.Collections.Concurrent;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

/// <summary>A data file as served: its bytes, its media type and the path of the JSON Schema that describes it, if any.</summary>
internal sealed record DataFile(byte[] Body, string MediaType, string? SchemaPath);

/// <summary>
/// Every data file of one content snapshot, for one origin. Each is written on its first request and, while the
/// snapshot's <see cref="FileBudget"/> has room, kept for as long as the snapshot lives, so a file is serialized
/// once per content version, not once per request. Only files that exist are kept: an address that names nothing
/// (<c>/reactions/no-such.json</c>) leaves nothing behind. Without a budget nothing is kept.
/// </summary>
internal sealed class DataSet(Brief brief, DataOptions options, SiteOrigin origin, FileBudget? budget)
{
    public const string JsonMediaType = "application/json; charset=utf-8";
    public const string CsvMediaType = "text/csv; charset=utf-8; header=present";
    public const string BriefFile = "brief.json";

    private readonly DataLinks links = new(origin);
    private readonly ConcurrentDictionary<string, DataFile> files = new(StringComparer.Ordinal);

    public Brief Brief => brief;

    /// <summary>The file at a canonical data address, or null when there is none.</summary>
    public DataFile? Find(SiteAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (files.TryGetValue(address.Path, out var kept))
        {
            return kept;
        }

        var made = Make(address);
        if (made is null || budget is null || !budget.TryTake(made.Body.Length))
        {
            return made;
        }

        var stored = files.GetOrAdd(address.Path, made);
        if (!ReferenceEquals(stored, made))
        {
            // Another request made the same file first; its copy is the one kept.
            budget.Give(made.Body.Length);
        }

        return stored;
    }

    /// <summary>How many files are kept, and their bytes.</summary>
    internal (int Files, long Bytes) Kept => (files.Count, files.Values.Sum(f => (long)f.Body.Length));

    private DataFile? Make(SiteAddress address)
    {
        var items = new ItemDocuments(links);
        var id = address.Ids.Count > 0 ? address.Ids[0] : "";
        return address.Kind switch
        {
            PageKind.ReactionData when brief.FindReaction(id) is { } r => Json(DataSchemas.Reaction, items.Reaction(r)),
            PageKind.ActorData when brief.FindActor(id) is { } a => Json(DataSchemas.Actor, items.Actor(a)),
            PageKind.FrameworkData when brief.FindFramework(id) is { } f => Json(DataSchemas.Framework, items.Framework(f)),
            PageKind.ComparisonData when Frameworks(address.Ids) is { } compared => Json(DataSchemas.Comparison, items.Comparison(brief, compared)),
            PageKind.DataFile when address.Format == BriefFile => Json(DataSchemas.Brief, BriefDocument.Create(brief, items, links, options)),
            PageKind.DataFile when address.Format == DataPackage.FileName =>
                new(DataPackage.Write(brief, links, options), JsonMediaType, SiteRoute.Schema(DataSchemas.Package)),
            PageKind.DataFile when Tables.Find(address.Format ?? "") is { } table => new(CsvTables.Write(table, brief, links), CsvMediaType, null),
            PageKind.Schema when DataSchemas.Read(address.Format ?? "", links) is { } schema => new(schema, JsonMediaType, null),
            _ => null,
        };
    }

    /// <summary>The frameworks a comparison names, when they are two or three different known ones.</summary>
    private List<Framework>? Frameworks(IReadOnlyList<string> ids)
    {
        var frameworks = ids.Select(brief.FindFramework).OfType<Framework>().Distinct().ToList();
        return frameworks.Count == ids.Count && frameworks.Count is >= SiteRoute.MinCompared and <= SiteRoute.MaxCompared ? frameworks : null;
    }

    private DataFile Json<T>(string schemaFile, T body) =>
        new(JsonDocuments.Write(new DocumentHead(brief.Version, links.Url(SiteRoute.Schema(schemaFile))), body), JsonMediaType, SiteRoute.Schema(schemaFile));
}
