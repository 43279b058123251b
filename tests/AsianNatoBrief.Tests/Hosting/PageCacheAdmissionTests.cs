using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// What the page cache keeps: only 200 pages at their canonical address, without a query string, so junk
/// queries and unknown paths are answered without growing it.
/// </summary>
public sealed class PageCacheAdmissionTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task AddressesWithAQuery_AreAnsweredButNeverStored()
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();
        string[] junk =
        [
            "/?a=1", "/?a=2", "/actors/china?utm=x", "/reactions?actor=china&x=1", "/reactions/actor/china?stance=opposes",
            "/compare/nato-vs-quad?differences=ONLY&x", "/compare/nato-vs-quad?junk", "/compare/nato-vs-quad/differences?junk",
        ];

        foreach (var url in junk.Concat(junk))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, cache.Stores);
        Assert.Equal(0, cache.Hits);

        string[] canonical = ["/", "/reactions/actor/china", "/reactions/actor/china/stance/opposes", "/compare/nato-vs-quad/differences"];
        foreach (var url in canonical.Concat(canonical))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(canonical.Length, cache.Stores);
        Assert.Equal(canonical.Length, cache.Hits);
    }

    [Fact]
    public async Task FilteredListings_AreCachedPerPathAndStayCorrect()
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreateClient();

        var all = await client.GetStringAsync(new Uri("/reactions", UriKind.Relative));
        var china = await client.GetStringAsync(new Uri("/reactions/actor/china", UriKind.Relative));
        var allAgain = await client.GetStringAsync(new Uri("/reactions", UriKind.Relative));
        var chinaAgain = await client.GetStringAsync(new Uri("/reactions/actor/china", UriKind.Relative));

        Assert.NotEqual(all, china);
        Assert.Equal(all, allAgain);
        Assert.Equal(china, chinaAgain);
        Assert.Equal(2, cache.Hits);
    }

    [Theory]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/actors/no-such-actor", HttpStatusCode.NotFound)]
    [InlineData("/Actors/China", HttpStatusCode.MovedPermanently)]
    [InlineData("/actors/china/", HttpStatusCode.MovedPermanently)]
    [InlineData("/reactions?actor=nobody", HttpStatusCode.BadRequest)]
    [InlineData("/reactions/actor/nobody", HttpStatusCode.NotFound)]
    [InlineData("/reactions?actor=china", HttpStatusCode.MovedPermanently)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("/robots.txt", HttpStatusCode.OK)]
    public async Task WhatIsNotAPage_OrNotA200_IsNeverStored(string url, HttpStatusCode expected)
    {
        using var app = factory.Fresh();
        var cache = app.PageCache();
        using var client = app.CreatePlainClientFor();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(expected, response.StatusCode);
        }

        Assert.Equal(0, cache.Stores);
        Assert.Equal(0, cache.Hits);
    }
}
