using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Hosting;

public sealed class CachingTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    /// <summary>Headers a server writes per response, which a stored page cannot repeat.</summary>
    private static readonly string[] PerResponse = ["Date", "Content-Length", "Transfer-Encoding"];

    [Theory]
    [InlineData("")]
    [InlineData("br, gzip")]
    [InlineData("gzip")]
    public async Task SecondRequestForAPage_IsServedFromThePageCache_WithTheSameBytesAndHeaders(string acceptEncoding)
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();

        var first = await SendAsync(client, "/actors/china", acceptEncoding);
        var storedAfterFirst = cache.Stores;
        var second = await SendAsync(client, "/actors/china", acceptEncoding);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(1, storedAfterFirst);
        Assert.Equal(1, cache.Stores);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Headers.Where(h => !PerResponse.Contains(h.Key)), second.Headers.Where(h => !PerResponse.Contains(h.Key)));
        Assert.Equal(second.Body.Length.ToString(CultureInfo.InvariantCulture), second.Headers.Single(h => h.Key == "Content-Length").Value);
        Assert.Contains(second.Headers, h => h.Key == "Content-Security-Policy");
        Assert.Contains(second.Headers, h => h.Key == "ETag");
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task APageTheCacheKeeps_IsCompressedHarderThanAResponseMadeForOneRequest(string encoding)
    {
        using var app = factory.Fresh();
        using var client = app.CreateClient();

        var kept = await SendAsync(client, "/about", encoding);
        var once = await SendAsync(client, "/about?utm_source=feed", encoding);

        Assert.Equal(1, app.PageCache().Stores);
        Assert.Equal(HttpStatusCode.OK, once.Status);
        Assert.Contains(new KeyValuePair<string, string>("Content-Encoding", encoding), once.Headers);
        Assert.Contains(new KeyValuePair<string, string>("Content-Encoding", encoding), kept.Headers);
        // The same page; the one-off response spent less effort, so its body is larger.
        Assert.Equal(Decompress(kept.Body, encoding), Decompress(once.Body, encoding));
        Assert.True(once.Body.Length > kept.Body.Length, $"one-off {once.Body.Length} B, kept {kept.Body.Length} B");
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream stream = encoding == "br"
            ? new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public async Task StylesheetAndLongQueries_AreNotStored()
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();
        var document = await client.GetDocumentAsync("/");
        var href = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var longQuery = "/?q=" + new string('a', 300);

        for (var i = 0; i < 2; i++)
        {
            using var css = await client.GetAsync(new Uri(href, UriKind.Relative));
            using var page = await client.GetAsync(new Uri(longQuery, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        Assert.Equal(1, cache.Stores); // "/" alone
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task HeadOnACachedPage_HasTheHeadersAndLengthButNoBody()
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();
        using var get = await client.GetAsync(new Uri("/compare/nato-vs-quad", UriKind.Relative));
        var body = await get.Content.ReadAsByteArrayAsync();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/compare/nato-vs-quad", UriKind.Relative)));

        Assert.Equal(1, cache.Hits);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal("text/html", head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ConditionalGetOnACachedPage_IsNotModifiedWithItsValidatorsAndSecurityHeaders()
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri("/actors/japan", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/actors/japan", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.ToString());
        using var conditional = await client.SendAsync(request);

        Assert.Equal(1, cache.Hits);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(first.Headers.ETag, conditional.Headers.ETag);
        Assert.Equal(first.Headers.CacheControl, conditional.Headers.CacheControl);
        Assert.Contains("Accept-Encoding", conditional.Headers.Vary);
        Assert.True(conditional.Headers.Contains("Content-Security-Policy"));
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        Assert.Empty(conditional.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task ContentReload_StartsAnEmptyCacheAndServesTheNewContent()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var app = BriefFactory.For(content.Root, watch: false);
        var cache = app.PageCache();
        using var client = app.CreateClient();
        var before = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(1, cache.Hits);

        content.Write("site.yaml", content.Read("site.yaml").Replace("title: Fixture Brief", "title: Reloaded Brief", StringComparison.Ordinal));
        app.Services.GetRequiredService<ContentStore>().Reload();
        var after = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var afterAgain = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Fixture Brief", before, StringComparison.Ordinal);
        Assert.Contains("Reloaded Brief", after, StringComparison.Ordinal);
        Assert.Equal(after, afterAgain);
        Assert.Equal(2, cache.Hits);
        Assert.Equal(2, cache.Stores);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task MemoryBound_IsKept_ByDroppingPagesNotAskedForSinceTheLastSweep()
    {
        const int bound = 40_000;
        using var app = factory.Fresh(("PageCache:MaxBytes", bound.ToString(CultureInfo.InvariantCulture)));
        var cache = app.PageCache();
        using var client = app.CreateClient();
        string[] pages = ["/", "/actors", "/actors/china", "/actors/japan", "/reactions", "/positions", "/timeline", "/sources", "/about", "/compare/nato-vs-quad"];

        foreach (var page in pages)
        {
            var body = await client.GetStringAsync(new Uri(page, UriKind.Relative));
            Assert.Contains("</html>", body, StringComparison.Ordinal);
            // "/" is asked for again after every page, so it is always in use when a sweep comes.
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/", string.Empty)).Status);
            Assert.InRange(cache.Bytes, 1, bound);
        }

        var hitsBefore = cache.Hits;
        await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.True(cache.Sweeps > 0, "the bound was reached and a sweep ran");
        Assert.True(cache.Count < pages.Length, "some pages were dropped");
        Assert.Equal(hitsBefore + 1, cache.Hits);
    }

    [Fact]
    public async Task Page_HasAWeakVersionETagAndShortRevalidatingCacheControl()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.True(cacheControl.MustRevalidate);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
    }

    [Fact]
    public async Task ConditionalGetWithTheCurrentETag_IsAnsweredNotModifiedWithoutABody()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        var etag = first.Headers.ETag!;

        foreach (var ifNoneMatch in new[] { etag.ToString(), etag.Tag, $"\"other\", {etag}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            using var conditional = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
            Assert.Equal(etag, conditional.Headers.ETag);
            Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task ConditionalGetWithAStaleETag_GetsTheFullPage()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000-00000000\"", isWeak: true));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.1, gzip;q=0.9", "gzip")]
    [InlineData("identity", null)]
    public async Task Html_IsCompressedWithTheNegotiatedEncoding(string acceptEncoding, string? expected)
    {
        using var client = factory.CreateClient();

        // Twice: the second answer comes from the page cache, which must keep the encodings apart.
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetEncodedAsync("/", acceptEncoding);
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task Stylesheet_IsFingerprintedPrecompressedAndDeclaredImmutable()
    {
        using var client = factory.CreateClient();
        var document = await client.GetDocumentAsync("/");
        var href = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        // In tests the assets come from the build output, served by the development handler (no-cache, not
        // precompressed, so edits show up at once); production serves what the endpoint manifest declares,
        // which the benchmark also checks on the published app (where Brotli variants are added).
        Assert.Equal("max-age=31536000, immutable", Declared(href.TrimStart('/'), "Cache-Control").Single());
        Assert.Contains("gzip", Declared(href.TrimStart('/'), "Content-Encoding"));
    }

    private static async Task<(HttpStatusCode Status, byte[] Body, List<KeyValuePair<string, string>> Headers)> SendAsync(HttpClient client, string url, string acceptEncoding)
    {
        using var response = await client.GetEncodedAsync(url, acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value)))
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return (response.StatusCode, body, headers);
    }

    private static List<string> Declared(string route, string header)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "AsianNatoBrief.Web.staticwebassets.endpoints.json")));
        var values = manifest.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Where(endpoint => endpoint.GetProperty("Route").GetString() == route)
            .SelectMany(endpoint => endpoint.GetProperty("ResponseHeaders").EnumerateArray())
            .Where(h => h.GetProperty("Name").GetString() == header)
            .Select(h => h.GetProperty("Value").GetString()!)
            .Distinct()
            .ToList();
        Assert.NotEmpty(values);
        return values;
    }
}
