using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>A renamed reaction keeps its old addresses: the path redirects, and the old #fragment still lands on it.</summary>
public sealed class AliasAnchorTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    [Fact]
    public async Task OldReactionAddress_RedirectsToTheRenamedReactionPage()
    {
        using var client = app.Factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/reactions/china-objects", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/reactions/china-opposes", response.Headers.Location?.OriginalString);
        using var followed = app.Factory.CreateClient();
        var document = await followed.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("China objects", document.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task OldReactionId_IsAnAnchorInsideTheRenamedReactionOnTheActorPage()
    {
        using var client = app.Factory.CreateClient();

        var document = await client.GetDocumentAsync("/actors/china");

        var anchor = document.GetElementById("china-objects");
        Assert.NotNull(anchor);
        Assert.Empty(anchor!.TextContent);
        Assert.Equal("china-opposes", anchor.ParentElement!.Id);
        Assert.Single(document.QuerySelectorAll("[id='china-objects']"));
    }

    [Fact]
    public async Task OldReactionId_IsAlsoAnAnchorInTheReactionsList()
    {
        using var client = app.Factory.CreateClient();

        var document = await client.GetDocumentAsync("/reactions");

        Assert.Equal("china-opposes", document.GetElementById("china-objects")!.ParentElement!.Id);
    }

    [Fact]
    public async Task OldPositionId_IsAnAnchorInsideTheRenamedPosition()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("positions/deterrence.md", content.Read("positions/deterrence.md").Replace("title: Deterrence", "title: Deterrence\naliases: [joint-deterrence]", StringComparison.Ordinal));
        using var factory = BriefFactory.For(content.Root, watch: false);
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/positions");

        var anchor = document.GetElementById("joint-deterrence");
        Assert.NotNull(anchor);
        Assert.Equal("deterrence", anchor!.ParentElement!.Id);
    }
}
