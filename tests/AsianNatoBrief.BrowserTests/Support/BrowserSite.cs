using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>
/// One Kestrel server on the real content and one headless Debian Chromium, shared by every browser
/// test: starting either is the slow part, and the machine's cores are shared. Each test opens its
/// own <see cref="Tab"/> (a fresh browser context), so tests never see each other's state.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Debian's chromium; <c>CHROMIUM_PATH</c> may point elsewhere.</summary>
    public const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<SiteServer> servers = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the server on the real content listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The real content as the site loads it: tests derive what to expect from it.</summary>
    public Brief Brief { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("the browser has not started");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium}, and it is missing: install Debian's chromium: apt-get install -y chromium " +
                "(or set CHROMIUM_PATH to a Chromium binary). They never download a browser of their own.");
        }

        var load = ContentLoader.Load(Paths.Content);
        Brief = load.Brief ?? throw new InvalidOperationException("content/ is invalid: " + string.Join("; ", load.Diagnostics));
        BaseAddress = StartServer(Paths.Content);

        // The Playwright driver must never fetch a browser: this one is launched from its path.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>Starts another server on another content folder; it stops with the fixture.</summary>
    public Uri StartServer(string contentPath)
    {
        var server = new SiteServer(contentPath);
        servers.Add(server);
        return server.Start();
    }

    /// <summary>Opens a fresh, isolated tab on the site (or on another server's address).</summary>
    public Task<Tab> OpenAsync(TabOptions? options = null, Uri? baseAddress = null) =>
        Tab.OpenAsync(Browser, baseAddress ?? BaseAddress, options ?? new TabOptions());

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        foreach (var server in servers)
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>Every browser test class joins this collection, so they share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
