using System.Net;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Tests.Linking;

public sealed class LinkRedirectTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    [Theory]
    [InlineData("/Actors/China", "/actors/china")]
    [InlineData("/actors/china/", "/actors/china")]
    [InlineData("/ACTORS/", "/actors")]
    [InlineData("/about/", "/about")]
    [InlineData("/Index", "/")]
    [InlineData("//", "/")]
    [InlineData("/reactions/china-objects", "/reactions/china-opposes")]
    [InlineData("/Reactions/China-Objects/", "/reactions/china-opposes")]
    [InlineData("/reactions/china-objects/cite.bib", "/reactions/china-opposes/cite.bib")]
    [InlineData("/Compare/NATO-vs-QUAD", "/compare/nato-vs-quad")]
    [InlineData("/compare/quad-vs-nato", "/compare/quad-vs-nato")]
    [InlineData("/", "/")]
    [InlineData("/actors/china", "/actors/china")]
    [InlineData("/reactions/china-opposes", "/reactions/china-opposes")]
    [InlineData("/reactions/unknown-id", "/reactions/unknown-id")]
    [InlineData("/sitemap.xml", "/sitemap.xml")]
    public void Canonical_IsTheOneCanonicalForm(string path, string expected)
    {
        Assert.Equal(expected, SiteRoute.Canonical(Fixture.Brief, path));
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/Site.CSS")]
    [InlineData("/not-found")]
    [InlineData("/actors/china/extra")]
    [InlineData("relative/path")]
    public void Canonical_IsNullForAddressesThatAreNoPage(string path)
    {
        Assert.Null(SiteRoute.Canonical(Fixture.Brief, path));
    }

    [Fact]
    public async Task FormerActorAndFrameworkIds_RedirectToTheCurrentOnes()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("actors/japan.md", content.Read("actors/japan.md").Replace("kind: state", "kind: state\naliases: [nippon]", StringComparison.Ordinal));
        content.Write("frameworks/quad.yaml", content.Read("frameworks/quad.yaml").Replace("short_name: QUAD", "short_name: QUAD\naliases: [quadrilateral]", StringComparison.Ordinal));
        using var factory = BriefFactory.For(content.Root, watch: false);
        using var client = factory.CreatePlainClient();

        foreach (var (from, to) in new[]
        {
            ("/actors/Nippon", "/actors/japan"),
            ("/frameworks/quadrilateral", "/frameworks/quad"),
            ("/compare/NATO-vs-quadrilateral?differences=only", "/compare/nato-vs-quad/differences"),
            ("/reactions?actor=nippon", "/reactions/actor/japan"),
            ("/reactions/actor/nippon/stance/supports", "/reactions/actor/japan/stance/supports"),
        })
        {
            using var response = await client.GetAsync(new Uri(from, UriKind.Relative));
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(to, response.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [InlineData("/Actors/China?x=1&y=2", "/actors/china?x=1&y=2")]
    [InlineData("/reactions/?stance=opposes", "/reactions/stance/opposes")]
    [InlineData("/reactions?stance=Opposes&actor=China", "/reactions/actor/china/stance/opposes")]
    [InlineData("/reactions?stance=&actor=china", "/reactions/actor/china")]
    [InlineData("/reactions?stance=&actor=", "/reactions")]
    [InlineData("/compare/nato-vs-quad?differences=only", "/compare/nato-vs-quad/differences")]
    [InlineData("/Reactions/Actor/China/Stance/Opposes", "/reactions/actor/china/stance/opposes")]
    [InlineData("/reactions/china-objects", "/reactions/china-opposes")]
    [InlineData("/reactions/china-objects?ref=a%20b", "/reactions/china-opposes?ref=a%20b")]
    public async Task NonCanonicalAddress_RedirectsPermanentlyKeepingTheQuery(string from, string to)
    {
        using var client = app.Factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(from, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task HeadRequest_IsRedirectedToo()
    {
        using var client = app.Factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/Actors/China", UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/actors/china", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnknownOldId_IsNotRedirected()
    {
        using var client = app.Factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/reactions/never-existed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
