using System.Globalization;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

/// <summary>A column of a CSV table, as <c>datapackage.json</c> describes it (Frictionless Table Schema types).</summary>
internal sealed record Field(string Name, string Type, string Description, bool Required = true, string? Pattern = null);

/// <summary>Columns of a table that name the primary key of another.</summary>
internal sealed record ForeignKey(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> TableFields);

/// <summary>
/// One CSV table: its description and its rows, each value in field order (null for an empty cell). Every table
/// ends with the <see cref="Tables.ContentVersion"/> column, so a row read on its own still says which version of
/// the content it comes from.
/// </summary>
internal sealed record Table(
    string Name, string Title, IReadOnlyList<Field> ItemFields, IReadOnlyList<string> PrimaryKey, IReadOnlyList<ForeignKey> ForeignKeys,
    Func<Brief, DataLinks, IEnumerable<object?[]>> Rows)
{
    /// <summary>The columns as written: the item's fields, then the content version.</summary>
    public IReadOnlyList<Field> Fields { get; } = [.. ItemFields, Tables.ContentVersion];

    public string FileName => Name + ".csv";

    public string Path => SiteRoute.DataFile(FileName);
}

/// <summary>
/// Every table of the brief. Item tables hold one row per item; link tables hold one row per link between
/// two items, with <c>order</c> keeping the order the page shows them in.
/// </summary>
internal static class Tables
{
    private const string IsoDate = @"^\d{4}(-\d{2}(-\d{2})?)?$";

    /// <summary>The last column of every table: the content version the row was written from (as in the JSON documents' <c>version</c>).</summary>
    public static Field ContentVersion { get; } = new("content_version", "string", "the version of the content this row was written from, as in datapackage.json's version");

    public static IReadOnlyList<Table> All { get; } =
    [
        new("actors", "Actors: states, people and groups",
            [Id("actor"), Text("name", "name"), Text("kind", "state, person or group"), Text("role", "role in the story"), Text("summary", "one-line summary"),
                Ref("country_id", "the state a person or group belongs to", required: false), Url("url", "the actor's page"), Url("data_url", "the actor's JSON document"), Text("profile_text", "the profile as plain text")],
            ["id"], [Fk("country_id", "actors")],
            (b, l) => b.Actors.Select(a => Row(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Role, a.Summary, a.Country?.Id, l.Url(SiteRoute.Actor(a)), l.Url(SiteRoute.ActorData(a)), PlainText.Of(a.Profile.Value)))),
        new("reactions", "Reactions to the proposal, newest first",
            [Id("reaction"), Ref("actor_id", "who reacted"), Text("stance", "supports, conditional, cautious, declines or opposes"),
                Text("stance_basis", "stated (the actor said so) or inferred (the editors read it from what was said)"), .. Dated("the reaction"),
                Ref("dated_by_id", "the source that dates the statement"),
                Text("headline", "headline"), Url("url", "the reaction's permanent page"), Url("data_url", "the reaction's JSON document"), Text("body_text", "what was said and its context, as plain text")],
            ["id"], [Fk("actor_id", "actors"), Fk("dated_by_id", "sources")],
            (b, l) => b.Reactions.Select(r => Row(r.Id, r.Actor.Id, r.Stance.Slug(), r.StanceBasis.Slug(), r.Date.Iso, Precision(r.Date), r.DatedBy.Id, r.Headline, l.Url(SiteRoute.Reaction(r)), l.Url(SiteRoute.ReactionData(r)), PlainText.Of(r.Body.Value)))),
        new("quotes", "Words a source attributes to a speaker, per reaction",
            [Ref("reaction_id", "the reaction"), Order(), Text("speaker", "who said it"), Text("text", "the words, verbatim"), Ref("source_id", "the source that reports them")],
            ["reaction_id", "order"], [Fk("reaction_id", "reactions"), Fk("source_id", "sources")],
            (b, _) => b.Reactions.SelectMany(r => r.Quotes.Select((q, i) => Row(r.Id, i + 1, q.Speaker, q.Text, q.Source.Id)))),
        new("positions", "Arguments in the debate",
            [Id("position"), Text("title", "title"), Text("summary", "summary"), Url("url", "the position on the positions page"), Text("body_text", "the argument as plain text")],
            ["id"], [],
            (b, l) => b.Positions.Select(p => Row(p.Id, p.Title, p.Summary, l.Url(SiteRoute.Position(p)), PlainText.Of(p.Body.Value)))),
        new("sources", "Citable documents",
            [Id("source"), Text("title", "title"), Text("kind", "primary-record, news-report, analysis, commentary or blog"), Text("publisher", "publisher", required: false), Text("author", "author", required: false), .. Dated("the document"),
                new("url", "string", "the document's own address", Required: false), Text("note", "note", required: false), Url("page_url", "the source on the sources page")],
            ["id"], [],
            (b, l) => b.Sources.Select(s => Row(s.Id, s.Title, s.Kind.Slug(), s.Publisher, s.Author, s.Date.Iso, Precision(s.Date), s.Url?.AbsoluteUri, s.Note, l.Url(SiteRoute.Source(s))))),
        new("timeline_events", "Dated events, in date order",
            [Id("event"), .. Dated("the event"), Text("title", "what happened"), Url("url", "the event on the timeline")],
            ["id"], [],
            (b, l) => b.Timeline.Select(e => Row(e.Id, e.Date.Iso, Precision(e.Date), e.Title, l.Url(SiteRoute.Event(e))))),
        new("frameworks", "NATO, the QUAD and the proposed Asian NATO",
            [Id("framework"), Text("name", "name"), Text("short_name", "short name"), Text("summary", "summary"), Url("url", "the framework's page"), Url("data_url", "the framework's JSON document")],
            ["id"], [],
            (b, l) => b.Frameworks.Select(f => Row(f.Id, f.Name, f.ShortName, f.Summary, l.Url(SiteRoute.Framework(f)), l.Url(SiteRoute.FrameworkData(f))))),
        new("dimensions", "The rows of a comparison, in display order",
            [Id("dimension"), Order(), Text("label", "label"), Text("question", "the question the row answers")],
            ["id"], [],
            (b, _) => b.Dimensions.Select((d, i) => Row(d.Id, i + 1, d.Label, d.Question))),
        new("comparison_values", "One framework's answer for one dimension",
            [Ref("framework_id", "the framework"), Ref("dimension_id", "the dimension"), Text("value", "the answer"), Text("detail", "more on the answer", required: false),
                Text("status", "known, not-applicable or unknown")],
            ["framework_id", "dimension_id"], [Fk("framework_id", "frameworks"), Fk("dimension_id", "dimensions")],
            (b, _) => b.Frameworks.SelectMany(f => f.Values.Select(v => Row(f.Id, v.Dimension.Id, v.Value, v.Detail, ItemDocuments.Status(v.Status))))),
        new("comparison_value_sources", "The sources of each comparison value",
            [Ref("framework_id", "the framework"), Ref("dimension_id", "the dimension"), Order(), Ref("source_id", "the source")],
            ["framework_id", "dimension_id", "order"],
            [new(["framework_id", "dimension_id"], "comparison_values", ["framework_id", "dimension_id"]), Fk("source_id", "sources")],
            (b, _) => b.Frameworks.SelectMany(f => f.Values.SelectMany(v => v.Sources.Select((s, i) => Row(f.Id, v.Dimension.Id, i + 1, s.Id))))),
        new("framework_members", "The members listed for each framework",
            [Ref("framework_id", "the framework"), Order(), Text("name", "the member as listed"), Ref("actor_id", "the member's actor, where it has a page", required: false)],
            ["framework_id", "order"], [Fk("framework_id", "frameworks"), Fk("actor_id", "actors")],
            (b, _) => b.Frameworks.SelectMany(f => f.Members.Select((m, i) => Row(f.Id, i + 1, m.Name, m.Actor?.Id)))),
        Link("reaction_sources", "reactions", "sources", b => b.Reactions.Select(r => (r.Id, r.Sources.Select(s => s.Id)))),
        Link("reaction_positions", "reactions", "positions", b => b.Reactions.Select(r => (r.Id, r.Positions.Select(p => p.Id)))),
        Link("position_holders", "positions", "actors", b => b.Positions.Select(p => (p.Id, p.HeldBy.Select(a => a.Id)))),
        Link("position_sources", "positions", "sources", b => b.Positions.Select(p => (p.Id, p.Sources.Select(s => s.Id)))),
        Link("actor_sources", "actors", "sources", b => b.Actors.Select(a => (a.Id, a.Sources.Select(s => s.Id)))),
        Link("event_actors", "timeline_events", "actors", b => b.Timeline.Select(e => (e.Id, e.Actors.Select(a => a.Id)))),
        Link("event_sources", "timeline_events", "sources", b => b.Timeline.Select(e => (e.Id, e.Sources.Select(s => s.Id)))),
        Link("framework_sources", "frameworks", "sources", b => b.Frameworks.Select(f => (f.Id, f.Sources.Select(s => s.Id)))),
    ];

    public static Table? Find(string fileName) => All.FirstOrDefault(t => string.Equals(t.FileName, fileName, StringComparison.Ordinal));

    private static Table Link(string name, string from, string to, Func<Brief, IEnumerable<(string Id, IEnumerable<string> Linked)>> links)
    {
        var fromField = KeyOf(from);
        var toField = KeyOf(to);
        return new(name, $"Links from {from.Replace('_', ' ')} to {to.Replace('_', ' ')}",
            [Ref(fromField, "the " + Singular(from)), Order(), Ref(toField, "the " + Singular(to))],
            [fromField, "order"], [Fk(fromField, from), Fk(toField, to)],
            (b, _) => links(b).SelectMany(item => item.Linked.Select((linked, i) => Row(item.Id, i + 1, linked))));
    }

    private static string Singular(string table) => table switch
    {
        "timeline_events" => "event",
        _ => table[..^1],
    };

    private static string KeyOf(string table) => Singular(table) + "_id";

    private static Field Id(string item) => new("id", "string", $"the {item}'s id, which never changes once published", Pattern: "^[a-z0-9]+(-[a-z0-9]+)*$");

    private static Field Ref(string name, string description, bool required = true) => new(name, "string", description + " (an id)", required);

    private static Field Text(string name, string description, bool required = true) => new(name, "string", description, required);

    private static Field Url(string name, string description) => new(name, "string", description + " (absolute URL)");

    private static Field Order() => new("order", "integer", "position in the list, from 1");

    private static Field[] Dated(string what) =>
    [
        new("date", "string", $"when {what} happened, ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD", Pattern: IsoDate),
        new("date_precision", "string", "year, month or day"),
    ];

    private static ForeignKey Fk(string field, string table) => new([field], table, ["id"]);

    private static string Precision(PartialDate date) => date.Precision.ToString().ToLowerInvariant();

    private static object?[] Row(params object?[] values) => values;

    internal static string Cell(object? value) => value switch
    {
        null => "",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
