using System.Text.Json;
using AsianNatoBrief.Web.Citations;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Tests.Linking;

public sealed class CitationFormatterTests
{
    private static readonly DateOnly Accessed = new(2026, 11, 28);
    private static readonly Uri Url = new("https://fixture.example/reactions/china-opposes");

    private static ReactionCitation Cite() =>
        CitationFormatter.Format(Fixture.Brief.FindReaction("china-opposes")!, Fixture.Brief.Site, Url, Accessed);

    [Fact]
    public void Apa_NamesTheSiteAsAuthorDatesTheVersionAndItalicisesTheTitle()
    {
        var apa = Cite().Apa;

        Assert.Equal("Fixture Brief. (2026, November 1). China objects. https://fixture.example/reactions/china-opposes", apa.PlainText);
        Assert.Equal("Fixture Brief. (2026, November 1). <i>China objects</i>. https://fixture.example/reactions/china-opposes", Render(apa.ToHtml()));
    }

    [Fact]
    public void Chicago_QuotesTheTitleInHeadlineStyleWithTheLastModifiedDate()
    {
        Assert.Equal(
            "“China Objects.” Fixture Brief. Last modified November 1, 2026. https://fixture.example/reactions/china-opposes.",
            Cite().Chicago.PlainText);
    }

    [Fact]
    public void Mla_ItalicisesTheSiteAndDropsTheScheme()
    {
        var mla = Cite().Mla;

        Assert.Equal("“China Objects.” Fixture Brief, 1 Nov. 2026, fixture.example/reactions/china-opposes.", mla.PlainText);
        Assert.Equal("“China Objects.” <i>Fixture Brief</i>, 1 Nov. 2026, fixture.example/reactions/china-opposes.", Render(mla.ToHtml()));
    }

    [Fact]
    public void BibTeX_IsExactlyTheExpectedEntry()
    {
        Assert.Equal(
            """
            @misc{asiannatobrief-china-opposes,
              author = {{Fixture Brief}},
              title = {{China objects}},
              howpublished = {Fixture Brief},
              year = {2026},
              date = {2026-11-01},
              url = {https://fixture.example/reactions/china-opposes},
              urldate = {2026-11-28},
              note = {Reaction of China (opposes), October 2024. Version of 2026-11-01},
            }

            """.ReplaceLineEndings("\n"),
            Cite().BibTeX);
    }

    [Fact]
    public void BibTeX_ParsesBackWithTheAddressAndVersionDate()
    {
        var entry = BibEntry.Parse(Cite().BibTeX);

        Assert.Equal("misc", entry.Type);
        Assert.Equal("asiannatobrief-china-opposes", entry.Key);
        Assert.Equal("https://fixture.example/reactions/china-opposes", entry.Fields["url"]);
        Assert.Equal("2026-11-01", entry.Fields["date"]);
        Assert.Equal("{China objects}", entry.Fields["title"]);
    }

    [Fact]
    public void BibTeX_EscapesTeXSpecialCharacters()
    {
        var reaction = Reaction("R&D 100% {done} #1_x ~ok^ \\");

        var entry = BibEntry.Parse(CitationFormatter.BibTeX(reaction, Fixture.Brief.Site, Url, Accessed));

        Assert.Equal(@"{R\&D 100\% \{done\} \#1\_x \textasciitilde{}ok\textasciicircum{} \textbackslash{}}", entry.Fields["title"]);
    }

    [Fact]
    public void Ris_IsExactlyTheExpectedRecordWithCrlfLineEndings()
    {
        Assert.Equal(
            "TY  - ELEC\r\nAU  - Fixture Brief\r\nTI  - China objects\r\nT2  - Fixture Brief\r\nPY  - 2026\r\nDA  - 2026/11/01\r\n"
            + "Y2  - 2026/11/28\r\nUR  - https://fixture.example/reactions/china-opposes\r\nLA  - en\r\n"
            + "N1  - Reaction of China (opposes), October 2024. Version of 2026-11-01.\r\nER  - \r\n",
            Cite().Ris);
    }

    [Fact]
    public void Ris_ParsesBackWithTheAddressAndVersionDate()
    {
        var tags = RisRecord.Parse(Cite().Ris).ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal("ELEC", tags["TY"]);
        Assert.Equal("China objects", tags["TI"]);
        Assert.Equal("https://fixture.example/reactions/china-opposes", tags["UR"]);
        Assert.Equal("2026/11/01", tags["DA"]);
    }

    [Fact]
    public void CslJson_IsAnArrayWithOneItemHoldingTheRequiredFields()
    {
        using var json = JsonDocument.Parse(Cite().CslJson);

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("asiannatobrief-china-opposes", item.GetProperty("id").GetString());
        Assert.Equal("webpage", item.GetProperty("type").GetString());
        Assert.Equal("China objects", item.GetProperty("title").GetString());
        Assert.Equal("https://fixture.example/reactions/china-opposes", item.GetProperty("URL").GetString());
        Assert.Equal("[[2026,11,1]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""));
        Assert.Equal("[[2026,11,28]]", item.GetProperty("accessed").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""));
        Assert.Equal("Fixture Brief", item.GetProperty("author")[0].GetProperty("literal").GetString());
    }

    [Fact]
    public void EveryRealReaction_HasCitationsThatParseBack()
    {
        var brief = Fixture.RealBrief;
        foreach (var reaction in brief.Reactions)
        {
            var url = new Uri($"https://brief.test/reactions/{reaction.Id}");
            var citation = CitationFormatter.Format(reaction, brief.Site, url, Accessed);

            Assert.Equal(url.AbsoluteUri, BibEntry.Parse(citation.BibTeX).Fields["url"]);
            Assert.Contains(new KeyValuePair<string, string>("UR", url.AbsoluteUri), RisRecord.Parse(citation.Ris));
            using var json = JsonDocument.Parse(citation.CslJson);
            Assert.Equal(reaction.Headline, json.RootElement[0].GetProperty("title").GetString());
            Assert.Contains(url.AbsoluteUri, citation.Apa.PlainText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Jaishankar: the QUAD is not an Asian NATO", "Jaishankar: The QUAD Is Not an Asian NATO")]
    [InlineData("China condemns the plan and urges Tokyo to avoid exclusive military blocs", "China Condemns the Plan and Urges Tokyo to Avoid Exclusive Military Blocs")]
    [InlineData("Iwaya: a question for the future, and no regional country left out", "Iwaya: A Question for the Future, and No Regional Country Left Out")]
    [InlineData("a self-humiliating idea to look at", "A Self-Humiliating Idea to Look At")]
    public void TitleCase_CapitalisesMajorWordsAndKeepsAcronyms(string headline, string expected)
    {
        Assert.Equal(expected, CitationFormatter.TitleCase(headline));
    }

    [Fact]
    public void Apa_KeepsAQuestionMarkInsteadOfAddingAPeriod()
    {
        var apa = CitationFormatter.Apa(Reaction("Is it premature?"), Fixture.Brief.Site, Url);

        Assert.Equal("Fixture Brief. (2026, November 1). Is it premature? https://fixture.example/reactions/china-opposes", apa.PlainText);
    }

    private static Reaction Reaction(string headline)
    {
        var original = Fixture.Brief.FindReaction("china-opposes")!;
        return new Reaction
        {
            Id = original.Id,
            Actor = original.Actor,
            Stance = original.Stance,
            StanceBasis = original.StanceBasis,
            Date = original.Date,
            DatedBy = original.DatedBy,
            Headline = headline,
            Quotes = original.Quotes,
            Sources = original.Sources,
            Aliases = original.Aliases,
            Body = HtmlString.Empty,
        };
    }

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
