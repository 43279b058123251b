// Times the parts of search in process, with Stopwatch: loading the content, making the items, building the
// index (and the managed memory it holds), each query's search and marking, and whole requests through
// the real app (in-process test server, Brotli accepted). Usage:
//   dotnet run -c Release --project bench/search-profile -- CONTENT-DIR [iterations]
// It prints a Markdown table; bench/search.sh puts it in results.md.
using System.Diagnostics;
using System.Globalization;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

internal static class SearchProfile
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["dump", var folder, ..])
        {
            return Dump(Path.GetFullPath(folder));
        }

        var content = Path.GetFullPath(args.Length > 0 ? args[0] : "content");
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        string[] queries = ["alliance", "\"maritime summit\"", "treaty", "jaishankar", "jaishanker", "china"];

        var clock = Stopwatch.StartNew();
        var brief = ContentLoader.Load(content).Brief ?? throw new InvalidOperationException($"{content} is not valid content");
        var loadMs = clock.Elapsed.TotalMilliseconds;

        // The build, warm and cold: the first build pays for JIT and Lucene's static set-up, as the app's first load does.
        var rows = new List<string>();
        double Time(Action action)
        {
            var watch = Stopwatch.StartNew();
            action();
            return watch.Elapsed.TotalMilliseconds;
        }

        var itemsMs = Time(() => SearchItems.From(brief));
        var firstBuildMs = Time(() => SearchIndex.Build(brief));
        var builds = Enumerable.Range(0, 3).Select(_ => Time(() => SearchIndex.Build(brief))).Order().ToList();
        Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = SearchIndex.Build(brief);
        Collect();
        var heldBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(index);

        Console.WriteLine($"| content | {brief.Reactions.Count:N0} reactions, {index.Items.Count:N0} items, loaded in {loadMs:N0} ms |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| making the items (plain text of every item) | {itemsMs:N1} ms |");
        Console.WriteLine($"| first index build (includes JIT) | {firstBuildMs:N0} ms |");
        Console.WriteLine($"| index build, warm (median of three) | {builds[1]:N0} ms |");
        Console.WriteLine($"| index files in memory | {index.SizeInBytes / 1024.0 / 1024.0:N2} MB |");
        Console.WriteLine($"| managed memory the index holds (files, reader, items) | {heldBytes / 1024.0 / 1024.0:N2} MB |");
        Console.WriteLine();

        Console.WriteLine("| query | hits | search only, mean µs | search + marked snippets, mean µs | p99 µs | did you mean, mean µs | whole request, mean µs | p99 µs | allocated per request KB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSolutionRelativeContentRoot("src/AsianNatoBrief.Web");
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", content);
            builder.UseSetting("Content:Watch", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");
        foreach (var text in queries)
        {
            var input = SearchInput.Read(text);
            var filters = new SearchFilters(null, null, null);
            var results = Searching.Run(index, input, filters, 1);
            var search = Sample(iterations, () => Searching.Run(index, input, filters, 1));
            var find = Sample(iterations, () => Searching.Find(index, input, filters, 1));
            var suggest = results.Total == 0 ? Sample(iterations, () => SpellingSuggestion.For(index, input, filters)).Mean : 0;
            var url = new Uri("/search?q=" + Uri.EscapeDataString(text), UriKind.Relative);
            for (var i = 0; i < 20; i++)
            {
                (await client.GetAsync(url)).Dispose();
            }

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var request = await SampleAsync(iterations, async () => (await client.GetAsync(url)).EnsureSuccessStatusCode().Dispose());
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / iterations / 1024.0;
            Console.WriteLine($"| `{text}` | {results.Total:N0} | {find.Mean:N0} | {search.Mean:N0} | {search.P99:N0} | {(suggest > 0 ? suggest.ToString("N0", CultureInfo.InvariantCulture) : "")} | {request.Mean:N0} | {request.P99:N0} | {allocated:N0} |");
        }

        return 0;
    }

    /// <summary>Every result of a set of queries, with its marked title and snippet: to compare two builds' answers.</summary>
    private static int Dump(string content)
    {
        var brief = ContentLoader.Load(content).Brief ?? throw new InvalidOperationException($"{content} is not valid content");
        var index = SearchIndex.Build(brief);
        string[] queries = ["alliance", "alliances", "\"formal alliance\"", "formal treaty", "multi-alignment", "secretariat", "china", "quad", "article 5",
            "iwaya", "jaishanker", "nato asia", "\"asian nato\"", "deterrence", "india", "japan", "collective defence", "the", "ishiba proposal", "\"collective self-defense\""];
        // Without filters, then with each kind of filter and two together (and filters alone, with no words).
        var china = brief.FindActor("china");
        SearchFilters[] filters =
        [
            new(null, null, null),
            new(SearchKind.Reaction, null, null),
            new(null, AsianNatoBrief.Web.Model.Stance.Opposes, null),
            new(null, null, china),
            new(SearchKind.Reaction, AsianNatoBrief.Web.Model.Stance.Supports, null),
        ];
        foreach (var filter in filters)
        {
            foreach (var text in filter.Any ? [.. queries.Take(8), ""] : queries)
            {
                for (var page = 1; page <= 2; page++)
                {
                    var results = Searching.Run(index, SearchInput.Read(text), filter, page);
                    Console.WriteLine($"## {text} {filter} page {page}: {results.Total}");
                    foreach (var hit in results.Hits)
                    {
                        Console.WriteLine($"{hit.Item.Link} | {hit.Title} | {hit.Snippet}");
                    }
                }
            }
        }

        return 0;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static (double Mean, double P99) Sample(int count, Action action)
    {
        for (var i = 0; i < 20; i++)
        {
            action();
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMicroseconds;
        }

        Array.Sort(times);
        return (times.Average(), times[(int)(count * 0.99) - 1]);
    }

    private static async Task<(double Mean, double P99)> SampleAsync(int count, Func<Task> action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times[i] = watch.Elapsed.TotalMicroseconds;
        }

        Array.Sort(times);
        return (times.Average(), times[(int)(count * 0.99) - 1]);
    }
}
