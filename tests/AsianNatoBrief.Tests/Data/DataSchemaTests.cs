using System.Text.Json;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Json.Schema;

namespace AsianNatoBrief.Tests.Data;

/// <summary>Every served JSON document is valid against the schema it names, as served under /data/schema/.</summary>
public sealed class DataSchemaTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly string[] SchemaFiles = ["defs.json", "reaction.json", "actor.json", "framework.json", "comparison.json", "brief.json", "datapackage.json"];

    [Fact]
    public async Task EveryJsonDocument_IsValidAgainstItsServedSchema()
    {
        using var client = factory.CreateClient();
        var registry = new SchemaRegistry();
        var build = new BuildOptions { SchemaRegistry = registry };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (var file in SchemaFiles)
        {
            var text = await client.GetTextAsync(SiteRoute.Schema(file));
            var id = JsonDocument.Parse(text).RootElement.GetProperty("$id").GetString()!;
            Assert.EndsWith(SiteRoute.Schema(file), id, StringComparison.Ordinal);
            schemas[id] = JsonSchema.FromText(text, build);
        }

        var documents = DataSupport.JsonDocuments(factory.Brief());
        Assert.True(documents.Count > 30, $"only {documents.Count} documents");
        var problems = new List<string>();
        foreach (var path in documents)
        {
            var document = await client.GetJsonAsync(path);
            var schemaUrl = document.Str("schema_url");
            Assert.True(schemas.TryGetValue(schemaUrl, out var schema), $"{path} names the unknown schema {schemaUrl}");
            var result = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                problems.Add($"{path}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task TheSchemas_RefuseADocumentThatBreaksThem()
    {
        using var client = factory.CreateClient();
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(await client.GetTextAsync(SiteRoute.Schema("defs.json")), build);
        var reactionSchema = JsonSchema.FromText(await client.GetTextAsync(SiteRoute.Schema("reaction.json")), build);
        var reaction = factory.Brief().Reactions[0];
        var text = (await client.GetTextAsync(SiteRoute.ReactionData(reaction)))
            .Replace($"\"id\": \"{reaction.Stance.Slug()}\"", "\"id\": \"enthusiastic\"", StringComparison.Ordinal);

        var result = reactionSchema.Evaluate(JsonDocument.Parse(text).RootElement);

        Assert.False(result.IsValid);
    }
}
