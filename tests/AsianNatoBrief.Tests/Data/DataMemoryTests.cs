using System.Net;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Data;
using AsianNatoBrief.Web.Linking;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Data;

/// <summary>What the data files keep in memory stays bounded whatever addresses and hosts clients send.</summary>
public sealed class DataMemoryTests
{
    [Fact]
    public async Task AddressesThatNameNoFile_LeaveNothingKept()
    {
        using var factory = new BriefFactory();
        using var client = factory.CreatePlainClient();
        var catalog = factory.Services.GetRequiredService<DataCatalog>();

        for (var i = 0; i < 50; i++)
        {
            using var response = await client.GetAsync(new Uri($"/reactions/no-such-reaction-{i}.json", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            using var table = await client.GetAsync(new Uri($"/data/no-such-table-{i}.csv", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, table.StatusCode);
        }

        var set = catalog.For(factory.Brief(), SiteOrigin.Of(new Uri("http://localhost")));
        Assert.Equal((0, 0L), set.Kept);

        using var real = await client.GetAsync(new Uri("/reactions/china-opposes.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal(1, set.Kept.Files);
        Assert.Equal((await real.Content.ReadAsByteArrayAsync()).Length, set.Kept.Bytes);
    }

    [Fact]
    public async Task ManyPortsOfAnAllowedHost_KeepFilesForAFewOriginsOnly_AndEachStillGetsItsOwnLinks()
    {
        using var factory = new BriefFactory();
        using var client = factory.CreatePlainClient();
        var catalog = factory.Services.GetRequiredService<DataCatalog>();

        for (var port = 1000; port < 1000 + (DataCatalog.MaxOrigins * 3); port++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/data/datapackage.json", UriKind.Relative));
            request.Headers.Host = $"localhost:{port}";
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"\"http://localhost:{port}/data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(DataCatalog.MaxOrigins, catalog.OriginsKept(factory.Brief()));
    }
}
