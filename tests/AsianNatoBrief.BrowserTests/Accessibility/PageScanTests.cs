using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Accessibility;

/// <summary>
/// Every kind of page, in light and dark colour schemes, on a phone (320 px) and a desktop
/// (1280 px): no WCAG 2.x A/AA violation that axe can find, no console error, no failed or foreign
/// request; a full-page screenshot of each is saved with the test results.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageScanTests(BrowserSite site)
{
    // Plain values, so that each combination is its own test case in the results.
    public static TheoryData<string, int, string> Matrix()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in SitePages.All)
        {
            foreach (var width in new[] { TabOptions.Phone, TabOptions.Desktop })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(page.Name, width, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Page_HasNoAccessibilityViolationsAndLoadsCleanly(string pageType, int width, string scheme)
    {
        var page = SitePages.Named(pageType);
        await using var tab = await site.OpenAsync(new TabOptions { Width = width, Scheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await tab.GotoAsync(page);
        await tab.SaveAsync(page.Name);

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveCountAsync(1);
        await AssertStylesheetAppliedAsync(tab);
        await tab.AssertNoViolationsAsync();
        await AssertNoHorizontalScrollAsync(tab);
        tab.AssertHealthy();
    }

    // An empty or missing stylesheet leaves the page readable but unstyled, which no other check notices.
    private static async Task AssertStylesheetAppliedAsync(Tab tab)
    {
        var rules = await tab.Page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0)");
        Assert.True(rules > 0, $"{tab.CurrentPath}: the stylesheet is missing or empty");
    }

    // Readable at 320 px means no sideways scrolling of the page itself (WCAG 1.4.10 Reflow);
    // wide tables may scroll inside their own container.
    private static async Task AssertNoHorizontalScrollAsync(Tab tab)
    {
        var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{tab.CurrentPath} scrolls sideways by {overflow}px at {tab.Options}");
    }
}
