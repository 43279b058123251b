using AsianNatoBrief.Web.Hosting;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Net.Http.Headers;

namespace AsianNatoBrief.Web.Export;

/// <summary>One response of the app, as the export keeps it: status, media type, redirect target and body.</summary>
internal sealed record RenderedResponse(int Status, string? MediaType, string? Location, byte[] Body);

/// <summary>
/// The app itself — the same registrations and the same request pipeline as <c>Program</c> — hosted on an
/// in-memory server instead of Kestrel, so that every exported file is what the app answers for its address.
/// </summary>
/// <remarks>
/// Requests carry no <c>Accept-Encoding</c>, so bodies are the identity bytes a client would get; the export
/// compresses them itself, once, at the highest levels. The host runs in Production with watching off, the
/// base URL set (absolute links never follow the in-memory host name) and <c>AllowedHosts=*</c>, which is safe
/// with a base URL (see the README's settings).
/// </remarks>
internal sealed class InProcessSite : IAsyncDisposable
{
    /// <summary>The base URL of an export that is given none (and whose settings name none).</summary>
    public const string DefaultBaseUrl = "http://localhost";

    private readonly WebApplication app;
    private readonly TestServer server;
    private readonly Uri origin;

    private InProcessSite(WebApplication app, Brief brief)
    {
        this.app = app;
        Brief = brief;
        server = app.GetTestServer();
        // Paths are asked for from the root: the site links root-relative, so it is always served from a host's root.
        origin = new Uri(app.Services.GetRequiredService<SiteSettings>().BaseUrl!.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The snapshot every response is rendered from (watching is off, so it never changes).</summary>
    public Brief Brief { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts the app on <paramref name="settings"/> (the command line's <c>--Section:Name=value</c> forms and the
    /// export's own). Null with the problems listed when the content or a setting is invalid.
    /// </summary>
    public static async Task<(InProcessSite? Site, IReadOnlyList<string> Problems)> StartAsync(string[] settings, Uri? baseUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Settings files are read once: watching them for changes would put an inotify watch on every folder under
            // the working directory (the whole repository, when run from there) for an export that ends in seconds.
            Args = [.. settings, "--hostBuilder:reloadConfigOnChange=false"],
            EnvironmentName = Environments.Production,
            // The app's own name, not the process's (a test host's, say): its static assets manifest is named after it.
            ApplicationName = typeof(InProcessSite).Assembly.GetName().Name,
        });
        // The base URL asked for, else the deployment's Site:BaseUrl, else localhost: a static file cannot take
        // its links from the host it is asked for, as the app does without a base URL.
        var configured = builder.Configuration["Site:BaseUrl"];
        var origin = baseUrl?.AbsoluteUri ?? (string.IsNullOrWhiteSpace(configured) ? DefaultBaseUrl : configured);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Watch"] = "false",
            // The export never searches (its search page asks for nothing, and its search runs in the browser).
            ["Content:BuildSearchIndex"] = "false",
            ["Site:BaseUrl"] = origin,
            ["AllowedHosts"] = "*",
            // Every address is asked for once: keeping pages would only cost memory and sweeps.
            ["PageCache:MaxEntryBytes"] = "0",
            // Progress and the summary are the export's output; the app's own information lines would bury them.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddBriefHosting();
        builder.Services.AddBriefContent(builder.Configuration);
        builder.Services.AddBriefWeb();
        builder.WebHost.UseTestServer();
        var app = builder.Build();

        var store = app.Services.GetRequiredService<ContentStore>();
        var problems = new List<string>();
        if (store.InitialDiagnostics.Count > 0)
        {
            // The same lines as `check` prints, so editors make them clickable the same way.
            var prefix = CheckCommand.DisplayPath(store.RootPath);
            problems.AddRange(store.InitialDiagnostics.Select(d => d.Format(prefix)));
            problems.Add($"{prefix}: {store.InitialDiagnostics.Count} problem(s) found");
        }

        problems.AddRange(app.Services.GetRequiredService<SiteSettings>().Problems.Select(p => "error: " + p));
        if (problems.Count > 0)
        {
            await app.DisposeAsync();
            return (null, problems);
        }

        app.UseBriefPipeline();
        await app.StartAsync();
        return (new InProcessSite(app, store.Current), []);
    }

    /// <summary>A GET of a site path, read whole; redirects are not followed.</summary>
    /// <remarks>
    /// The request goes straight to the in-memory server as an <see cref="HttpContext"/>, as a client's would arrive
    /// (method, scheme, host, path, no <c>Accept-Encoding</c>), without an <see cref="HttpClient"/> to make and read
    /// messages around it.
    /// </remarks>
    public async Task<RenderedResponse> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var context = await server.SendAsync(
            request =>
            {
                request.Request.Method = HttpMethods.Get;
                request.Request.Scheme = origin.Scheme;
                request.Request.Host = HostString.FromUriComponent(origin);
                request.Request.Path = PathString.FromUriComponent(query < 0 ? path : path[..query]);
                request.Request.QueryString = query < 0 ? QueryString.Empty : QueryString.FromUriComponent(path[query..]);
            },
            cancellationToken);
        using var body = new MemoryStream();
        await context.Response.Body.CopyToAsync(body, cancellationToken);
        var type = context.Response.ContentType;
        return new(
            context.Response.StatusCode,
            type is null ? null : MediaTypeHeaderValue.TryParse(type, out var parsed) ? parsed.MediaType.Value : type,
            context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            body.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
