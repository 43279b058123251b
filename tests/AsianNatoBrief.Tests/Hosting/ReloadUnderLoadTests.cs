using System.Collections.Concurrent;
using System.Net;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>Content swapped back and forth between two valid versions while requests keep running.</summary>
public sealed class ReloadUnderLoadTests
{
    [Fact]
    public async Task EveryResponseDuringReloads_IsWhollyOneVersion()
    {
        using var content = new TempContent(Paths.ValidFixture);
        var versionA = Variant(content, "Alpha");
        var versionB = Variant(content, "Beta");
        WriteAll(content, versionA);
        using var app = BriefFactory.For(content.Root, watch: false);
        var store = app.Services.GetRequiredService<ContentStore>();
        using var client = app.CreateClient();
        using var stop = new CancellationTokenSource();
        var failures = new ConcurrentBag<string>();
        var seen = new ConcurrentDictionary<string, int>();

        var readers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetEncodedAsync(n % 2 == 0 ? "/" : "/?reader=" + n, n < 2 ? "identity" : "gzip");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"status {(int)response.StatusCode}");
                    continue;
                }

                var body = ClientExtensions.DecodedText(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());
                var alpha = body.Contains("Alpha", StringComparison.Ordinal);
                var beta = body.Contains("Beta", StringComparison.Ordinal);
                if (alpha == beta)
                {
                    failures.Add(alpha ? "a response mixed both versions" : "a response had neither version");
                }

                seen.AddOrUpdate(alpha ? "Alpha" : "Beta", 1, (_, c) => c + 1);
            }
        })).ToList();

        var swaps = 0;
        for (var i = 0; i < 30; i++)
        {
            WriteAll(content, i % 2 == 0 ? versionB : versionA);
            Assert.True(store.Reload().Succeeded);
            swaps++;
            await Task.Delay(15);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
        Assert.Equal(30, store.Generation);
        Assert.True(seen.GetValueOrDefault("Alpha") > 0 && seen.GetValueOrDefault("Beta") > 0, $"saw {string.Join(", ", seen)}");
        var final = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Alpha", final, StringComparison.Ordinal);
    }

    /// <summary>A whole content version: the site title, brief and an actor name all carry the marker.</summary>
    private static Dictionary<string, string> Variant(TempContent content, string marker) => new()
    {
        ["site.yaml"] = content.Read("site.yaml")
            .Replace("title: Fixture Brief", $"title: {marker} Brief", StringComparison.Ordinal)
            .Replace("A proposal was made", $"A proposal ({marker}) was made", StringComparison.Ordinal),
        ["actors/ishiba.md"] = content.Read("actors/ishiba.md").Replace("name: Shigeru Ishiba", $"name: {marker} Ishiba", StringComparison.Ordinal),
        ["actors/china.md"] = content.Read("actors/china.md") + $"\n{marker} profile line.\n",
    };

    private static void WriteAll(TempContent content, Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            content.Write(path, text);
        }
    }
}
