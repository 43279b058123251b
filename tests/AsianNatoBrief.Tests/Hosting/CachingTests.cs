using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Hosting;

public sealed class CachingTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task SecondRequestForAPage_IsServedFromTheOutputCache()
    {
        using var app = factory.WithCountingCache();
        var cache = app.CountingCache();
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/", UriKind.Relative));
        var storedAfterFirst = cache.Stores;
        using var second = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, storedAfterFirst);
        Assert.Equal(1, cache.Stores);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.True(second.Headers.Age.HasValue, "a cached response carries Age");
    }

    [Fact]
    public async Task PathsDifferingInQuery_AreCachedSeparately()
    {
        using var app = factory.WithCountingCache();
        var cache = app.CountingCache();
        using var client = app.CreateClient();

        foreach (var url in new[] { "/", "/?a=1", "/?a=2", "/?a=1" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, cache.Stores);
        Assert.Equal(1, cache.Hits);
    }

    [Fact]
    public async Task UnknownPaths_StayNotFoundAndAreNeverStored()
    {
        using var app = factory.WithCountingCache();
        var cache = app.CountingCache();
        using var client = app.CreatePlainClientFor();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(response.Headers.ETag);
        }

        Assert.Equal(0, cache.Stores);
    }

    [Fact]
    public async Task ContentReload_EvictsTheCachedPages()
    {
        using var content = new TempContent(Paths.ValidFixture);
        using var app = BriefFactory.For(content.Root, watch: false).WithCountingCache();
        var cache = app.CountingCache();
        using var client = app.CreateClient();
        var before = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(1, cache.Hits);

        content.Write("site.yaml", content.Read("site.yaml").Replace("title: Fixture Brief", "title: Reloaded Brief", StringComparison.Ordinal));
        app.Services.GetRequiredService<ContentStore>().Reload();
        await WaitUntilAsync(() => cache.EvictedTags.Contains("content"));
        var after = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Fixture Brief", before, StringComparison.Ordinal);
        Assert.Contains("Reloaded Brief", after, StringComparison.Ordinal);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(2, cache.Stores);
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
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        // Twice: the second answer comes from the output cache, which must keep the encodings apart.
        for (var i = 0; i < 2; i++)
        {
            using var copy = new HttpRequestMessage(HttpMethod.Get, request.RequestUri);
            copy.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await client.SendAsync(copy);
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

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
