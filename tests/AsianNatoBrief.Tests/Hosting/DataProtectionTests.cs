using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Tests.Hosting;

/// <summary>
/// Nothing in the site posts a form or sets a cookie, so the server never needs data protection or a hash
/// from the platform's crypto library: no key ring is read at start-up, the antiforgery cookie's name is fixed
/// instead of computed, and the content version is a non-cryptographic hash.
/// </summary>
public sealed class DataProtectionTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public void NoHostedService_ReadsADataProtectionKeyRingAtStartUp()
    {
        var hosted = factory.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();

        Assert.NotEmpty(hosted);
        Assert.DoesNotContain("DataProtectionHostedService", hosted);
    }

    [Fact]
    public async Task TheAntiforgeryCookieName_IsFixed_SoRenderingAFormHashesNothing()
    {
        using var client = factory.CreateClient();

        var search = await client.GetDocumentAsync("/search?q=china");

        Assert.NotNull(search.QuerySelector("form[role=search]"));
        Assert.Equal(".AsianNatoBrief.Antiforgery", factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name);
    }

    [Fact]
    public void TheContentVersion_Is16HexDigits_AndFollowsTheFiles()
    {
        using var copy = new TempContent(Paths.Content);
        var first = ContentLoader.Load(copy.Root).Brief!.Version;
        copy.Write("site.yaml", copy.Read("site.yaml") + "\n# a comment changes the version\n");

        var second = ContentLoader.Load(copy.Root).Brief!.Version;

        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.Matches("^[0-9a-f]{16}$", second);
        Assert.NotEqual(first, second);
        Assert.Equal(second, ContentLoader.Load(copy.Root).Brief!.Version);
    }
}
