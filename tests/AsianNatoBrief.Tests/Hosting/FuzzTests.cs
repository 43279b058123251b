using System.Collections.Concurrent;
using System.Text;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// Thousands of generated bad requests, sent byte for byte to a real Kestrel socket: none may be answered
/// with a 5xx, and no file outside the site may ever come back.
/// </summary>
public sealed class FuzzTests(KestrelBriefFactory factory) : IClassFixture<KestrelBriefFactory>
{
    private const int Seed = 20241001;

    /// <summary>Text that only appears in files that must never be served.</summary>
    private static readonly string[] ForbiddenMarkers =
    [
        "root:x:0:0",            // /etc/passwd
        "\"AllowedHosts\"",      // appsettings.json
        "<Project Sdk",          // project files
        "WebApplication.CreateBuilder", // Program.cs
        "brief: |",              // content/site.yaml (raw content)
        "repositoryformatversion", // .git/config
    ];

    private static readonly string[] Traversals =
    [
        "/actors/..%2f..%2fetc%2fpasswd",
        "/actors/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/css/..%2f..%2fappsettings.json",
        "/css/../../appsettings.json",
        "/css/%2e%2e/%2e%2e/Program.cs",
        "/..%5c..%5cappsettings.json",
        "/css\\..\\..\\appsettings.json",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/..%c0%af..%c0%afetc%c0%afpasswd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/appsettings.json",
        "/appsettings.Production.json",
        "/AsianNatoBrief.Web.dll",
        "/AsianNatoBrief.Web.csproj",
        "/Program.cs",
        "/content/site.yaml",
        "/site.yaml",
        "/.git/config",
        "/wwwroot/css/site.css",
        "/css/site.css%00.json",
        "/css/site.css/../../appsettings.json",
        "/reactions/..%2f..%2f..%2fcontent%2fsite.yaml",
        "/actors/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "//etc/passwd",
        "/./././etc/passwd",
        "/file:///etc/passwd",
        "/actors/....//....//etc/passwd",
    ];

    private static readonly string[] Prefixes = ["/", "/actors/", "/reactions/", "/compare/", "/frameworks/", "/positions/", "/css/", "/js/", "/healthz/", "/not-found/", "/error/"];

    private static readonly string[] Filters = ["stance", "actor", "q", "page", "sort", "from", "to", "id", "handler"];

    [Fact]
    public async Task GeneratedBadRequests_NeverGetA5xxOrAFileOutsideTheSite()
    {
        var random = new Random(Seed);
        var requests = new List<(string Target, string Headers)>();
        requests.AddRange(Traversals.Select(t => (t, "")));
        for (var i = 0; i < 2_400; i++)
        {
            requests.Add((RandomTarget(random), RandomHeaders(random)));
        }

        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            var response = await RawHttp.SendAsync(factory.Address, request.Target, extraHeaders: request.Headers);
            statuses.AddOrUpdate(response.Status, 1, (_, n) => n + 1);
            if (response.Status is 0 or >= 500)
            {
                failures.Add($"{response.Status} for {Show(request.Target)}");
            }

            var text = response.BodyText;
            foreach (var marker in ForbiddenMarkers.Where(m => text.Contains(m, StringComparison.Ordinal)))
            {
                failures.Add($"'{marker}' served for {Show(request.Target)}");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n" + string.Join("\n", failures.Take(20)));
        // The fuzzer reached the app, not only Kestrel's parser: plenty of 404s and some 200s/400s/414s.
        Assert.True(statuses.GetValueOrDefault(404) > 500, "statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
    }

    [Fact]
    public async Task TraversalAttempts_AreAllNotFoundOrRefused()
    {
        foreach (var target in Traversals)
        {
            var response = await RawHttp.SendAsync(factory.Address, target);
            if (response.Status is 301 or 308)
            {
                // A canonical-address redirect (e.g. to lower case) stays on the site and leads nowhere.
                var location = response.Header("Location")!;
                Assert.StartsWith("/", location, StringComparison.Ordinal);
                Assert.False(location.StartsWith("//", StringComparison.Ordinal), location);
                response = await RawHttp.SendAsync(factory.Address, location);
            }

            Assert.True(response.Status is 400 or 404, $"{response.Status} for {target}");
        }
    }

    private static string RandomTarget(Random random)
    {
        var kind = random.Next(10);
        var prefix = Prefixes[random.Next(Prefixes.Length)];
        return kind switch
        {
            0 => prefix + RandomSegment(random, random.Next(1, 40)),
            1 => prefix + string.Join('/', Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomSegment(random, random.Next(0, 12)))),
            2 => prefix + new string('a', random.Next(4_000, 12_000)),
            3 => prefix + BrokenPercent(random),
            4 => prefix + Unicode(random),
            5 => Traversals[random.Next(Traversals.Length)] + (random.Next(2) == 0 ? "" : "?" + RandomQuery(random)),
            6 => "/reactions?" + RandomQuery(random),
            7 => prefix + RandomSegment(random, 8) + "?" + string.Join('&', Enumerable.Range(0, random.Next(50, 400)).Select(n => $"{Filters[n % Filters.Length]}={n}")),
            8 => prefix + "?" + RandomQuery(random) + "=" + new string('%', random.Next(1, 5)) + "&" + Filters[random.Next(Filters.Length)] + "[]=" + Unicode(random),
            _ => "/" + Uri.EscapeDataString(RandomSegment(random, random.Next(1, 30))) + "?" + Filters[random.Next(Filters.Length)] + "=" + BrokenPercent(random),
        };
    }

    private static string RandomQuery(Random random) =>
        string.Join('&', Enumerable.Range(0, random.Next(1, 6)).Select(_ =>
            Filters[random.Next(Filters.Length)] + "=" + (random.Next(4) switch
            {
                0 => BrokenPercent(random),
                1 => Unicode(random),
                2 => RandomSegment(random, random.Next(0, 20)),
                _ => new string('z', random.Next(100, 3_000)),
            })));

    /// <summary>Printable ASCII that is legal in a request target, plus the characters attackers like.</summary>
    private static string RandomSegment(Random random, int length)
    {
        const string alphabet = "abcxyzABC0189-._~!$&'()*+,;=:@%/\\.<>\"{}|^`[]";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string BrokenPercent(Random random) => random.Next(8) switch
    {
        0 => "%",
        1 => "%zz",
        2 => "%4",
        3 => "%%41",
        4 => "%ff%fe%fd",
        5 => "%c3%28",
        6 => "%00%0a%0d",
        _ => "%u002e%u002f",
    };

    /// <summary>Unicode both raw (invalid in a request line) and percent-encoded.</summary>
    private static string Unicode(Random random)
    {
        string[] samples = ["日本", "中国", "한국", "ñ", "🙂", "\u202e", "\ufeff", "Ｎ", "e\u0301", "\ud800".Normalize()];
        var sample = samples[random.Next(samples.Length)];
        return random.Next(2) == 0 ? sample : Uri.EscapeDataString(sample);
    }

    private static string RandomHeaders(Random random) => random.Next(6) switch
    {
        0 => "Accept-Encoding: " + RandomSegment(random, random.Next(0, 30)) + "\r\n",
        1 => "If-None-Match: " + RandomSegment(random, random.Next(0, 60)) + "\r\n",
        2 => "Range: bytes=" + RandomSegment(random, 10) + "\r\n",
        3 => "Accept: " + RandomSegment(random, 20) + "\r\nAccept-Language: " + Unicode(random) + "\r\n",
        _ => "",
    };

    private static string Show(string target) => target.Length > 120 ? target[..120] + $"… ({target.Length} chars)" : target;
}
