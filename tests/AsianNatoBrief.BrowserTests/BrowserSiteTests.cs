using AsianNatoBrief.BrowserTests.Support;

namespace AsianNatoBrief.BrowserTests;

/// <summary>The ground the other browser tests stand on: a real server, a real browser, a clean page.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BrowserSiteTests(BrowserSite site)
{
    [Fact]
    public async Task HomePage_IsServedByKestrelOnLoopbackAndRenderedByChromium()
    {
        await using var tab = await site.OpenAsync();

        var response = await tab.GotoAsync("/");

        Assert.Equal("127.0.0.1", site.BaseAddress.Host);
        Assert.NotEqual(80, site.BaseAddress.Port);
        Assert.Equal(200, response.Status);
        Assert.Contains("Chrom", await tab.Page.EvaluateAsync<string>("() => navigator.userAgent"), StringComparison.Ordinal);
        await Microsoft.Playwright.Assertions.Expect(tab.Page.Locator("h1")).ToHaveCountAsync(1);
        tab.AssertHealthy();
    }

    [Fact]
    public async Task Tab_ReportsErrorResponsesAndRequestsToOtherOrigins()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/");

        // A request the page never makes on its own: the listeners must notice and name both problems.
        await tab.Page.EvaluateAsync("() => fetch('/no-such-file.css').catch(() => {})");
        await tab.Page.EvaluateAsync("() => fetch('http://192.0.2.1:9/x').catch(() => {})");

        var failure = Assert.ThrowsAny<Exception>(tab.AssertHealthy);
        Assert.Contains("/no-such-file.css answered 404", failure.Message, StringComparison.Ordinal);
        // With the site's Content-Security-Policy the browser refuses the request before sending it
        // and says so on the console; without one, the request itself is reported.
        Assert.Matches(@"(request to another origin: GET|console error on /:)[^\n]*http://192\.0\.2\.1:9/x", failure.Message);
    }
}
