using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Maps one item's YAML fields to its DTO through <see cref="Fields"/>, parsing as it goes: texts,
/// dates, vocabulary words, addresses and references come out typed, and an item with a field that
/// cannot be read is reported and yields no DTO. It reads no files: <see cref="ContentReader"/> hands it
/// each mapping.
/// </summary>
internal static class ContentMapping
{
    // The kinds references name, as the id registry knows them.
    public const string Actor = "actor";
    public const string Reaction = "reaction";
    public const string Position = "position";
    public const string Framework = "framework";
    public const string Dimension = "dimension";
    public const string Source = "source";
    public const string Event = "timeline event";
    public const string Site = "site settings";

    internal static SiteDto? ReadSite(Fields f)
    {
        var brief = f.Required("brief");
        return f.Accept(new SiteDto
        {
            Path = f.Path,
            Line = f.Line,
            Column = f.Column,
            Title = f.Required("title"),
            Description = f.Required("description"),
            Updated = f.Day("updated"),
            Source = f.Ref("source", Source),
            Brief = MarkdownRendering.Parse(brief.Value, brief.Line),
            FeaturedComparison = f.Refs("featured_comparison", Framework, required: false),
            MembersDimension = f.OptionalRef("members_dimension", Dimension),
        });
    }

    internal static SourceDto? ReadSource(Fields f) => f.Accept(new SourceDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Title = f.Required("title"),
        Kind = f.Word<SourceKind>("kind"),
        Publisher = f.Text("publisher", required: false),
        Author = f.Text("author", required: false),
        Date = f.Date("date"),
        DateInferred = f.Flag("date_inferred"),
        Url = f.Url("url"),
        NoUrl = f.Text("no_url", required: false),
        Note = f.Text("note", required: false),
        Changes = Changes(f),
    });

    internal static ActorDto? ReadActor(Fields f, MarkdownDto body) => f.Accept(new ActorDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Name = f.Required("name"),
        Kind = f.Word<ActorKind>("kind"),
        Country = f.OptionalRef("country", Actor),
        Role = f.Required("role"),
        Summary = f.Required("summary"),
        Sources = f.Refs("sources", Source, required: true, nonEmpty: true),
        Aliases = f.Aliases(),
        Changes = Changes(f),
        Body = body,
    });

    internal static ReactionDto? ReadReaction(Fields f, MarkdownDto body) => f.Accept(new ReactionDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Actor = f.Ref("actor", Actor),
        Stance = f.Word<Stance>("stance"),
        StanceBasis = f.Word<StanceBasis>("stance_basis"),
        Date = f.Date("date"),
        DatedBy = f.Ref("dated_by", Source),
        Headline = f.Required("headline"),
        Quotes = f.MapList("quotes", required: false, q => new QuoteDto
        {
            Path = q.Path,
            Line = q.Line,
            Column = q.Column,
            Text = q.Required("text"),
            Speaker = q.Required("speaker"),
            Source = q.Ref("source", Source),
        }, "quote"),
        Sources = f.Refs("sources", Source, required: true, nonEmpty: true),
        Positions = f.Refs("positions", Position, required: false),
        Aliases = f.Aliases(),
        Changes = Changes(f),
        Body = body,
    });

    internal static PositionDto? ReadPosition(Fields f, MarkdownDto body) => f.Accept(new PositionDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Title = f.Required("title"),
        Summary = f.Required("summary"),
        HeldBy = f.Refs("held_by", Actor, required: true, nonEmpty: true),
        Sources = f.Refs("sources", Source, required: true, nonEmpty: true),
        Aliases = f.Aliases(),
        Changes = Changes(f),
        Body = body,
    });

    internal static DimensionDto? ReadDimension(Fields f) => f.Accept(new DimensionDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Label = f.Required("label"),
        Question = f.Required("question"),
        Differences = f.MapList("differences", required: false, d => new DifferenceDto
        {
            Path = d.Path,
            Line = d.Line,
            Column = d.Column,
            Frameworks = d.Refs("frameworks", Framework, required: true, nonEmpty: true),
            Text = d.Required("text"),
        }, "difference"),
    });

    internal static EventDto? ReadEvent(Fields f) => f.Accept(new EventDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Date = f.Date("date"),
        Title = f.Required("title"),
        Actors = f.Refs("actors", Actor, required: false),
        Sources = f.Refs("sources", Source, required: true, nonEmpty: true),
    });

    internal static FrameworkDto? ReadFramework(Fields f) => f.Accept(new FrameworkDto
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Id(),
        Name = f.Required("name"),
        ShortName = f.Required("short_name"),
        Summary = f.Required("summary"),
        MembersHeading = f.Text("members_heading", required: false),
        Members = f.MapList("members", required: true, m => new MemberDto
        {
            Path = m.Path,
            Line = m.Line,
            Column = m.Column,
            Name = m.Required("name"),
            Actor = m.OptionalRef("actor", Actor),
        }, "member"),
        Sources = f.Refs("sources", Source, required: true, nonEmpty: true),
        Aliases = f.Aliases(),
        Values = Values(f),
        Changes = Changes(f),
    });

    private static List<ValueDto> Values(Fields f)
    {
        var values = new List<ValueDto>();
        if (f.Map("values", required: true) is not { } valuesMap)
        {
            return values;
        }

        foreach (var (key, node) in valuesMap.Entries)
        {
            if (node is not YamlMap valueMap)
            {
                f.Reject(node.Line, node.Column, DiagnosticCodes.WrongType,
                    $"the value for '{key.Value}' must be a mapping with value, detail and sources, found {node.Describe}");
                continue;
            }

            var v = f.Nested(valueMap, $"the value for '{key.Value}'");
            var dimension = new Located<string>(key.Value, key.Line, key.Column);
            values.Add(new ValueDto
            {
                Path = f.Path,
                Line = valueMap.Line,
                Column = valueMap.Column,
                Dimension = v.Reference("values", Dimension, dimension),
                Value = v.Required("value"),
                Detail = v.Required("detail"),
                Status = v.OptionalWord<ValueStatus>("status"),
                Sources = v.Refs("sources", Source, required: true, nonEmpty: true),
            });
            v.Finish();
        }

        return values;
    }

    /// <summary>The item's change log: each entry a full date, what changed and why.</summary>
    private static IReadOnlyList<ChangeDto> Changes(Fields f) => f.MapList("changes", required: false, c => new ChangeDto
    {
        Path = c.Path,
        Line = c.Line,
        Column = c.Column,
        Date = c.Day("date"),
        What = c.Required("what"),
        Why = c.Required("why"),
    }, "change");
}
