namespace AsianNatoBrief.Web.Data;

// The shapes of the JSON documents, one record per object kind; data/schema/*.json describes each. Fields
// that are unknown for an item are left out rather than written as null, so a later optional field (a
// source's kind, a stance's basis) is an addition that no reader of today's documents has to handle.

/// <summary>A date at the precision the content gives it: <c>2024</c>, <c>2024-10</c> or <c>2024-10-01</c>.</summary>
internal sealed record DateData(string Iso, string Precision);

/// <summary>Another item named by id, with its page and, where it has one, its JSON document.</summary>
internal sealed record ItemRef(string Id, string Name, string Url, string? DataUrl = null);

internal sealed record StanceData(string Id, string Label, string Definition, string Url);

/// <summary>Whether the actor stated the stance or the editors inferred it from what was said.</summary>
internal sealed record StanceBasisData(string Id, string Label, string Definition, string Url);

internal sealed record SourceData(
    string Id, string Title, string Kind, string? Publisher, string? Author, DateData Date, string? Url, string? Note, string PageUrl);

internal sealed record QuoteData(string Text, string Speaker, string SourceId);

/// <summary>What every document starts with: the content version it was made from and the address of its schema.</summary>
internal sealed record DocumentHead(string Version, string SchemaUrl);

internal sealed record ReactionData(
    string Id, string Url, string DataUrl, string InContextUrl, string Headline, ItemRef Actor, StanceData Stance,
    StanceBasisData StanceBasis, DateData Date, string DatedBy, IReadOnlyList<QuoteData> Quotes, IReadOnlyList<SourceData> Sources, IReadOnlyList<ItemRef> Positions,
    IReadOnlyList<string> Aliases, string BodyHtml, string BodyText);

internal sealed record ReactionSummary(string Id, string Url, string DataUrl, string Headline, string Stance, DateData Date);

internal sealed record EventData(string Id, string Url, DateData Date, string Title, IReadOnlyList<ItemRef> Actors, IReadOnlyList<SourceData> Sources);

internal sealed record ActorData(
    string Id, string Url, string DataUrl, string Name, string Kind, string Role, string Summary, ItemRef? Country,
    IReadOnlyList<ItemRef> Members, IReadOnlyList<ReactionSummary> Reactions, IReadOnlyList<ItemRef> Positions,
    IReadOnlyList<ItemRef> Events, IReadOnlyList<ItemRef> Related, IReadOnlyList<ItemRef> Frameworks,
    IReadOnlyList<SourceData> Sources, IReadOnlyList<string> Aliases, string ProfileHtml, string ProfileText);

internal sealed record PositionData(
    string Id, string Url, string Title, string Summary, IReadOnlyList<ItemRef> HeldBy, IReadOnlyList<ItemRef> Reactions,
    IReadOnlyList<SourceData> Sources, IReadOnlyList<string> Aliases, string BodyHtml, string BodyText);

internal sealed record DimensionData(string Id, string Label, string Question, string? Url);

internal sealed record MemberData(string Name, ItemRef? Actor);

internal sealed record ValueData(string DimensionId, string Value, string Detail, string Status, IReadOnlyList<string> SourceIds);

internal sealed record FrameworkData(
    string Id, string Url, string DataUrl, string Name, string ShortName, string Summary, IReadOnlyList<MemberData> Members,
    IReadOnlyList<ValueData> Values, IReadOnlyList<SourceData> Sources, IReadOnlyList<string> Aliases);

internal sealed record CellData(string FrameworkId, string Value, string Detail, string Status, IReadOnlyList<string> SourceIds);

internal sealed record RowData(DimensionData Dimension, IReadOnlyList<CellData> Values, bool AllSame, string Difference);

internal sealed record ComparisonData(string Url, string DataUrl, string Title, IReadOnlyList<ItemRef> Frameworks, IReadOnlyList<RowData> Rows);

internal sealed record LicenseData(string Name, string? Title, string? Url);
