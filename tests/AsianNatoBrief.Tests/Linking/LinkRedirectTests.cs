using System.Net;
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
    public void Target_IsTheOneCanonicalForm(string path, string expected)
    {
        Assert.Equal(expected, LinkRedirects.Target(Fixture.Brief, path));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/actors/china")]
    [InlineData("/reactions/china-opposes")]
    [InlineData("/reactions/unknown-id")]
    [InlineData("/css/site.css")]
    [InlineData("/css/Site.CSS")]
    [InlineData("/sitemap.xml")]
    [InlineData("/not-found")]
    public void Target_LeavesCanonicalPagesAndNonPagesAlone(string path)
    {
        Assert.Null(LinkRedirects.Target(Fixture.Brief, path));
    }

    [Fact]
    public void Target_FollowsActorAndFrameworkAliases()
    {
        var brief = Fixture.RealBrief;
        var withAlias = brief.Actors.FirstOrDefault(a => a.Aliases.Count > 0);
        if (withAlias is not null)
        {
            Assert.Equal($"/actors/{withAlias.Id}", LinkRedirects.Target(brief, $"/actors/{withAlias.Aliases[0]}"));
        }

        // The fixture's frameworks have no aliases; the rule is the same one the reaction alias test proves.
        Assert.Null(LinkRedirects.Target(brief, "/frameworks/nato"));
    }

    [Theory]
    [InlineData("/Actors/China?x=1&y=2", "/actors/china?x=1&y=2")]
    [InlineData("/reactions/?stance=opposes", "/reactions?stance=opposes")]
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
