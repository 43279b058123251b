using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>Unknown addresses, wrong-case ids and renamed ids.</summary>
public sealed class AddressTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Theory]
    [InlineData("/actors/China", "/actors/china")]
    [InlineData("/actors/SOUTH-KOREA", "/actors/south-korea")]
    [InlineData("/reactions/China-Opposes", "/reactions/china-opposes")]
    [InlineData("/frameworks/NATO", "/frameworks/nato")]
    public async Task WrongCaseId_RedirectsPermanentlyToTheLowercaseAddress(string url, string canonical)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/actors/nobody")]
    [InlineData("/reactions/nothing-said")]
    [InlineData("/frameworks/warsaw-pact")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddress_Answers404WithAHelpfulPage(string url)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")!.Text());
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/");
    }

    [Theory]
    [InlineData("/actors/chna", "/actors/china")]
    [InlineData("/actors/jaishankar", "/actors/s-jaishankar")]
    [InlineData("/reactions/china-oposes", "/reactions/china-opposes")]
    [InlineData("/timelin", "/timeline")]
    public async Task MistypedAddress_SuggestsTheNearestItem(string url, string suggested)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var suggestions = document.QuerySelectorAll(".suggestions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(suggested, suggestions.FirstOrDefault());
    }

    [Fact]
    public async Task ErrorPage_IsNotFoundWhenVisitedDirectly()
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/error", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Renamed items: their old ids keep working by redirecting to the new address.</summary>
public sealed class AliasAddressTests
{
    [Fact]
    public async Task RenamedReaction_RedirectsPermanentlyToItsNewAddress()
    {
        using var factory = BriefFactory.For(Paths.ValidFixture, watch: false);
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/reactions/china-objects", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/reactions/china-opposes", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RenamedActor_RedirectsPermanentlyToItsNewAddress()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("actors/china.md", content.Read("actors/china.md").Replace("kind: state", "kind: state\naliases: [prc]", StringComparison.Ordinal));
        using var factory = BriefFactory.For(content.Root, watch: false);
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/actors/PRC", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/actors/china", response.Headers.Location!.OriginalString);
    }
}
