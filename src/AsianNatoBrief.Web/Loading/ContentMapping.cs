namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Maps one item's YAML fields to its DTO, reporting missing, unknown and mistyped fields (through
/// <see cref="Fields"/>). It reads no files: <see cref="ContentReader"/> hands it each mapping.
/// </summary>
internal static class ContentMapping
{
    internal static SiteDto? ReadSite(YamlMap? map, string path, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var f = new Fields(map, path, diagnostics, "site settings");
        var brief = f.Text("brief", required: true);
        var site = new SiteDto
        {
            Path = path,
            Line = map.Line,
            Column = map.Column,
            Title = f.Text("title", required: true),
            Description = f.Text("description", required: true),
            Updated = f.Text("updated", required: true),
            Source = f.Text("source", required: true),
            BriefMarkdown = brief,
            Brief = brief is null ? null : MarkdownRendering.Parse(brief.Value, brief.Line),
            FeaturedComparison = f.TextList("featured_comparison", required: false),
            MembersDimension = f.Text("members_dimension", required: false),
        };
        f.Finish();
        return site;
    }

    internal static SourceDto ReadSource(Fields f) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Title = f.Text("title", required: true),
        Publisher = f.Text("publisher", required: false),
        Author = f.Text("author", required: false),
        Date = f.Text("date", required: true),
        Url = f.Text("url", required: false),
        Note = f.Text("note", required: false),
    };

    internal static ActorDto ReadActor(Fields f, MarkdownDto body) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Name = f.Text("name", required: true),
        Kind = f.Text("kind", required: true),
        Country = f.Text("country", required: false),
        Role = f.Text("role", required: true),
        Summary = f.Text("summary", required: true),
        Sources = f.TextList("sources", required: true, nonEmpty: true),
        Aliases = f.TextList("aliases", required: false),
        Body = body,
    };

    internal static ReactionDto ReadReaction(Fields f, MarkdownDto body) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Actor = f.Text("actor", required: true),
        Stance = f.Text("stance", required: true),
        Date = f.Text("date", required: true),
        Headline = f.Text("headline", required: true),
        Quotes = f.MapList("quotes", required: false, ReadQuote, "quote"),
        Sources = f.TextList("sources", required: true, nonEmpty: true),
        Positions = f.TextList("positions", required: false),
        Aliases = f.TextList("aliases", required: false),
        Body = body,
    };

    internal static QuoteDto ReadQuote(Fields f) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Text = f.Text("text", required: true),
        Speaker = f.Text("speaker", required: true),
        Source = f.Text("source", required: true),
    };

    internal static PositionDto ReadPosition(Fields f, MarkdownDto body) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Title = f.Text("title", required: true),
        Summary = f.Text("summary", required: true),
        HeldBy = f.TextList("held_by", required: true, nonEmpty: true),
        Sources = f.TextList("sources", required: true, nonEmpty: true),
        Aliases = f.TextList("aliases", required: false),
        Body = body,
    };

    internal static DimensionDto ReadDimension(Fields f) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Label = f.Text("label", required: true),
        Question = f.Text("question", required: true),
        Differences = f.MapList("differences", required: false, d => new DifferenceDto
        {
            Path = d.Path,
            Line = d.Line,
            Column = d.Column,
            Frameworks = d.TextList("frameworks", required: true, nonEmpty: true),
            Text = d.Text("text", required: true),
        }, "difference"),
    };

    internal static EventDto ReadEvent(Fields f) => new()
    {
        Path = f.Path,
        Line = f.Line,
        Column = f.Column,
        Id = f.Text("id", required: true),
        Date = f.Text("date", required: true),
        Title = f.Text("title", required: true),
        Actors = f.TextList("actors", required: false),
        Sources = f.TextList("sources", required: true, nonEmpty: true),
    };

    internal static FrameworkDto ReadFramework(Fields f)
    {
        var valuesMap = f.Map("values", required: true);
        List<ValueDto>? values = null;
        if (valuesMap is not null)
        {
            values = [];
            foreach (var (key, node) in valuesMap.Entries)
            {
                if (node is not YamlMap valueMap)
                {
                    f.Diagnostics.Add(f.Path, node.Line, node.Column, DiagnosticCodes.WrongType,
                        $"the value for '{key.Value}' must be a mapping with value, detail and sources, found {node.Describe}");
                    continue;
                }

                var v = new Fields(valueMap, f.Path, f.Diagnostics, $"the value for '{key.Value}'");
                values.Add(new ValueDto
                {
                    Path = f.Path,
                    Line = valueMap.Line,
                    Column = valueMap.Column,
                    Dimension = new Located<string>(key.Value, key.Line, key.Column),
                    Value = v.Text("value", required: true),
                    Detail = v.Text("detail", required: true),
                    Status = v.Text("status", required: false),
                    Sources = v.TextList("sources", required: true, nonEmpty: true),
                });
                v.Finish();
            }
        }

        return new FrameworkDto
        {
            Path = f.Path,
            Line = f.Line,
            Column = f.Column,
            Id = f.Text("id", required: true),
            Name = f.Text("name", required: true),
            ShortName = f.Text("short_name", required: true),
            Summary = f.Text("summary", required: true),
            Members = f.MapList("members", required: true, m => new MemberDto
            {
                Path = m.Path,
                Line = m.Line,
                Column = m.Column,
                Name = m.Text("name", required: true),
                Actor = m.Text("actor", required: false),
            }, "member"),
            Sources = f.TextList("sources", required: true, nonEmpty: true),
            Aliases = f.TextList("aliases", required: false),
            Values = values,
        };
    }
}
