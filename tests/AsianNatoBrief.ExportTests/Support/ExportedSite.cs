using AsianNatoBrief.Web.Export;
using AsianNatoBrief.Web.Linking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.ExportTests.Support;

/// <summary>The app in process, serving a content folder with the base URL the export is given.</summary>
public sealed class AppFactory(string contentPath) : WebApplicationFactory<Program>
{
    public const string BaseUrl = "http://localhost";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("Site:BaseUrl", BaseUrl);
    }

    /// <summary>A client that does not follow redirects and asks for no compression, as the export asks.</summary>
    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>
/// A content folder exported once with the real <c>export</c> command and served by nginx from the repository's
/// configuration, beside the app serving the same content in process: the two sides every test compares.
/// </summary>
public abstract class ExportedSite : IAsyncLifetime
{
    private readonly string contentPath;
    private Nginx? nginx;

    protected ExportedSite(string contentPath)
    {
        this.contentPath = contentPath;
        Folder = Path.Combine(Path.GetTempPath(), "anb-export-" + Guid.NewGuid().ToString("N")[..10]);
        App = new AppFactory(contentPath);
    }

    /// <summary>The export folder.</summary>
    public string Folder { get; }

    public AppFactory App { get; }

    /// <summary>What <c>export</c> printed.</summary>
    public string Output { get; private set; } = "";

    public Nginx Nginx => nginx ?? throw new InvalidOperationException("not started");

    /// <summary>Every address the export planned, read from the app's own snapshot and endpoints.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public Web.Model.Brief Brief => App.Services.GetRequiredService<Web.Loading.ContentStore>().Current;

    /// <summary>A client of nginx that follows no redirect and asks for no compression.</summary>
    public HttpClient CreateStaticClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = Nginx.Address };

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ExportCommand.RunAsync([Folder, "--base-url", AppFactory.BaseUrl, "--Content:Path=" + contentPath], output, error);
        Output = output.ToString();
        if (exit != 0)
        {
            throw new InvalidOperationException($"export exited {exit}: {error}");
        }

        nginx = Nginx.Serve(Folder);
        Addresses = ExportPlan.Addresses(Brief, App.Services.GetRequiredService<EndpointDataSource>());
    }

    public async Task DisposeAsync()
    {
        nginx?.Dispose();
        await App.DisposeAsync();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>The page addresses of the site (what the sitemap lists).</summary>
    public IReadOnlyList<string> Pages => CanonicalPages.All(Brief);
}

/// <summary>The repository's content, exported.</summary>
public sealed class RealExport() : ExportedSite(Repository.Content);

/// <summary>The small fixture content, whose renamed items have former ids (the real content has none yet).</summary>
public sealed class FixtureExport() : ExportedSite(Path.Combine(Repository.Root, "tests", "AsianNatoBrief.Tests", "Fixtures", "valid"));
