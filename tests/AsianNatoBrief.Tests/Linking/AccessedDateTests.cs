using AsianNatoBrief.Tests.Hosting;
using AsianNatoBrief.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>
/// A reaction page is kept by the page cache and served again on later days, so it shows no access date;
/// a downloaded citation adds the day it was downloaded, read from the app's TimeProvider.
/// </summary>
public sealed class AccessedDateTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task CachedReactionPage_AndItsDownloads_AgreeOnTheDayAfterTheFirstRender()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 22, 0, 0, TimeSpan.Zero));
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var cache = app.PageCache();
        using var client = app.CreateClient();
        const string page = "/reactions/china-opposes";

        var firstRender = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        clock.Advance(TimeSpan.FromDays(1));
        var document = await client.GetDocumentAsync(page);
        var bibText = await client.GetStringAsync(new Uri(page + "/cite.bib", UriKind.Relative));
        var risText = await client.GetStringAsync(new Uri(page + "/cite.ris", UriKind.Relative));

        Assert.Equal(1, cache.Hits);
        Assert.DoesNotContain("2027", firstRender, StringComparison.Ordinal);
        var shown = document.QuerySelectorAll("section.cite pre code").Select(c => c.TextContent).ToList();
        var shownBib = BibEntry.Parse(shown[0]);
        var downloadedBib = BibEntry.Parse(bibText);
        Assert.Equal("2027-03-11", downloadedBib.Fields["urldate"]);
        Assert.Equal(shownBib.Fields.ToList(), downloadedBib.Fields.Where(f => f.Key != "urldate").ToList());
        Assert.Equal(shownBib.Key, downloadedBib.Key);
        // HTML turns the CRLF line endings RIS requires into LF; the download keeps them.
        var shownRis = RisRecord.Parse(shown[1].ReplaceLineEndings("\r\n"));
        var downloadedRis = RisRecord.Parse(risText);
        Assert.Contains(new KeyValuePair<string, string>("Y2", "2027/03/11"), downloadedRis);
        Assert.Equal(shownRis.ToList(), downloadedRis.Where(tag => tag.Key != "Y2").ToList());
        var note = string.Join(' ', document.QuerySelector("section.cite p")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("The files you download also record the day you accessed the page", note, StringComparison.Ordinal);
    }
}
