using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Export;

/// <summary>Renders every address into a staging folder, then adds the search, the redirects and the compressed twins.</summary>
internal sealed class ExportWriter(InProcessSite site, string root, TextWriter output)
{
    private readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> problems = [];
    private int written;
    private int total;
    private int pages;
    private long bytes;

    public async Task<ExportResult> WriteAsync(bool compress)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(root);
        var brief = site.Brief;
        var addresses = ExportPlan.Addresses(brief, site.Services.GetRequiredService<EndpointDataSource>());
        var moved = Redirects.Moved(brief, addresses);
        // Besides the addresses: the moved pages, the 404 page, the search index and script, the moved pages'
        // script, the two redirect files and the marker.
        total = addresses.Count + moved.Count(m => m.IsPage) + 7;
        var links = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await RenderAllAsync(addresses, links);

        // A link to a file the plan did not name (a new kind of address) is exported too, and a broken one is an error.
        var known = new HashSet<string>(addresses, StringComparer.Ordinal);
        known.UnionWith(moved.Select(m => m.From));
        var more = links.Keys.Where(path => !known.Contains(path)).Order(StringComparer.Ordinal).ToList();
        Interlocked.Add(ref total, more.Count);
        await RenderAllAsync(more, links: null);

        var notFound = await site.GetAsync("/not-found");
        await WriteAsync("/404.html", notFound.Body, "(the 404 page)");
        await WriteSearchAsync();

        var origin = SiteOrigin.Of(site.Services.GetRequiredService<Hosting.SiteSettings>().BaseUrl!);
        var movedScript = await WriteAssetAsync("moved.js");
        foreach (var redirect in moved.Where(m => m.IsPage))
        {
            await WriteAsync(FileFor(redirect.From, "text/html"), Encoding.UTF8.GetBytes(Redirects.MovedPage(redirect, origin, movedScript)), redirect.From);
        }

        var queries = Redirects.Queries(brief);
        await WriteAsync("/" + ExportCommand.NginxRedirects, Encoding.UTF8.GetBytes(Redirects.Nginx(moved, queries)), "(nginx redirects)");
        await WriteAsync("/_redirects", Encoding.UTF8.GetBytes(Redirects.RedirectsFile(moved)), "(_redirects)");
        await WriteAsync("/" + ExportCommand.Marker, Encoding.UTF8.GetBytes($"content version {brief.Version}\n"), "(marker)");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"written {written} of {Volatile.Read(ref total)} files"));
        var rendering = clock.Elapsed;

        clock.Restart();
        var compressed = compress && problems.IsEmpty ? await Compression.CompressAllAsync(root, files.Keys.Where(Compression.IsText)) : 0;
        var compression = clock.Elapsed;
        return new ExportResult(
            [.. problems.Order(StringComparer.Ordinal)],
            files.Count,
            Interlocked.Read(ref bytes),
            pages,
            files.Count - pages - moved.Count(m => m.IsPage),
            moved.Count(m => m.IsPage),
            moved.Count + queries.Count,
            compressed,
            rendering,
            compression);
    }

    private async Task RenderAllAsync(IReadOnlyList<string> addresses, ConcurrentDictionary<string, string>? links)
    {
        await Parallel.ForEachAsync(addresses, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (path, cancel) =>
        {
            if (path == SiteRoute.Search)
            {
                return;
            }

            var response = await site.GetAsync(path, cancel);
            if (response.Status != StatusCodes.Status200OK)
            {
                problems.Add($"{path} answers {response.Status}{(response.Location is { } to ? " (to " + to + ")" : "")}, not 200");
                return;
            }

            var html = response.MediaType == "text/html";
            if (html)
            {
                Interlocked.Increment(ref pages);
                if (links is not null)
                {
                    foreach (var link in PageLinks.In(response.Body))
                    {
                        links.TryAdd(link, path);
                    }
                }
            }

            await WriteAsync(FileFor(path, response.MediaType), response.Body, path);
        });
    }

    private async Task WriteSearchAsync()
    {
        var page = await site.GetAsync(SiteRoute.Search);
        var script = await WriteAssetAsync("search.js");
        await WriteAsync(StaticSearch.IndexPath, StaticSearch.Index(site.Brief), "(search index)");
        await WriteAsync(FileFor(SiteRoute.Search, "text/html"), StaticSearch.Page(page.Body, script), SiteRoute.Search);
        Interlocked.Increment(ref pages);
    }

    /// <summary>Writes one of the export's own scripts under a fingerprinted name, which is returned.</summary>
    private async Task<string> WriteAssetAsync(string name)
    {
        await using var stream = typeof(ExportWriter).Assembly.GetManifestResourceStream("Export/" + name)
            ?? throw new InvalidOperationException("missing embedded resource Export/" + name);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..10];
        var path = $"/export/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
        await WriteAsync(path, body, path);
        return path;
    }

    /// <summary>The file an address is written to: pages as <c>{path}.html</c> (the home page as <c>index.html</c>), files as named.</summary>
    public static string FileFor(string path, string? mediaType) =>
        path == SiteRoute.Home ? "/index.html"
        : mediaType == "text/html" && !Path.HasExtension(path) ? path + ".html"
        : path;

    private async Task WriteAsync(string file, byte[] body, string address)
    {
        if (!files.TryAdd(file, address))
        {
            problems.Add($"{address} and {files[file]} would both be written to {file}");
            return;
        }

        var full = Path.Combine(root, file.TrimStart('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, body);
        Interlocked.Add(ref bytes, body.Length);
        var count = Interlocked.Increment(ref written);
        var of = Volatile.Read(ref total);
        var step = Math.Max(100, of / 10);
        if (count % step == 0)
        {
            lock (output)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written {count} of {Math.Max(of, count)} files"));
            }
        }
    }
}
