using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>The one address model: every address the site builds parses back to what built it.</summary>
public sealed class SiteRouteTests
{
    [Fact]
    public void EveryCanonicalPage_ParsesBackToItself()
    {
        var pages = CanonicalPages.All(Fixture.RealBrief);

        Assert.True(pages.Count > 20, $"only {pages.Count} canonical pages");
        Assert.All(pages, path => Assert.Equal(path, SiteRoute.Parse(path)?.Path));
    }

    [Theory]
    [InlineData("/", PageKind.Home, "")]
    [InlineData("/index", PageKind.Home, "")]
    [InlineData("/actors", PageKind.Actors, "")]
    [InlineData("/actors/china", PageKind.Actor, "china")]
    [InlineData("/Reactions/China-Opposes/", PageKind.Reaction, "china-opposes")]
    [InlineData("/reactions/china-opposes/cite.ris", PageKind.Citation, "china-opposes")]
    [InlineData("/frameworks/nato", PageKind.Framework, "nato")]
    [InlineData("/compare", PageKind.Chooser, "")]
    [InlineData("/compare/quad-vs-nato", PageKind.Comparison, "quad nato")]
    [InlineData("/compare/nato-vs-quad-vs-asian-nato", PageKind.Comparison, "nato quad asian-nato")]
    [InlineData("/compare/nato", PageKind.Comparison, "nato")]
    [InlineData("/feed.atom", PageKind.Feed, "")]
    [InlineData("/reactions/actor/china/stance/opposes", PageKind.Reactions, "china")]
    [InlineData("/compare/nato-vs-quad/differences", PageKind.Comparison, "nato quad")]
    public void Parse_ReadsTheKindAndIdsInOrder(string path, PageKind kind, string ids)
    {
        var address = SiteRoute.Parse(path);

        Assert.NotNull(address);
        Assert.Equal(kind, address.Kind);
        Assert.Equal(ids, string.Join(' ', address.Ids));
    }

    [Fact]
    public void Parse_KeepsTheCitationFormat()
    {
        Assert.Equal("ris", SiteRoute.Parse("/reactions/china-opposes/cite.ris")?.Format);
        Assert.Equal("/reactions/china-opposes/cite.ris", SiteRoute.Citation("china-opposes", "ris"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("actors/china")]
    [InlineData("/actors/china/reactions")]
    [InlineData("/reactions/china-opposes/other.bib")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    [InlineData("/compare/nato-vs-quad/extra")]
    public void Parse_RefusesWhatIsNoPageOfTheSite(string path)
    {
        Assert.Null(SiteRoute.Parse(path));
    }

    [Fact]
    public void Builders_WriteTheAddressesOfItemsAndTheirPlaces()
    {
        var brief = Fixture.RealBrief;
        var reaction = brief.FindReaction("china-opposes")!;

        Assert.Equal("/reactions/china-opposes", SiteRoute.Reaction(reaction));
        Assert.Equal("/actors/china#china-opposes", SiteRoute.ReactionInContext(reaction));
        Assert.Equal("/positions#" + brief.Positions[0].Id, SiteRoute.Position(brief.Positions[0]));
        Assert.Equal("/sources#" + brief.Sources[0].Id, SiteRoute.Source(brief.Sources[0]));
        Assert.Equal("/timeline#" + brief.Timeline[0].Id, SiteRoute.Event(brief.Timeline[0]));
        Assert.Equal("/compare/nato-vs-quad/differences", SiteRoute.DifferencesOnly(SiteRoute.Comparison(["nato", "quad"])));
        Assert.Equal("/reactions/stance/opposes", SiteRoute.ReactionsWithStance(Web.Model.Stance.Opposes));
        Assert.Equal("/reactions/actor/china", SiteRoute.ReactionsBy(brief.FindActor("china")!));
        Assert.Equal("/reactions/actor/china/stance/opposes", SiteRoute.ReactionsFiltered("opposes", "china"));
        Assert.Equal("/compare/nato-vs-quad", SiteRoute.MainComparison(brief));
    }
}
