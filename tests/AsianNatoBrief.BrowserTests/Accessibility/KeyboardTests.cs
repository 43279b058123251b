using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsianNatoBrief.BrowserTests.Accessibility;

/// <summary>Readers on a keyboard: the skip link comes first, focus is always visible, and the chooser and copy controls work.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    // Describes the focused element: what it is, whether a focus indicator is drawn, and whether it is in view.
    private const string DescribeFocus =
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
          const shadow = s.boxShadow && s.boxShadow !== 'none';
          const inView = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
          const name = (e.getAttribute('aria-label') || e.textContent || e.id || e.name || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          return { tag: e.tagName.toLowerCase(), name, href: e.getAttribute('href'), indicator: outline || shadow, inView, inMain: !!e.closest('main') };
        }
        """;

    public static TheoryData<string> PageTypes()
    {
        var data = new TheoryData<string>();
        foreach (var page in SitePages.All)
        {
            data.Add(page.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task SkipLink_IsTheFirstStopAndTakesFocusToTheMainContent(string pageType)
    {
        var page = SitePages.Named(pageType);
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync(page);

        await tab.Page.Keyboard.PressAsync("Tab");

        var first = await FocusAsync(tab);
        Assert.NotNull(first);
        Assert.Equal("#main", first.Href);
        Assert.Matches("(?i)skip", first.Name);
        Assert.True(first.InView && first.Indicator, $"the focused skip link is not visible on {page.Path}: {first}");

        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.Keyboard.PressAsync("Tab");

        var next = await FocusAsync(tab);
        Assert.True(next is { InMain: true }, $"after the skip link, Tab went to {next?.ToString() ?? "nothing"} instead of into the main content on {page.Path}");
    }

    [Theory]
    [InlineData("home", "light")]
    [InlineData("actor", "light")]
    [InlineData("actor", "dark")]
    [InlineData("reaction", "light")]
    [InlineData("comparison", "light")]
    [InlineData("comparison", "dark")]
    [InlineData("compare-chooser", "light")]
    [InlineData("not-found", "light")]
    public async Task Focus_IsVisibleOnEveryStopOfThePage(string pageType, string scheme)
    {
        var page = SitePages.Named(pageType);
        await using var tab = await site.OpenAsync(new TabOptions { Scheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await tab.GotoAsync(page);

        var hidden = new List<string>();
        var stops = 0;
        for (; stops < 300; stops++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            var focus = await FocusAsync(tab);
            if (focus is null)
            {
                break; // past the last stop, focus returns to the document
            }

            if (!focus.Indicator || !focus.InView)
            {
                hidden.Add(focus.ToString());
            }
        }

        Assert.True(stops > 1, $"{page.Path} has no keyboard stops");
        Assert.True(hidden.Count == 0, $"{hidden.Count} of {stops} focus stops on {page.Path} ({tab.Options}) show no visible focus:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", hidden));
    }

    [Fact]
    public async Task ChooserForm_WorksFromTheKeyboard()
    {
        var quad = site.Brief.FindFramework("quad")!;
        var asianNato = site.Brief.FindFramework("asian-nato")!;
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/compare");

        await TabToAsync(tab, "#compare-a");
        await tab.Page.Keyboard.TypeAsync(quad.ShortName);
        await TabToAsync(tab, "#compare-b");
        await tab.Page.Keyboard.TypeAsync(asianNato.ShortName);
        await TabToAsync(tab, "main button[type=submit]");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs($"/compare/{quad.Id}-vs-{asianNato.Id}"));
        tab.AssertHealthy();
    }

    [Fact]
    public async Task CopyLink_WorksFromTheKeyboard()
    {
        await using var tab = await site.OpenAsync(new TabOptions { Clipboard = true });
        await tab.GotoAsync("/actors/china");

        await TabToAsync(tab, "#china-opposes a[data-copy-link]");
        await tab.Page.Keyboard.PressAsync("Enter");

        await Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Expectations.Copied());
        Assert.Equal(tab.Origin + "/reactions/china-opposes", await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/actors/china"));
        tab.AssertHealthy();
    }

    private static async Task<Focus?> FocusAsync(Tab tab) => await tab.Page.EvaluateAsync<Focus?>(DescribeFocus);

    // Presses Tab until the element matching the selector has focus, as a keyboard user would reach it.
    private static async Task TabToAsync(Tab tab, string selector)
    {
        var target = tab.Page.Locator(selector).First;
        await Expect(target).ToBeAttachedAsync();
        for (var presses = 0; presses < 300; presses++)
        {
            await tab.Page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{selector} on {tab.CurrentPath} cannot be reached with the Tab key");
    }

    // Filled in by Playwright from the script's result, so it needs settable properties.
    private sealed class Focus
    {
        public string Tag { get; set; } = "";

        public string Name { get; set; } = "";

        public string? Href { get; set; }

        public bool Indicator { get; set; }

        public bool InView { get; set; }

        public bool InMain { get; set; }

        public override string ToString() => $"<{Tag}{(Href is null ? "" : $" href=\"{Href}\"")}> \"{Name}\"{(Indicator ? "" : " has no focus indicator")}{(InView ? "" : " is out of view")}";
    }
}
