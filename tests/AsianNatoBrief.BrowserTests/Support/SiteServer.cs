using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel server bound to a free loopback port, serving a given content
/// folder in the Production environment: what the browser talks to is what readers get.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly string contentPath;

    public SiteServer(string contentPath)
    {
        this.contentPath = contentPath;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address");
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:Watch", "false");
    }
}
