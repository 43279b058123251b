using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AsianNatoBrief.ExportTests.Support;
using AsianNatoBrief.Web.Export;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.ExportTests;

/// <summary>The real content, exported and served by nginx from deploy/nginx, against the app serving the same content.</summary>
public sealed class StaticServingTests(RealExport site) : IClassFixture<RealExport>
{
    private static readonly string[] SecurityHeaders =
    [
        "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
        "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "X-Frame-Options",
    ];

    [Fact]
    public async Task EveryExportedAddress_AnswersOnNginxWithTheAppsBodyAndMediaType()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();
        var problems = new List<string>();

        foreach (var path in site.Addresses.Where(p => p != SiteRoute.Search))
        {
            using var served = await nginx.GetAsync(new Uri(path, UriKind.Relative));
            using var expected = await app.GetAsync(new Uri(path, UriKind.Relative));
            if (served.StatusCode != HttpStatusCode.OK || expected.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{path}: nginx {(int)served.StatusCode}, app {(int)expected.StatusCode}");
                continue;
            }

            var servedBody = await served.Content.ReadAsByteArrayAsync();
            var expectedBody = await expected.Content.ReadAsByteArrayAsync();
            if (!servedBody.SequenceEqual(expectedBody))
            {
                problems.Add($"{path}: the body differs from the app's");
            }

            if (served.Content.Headers.ContentType?.MediaType != expected.Content.Headers.ContentType?.MediaType)
            {
                problems.Add($"{path}: nginx sends {served.Content.Headers.ContentType?.MediaType}, the app {expected.Content.Headers.ContentType?.MediaType}");
            }
        }

        Assert.Empty(problems);
        Assert.Contains("/reactions/actor/china/stance/opposes", site.Addresses);
        Assert.Contains("/compare/quad-vs-nato/differences", site.Addresses);
        Assert.Contains("/reactions/china-opposes/cite.ris", site.Addresses);
        Assert.Contains("/data/brief.json", site.Addresses);
        Assert.Contains(site.Addresses, a => a.StartsWith("/css/site.", StringComparison.Ordinal) && a.Length > "/css/site.css".Length);
    }

    [Fact]
    public async Task EveryTextFile_IsServedPrecompressedAndDecodesToTheSameBody()
    {
        using var nginx = site.CreateStaticClient();
        var encodings = Nginx.HasBrotli ? new[] { "br", "gzip" } : ["gzip"];
        var problems = new List<string>();
        var files = Directory.EnumerateFiles(site.Folder, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Folder, f).Replace('\\', '/'))
            .Where(f => Compression.IsText(f) && !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal))
            .ToList();

        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(site.Folder, file.TrimStart('/') + ".br")), $"{file}.br is missing");
            Assert.True(File.Exists(Path.Combine(site.Folder, file.TrimStart('/') + ".gz")), $"{file}.gz is missing");
            var address = file == "/index.html" ? "/" : file.EndsWith(".html", StringComparison.Ordinal) && file != "/404.html" ? file[..^5] : file;
            var identity = await File.ReadAllBytesAsync(Path.Combine(site.Folder, file.TrimStart('/')));
            foreach (var encoding in encodings)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
                request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
                using var response = await nginx.SendAsync(request);
                if (!response.Content.Headers.ContentEncoding.Contains(encoding))
                {
                    problems.Add($"{address}: asked for {encoding}, got '{string.Join(",", response.Content.Headers.ContentEncoding)}' ({(int)response.StatusCode})");
                    continue;
                }

                await using var body = await response.Content.ReadAsStreamAsync();
                await using Stream decoder = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
                using var decoded = new MemoryStream();
                await decoder.CopyToAsync(decoded);
                if (!decoded.ToArray().SequenceEqual(identity))
                {
                    problems.Add($"{address}: the {encoding} body does not decode to the file");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(files.Count > 100, $"only {files.Count} text files");
    }

    [Fact]
    public async Task Crawl_EveryInternalLinkAndFragmentResolvesOnNginxAndReachesEveryPage()
    {
        using var nginx = site.CreateStaticClient();

        var (pages, problems) = await LinkCrawler.CrawlAsync(nginx);

        Assert.Empty(problems);
        Assert.Equal([], site.Pages.Where(p => !pages.ContainsKey(p)));
        Assert.Contains("/compare/asian-nato-vs-quad-vs-nato/differences", pages.Keys);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/actors/china")]
    [InlineData("/actors/china.json")]
    [InlineData("/data/reactions.csv")]
    [InlineData("/reactions/china-opposes/cite.bib")]
    [InlineData("/opensearch.xml")]
    [InlineData("/actors/")]
    [InlineData("/reactions?stance=opposes&actor=china")]
    [InlineData("/no-such-page")]
    public async Task EveryAnswer_CarriesTheAppsSecurityHeaders(string path)
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();

        using var served = await nginx.GetAsync(new Uri(path, UriKind.Relative));
        using var expected = await app.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected.StatusCode, served.StatusCode);
        foreach (var header in SecurityHeaders)
        {
            Assert.Equal(Header(expected, header), Header(served, header));
        }

        Assert.Equal(Header(expected, "Access-Control-Allow-Origin"), Header(served, "Access-Control-Allow-Origin"));
        Assert.Equal(Header(expected, "Content-Disposition")?.Replace("\"", "", StringComparison.Ordinal), Header(served, "Content-Disposition")?.Replace("\"", "", StringComparison.Ordinal));
        Assert.Equal(expected.Headers.Location?.OriginalString, served.Headers.Location?.OriginalString);
        Assert.Null(Header(served, "Server") is { } server && server.Contains('/', StringComparison.Ordinal) ? server : null);
    }

    [Fact]
    public async Task CacheHeaders_AreShortForPagesWithStaleWhileRevalidateForACdnAndImmutableForFingerprintedFiles()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();
        var stylesheet = site.Addresses.First(a => a.StartsWith("/css/site.", StringComparison.Ordinal) && a != "/css/site.css");

        using var page = await nginx.GetAsync(new Uri("/actors/china", UriKind.Relative));
        using var appPage = await app.GetAsync(new Uri("/actors/china", UriKind.Relative));
        using var data = await nginx.GetAsync(new Uri("/data/brief.json", UriKind.Relative));
        using var css = await nginx.GetAsync(new Uri(stylesheet, UriKind.Relative));

        Assert.Equal(Header(appPage, "Cache-Control"), Header(page, "Cache-Control"));
        Assert.Equal("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400", Header(page, "CDN-Cache-Control"));
        Assert.Equal(Header(appPage, "Cache-Control"), Header(data, "Cache-Control"));
        Assert.Equal("public, max-age=31536000, immutable", Header(css, "Cache-Control"));
        Assert.NotNull(page.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, new Uri("/actors/china", UriKind.Relative));
        revalidation.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var notModified = await nginx.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task UnknownAddress_Answers404WithTheAppsNotFoundPage()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();

        using var served = await nginx.GetAsync(new Uri("/actors/nobody-at-all", UriKind.Relative));
        using var expected = await app.GetAsync(new Uri("/not-found", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
        Assert.Equal(await expected.Content.ReadAsStringAsync(), await served.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryFormQuery_AnswersOnNginxWhatTheAppAnswers()
    {
        using var nginx = site.CreateStaticClient();
        using var app = site.App.CreatePlainClient();
        var queries = Redirects.Queries(site.Brief);
        var problems = new List<string>();

        foreach (var query in queries)
        {
            using var served = await nginx.GetAsync(new Uri(query.From, UriKind.Relative));
            using var expected = await app.GetAsync(new Uri(query.From, UriKind.Relative));
            if (served.StatusCode != expected.StatusCode || served.Headers.Location?.OriginalString != expected.Headers.Location?.OriginalString
                || (int)expected.StatusCode != query.Status || expected.Headers.Location?.OriginalString != query.To)
            {
                problems.Add($"{query.From}: nginx {(int)served.StatusCode} {served.Headers.Location}, app {(int)expected.StatusCode} {expected.Headers.Location}, listed {query.Status} {query.To}");
            }
        }

        Assert.Empty(problems);
        Assert.Contains(queries, q => q.From == "/reactions?stance=opposes&actor=china" && q.To == "/reactions/actor/china/stance/opposes");
        Assert.Contains(queries, q => q.From == "/compare/nato-vs-quad?differences=only");
        Assert.Contains(queries, q => q.From == "/compare?a=quad&b=nato&c=&differences=only" && q.To == "/compare/quad-vs-nato/differences");
    }

    [Theory]
    [InlineData("/_nginx/redirects.conf")]
    [InlineData("/_redirects")]
    [InlineData("/.anb-export")]
    [InlineData("/index")]
    public async Task ExportBookkeeping_IsNotServed(string path)
    {
        using var nginx = site.CreateStaticClient();

        using var response = await nginx.GetAsync(new Uri(path, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Export_ReportsProgressAndASummary()
    {
        var lines = site.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Matches(@"^written \d+ of \d+ files$", lines[0]);
        Assert.Matches(@"^written (\d+) of \1 files$", lines[^2]);
        Assert.Matches(@"^exported \d+ files \([\d.]+ MB\) for http://localhost to .+ in [\d.]+ s: \d+ pages, .*compression [\d.]+ s", lines[^1]);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
