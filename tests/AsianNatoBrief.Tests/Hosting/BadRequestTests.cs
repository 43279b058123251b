using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Hosting;

public sealed class BadRequestTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/")]
    [InlineData("PATCH", "/healthz")]
    [InlineData("OPTIONS", "/")]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/no-such-page")]
    [InlineData("POST", "/css/site.css")]
    [InlineData("PROPFIND", "/")]
    public async Task MethodsOtherThanGetAndHead_AreNotAllowed(string method, string url)
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("x=1");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/actors/no-such-actor/extra")]
    [InlineData("/wwwroot/css/site.css")]
    [InlineData("/appsettings.json")]
    [InlineData("/AsianNatoBrief.Web.dll")]
    [InlineData("/content/site.yaml")]
    [InlineData("/.git/config")]
    [InlineData("/css/site.css/..%2f..%2fappsettings.json")]
    public async Task UnknownPaths_AreNotFound(string url)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_ReportsTheContentVersionAsPlainText()
    {
        using var client = factory.CreateClient();
        var version = factory.Services.GetService(typeof(AsianNatoBrief.Web.Loading.ContentStore)) is AsianNatoBrief.Web.Loading.ContentStore store
            ? store.Current.Version
            : throw new InvalidOperationException("no store");

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.StartsWith("ok\n", text, StringComparison.Ordinal);
        Assert.Contains($"content-version: {version}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExceptionInAPage_IsA500WithoutAnyDetail()
    {
        using var app = factory.WithThrowingPages();
        using var client = app.CreatePlainClientFor();

        using var response = await client.GetAsync(new Uri("/?boom=1", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(ThrowOnDemandFilter.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task AfterAFailedRequest_ThePageStillWorks()
    {
        using var app = factory.WithThrowingPages();
        using var client = app.CreatePlainClientFor();

        using var failed = await client.GetAsync(new Uri("/?boom=1", UriKind.Relative));
        using var fine = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }
}
