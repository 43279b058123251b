using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Search;

/// <summary>Whether the search on the real content finds what a reader looks for, first.</summary>
public sealed class SearchRelevanceTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task EachActorsName_FindsThatActorFirst()
    {
        using var client = factory.CreateClient();
        var actors = factory.Services.GetRequiredService<ContentStore>().Current.Actors;
        Assert.NotEmpty(actors);
        var wrong = new List<string>();
        foreach (var actor in actors)
        {
            var hits = await SearchPages.HitsAsync(client, SearchPages.Url(actor.Name));
            var first = hits.Count > 0 ? hits[0] : null;
            if (first is null || first.Link != "/actors/" + actor.Id || first.Kind != "Actor")
            {
                wrong.Add($"{actor.Name}: first result {first?.Kind} {first?.Link ?? "(none)"}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task MultiAlignment_FindsTheJaishankarReaction()
    {
        using var client = factory.CreateClient();

        var hits = await SearchPages.HitsAsync(client, SearchPages.Url("multi-alignment"));

        var reaction = Assert.Single(hits, h => h.Link == "/reactions/jaishankar-rejects-quad-as-asian-nato");
        Assert.Equal("Reaction", reaction.Kind);
        Assert.Contains(reaction.Element.QuerySelectorAll("mark"), mark => mark.Text().Equals("alignment", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task APluralFindsTheSingular_BecauseWordsAreStemmed()
    {
        using var client = factory.CreateClient();

        var hits = await SearchPages.HitsAsync(client, SearchPages.Url("alliances"));

        var marked = hits.SelectMany(h => h.Element.QuerySelectorAll("mark")).Select(m => m.Text().ToLowerInvariant()).ToHashSet();
        Assert.Contains("alliance", marked);
        Assert.Contains(hits, h => h.Title.Contains("alliance", StringComparison.OrdinalIgnoreCase) && !h.Title.Contains("alliances", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task APhraseInQuotes_FindsOnlyItemsWithTheWordsTogether()
    {
        using var client = factory.CreateClient();

        var words = await SearchPages.HitsAsync(client, SearchPages.Url("formal treaty"));
        var (_, phraseDocument) = await SearchPages.GetAsync(client, SearchPages.Url("\"formal alliance\""));
        var phrase = SearchPages.Hits(phraseDocument);

        Assert.NotEmpty(phrase);
        Assert.All(phrase, hit => Assert.Contains("formal alliance", hit.Element.TextContent.ToLowerInvariant().Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.NotEqual(words.Select(h => h.Link), phrase.Select(h => h.Link));
        Assert.Equal("\"formal alliance\"", phraseDocument.QuerySelector("#search-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheCountInTheHeading_MatchesTheResultsShownOverAllPages()
    {
        using var client = factory.CreateClient();
        var (_, first) = await SearchPages.GetAsync(client, SearchPages.Url("alliance"));
        var heading = SearchPages.Heading(first);
        var total = int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 10, $"expected more than one page of results, heading: {heading}");
        Assert.EndsWith("results for “alliance”", heading, StringComparison.Ordinal);

        var links = new List<string>();
        string? next = SearchPages.Url("alliance");
        var pages = 0;
        while (next is not null)
        {
            var (_, document) = await SearchPages.GetAsync(client, next);
            var hits = SearchPages.Hits(document);
            Assert.InRange(hits.Count, 1, 10);
            links.AddRange(hits.Select(h => h.Link));
            next = document.QuerySelector("nav.search-pages a[rel=next]")?.GetAttribute("href");
            pages++;
        }

        Assert.Equal(total, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.Equal((total + 9) / 10, pages);
        var (_, second) = await SearchPages.GetAsync(client, SearchPages.Url("alliance", "&page=2"));
        Assert.Equal("11", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector("nav.search-pages a[rel=prev]"));
    }

    [Fact]
    public async Task KindFilter_KeepsOnlyThatKind()
    {
        using var client = factory.CreateClient();

        var all = await SearchPages.HitsAsync(client, SearchPages.Url("china"));
        var rows = await SearchPages.HitsAsync(client, SearchPages.Url("china", "&kind=reaction"));

        Assert.Contains(all, h => h.Kind != "Reaction");
        Assert.NotEmpty(rows);
        Assert.All(rows, h => Assert.Equal("Reaction", h.Kind));
    }

    [Fact]
    public async Task StanceFilter_KeepsOnlyReactionsWithThatStance()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        var hits = await SearchPages.HitsAsync(client, "/search?stance=opposes");

        var expected = brief.Reactions.Where(r => r.Stance == Web.Model.Stance.Opposes).Select(r => "/reactions/" + r.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, hits.Select(h => h.Link).Order().ToList());
    }

    [Fact]
    public async Task ActorFilter_KeepsOnlyItemsOfThatActorAndItsPeople()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;
        var india = brief.FindActor("india")!;

        var hits = await SearchPages.HitsAsync(client, SearchPages.Url("quad", "&actor=india&kind=reaction"));

        var expected = brief.Reactions.Where(r => r.Actor == india || r.Actor.Country == india).Select(r => "/reactions/" + r.Id).ToHashSet();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(h.Link, expected));
        Assert.Contains(hits, h => h.Link == "/reactions/jaishankar-rejects-quad-as-asian-nato");
    }

    [Fact]
    public async Task TheActorFilter_ListsEveryActorBeforeASearchAndKeepsTheChosenOneSelected()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        var (_, empty) = await SearchPages.GetAsync(client, "/search");
        var (_, nothing) = await SearchPages.GetAsync(client, SearchPages.Url("zzzqqq", "&actor=india"));
        var (_, filtered) = await SearchPages.GetAsync(client, SearchPages.Url("quad", "&actor=india"));

        var options = empty.QuerySelectorAll("#search-actor option").Skip(1).ToList();
        Assert.Equal(brief.Actors.Select(a => a.Id), options.Select(o => o.GetAttribute("value")));
        Assert.Equal(brief.Actors.Select(a => a.Name), options.Select(o => o.Text()));
        Assert.Empty(empty.QuerySelectorAll("#search-actor option[selected]"));
        // Words that find nothing give nothing to count: every actor, without counts, the chosen one selected.
        Assert.Equal(brief.Actors.Select(a => a.Name), nothing.QuerySelectorAll("#search-actor option").Skip(1).Select(o => o.Text()));
        Assert.Equal("india", Assert.Single(nothing.QuerySelectorAll("#search-actor option[selected]")).GetAttribute("value"));
        var selected = Assert.Single(filtered.QuerySelectorAll("#search-actor option[selected]"));
        Assert.Equal("india", selected.GetAttribute("value"));
        Assert.StartsWith("India (", selected.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMisspeltName_OffersTheCorrectSpelling()
    {
        using var client = factory.CreateClient();

        var (_, document) = await SearchPages.GetAsync(client, SearchPages.Url("jaishanker"));

        Assert.Empty(SearchPages.Hits(document));
        var suggestion = document.QuerySelector(".search-suggestion a")!;
        Assert.Equal("jaishankar", suggestion.Text());
        var corrected = await SearchPages.HitsAsync(client, suggestion.GetAttribute("href")!);
        Assert.Equal("/actors/s-jaishankar", corrected[0].Link);
    }

    [Fact]
    public async Task ResultsAreLabelledAndMarked_AndTheTitleLinksTheItem()
    {
        using var client = factory.CreateClient();

        var hits = await SearchPages.HitsAsync(client, SearchPages.Url("secretariat"));

        var row = Assert.Single(hits, h => h.Kind == "Comparison row");
        Assert.Equal("/compare/nato-vs-quad#secretariat", row.Link);
        Assert.All(hits, h => Assert.NotEmpty(h.Element.QuerySelectorAll("mark")));
    }
}
