using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Journeys;

/// <summary>The real content exported (without compression) and served by nginx from deploy/nginx, for the browser.</summary>
public sealed class StaticExport : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "anb-browser-export-" + Guid.NewGuid().ToString("N")[..10]);
    private Nginx? nginx;

    public Uri Address => nginx?.Address ?? throw new InvalidOperationException("not started");

    /// <remarks>
    /// The export runs as its own process, as a reader runs it (<c>AsianNatoBrief.Web export …</c>): hosting a second
    /// app in the process of the shared Kestrel server and browser is not what this tests.
    /// </remarks>
    public async Task InitializeAsync()
    {
        var info = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "AsianNatoBrief.Web.dll"), "export", folder, "--no-compress", "--Content:Path=" + Paths.Content })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"export exited {process.ExitCode}: {error} {await output}");
        nginx = Nginx.Serve(folder);
    }

    public Task DisposeAsync()
    {
        nginx?.Dispose();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Searching the static export, where no server code runs: the header's search box leads to the export's search
/// page, whose script finds the same item the app finds; without JavaScript the page says why and where to look.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class StaticSearchJourneyTests(BrowserSite site, StaticExport export) : IClassFixture<StaticExport>
{
    [Fact]
    public async Task Keyboard_FromAnExportedPageToAResultFoundInTheBrowser()
    {
        await using var tab = await site.OpenAsync(baseAddress: export.Address);
        await tab.GotoAsync("/actors/china");
        var box = tab.Page.GetByRole(AriaRole.Search, new() { Name = "Site" }).GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await box.FocusAsync();
        await tab.Page.Keyboard.TypeAsync("multi-alignment");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/search?q=multi-alignment"));
        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ results? for “multi-alignment”$"));
        var result = tab.Page.Locator("#static-search ol.search-results a[href='/reactions/jaishankar-rejects-quad-as-asian-nato']");
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(tab.Page.Locator("#static-search-note")).ToBeHiddenAsync();
        await Assertions.Expect(tab.Page.Locator("#search-q")).ToHaveValueAsync("multi-alignment");
        await Assertions.Expect(tab.Page.Locator("#static-search mark").First).ToBeVisibleAsync();
        await tab.AssertNoViolationsAsync();

        await result.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/reactions/jaishankar-rejects-quad-as-asian-nato"));
        tab.AssertHealthy();
    }

    [Fact]
    public async Task Filters_ApplyAsInTheApp()
    {
        await using var tab = await site.OpenAsync(baseAddress: export.Address);

        await tab.GotoAsync("/search?q=military&kind=reaction&stance=opposes");

        var kinds = tab.Page.Locator("#static-search .search-kind");
        await Assertions.Expect(kinds.First).ToBeVisibleAsync();
        Assert.All(await kinds.AllTextContentsAsync(), kind => Assert.Equal("Reaction", kind));
        await Assertions.Expect(tab.Page.Locator("#search-kind")).ToHaveValueAsync("reaction");
        tab.AssertHealthy();
    }

    [Fact]
    public async Task WithoutJavaScript_ThePageSaysWhyAndLinksToTheLists()
    {
        await using var tab = await site.OpenAsync(new TabOptions { JavaScript = false, Width = TabOptions.Phone }, export.Address);

        await tab.GotoAsync("/search?q=china");

        var note = tab.Page.Locator("#static-search-note");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToContainTextAsync("needs JavaScript");
        await Assertions.Expect(note.GetByRole(AriaRole.Link, new() { Name = "actors", Exact = true })).ToHaveAttributeAsync("href", "/actors");
        tab.AssertHealthy();
    }
}
