using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>The open-data addresses: the downloads under <c>/data/</c>, their schemas and each item's JSON document.</summary>
public static partial class SiteRoute
{
    /// <summary>What ends the address of an item's JSON document.</summary>
    public const string JsonExtension = ".json";

    private const string SchemaFolder = "schema";

    /// <summary>A download of the whole brief: <c>/data/brief.json</c>, <c>/data/reactions.csv</c>.</summary>
    public static string DataFile(string fileName) => Data + "/" + fileName;

    /// <summary>The JSON Schema of a data document: <c>/data/schema/reaction.json</c>.</summary>
    public static string Schema(string fileName) => Data + "/" + SchemaFolder + "/" + fileName;

    public static string ActorData(Actor actor) => Actor(actor) + JsonExtension;

    public static string ReactionData(Reaction reaction) => Reaction(reaction) + JsonExtension;

    public static string FrameworkData(Framework framework) => Framework(framework) + JsonExtension;

    public static string ComparisonData(IEnumerable<Framework> frameworks) => Comparison(frameworks) + JsonExtension;

    /// <summary>The JSON document of the item a page shows (<c>/actors/china</c> → <c>/actors/china.json</c>); null for other pages.</summary>
    public static string? DataOf(string? pagePath)
    {
        var address = pagePath is null ? null : Parse(pagePath);
        var kind = address?.Kind switch
        {
            PageKind.Actor => PageKind.ActorData,
            PageKind.Reaction => PageKind.ReactionData,
            PageKind.Framework => PageKind.FrameworkData,
            PageKind.Comparison => PageKind.ComparisonData,
            _ => (PageKind?)null,
        };
        return kind is { } k ? (address! with { Kind = k }).Path : null;
    }

    /// <summary>The id named by a <c>{id}.json</c> segment, or null when the segment is not one.</summary>
    private static string? JsonId(string segment) =>
        segment.Length > JsonExtension.Length && segment.EndsWith(JsonExtension, StringComparison.Ordinal) ? segment[..^JsonExtension.Length] : null;
}
