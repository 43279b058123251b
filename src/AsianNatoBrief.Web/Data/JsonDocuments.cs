using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AsianNatoBrief.Web.Data;

/// <summary>Writes the data records as JSON documents: snake_case names, absent fields left out, UTF-8, indented.</summary>
internal static class JsonDocuments
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Text in the content (quotes, non-Latin names) stays readable; HTML characters stay escaped.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>
    /// A document: <paramref name="head"/>'s fields (version, schema_url) first, then those of
    /// <paramref name="body"/>.
    /// </summary>
    public static byte[] Write<T>(DocumentHead head, T body)
    {
        var document = (JsonObject)JsonSerializer.SerializeToNode(head, Options)!;
        foreach (var (name, value) in (JsonObject)JsonSerializer.SerializeToNode(body, Options)!)
        {
            document[name] = value?.DeepClone();
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }
}
