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

        using var first = await client.GetEncodedAsync(page, "br, gzip");
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        using var second = await client.GetEncodedAsync(page, "br, gzip");
        var secondBody = await second.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("br", second.Content.Headers.ContentEncoding.Single());
        Assert.Equal(secondBody.Length, second.Content.Headers.ContentLength);
        Assert.Equal(firstBody, secondBody);
        Assert.Contains("</html>", Brotli(secondBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManyConcurrentRequests_AllGetTheirOwnPageWhole()
    {
        using var client = NewClient();
        string[] pages = ["/", "/actors/china", "/reactions/china-opposes", "/compare/nato-vs-quad", "/timeline"];
        var expected = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            using var response = await client.GetEncodedAsync(page, "br, gzip");
            expected[page] = Brotli(await response.Content.ReadAsByteArrayAsync());
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(async i =>
        {
            var page = pages[i % pages.Length];
            using var response = await client.GetEncodedAsync(page, "br, gzip");
            return (page, response.StatusCode, Body: Brotli(await response.Content.ReadAsByteArrayAsync()));
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

    private static string Brotli(byte[] body) => ClientExtensions.DecodedText(body, "br");
}
