using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The actor, reaction and framework pages for every item of the real content.</summary>
public sealed class DetailPageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task ActorPages_RenderForEveryActorWithEachReactionAsAnElementNamedByItsId()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        foreach (var actor in brief.Actors)
        {
            var document = await client.GetDocumentAsync("/actors/" + actor.Id);

            Assert.Equal(actor.Name, document.QuerySelector("h1")!.Text());
            foreach (var reaction in actor.Reactions)
            {
                var element = document.GetElementById(reaction.Id);
                Assert.NotNull(element);
                Assert.Contains(element.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/reactions/" + reaction.Id);
                Assert.Equal(reaction.Date.Iso, element.QuerySelector("time")!.GetAttribute("datetime"));
                Assert.Contains(reaction.Stance.ToString(), element.QuerySelector(".stance")!.Text(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task ReactionPages_RenderForEveryReactionAndLinkToTheReactionOnItsActorsPage()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        foreach (var reaction in brief.Reactions)
        {
            var document = await client.GetDocumentAsync("/reactions/" + reaction.Id);

            Assert.Equal(reaction.Headline, document.QuerySelector("h1")!.Text());
            Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/actors/{reaction.Actor.Id}#{reaction.Id}");
            Assert.Equal(reaction.Quotes.Count, document.QuerySelectorAll("main blockquote").Length);
            Assert.Equal(reaction.Quotes.Count, document.QuerySelectorAll("main figcaption cite").Length);
        }
    }

    [Fact]
    public async Task ReactionPage_ShowsTheDateAtItsPrecisionAndTheStanceWithItsDefinition()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions/ishiba-sets-idea-aside");

        var time = document.QuerySelector("main dl time")!;
        Assert.Equal("October 2024", time.Text());
        Assert.Equal("2024-10", time.GetAttribute("datetime"));
        var stance = document.QuerySelector("main dl .stance")!.ParentElement!.Text();
        Assert.Contains("only on conditions", stance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatePage_ListsTheReactionsOfItsPeople()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/india");

        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/actors/s-jaishankar");
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/reactions/jaishankar-rejects-quad-as-asian-nato");
    }

    [Theory]
    [InlineData("india", "/compare/quad-vs-asian-nato#members")]
    [InlineData("s-jaishankar", "/compare/quad-vs-nato#members")]
    [InlineData("united-states", "/compare/nato-vs-quad#members")]
    public async Task ActorPage_OfAFrameworkMemberLinksToTheMembersRowOfTheComparison(string actor, string row)
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/" + actor);

        var section = document.GetElementById("in-comparison")?.ParentElement;
        Assert.NotNull(section);
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == row);
    }

    [Fact]
    public async Task ActorPage_OfANonMemberHasNoComparisonSection()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/china");

        Assert.Null(document.GetElementById("in-comparison"));
    }

    [Fact]
    public async Task FrameworkPages_RenderEveryDimensionWithALinkToItsComparisonRow()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        foreach (var framework in brief.Frameworks)
        {
            var document = await client.GetDocumentAsync("/frameworks/" + framework.Id);

            foreach (var dimension in brief.Dimensions)
            {
                var row = document.GetElementById(dimension.Id);
                Assert.NotNull(row);
                Assert.Contains(row.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("/compare/", StringComparison.Ordinal)
                    && a.GetAttribute("href")!.EndsWith("#" + dimension.Id, StringComparison.Ordinal));
            }
        }

        var nato = await client.GetDocumentAsync("/frameworks/nato");
        Assert.Contains(nato.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/compare/nato-vs-quad#legal-basis");
    }

    [Fact]
    public async Task PositionsPage_HasEveryPositionAndAnAccessibleMatrix()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        var document = await client.GetDocumentAsync("/positions");

        foreach (var position in brief.Positions)
        {
            Assert.NotNull(document.GetElementById(position.Id));
        }

        var table = document.QuerySelector("table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(brief.Positions.Count + 1, table.QuerySelectorAll("thead th[scope=col]").Length);
        var chinaRow = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th[scope=row]")!.Text() == "China");
        Assert.Contains(chinaRow.QuerySelectorAll("td"), td => td.Text() == "Holds");
    }

    [Fact]
    public async Task TimelineAndSourcesPages_NameEachItemByItsId()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        var timeline = await client.GetDocumentAsync("/timeline");
        var sources = await client.GetDocumentAsync("/sources");

        Assert.All(brief.Timeline, e => Assert.NotNull(timeline.GetElementById(e.Id)));
        Assert.All(brief.Sources, s => Assert.NotNull(sources.GetElementById(s.Id)));
        var article = sources.GetElementById("article")!;
        Assert.Contains(article.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/reactions/china-opposes");
    }

    [Fact]
    public async Task AboutPage_DefinesEveryStanceAndExplainsCitingAndCorrections()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/about");

        foreach (var slug in new[] { "supports", "conditional", "cautious", "declines", "opposes" })
        {
            Assert.NotNull(document.GetElementById("stance-" + slug));
        }

        Assert.NotNull(document.GetElementById("cite"));
        var corrections = document.GetElementById("corrections")?.ParentElement;
        Assert.NotNull(corrections);
        // No Site:CorrectionsContact: no address is made up; the section says how errors are reported and corrected.
        Assert.DoesNotContain(corrections.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("mailto:", StringComparison.Ordinal) == true);
        Assert.Contains("names no contact for corrections", corrections.Text(), StringComparison.Ordinal);
        Assert.Contains("footer date", corrections.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("editors@brief.test", "mailto:editors@brief.test")]
    [InlineData("https://brief.test/corrections", "https://brief.test/corrections")]
    public async Task AboutPage_WithACorrectionsContact_LinksToIt(string contact, string href)
    {
        using var app = BriefFactory.For(Paths.Content, watch: false, ("Site:CorrectionsContact", contact));
        using var client = app.CreateClient();

        var document = await client.GetDocumentAsync("/about");

        var corrections = document.GetElementById("corrections")!.ParentElement!;
        var link = Assert.Single(corrections.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(contact, link.Text());
        Assert.DoesNotContain("names no contact", corrections.Text(), StringComparison.Ordinal);
    }
}
