using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsianNatoBrief.BrowserTests.Journeys;

/// <summary>Job 1, browsing actor pages: from the home page to China's page and its reaction.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ActorJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData(TabOptions.Desktop, true)]
    [InlineData(TabOptions.Phone, true)]
    [InlineData(TabOptions.Desktop, false)]
    [InlineData(TabOptions.Phone, false)]
    public async Task Reader_GoesFromHomeThroughActorIndexToChinaAndReadsItsReaction(int width, bool javascript)
    {
        var china = site.Brief.FindActor("china")!;
        await using var tab = await site.OpenAsync(new TabOptions { Width = width, JavaScript = javascript });
        await tab.GotoAsync("/");
        var main = tab.Page.GetByRole(AriaRole.Main);

        await main.GetByRole(AriaRole.Link, new() { Name = "Actors", Exact = true }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/actors"));
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        await main.GetByRole(AriaRole.Link, new() { Name = china.Name, Exact = true }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/actors/china"));
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(china.Name);
        Assert.NotEmpty(china.Reactions);
        foreach (var reaction in china.Reactions)
        {
            var article = tab.Page.Locator($"#{reaction.Id}");
            await Expect(article).ToBeVisibleAsync();
            await Expect(article.GetByRole(AriaRole.Heading, new() { Name = reaction.Headline })).ToBeVisibleAsync();
            foreach (var quote in reaction.Quotes)
            {
                await Expect(article).ToContainTextAsync(quote.Text);
            }
        }

        tab.AssertHealthy();
    }
}
