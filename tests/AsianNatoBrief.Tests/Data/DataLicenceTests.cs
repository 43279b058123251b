using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Tests.Data;

/// <summary>
/// The data's licence: CC-BY-4.0 by default (appsettings.json), another or none when the settings say so, and in
/// every case the quotations stay their speakers' and publishers', included for citation.
/// </summary>
public sealed class DataLicenceTests
{
    private const string CcBy = "https://creativecommons.org/licenses/by/4.0/";

    [Fact]
    public async Task ByDefault_TheDataIsCcBy40_AndTheQuotationsAreExcepted()
    {
        using var factory = new BriefFactory();
        using var client = factory.CreateClient();

        var package = await client.GetJsonAsync(SiteRoute.DataFile("datapackage.json"));
        var brief = await client.GetJsonAsync(SiteRoute.DataFile("brief.json"));
        var page = await client.GetDocumentAsync(SiteRoute.Data);

        var license = Assert.Single(package.GetProperty("licenses").EnumerateArray());
        Assert.Equal("CC-BY-4.0", license.Str("name"));
        Assert.Equal("Creative Commons Attribution 4.0 International", license.Str("title"));
        Assert.Equal(CcBy, license.Str("path"));
        Assert.Equal("CC-BY-4.0", brief.GetProperty("license").Str("name"));
        Assert.Equal(CcBy, brief.GetProperty("license").Str("url"));
        foreach (var rights in new[] { package.Str("rights"), brief.Str("rights") })
        {
            Assert.StartsWith("The data is published under Creative Commons Attribution 4.0 International (" + CcBy + ").", rights, StringComparison.Ordinal);
            Assert.Contains("Quotations remain the words of their speakers and the property of their publishers; they are included for citation", rights, StringComparison.Ordinal);
        }

        var link = page.QuerySelector("#rights ~ .data-license a[rel=license]")!;
        Assert.Equal(CcBy, link.GetAttribute("href"));
        Assert.Equal("Creative Commons Attribution 4.0 International", link.Text());
        Assert.Contains("(CC-BY-4.0)", page.QuerySelector(".data-license")!.Text(), StringComparison.Ordinal);
        Assert.Contains("included for citation", page.QuerySelector("#rights ~ .data-quotations")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeploymentsSettings_NameAnotherLicence()
    {
        using var factory = BriefFactory.For(Paths.Content, watch: false,
            ("Data:LicenseName", "ODbL-1.0"), ("Data:LicenseTitle", "Open Data Commons Open Database License 1.0"),
            ("Data:LicenseUrl", "https://opendatacommons.org/licenses/odbl/1-0/"));
        using var client = factory.CreateClient();

        var package = await client.GetJsonAsync(SiteRoute.DataFile("datapackage.json"));
        var page = await client.GetDocumentAsync(SiteRoute.Data);

        var license = Assert.Single(package.GetProperty("licenses").EnumerateArray());
        Assert.Equal("ODbL-1.0", license.Str("name"));
        Assert.Equal("https://opendatacommons.org/licenses/odbl/1-0/", license.Str("path"));
        Assert.Contains("Quotations remain", package.Str("rights"), StringComparison.Ordinal);
        Assert.Equal("https://opendatacommons.org/licenses/odbl/1-0/", page.QuerySelector(".data-license a[rel=license]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EmptySettings_GrantNoLicence_AndSaySo()
    {
        using var factory = BriefFactory.For(Paths.Content, watch: false, ("Data:LicenseName", ""), ("Data:LicenseTitle", ""), ("Data:LicenseUrl", ""));
        using var client = factory.CreateClient();

        var package = await client.GetJsonAsync(SiteRoute.DataFile("datapackage.json"));
        var brief = await client.GetJsonAsync(SiteRoute.DataFile("brief.json"));
        var page = await client.GetDocumentAsync(SiteRoute.Data);

        Assert.False(package.TryGetProperty("licenses", out _));
        Assert.False(brief.TryGetProperty("license", out _));
        Assert.StartsWith("No licence has been granted for this data", package.Str("rights"), StringComparison.Ordinal);
        Assert.Contains("Quotations remain", package.Str("rights"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[rel=license]"));
        Assert.StartsWith("No licence has been granted", page.QuerySelector(".data-license")!.Text(), StringComparison.Ordinal);
    }
}
