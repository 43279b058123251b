using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using CsvHelper;

namespace AsianNatoBrief.Tests.Data;

/// <summary>The data says what the pages say, and the CSV tables hold one row per item or link of the content.</summary>
public sealed class DataFactsTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task EveryReaction_JsonAgreesWithItsPage()
    {
        using var client = factory.CreateClient();
        var brief = factory.Brief();
        Assert.NotEmpty(brief.Reactions);
        foreach (var reaction in brief.Reactions)
        {
            var json = await client.GetJsonAsync(SiteRoute.ReactionData(reaction));
            var page = await client.GetDocumentAsync(SiteRoute.Reaction(reaction));
            var facts = page.QuerySelectorAll(".facts dd");

            Assert.Equal(brief.Version, json.Str("version"));
            Assert.Equal(page.QuerySelector("h1")!.Text(), json.Str("headline"));
            Assert.Equal(facts[0].QuerySelector("a")!.Text(), json.GetProperty("actor").Str("name"));
            Assert.Equal(facts[1].QuerySelector(".stance")!.Text(), json.GetProperty("stance").Str("label"));
            Assert.Equal(facts[1].QuerySelector(".stance-basis")!.Text(), json.GetProperty("stance_basis").Str("label"));
            Assert.Equal(facts[1].QuerySelector(".stance-basis")!.GetAttribute("href"), new Uri(json.GetProperty("stance_basis").Str("url")).PathAndQuery + new Uri(json.GetProperty("stance_basis").Str("url")).Fragment);
            Assert.Equal(reaction.DatedBy.Id, json.Str("dated_by"));
            Assert.Contains(json.Str("dated_by"), json.GetProperty("sources").EnumerateArray().Select(s => s.Str("id")));
            Assert.Equal(facts[2].QuerySelector("time")!.GetAttribute("datetime"), json.GetProperty("date").Str("iso"));
            Assert.Equal(
                page.QuerySelectorAll("#sources ~ .source-links li > a:first-child").Select(a => a.Text()),
                json.GetProperty("sources").EnumerateArray().Select(s => s.Str("title")));
            Assert.Equal(page.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"), SiteRoute.ReactionData(reaction));
            Assert.Equal(SiteRoute.ReactionData(reaction), page.QuerySelector(".data-link a")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task EveryActor_JsonAgreesWithItsPage()
    {
        using var client = factory.CreateClient();
        var brief = factory.Brief();
        Assert.NotEmpty(brief.Actors);
        foreach (var actor in brief.Actors)
        {
            var json = await client.GetJsonAsync(SiteRoute.ActorData(actor));
            var page = await client.GetDocumentAsync(SiteRoute.Actor(actor));

            Assert.Equal(page.QuerySelector("h1")!.Text(), json.Str("name"));
            var reactions = json.GetProperty("reactions").EnumerateArray().ToList();
            Assert.Equal(actor.Reactions.Count, reactions.Count);
            foreach (var reaction in reactions)
            {
                var element = page.GetElementById(reaction.Str("id"));
                Assert.NotNull(element);
                Assert.Equal(element.QuerySelector("h3")!.Text(), reaction.Str("headline"));
                Assert.Equal(element.QuerySelector("time")!.GetAttribute("datetime"), reaction.GetProperty("date").Str("iso"));
                Assert.Equal(element.QuerySelector(".stance")!.ClassList.Single(c => c.StartsWith("stance-", StringComparison.Ordinal)), "stance-" + reaction.Str("stance"));
            }

            Assert.Equal(brief.Version, json.Str("version"));
            Assert.Equal(page.QuerySelectorAll(".facts dd")[1].Text(), json.Str("role"));
            Assert.Equal(
                page.QuerySelectorAll("section[aria-labelledby=profile] .source-links li > a:first-child").Select(a => a.Text()),
                json.GetProperty("sources").EnumerateArray().Select(s => s.Str("title")));
            Assert.Equal(
                page.QuerySelectorAll("section[aria-labelledby=profile] .source-links li > a:first-child").Select(a => a.GetAttribute("href")),
                json.GetProperty("sources").EnumerateArray().Select(s => new Uri(s.Str("page_url")).PathAndQuery + new Uri(s.Str("page_url")).Fragment));
            Assert.Equal(actor.Sources.Select(s => s.Id), json.GetProperty("sources").EnumerateArray().Select(s => s.Str("id")));
            Assert.Equal(page.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"), SiteRoute.ActorData(actor));
            Assert.Equal(SiteRoute.ActorData(actor), page.QuerySelector(".data-link a")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task EveryFrameworkAndComparison_LinksItsJsonFromHeadAndPage_AndTheJsonNamesWhatThePageShows()
    {
        using var client = factory.CreateClient();
        var brief = factory.Brief();
        var pages = brief.Frameworks.Select(f => (Page: SiteRoute.Framework(f), Json: SiteRoute.FrameworkData(f), Title: "name"))
            .Concat(CanonicalPages.Comparisons(brief).Select(p => (Page: p, Json: p + SiteRoute.JsonExtension, Title: "title")))
            .ToList();
        Assert.True(pages.Count > brief.Frameworks.Count);
        foreach (var (path, jsonPath, title) in pages)
        {
            var page = await client.GetDocumentAsync(path);
            var json = await client.GetJsonAsync(jsonPath);

            Assert.Equal(jsonPath, page.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"));
            Assert.Equal(jsonPath, page.QuerySelector(".data-link a")?.GetAttribute("href"));
            Assert.Equal(brief.Version, json.Str("version"));
            Assert.StartsWith(json.Str(title), page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryCsvTable_ParsesBackWithOneRowPerItemOrLink()
    {
        using var client = factory.CreateClient();
        var brief = factory.Brief();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["actors"] = brief.Actors.Count,
            ["reactions"] = brief.Reactions.Count,
            ["quotes"] = brief.Reactions.Sum(r => r.Quotes.Count),
            ["positions"] = brief.Positions.Count,
            ["sources"] = brief.Sources.Count,
            ["timeline_events"] = brief.Timeline.Count,
            ["frameworks"] = brief.Frameworks.Count,
            ["dimensions"] = brief.Dimensions.Count,
            ["comparison_values"] = brief.Frameworks.Sum(f => f.Values.Count),
            ["comparison_value_sources"] = brief.Frameworks.Sum(f => f.Values.Sum(v => v.Sources.Count)),
            ["framework_members"] = brief.Frameworks.Sum(f => f.Members.Count),
            ["reaction_sources"] = brief.Reactions.Sum(r => r.Sources.Count),
            ["reaction_positions"] = brief.Reactions.Sum(r => r.Positions.Count),
            ["position_holders"] = brief.Positions.Sum(p => p.HeldBy.Count),
            ["position_sources"] = brief.Positions.Sum(p => p.Sources.Count),
            ["actor_sources"] = brief.Actors.Sum(a => a.Sources.Count),
            ["event_actors"] = brief.Timeline.Sum(e => e.Actors.Count),
            ["event_sources"] = brief.Timeline.Sum(e => e.Sources.Count),
            ["framework_sources"] = brief.Frameworks.Sum(f => f.Sources.Count),
        };
        var package = await client.GetJsonAsync(SiteRoute.DataFile("datapackage.json"));
        var resources = package.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), resources.Select(r => r.Str("name")).Order(StringComparer.Ordinal));

        foreach (var resource in resources)
        {
            var name = resource.Str("name");
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.Str("name")).ToList();
            var text = await client.GetTextAsync(SiteRoute.DataFile(name + ".csv"));
            Assert.StartsWith(string.Join(',', fields) + "\r\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            using var csv = CsvReader.FromText(text);
            var rows = 0;
            while (csv.Read())
            {
                Assert.Equal(fields.Count, csv.FieldCount);
                Assert.Equal(brief.Version, csv.GetString("content_version"));
                rows++;
            }

            Assert.Equal(fields, csv.Headers.ToArray());
            Assert.Equal("content_version", fields[^1]);
            Assert.True(expected[name] == rows, $"{name}.csv has {rows} rows, the content {expected[name]}");
        }

        Assert.True(expected["reactions"] > 0 && expected["reaction_sources"] > 0);
    }

    [Fact]
    public async Task TheReactionsTable_HoldsEachReactionsFacts()
    {
        using var client = factory.CreateClient();
        var brief = factory.Brief();
        using var csv = CsvReader.FromText(await client.GetTextAsync(SiteRoute.DataFile("reactions.csv")));
        var seen = 0;
        while (csv.Read())
        {
            var reaction = brief.FindReaction(csv.GetString("id"));
            Assert.NotNull(reaction);
            Assert.Equal(reaction.Actor.Id, csv.GetString("actor_id"));
            Assert.Equal(reaction.Stance.Slug(), csv.GetString("stance"));
            Assert.Equal(reaction.StanceBasis.Slug(), csv.GetString("stance_basis"));
            Assert.Equal(reaction.DatedBy.Id, csv.GetString("dated_by_id"));
            Assert.Equal(reaction.Date.Iso, csv.GetString("date"));
            Assert.Equal(reaction.Headline, csv.GetString("headline"));
            seen++;
        }

        Assert.Equal(brief.Reactions.Count, seen);
    }
}
