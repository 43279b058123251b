using System.Net;
using System.Net.Http.Headers;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Hosting;

namespace AsianNatoBrief.Tests.Data;

/// <summary>Data files are served like pages (ETag, 304, compression, security headers, HEAD) and readable from any origin.</summary>
public sealed class DataServingTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Theory]
    [InlineData("/reactions/china-opposes.json", "application/json; charset=utf-8")]
    [InlineData("/actors/china.json", "application/json; charset=utf-8")]
    [InlineData("/frameworks/nato.json", "application/json; charset=utf-8")]
    [InlineData("/compare/nato-vs-quad.json", "application/json; charset=utf-8")]
    [InlineData("/data/brief.json", "application/json; charset=utf-8")]
    [InlineData("/data/datapackage.json", "application/json; charset=utf-8")]
    [InlineData("/data/schema/reaction.json", "application/json; charset=utf-8")]
    [InlineData("/data/reactions.csv", "text/csv; charset=utf-8; header=present")]
    public async Task DataFile_HasItsTypeCorsETagAndTheSecurityHeaders(string path, string mediaType)
    {
        using var client = factory.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains(factory.Brief().Version, response.Headers.ETag?.Tag, StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal("*", Assert.Single(revalidated.Headers.GetValues("Access-Control-Allow-Origin")));

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/data/reactions.csv")]
    [InlineData("/data/brief.json")]
    public async Task DataFile_IsCompressedWhenTheClientAccepts(string path)
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Pages_AreNotOpenedToOtherOrigins()
    {
        using var client = factory.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/data", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/reactions/no-such-reaction.json")]
    [InlineData("/compare/nato-vs-nato.json")]
    [InlineData("/compare/nato-vs-nowhere.json")]
    [InlineData("/data/no-such-table.csv")]
    [InlineData("/data/schema/no-such-schema.json")]
    public async Task UnknownDataFile_Answers404(string path)
    {
        using var client = factory.CreatePlainClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WrongCaseDataAddress_RedirectsToTheCanonicalOne()
    {
        using var client = factory.CreatePlainClient();
        using var response = await client.GetAsync(new Uri("/Reactions/China-Opposes.JSON", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/reactions/china-opposes.json", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task DataPage_LinksEveryDownloadAndSchema_AndEachAnswers()
    {
        using var client = factory.CreatePlainClient();
        var page = await client.GetDocumentAsync("/data");
        var links = page.QuerySelectorAll("main a[href^='/data/']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(2 + 19 + 7, links.Count);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}");
        }

        Assert.Contains("import pandas as pd", page.QuerySelector("#load ~ pre")!.Text(), StringComparison.Ordinal);
        Assert.Contains(factory.Brief().Version, page.QuerySelector("#cite-data ~ .citation-example")!.Text(), StringComparison.Ordinal);
    }
}
