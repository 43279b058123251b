using System.Net;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The reactions list and its query-string filters.</summary>
public sealed class ReactionFilterTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly Brief RealBrief = ContentLoader.Load(Paths.Content).Brief!;

    private static PartialDate ParseDate(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);
        return date;
    }

    private static List<string> ResultIds(AngleSharp.Dom.IDocument document) =>
        [.. document.QuerySelectorAll("ol.reaction-list > li").Select(li => li.Id!)];

    [Fact]
    public async Task Unfiltered_ListsEveryReactionNewestFirst()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions");

        var ids = ResultIds(document);
        Assert.Equal(RealBrief.Reactions.Select(r => r.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        var dates = document.QuerySelectorAll("ol.reaction-list time").Select(t => ParseDate(t.GetAttribute("datetime")!)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.NotEqual(dates[0], dates[^1]);
    }

    [Fact]
    public async Task EveryFilterView_IsReachableByPlainLinks_WhichKeepTheOtherFilter()
    {
        using var client = factory.CreateClient();

        var all = await client.GetDocumentAsync("/reactions");
        var views = all.QuerySelector("nav.filter-links")!;
        Assert.Equal(Stances.All.Select(s => "/reactions/stance/" + s.Slug()), views.QuerySelectorAll("ul")[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(RealBrief.ActorsWithReactions.Select(a => "/reactions/actor/" + a.Id), views.QuerySelectorAll("details a").Select(a => a.GetAttribute("href")));

        // On a stance view, the actor links keep the stance, and each lists only what both filters allow.
        var cautious = await client.GetDocumentAsync("/reactions/stance/cautious");
        foreach (var link in cautious.QuerySelectorAll("nav.filter-links details a"))
        {
            var href = link.GetAttribute("href")!;
            Assert.EndsWith("/stance/cautious", href, StringComparison.Ordinal);
            var view = await client.GetDocumentAsync(href);
            Assert.All(ResultIds(view), id => Assert.Equal(Stance.Cautious, RealBrief.Reactions.Single(r => r.Id == id).Stance));
        }

        var cautiousActors = RealBrief.ActorsWithReactions.Where(a => a.Reactions.Concat(a.MemberReactions).Any(r => r.Stance == Stance.Cautious)).ToList();
        Assert.NotEmpty(cautiousActors);
        Assert.True(cautiousActors.Count < RealBrief.ActorsWithReactions.Count);
        Assert.Equal(cautiousActors.Select(a => $"/reactions/actor/{a.Id}/stance/cautious"), cautious.QuerySelectorAll("nav.filter-links details a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", cautious.QuerySelector("nav.filter-links a[href='/reactions/stance/cautious']")!.GetAttribute("aria-current"));

        // On an actor view the stance links keep the actor; the actor list is not repeated there.
        var china = await client.GetDocumentAsync("/reactions/actor/china");
        Assert.All(china.QuerySelectorAll("nav.filter-links a"), a => Assert.StartsWith("/reactions/actor/china/stance/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Null(china.QuerySelector("nav.filter-links details"));
    }

    [Fact]
    public async Task StanceAndActor_ShowOnlyMatchingReactionsAndKeepTheFormSelection()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions?stance=opposes&actor=china");

        Assert.Equal(["china-opposes"], ResultIds(document));
        Assert.Equal("opposes", document.QuerySelector("#filter-stance option[selected]")!.GetAttribute("value"));
        Assert.Equal("china", document.QuerySelector("#filter-actor option[selected]")!.GetAttribute("value"));
        Assert.Equal("get", document.QuerySelector("form.filters")!.GetAttribute("method"));
    }

    [Fact]
    public async Task Stance_ShowsEveryReactionWithThatStance()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions?stance=cautious");

        var cautious = RealBrief.Reactions.Where(r => r.Stance == Stance.Cautious).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("south-korea-premature", cautious);
        Assert.Equal(cautious, ResultIds(document).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StateActor_IncludesTheReactionsOfItsPeople()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions?actor=india");

        Assert.Contains("jaishankar-rejects-quad-as-asian-nato", ResultIds(document));
        Assert.Contains("india-cautious-on-joining", ResultIds(document));
    }

    [Fact]
    public async Task EmptyValues_MeanNoFilter()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions?stance=&actor=");

        Assert.Equal(RealBrief.Reactions.Count, ResultIds(document).Count);
    }

    [Theory]
    [InlineData("/reactions?stance=opose", "opposes")]
    [InlineData("/reactions?actor=chna", "china")]
    public async Task UnknownValue_Answers400WithAnExplanationAndTheForm(string url, string hint)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var notice = document.QuerySelector("[role=alert]");
        Assert.NotNull(notice);
        Assert.Contains(hint, notice.Text(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form.filters"));
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("/reactions/stance/opose", "opposes")]
    [InlineData("/reactions/actor/chna", "china")]
    [InlineData("/reactions/actor/china/stance/opose", "opposes")]
    public async Task UnknownValueInAViewsPath_Answers404WithTheSameExplanation(string url, string hint)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(hint, document.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form.filters"));
    }

    [Fact]
    public async Task ViewPath_ShowsTheSameReactionsAsTheFormQueryThatRedirectsToIt()
    {
        using var plain = factory.CreatePlainClient();
        using var client = factory.CreateClient();

        using var redirect = await plain.GetAsync(new Uri("/reactions?stance=opposes&actor=china", UriKind.Relative));
        var viaPath = await client.GetDocumentAsync("/reactions/actor/china/stance/opposes");

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/reactions/actor/china/stance/opposes", redirect.Headers.Location?.OriginalString);
        Assert.Equal(["china-opposes"], ResultIds(viaPath));
        Assert.Equal("opposes", viaPath.QuerySelector("#filter-stance option[selected]")?.GetAttribute("value"));
        Assert.Equal("china", viaPath.QuerySelector("#filter-actor option[selected]")?.GetAttribute("value"));
    }
}
