using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Journeys;

/// <summary>
/// Finding an item by a phrase with the keyboard alone, with and without JavaScript: from any page, Tab to
/// the header's search box, type, press Enter, Tab to a result and follow it.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchJourneyTests(BrowserSite site)
{
    [Theory, InlineData(TabOptions.Desktop, true), InlineData(TabOptions.Phone, false)]
    public async Task Keyboard_FromAnyPageToAResultAndOnToIt(int width, bool javascript)
    {
        await using var tab = await site.OpenAsync(new TabOptions { Width = width, JavaScript = javascript });
        await tab.GotoAsync("/actors/china");
        var box = tab.Page.GetByRole(AriaRole.Search, new() { Name = "Site" }).GetByRole(AriaRole.Searchbox, new() { Name = "Search" });

        var presses = 0;
        while (!await box.EvaluateAsync<bool>("e => e === document.activeElement") && presses++ < 40)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(presses < 40, "Tab never reached the header's search box");
        await tab.Page.Keyboard.TypeAsync("multi-alignment");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/search?q=multi-alignment"));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results? for “multi-alignment”$"));
        var result = tab.Page.Locator("ol.search-results a[href='/reactions/jaishankar-rejects-quad-as-asian-nato']");
        await Assertions.Expect(result).ToBeVisibleAsync();

        presses = 0;
        while (!await result.EvaluateAsync<bool>("e => e === document.activeElement") && presses++ < 80)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
        }

        Assert.True(presses < 80, "Tab never reached the Jaishankar result");
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/reactions/jaishankar-rejects-quad-as-asian-nato"));
        tab.AssertHealthy();
    }
}
