using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Loading;

/// <summary>Edits to content files while the app runs, through the real app and its file watcher.</summary>
public sealed class ContentReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ValidEdit_IsServedWithinAboutASecond()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var factory = BriefFactory.For(content.Root, watch: true);
        using var client = factory.CreateClient();
        var before = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Shigeru Ishiba", before, StringComparison.Ordinal);

        var edited = content.Read("actors/ishiba.md").Replace("name: Shigeru Ishiba", "name: Ishiba Shigeru", StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        content.Write("actors/ishiba.md", edited);

        var after = await PollAsync(client, page => page.Contains("Ishiba Shigeru", StringComparison.Ordinal));
        clock.Stop();
        Assert.Contains("Ishiba Shigeru", after, StringComparison.Ordinal);

        // The watcher waits 250 ms for the editor to finish, then reloads; "about a second" leaves room for a
        // busy machine, and the bound is wide enough (2.5 s) not to fail on scheduling noise alone.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"the edit was served after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(1, factory.Services.GetRequiredService<ContentStore>().Generation);
    }

    [Fact]
    public async Task InvalidEdit_KeepsTheLastGoodContentServingAndRecordsTheProblems()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var factory = BriefFactory.For(content.Root, watch: true);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var good = store.Current;

        content.Write("actors/ishiba.md", content.Read("actors/ishiba.md")
            .Replace("name: Shigeru Ishiba", "name: Broken Name", StringComparison.Ordinal)
            .Replace("country: japan", "country: japn", StringComparison.Ordinal));

        var deadline = DateTime.UtcNow + Patience;
        while (store.LastRejected.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var rejected = Assert.Single(store.LastRejected);
        Assert.Equal("actors/ishiba.md:5:10: error ANB007: unknown actor 'japn' — did you mean 'japan'?", rejected.Format());
        Assert.Same(good, store.Current);
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Shigeru Ishiba", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken Name", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixingAnInvalidEdit_ServesTheFixedContent()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var factory = BriefFactory.For(content.Root, watch: true);
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<ContentStore>();
        var original = content.Read("actors/ishiba.md");

        content.Write("actors/ishiba.md", original.Replace("kind: person", "kind: persn", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + Patience;
        while (store.LastRejected.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.NotEmpty(store.LastRejected);
        content.Write("actors/ishiba.md", original.Replace("name: Shigeru Ishiba", "name: Fixed Ishiba", StringComparison.Ordinal));

        var after = await PollAsync(client, page => page.Contains("Fixed Ishiba", StringComparison.Ordinal));
        Assert.Contains("Fixed Ishiba", after, StringComparison.Ordinal);
        Assert.Empty(store.LastRejected);
    }

    private static async Task<string> PollAsync(HttpClient client, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        string page;
        do
        {
            await Task.Delay(50);
            page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        }
        while (!done(page) && DateTime.UtcNow < deadline);
        return page;
    }
}
