using System.Text.Json;
using System.Text.Json.Nodes;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the data documents, kept as files in <c>Data/Schemas</c> and embedded
/// in the build. Each is served with its <c>$id</c> set to the address it is served at, so the relative
/// <c>$ref</c>s between them resolve against the site that serves them.
/// </summary>
internal static class DataSchemas
{
    public const string Definitions = "defs.json";
    public const string Reaction = "reaction.json";
    public const string Actor = "actor.json";
    public const string Framework = "framework.json";
    public const string Comparison = "comparison.json";
    public const string Brief = "brief.json";
    public const string Package = "datapackage.json";

    public static IReadOnlyList<string> All { get; } = [Definitions, Reaction, Actor, Framework, Comparison, Brief, Package];

    /// <summary>The schema file with its <c>$id</c> made absolute; null for a name that is no schema.</summary>
    public static byte[]? Read(string fileName, DataLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (!All.Contains(fileName, StringComparer.Ordinal))
        {
            return null;
        }

        using var stream = typeof(DataSchemas).Assembly.GetManifestResourceStream("Schemas/" + fileName)
            ?? throw new InvalidOperationException($"the schema {fileName} is not embedded in the build");
        var schema = JsonNode.Parse(stream)!.AsObject();
        schema["$id"] = links.Url(SiteRoute.Schema(fileName));
        return JsonSerializer.SerializeToUtf8Bytes(schema, JsonDocuments.Options);
    }
}
