using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>How a reader's browser is set up: window width, colour scheme, JavaScript, clipboard.</summary>
public sealed record TabOptions
{
    public const int Phone = 320;
    public const int Desktop = 1280;

    public int Width { get; init; } = Desktop;

    public ColorScheme Scheme { get; init; } = ColorScheme.Light;

    public bool JavaScript { get; init; } = true;

    /// <summary>Grants the site clipboard read and write, as a reader's click on "copy" would.</summary>
    public bool Clipboard { get; init; }

    public override string ToString() =>
        $"{Width}px {Scheme.ToString().ToLowerInvariant()}{(JavaScript ? "" : " no-js")}";
}

/// <summary>
/// A page in a fresh browser context that records everything a healthy page never does: console
/// errors, uncaught exceptions, failed requests, error responses and requests to any origin but
/// the site's. <see cref="AssertHealthy"/> fails with the whole list.
/// </summary>
public sealed class Tab : IAsyncDisposable
{
    private readonly List<string> problems = [];
    private readonly HashSet<string> expectedErrorPaths = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    private Tab(IBrowserContext context, IPage page, Uri baseAddress, TabOptions options)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
        Options = options;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    public TabOptions Options { get; }

    /// <summary>The site's origin as the browser writes it, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>The path and query of the page now shown, e.g. <c>/actors/china</c>.</summary>
    public string CurrentPath => new Uri(Page.Url).PathAndQuery;

    internal static async Task<Tab> OpenAsync(IBrowser browser, Uri baseAddress, TabOptions options)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new() { Width = options.Width, Height = 800 },
            ColorScheme = options.Scheme,
            JavaScriptEnabled = options.JavaScript,
            ReducedMotion = ReducedMotion.Reduce,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        if (options.Clipboard)
        {
            await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = baseAddress.GetLeftPart(UriPartial.Authority) });
        }

        var page = await context.NewPageAsync();
        var tab = new Tab(context, page, baseAddress, options);
        tab.Listen();
        return tab;
    }

    /// <summary>Opens a path of the site and returns the main response.</summary>
    public async Task<IResponse> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response ?? throw new InvalidOperationException($"no response for {path}");
    }

    /// <summary>Opens one of the <see cref="SitePages"/> and checks that it answers with its expected status.</summary>
    public async Task<IResponse> GotoAsync(PageType page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Status >= 400)
        {
            ExpectErrorStatus(page.Path);
        }

        var response = await GotoAsync(page.Path);
        Assert.True(response.Status == page.Status, $"{page.Path} answered {response.Status}, not {page.Status}");
        return response;
    }

    /// <summary>Declares that a page at this path answers with an error status on purpose (the 404 page).</summary>
    public void ExpectErrorStatus(string path) => expectedErrorPaths.Add(path);

    /// <summary>Fails the test with every problem the page caused since the tab opened.</summary>
    public void AssertHealthy()
    {
        lock (gate)
        {
            Assert.True(problems.Count == 0, $"The page misbehaved ({Options}):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Listen()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedErrorMessage(message))
            {
                Record($"console error on {PathOf(Page.Url)}: {message.Text} (at {message.Location})");
            }
        };
        Page.PageError += (_, error) => Record($"uncaught script error on {PathOf(Page.Url)}: {error}");
        Context.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "ws" or "wss"
                && !string.Equals(url.GetLeftPart(UriPartial.Authority), Origin, StringComparison.OrdinalIgnoreCase))
            {
                Record($"request to another origin: {request.Method} {request.Url}");
            }
        };
        Context.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
        Context.Response += (_, response) =>
        {
            if (response.Status >= 400 && !expectedErrorPaths.Contains(PathOf(response.Url)))
            {
                Record($"error response: {response.Request.Method} {response.Url} answered {response.Status}");
            }
        };
    }

    // Chromium logs the status of a page that answers 404 as a console error; on the 404 page that is the point.
    private bool IsExpectedErrorMessage(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && expectedErrorPaths.Contains(PathOf(Page.Url));

    private string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == Origin ? uri.PathAndQuery : url;

    private void Record(string problem)
    {
        lock (gate)
        {
            problems.Add(problem);
        }
    }
}
