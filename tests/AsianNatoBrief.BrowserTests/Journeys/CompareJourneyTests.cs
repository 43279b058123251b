using System.Text.RegularExpressions;
using AsianNatoBrief.BrowserTests.Support;
using AsianNatoBrief.Web.Model;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsianNatoBrief.BrowserTests.Journeys;

/// <summary>Job 2, comparing NATO and the QUAD: the table, differences only, then another pair.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class CompareJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData(TabOptions.Desktop, true)]
    [InlineData(TabOptions.Phone, true)]
    [InlineData(TabOptions.Desktop, false)]
    [InlineData(TabOptions.Phone, false)]
    public async Task Reader_ComparesNatoAndQuadSwitchesToDifferencesThenChoosesAnotherPair(int width, bool javascript)
    {
        var brief = site.Brief;
        var nato = brief.FindFramework("nato")!;
        var quad = brief.FindFramework("quad")!;
        var asianNato = brief.FindFramework("asian-nato")!;
        await using var tab = await site.OpenAsync(new TabOptions { Width = width, JavaScript = javascript });
        var main = tab.Page.GetByRole(AriaRole.Main);

        await tab.GotoAsync("/compare/nato-vs-quad");

        var table = main.GetByRole(AriaRole.Table);
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = nato.ShortName, Exact = true })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = quad.ShortName, Exact = true })).ToBeVisibleAsync();
        foreach (var dimension in brief.Dimensions)
        {
            await Expect(tab.Page.Locator($"#{dimension.Id}")).ToContainTextAsync(dimension.Label);
        }

        await main.GetByRole(AriaRole.Link, new() { NameRegex = DifferencesOnly() }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/compare/nato-vs-quad/differences"));
        var hidden = 0;
        foreach (var dimension in brief.Dimensions)
        {
            var row = tab.Page.Locator($"#{dimension.Id}");
            if (SameAnswer(nato.ValueFor(dimension), quad.ValueFor(dimension)))
            {
                hidden++;
                await Expect(row).ToHaveCountAsync(0);
            }
            else
            {
                await Expect(row).ToBeVisibleAsync();
            }
        }

        Assert.True(hidden > 0, "the content gives NATO and the QUAD the same answer on no row, so 'differences only' proves nothing");

        await main.GetByRole(AriaRole.Link, new() { Name = "Compare other frameworks" }).ClickAsync();
        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/compare"));
        await tab.Page.Locator("#compare-a").SelectOptionAsync(quad.Id);
        await tab.Page.Locator("#compare-b").SelectOptionAsync(asianNato.Id);
        await main.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs("/compare/quad-vs-asian-nato"));
        var chosen = main.GetByRole(AriaRole.Table);
        await Expect(chosen.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Question", quad.ShortName, asianNato.ShortName]);
        tab.AssertHealthy();
    }

    private static bool SameAnswer(FrameworkValue one, FrameworkValue other) =>
        one.Status == other.Status && string.Equals(one.Value.Trim(), other.Value.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("only the rows where they differ|differences only", RegexOptions.IgnoreCase)]
    private static partial Regex DifferencesOnly();
}
