using System.Net;
using System.Text.Json;

namespace AsianNatoBrief.Tests.Linking;

public sealed class CitationEndpointTests(FixtureApp app) : IClassFixture<FixtureApp>
{
    [Theory]
    [InlineData("bib", "application/x-bibtex")]
    [InlineData("ris", "application/x-research-info-systems")]
    [InlineData("json", "application/vnd.citationstyles.csl+json")]
    public async Task CitationFile_IsServedAsADownloadWithItsMediaType(string extension, string mediaType)
    {
        using var client = app.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri($"/reactions/china-opposes/cite.{extension}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"china-opposes.{extension}", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task CitationFiles_CarryTheCanonicalAddressAndTheVersionDate()
    {
        using var client = app.Factory.CreateClient();
        const string url = "https://fixture.example/reactions/china-opposes";

        var bib = BibEntry.Parse(await client.GetStringAsync(new Uri("/reactions/china-opposes/cite.bib", UriKind.Relative)));
        var ris = RisRecord.Parse(await client.GetStringAsync(new Uri("/reactions/china-opposes/cite.ris", UriKind.Relative)));
        using var csl = JsonDocument.Parse(await client.GetStringAsync(new Uri("/reactions/china-opposes/cite.json", UriKind.Relative)));

        Assert.Equal(url, bib.Fields["url"]);
        Assert.Equal("2026-11-01", bib.Fields["date"]);
        Assert.Contains(new KeyValuePair<string, string>("UR", url), ris);
        Assert.Contains(new KeyValuePair<string, string>("DA", "2026/11/01"), ris);
        Assert.Equal(url, csl.RootElement[0].GetProperty("URL").GetString());
    }

    [Theory]
    [InlineData("/reactions/unknown/cite.bib")]
    [InlineData("/reactions/china-opposes/cite.txt")]
    public async Task UnknownReactionOrFormat_IsNotFound(string path)
    {
        using var client = app.Factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CitationOfARenamedReaction_RedirectsToTheCurrentId()
    {
        using var client = app.Factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/reactions/china-objects/cite.ris", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/reactions/china-opposes/cite.ris", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/reactions/china-opposes/cite.bib")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/feed.atom")]
    public async Task GeneratedFile_AnswersHead(string path)
    {
        using var client = app.Factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
