namespace AsianNatoBrief.Tests.Hosting;

/// <summary>Limits that only a real Kestrel socket enforces (TestServer skips request-line and header parsing).</summary>
public sealed class KestrelLimitsTests(KestrelBriefFactory factory) : IClassFixture<KestrelBriefFactory>
{
    [Fact]
    public async Task OverlongUrl_IsUriTooLong()
    {
        var response = await RawHttp.SendAsync(factory.Address, "/" + new string('a', 10_000));

        Assert.Equal(414, response.Status);
    }

    [Fact]
    public async Task OverlongQuery_IsUriTooLong()
    {
        var response = await RawHttp.SendAsync(factory.Address, "/reactions?stance=" + new string('x', 9_000));

        Assert.Equal(414, response.Status);
    }

    [Fact]
    public async Task OversizedHeaders_AreRequestHeaderFieldsTooLarge()
    {
        var response = await RawHttp.SendAsync(factory.Address, "/", extraHeaders: $"X-Padding: {new string('h', 20_000)}\r\n");

        Assert.Equal(431, response.Status);
    }

    [Fact]
    public async Task ManySmallHeaders_AreRequestHeaderFieldsTooLarge()
    {
        var headers = string.Concat(Enumerable.Range(0, 100).Select(i => $"X-H{i}: v\r\n"));

        var response = await RawHttp.SendAsync(factory.Address, "/", extraHeaders: headers);

        Assert.Equal(431, response.Status);
    }

    [Fact]
    public async Task NormalRequest_IsServedWithoutServerHeader()
    {
        var response = await RawHttp.SendAsync(factory.Address, "/");

        Assert.Equal(200, response.Status);
        Assert.Null(response.Header("Server"));
        Assert.NotNull(response.Header("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    public async Task Head_IsAnsweredWithHeadersButNoBody(string url)
    {
        var response = await RawHttp.SendAsync(factory.Address, url, "HEAD");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.Body);
        Assert.NotNull(response.Header("Content-Security-Policy"));
    }

    [Fact]
    public async Task PostWithABody_IsMethodNotAllowed()
    {
        var response = await RawHttp.SendAsync(factory.Address, "/", "POST", "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\nx=1");

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Header("Allow"));
    }
}
