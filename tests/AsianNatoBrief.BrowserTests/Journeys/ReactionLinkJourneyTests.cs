using System.Text.RegularExpressions;
using AsianNatoBrief.BrowserTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsianNatoBrief.BrowserTests.Journeys;

/// <summary>
/// Job 3, linking to one reaction: a link with a fragment lands on the reaction and marks it, the
/// copy control puts the canonical address on the clipboard and says so, and the address of a
/// renamed reaction keeps working.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class ReactionLinkJourneyTests(BrowserSite site)
{
    private const string Actor = "/actors/china";
    private const string ReactionId = "china-opposes";

    [Theory]
    [InlineData(TabOptions.Desktop, true)]
    [InlineData(TabOptions.Phone, true)]
    [InlineData(TabOptions.Desktop, false)]
    [InlineData(TabOptions.Phone, false)]
    public async Task LinkWithFragment_LandsOnTheReactionInViewAndMarksIt(int width, bool javascript)
    {
        await using var tab = await site.OpenAsync(new TabOptions { Width = width, JavaScript = javascript });
        var reaction = tab.Page.Locator($"#{ReactionId}");

        await tab.GotoAsync($"{Actor}#{ReactionId}");

        await reaction.AssertTopInViewAsync($"#{ReactionId} at {tab.Options}");
        Assert.True(await reaction.EvaluateAsync<bool>("e => e.matches(':target')"), "the reaction is not the :target");
        var marked = await reaction.MarkingStyleAsync();
        await tab.GotoAsync(Actor);
        var unmarked = await reaction.MarkingStyleAsync();
        Assert.True(marked != unmarked, $"the targeted reaction looks exactly like an untargeted one ({marked})");
        tab.AssertHealthy();
    }

    [Fact]
    public async Task CopyLink_PutsTheCanonicalAddressOnTheClipboardAndAnnouncesIt()
    {
        await using var tab = await site.OpenAsync(new TabOptions { Clipboard = true });
        await tab.GotoAsync($"{Actor}#{ReactionId}");
        var reaction = tab.Page.Locator($"#{ReactionId}");

        await reaction.GetByRole(AriaRole.Link, new() { NameRegex = CopyControl() }).ClickAsync();

        await Expect(tab.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync(Expectations.Copied());
        var copied = await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(tab.Origin + $"/reactions/{ReactionId}", copied);
        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs($"{Actor}#{ReactionId}"));

        // What was copied is the address the reaction's own page declares canonical.
        await tab.GotoAsync(new Uri(copied).PathAndQuery);
        var canonical = await tab.Page.Locator("link[rel=canonical]").GetAttributeAsync("href");
        Assert.Equal($"/reactions/{ReactionId}", new Uri(new Uri(tab.Origin), canonical).AbsolutePath);
        tab.AssertHealthy();
    }

    [Fact]
    public async Task CopyLink_WithoutJavaScript_IsAPlainLinkToTheCanonicalAddress()
    {
        await using var tab = await site.OpenAsync(new TabOptions { JavaScript = false });
        await tab.GotoAsync($"{Actor}#{ReactionId}");
        var reaction = tab.Page.Locator($"#{ReactionId}");

        await reaction.GetByRole(AriaRole.Link, new() { NameRegex = CopyControl() }).ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs($"/reactions/{ReactionId}"));
        await Expect(tab.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(site.Brief.FindReaction(ReactionId)!.Headline);
        tab.AssertHealthy();
    }

    [Fact]
    public async Task AliasAddresses_LandOnTheRenamedReaction()
    {
        // The real content has renamed nothing, so a copy of it renames China's reaction the way
        // content/README.md says to: a new id, the old one kept in aliases, links updated.
        const string renamed = "china-condemns-the-proposal";
        using var content = new TempContent(site.Brief.RootPath);
        var file = $"reactions/{ReactionId}.md";
        var text = content.Read(file).Replace($"id: {ReactionId}\n", $"id: {renamed}\naliases: [{ReactionId}]\n", StringComparison.Ordinal);
        Assert.Contains($"aliases: [{ReactionId}]", text, StringComparison.Ordinal);
        content.Delete(file);
        content.Write($"reactions/{renamed}.md", text);
        foreach (var markdown in Directory.EnumerateFiles(content.Root, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(content.Root, markdown);
            content.Write(relative, content.Read(relative).Replace($"/reactions/{ReactionId})", $"/reactions/{renamed})", StringComparison.Ordinal));
        }

        var server = site.StartServer(content.Root);
        foreach (var javascript in new[] { true, false })
        {
            await using var tab = await site.OpenAsync(new TabOptions { JavaScript = javascript }, server);

            var response = await tab.GotoAsync($"/reactions/{ReactionId}");

            Assert.Equal(200, response.Status);
            await Expect(tab.Page).ToHaveURLAsync(Expectations.PathIs($"/reactions/{renamed}"));
            Assert.Equal(301, (await response.Request.RedirectedFrom!.ResponseAsync())!.Status);

            await tab.GotoAsync($"{Actor}#{ReactionId}");

            await tab.Page.Locator($"#{renamed}").AssertTopInViewAsync($"the renamed reaction reached through #{ReactionId} (JavaScript {(javascript ? "on" : "off")})");
            tab.AssertHealthy();
        }
    }

    [GeneratedRegex("link to this reaction", RegexOptions.IgnoreCase)]
    private static partial Regex CopyControl();
}
