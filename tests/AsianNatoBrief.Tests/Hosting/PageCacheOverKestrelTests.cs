using System.Net;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// The page cache behind a real Kestrel socket, where requests run on the socket's own thread (inline
/// scheduling): stored answers are whole, framed by Content-Length, and stay right under concurrency.
/// </summary>
public sealed class PageCacheOverKestrelTests(KestrelBriefFactory factory) : IClassFixture<KestrelBriefFactory>
{
    [Fact]
    public async Task CachedAnswer_OverASocket_IsTheSameBrotliBodyWithAContentLength()
    {
        using var client = NewClient();
        const string page = "/sources";

        using var first = await GetAsync(client, page);
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        using var second = await GetAsync(client, page);
        var secondBody = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        Assert.Equal(secondBody.Length, second.Content.Headers.ContentLength);
        Assert.Equal(firstBody, secondBody);
        Assert.Contains("</html>", Decode(secondBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyConcurrentRequests_AllGetTheirOwnPageWhole()
    {
        using var client = NewClient();
        string[] pages = ["/", "/actors/china", "/reactions/china-opposes", "/compare/nato-vs-quad", "/timeline"];
        var expected = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            using var response = await GetAsync(client, page);
            expected[page] = Decode(await response.Content.ReadAsByteArrayAsync());
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(async i =>
        {
            var page = pages[i % pages.Length];
            using var response = await GetAsync(client, page);
            return (page, response.StatusCode, Body: Decode(await response.Content.ReadAsByteArrayAsync()));
        }));

        Assert.All(results, result =>
        {
            Assert.Equal(HttpStatusCode.OK, result.StatusCode);
            Assert.Equal(expected[result.page], result.Body);
        });
    }

    private HttpClient NewClient() =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = 16 })
        {
            BaseAddress = factory.Address,
        };

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(page, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        return await client.SendAsync(request);
    }

    private static string Decode(byte[] brotli)
    {
        using var input = new MemoryStream(brotli);
        using var decoder = new System.IO.Compression.BrotliStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }
}
