using System.Globalization;
using System.Xml.Linq;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>What a reader sees of the sourcing: stance basis, the dating source, source kinds, changes.</summary>
public sealed class SourcingPageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static Brief Brief => AsianNatoBrief.Tests.Linking.Fixture.RealBrief;

    [Fact]
    public async Task EveryReactionPage_ShowsItsStanceBasisBesideTheStanceAndNamesTheSourceThatDatesIt()
    {
        using var client = factory.CreateClient();
        foreach (var reaction in Brief.Reactions)
        {
            var page = await client.GetDocumentAsync("/reactions/" + reaction.Id);
            var facts = page.QuerySelector("dl.facts")!;
            var stance = facts.QuerySelectorAll("dt").First(dt => dt.Text() == "Stance").NextElementSibling!;
            var basis = stance.QuerySelector("a.stance-basis")!;
            Assert.Equal(reaction.StanceBasis.Label(), basis.Text());
            Assert.Equal("/about#basis-" + reaction.StanceBasis.Slug(), basis.GetAttribute("href"));

            var date = facts.QuerySelectorAll("dt").First(dt => dt.Text() == "Date").NextElementSibling!;
            Assert.Equal(reaction.Date.Iso, date.QuerySelector("time")!.GetAttribute("datetime"));
            var dating = date.QuerySelector("a")!;
            Assert.Equal("/sources#" + reaction.DatedBy.Id, dating.GetAttribute("href"));
            Assert.Contains(reaction.DatedBy, reaction.Sources);
        }
    }

    [Fact]
    public async Task AReactionsSourceList_GivesEachSourcesPublisherDateAndKind()
    {
        using var client = factory.CreateClient();
        var reaction = Brief.Reactions.First(r => r.Sources.Count > 1);
        var page = await client.GetDocumentAsync("/reactions/" + reaction.Id);

        var items = page.QuerySelectorAll("#sources ~ .source-links li").ToList();
        Assert.Equal(reaction.Sources.Count, items.Count);
        foreach (var (item, source) in items.Zip(reaction.Sources))
        {
            Assert.Equal(source.Title, item.QuerySelector("a")!.Text());
            Assert.Equal(source.Date.Iso, item.QuerySelector("time")!.GetAttribute("datetime"));
            Assert.Equal(source.Kind.Label(), item.QuerySelector("a.source-kind")!.Text());
            if (source.Publisher is { } publisher)
            {
                Assert.Contains(publisher, item.Text(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TheAboutPage_ExplainsBothStanceBasesAndDescribesTheArticleForWhatItIs()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/about");

        foreach (var basis in Sourcing.Bases)
        {
            var term = page.GetElementById("basis-" + basis.Slug())!;
            Assert.Equal(basis.Definition(), term.NextElementSibling!.Text());
        }

        var method = page.GetElementById("method")!.ParentElement!.Text();
        Assert.Contains("unsigned web post that gives no date, author or address", method, StringComparison.Ordinal);
        Assert.Contains("(inferred)", method, StringComparison.Ordinal);
        Assert.True(Brief.Site.SourceArticle.DateInferred);
        Assert.Equal(SourceKind.Blog, Brief.Site.SourceArticle.Kind);
    }

    [Fact]
    public async Task TheSourcesPage_GroupsEverySourceUnderItsKindAndSaysWhyASourceHasNoAddress()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/sources");

        foreach (var source in Brief.Sources)
        {
            var entry = page.GetElementById(source.Id)!;
            var group = entry.Closest("section.source-kind-group")!;
            Assert.Equal("kind-" + source.Kind.Slug(), group.Id);
            Assert.Equal(source.Kind.GroupLabel(), group.QuerySelector("h2")!.Text());
            var address = entry.QuerySelectorAll("dt").First(dt => dt.Text() == "Address").NextElementSibling!;
            if (source.Url is { } url)
            {
                Assert.Equal(url.AbsoluteUri, new Uri(address.QuerySelector("a")!.GetAttribute("href")!).AbsoluteUri);
            }
            else
            {
                Assert.Equal("None: " + source.NoUrl, address.Text());
            }

            var citing = entry.QuerySelectorAll(".item-list li a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(source.CitedByReactions.Select(r => "/reactions/" + r.Id), citing.Where(h => h!.StartsWith("/reactions/", StringComparison.Ordinal)));
        }

        Assert.Equal(Sourcing.Kinds.Where(k => Brief.Sources.Any(s => s.Kind == k)).Select(k => "kind-" + k.Slug()),
            page.QuerySelectorAll("section.source-kind-group").Select(s => s.Id));
    }

    [Fact]
    public async Task TheChangesPage_ListsEveryItemsChangesNewestFirst_AndEachItemPageListsItsOwn()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/changes");

        var entries = page.QuerySelectorAll("li[id]").ToList();
        Assert.NotEmpty(Brief.Changes);
        Assert.Equal(Brief.Changes.Select(c => c.Anchor), entries.Select(e => e.Id));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        var dates = Brief.Changes.Select(c => c.Change.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Contains("/changes.atom", page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")));

        // The rework is the first change of every reaction, and each reaction page lists its changes.
        foreach (var reaction in Brief.Reactions)
        {
            Assert.NotEmpty(reaction.Changes);
            var reactionPage = await client.GetDocumentAsync("/reactions/" + reaction.Id);
            var listed = reactionPage.QuerySelectorAll(".changes .change-list li").Select(li => li.Text()).ToList();
            Assert.Equal(reaction.Changes.Count, listed.Count);
            Assert.All(reaction.Changes.Zip(listed), pair => Assert.Contains(pair.First.What, pair.Second, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task TheChangesFeed_HasOneEntryPerChange_LinkingToTheChangedPage()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/changes.atom", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        var entries = feed.Elements(atom + "entry").ToList();
        Assert.Equal(Brief.Changes.Count, entries.Count);
        foreach (var (entry, change) in entries.Zip(Brief.Changes))
        {
            Assert.Equal("http://localhost/changes#" + change.Anchor, entry.Element(atom + "id")!.Value);
            Assert.Equal("http://localhost" + change.Path, entry.Element(atom + "link")!.Attribute("href")!.Value);
            Assert.Equal(change.Change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", entry.Element(atom + "updated")!.Value);
            Assert.Contains(change.Change.Why, entry.Element(atom + "summary")!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheAsianNatoPage_ListsTheCountriesNamedNotMembers()
    {
        using var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/frameworks/asian-nato");

        Assert.StartsWith("Countries named", page.GetElementById("framework-members")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Members", (await client.GetDocumentAsync("/frameworks/nato")).GetElementById("framework-members")!.Text());
    }
}
