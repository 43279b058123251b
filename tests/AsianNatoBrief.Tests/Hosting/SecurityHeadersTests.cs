using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Hosting;

public sealed class SecurityHeadersTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/" },
        { "HEAD", "/" },
        { "GET", "/healthz" },
        { "GET", "/css/site.css" },
        { "GET", "/no-such-page" },
        { "GET", "/actors/..%2f..%2fetc%2fpasswd" },
        { "POST", "/" },
        { "DELETE", "/no-such-page" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string method, string url)
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.True((int)response.StatusCode < 500, $"{method} {url} answered {(int)response.StatusCode}");
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        var csp = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'none'", csp["default-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self' data:", csp["img-src"]);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'none'", csp["base-uri"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.DoesNotContain(csp.Values, value => value.Contains("unsafe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverHttps_StrictTransportSecurityIsSent()
    {
        // HSTS is never sent to localhost (browsers would keep it for every local site), so ask as a deployed host.
        using var app = factory.Fresh(("AllowedHosts", "brief.test"));
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://brief.test") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Single(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverPlainHttp_NoStrictTransportSecurityIsSent()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values), $"missing {name}");
        return Assert.Single(values);
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "", StringComparer.Ordinal);
}
