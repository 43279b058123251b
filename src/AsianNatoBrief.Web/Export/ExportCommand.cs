using System.Diagnostics;
using System.Globalization;

namespace AsianNatoBrief.Web.Export;

/// <summary>
/// <c>export OUTDIR [--base-url URL] [--no-compress] [--Section:Name=value …]</c>: the whole site as files for
/// nginx, a static host or a bucket behind a CDN. Every address is rendered by the app itself
/// (<see cref="InProcessSite"/>), so each file is the body the app serves for it.
/// </summary>
/// <remarks>
/// The export is written into a new folder beside OUTDIR and put in its place only once it is complete, so a
/// failed run (invalid content, an address that does not answer 200) leaves an earlier export as it was. A folder
/// that is not empty and holds no earlier export is never replaced.
/// </remarks>
public static class ExportCommand
{
    /// <summary>The file that marks a folder as an export, so that only an export is ever replaced by one.</summary>
    public const string Marker = ".anb-export";

    /// <summary>Where the nginx include of the redirects is written, inside the export (deploy/nginx denies it to readers).</summary>
    public const string NginxRedirects = "_nginx/redirects.conf";

    private const string Usage = "usage: export OUTDIR [--base-url URL] [--no-compress] [--Content:Path=DIR] [--Section:Name=value …]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (ExportOptions.Parse(args) is not { } options)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var target = Path.GetFullPath(options.OutDir);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
        {
            await error.WriteLineAsync($"error: {options.OutDir} is not empty and holds no earlier export ({Marker}); choose an empty or new folder");
            return 2;
        }

        if (File.Exists(target))
        {
            await error.WriteLineAsync($"error: {options.OutDir} is a file; choose a folder");
            return 2;
        }

        var total = Stopwatch.StartNew();
        var (site, problems) = await InProcessSite.StartAsync([.. options.Settings], options.BaseUrl);
        if (site is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem);
            }

            await error.WriteLineAsync($"nothing was exported; {options.OutDir} is unchanged.");
            return 1;
        }

        await using (site)
        {
            var staging = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".exporting-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                var writer = new ExportWriter(site, staging, output);
                var result = await writer.WriteAsync(options.Compress);
                if (result.Problems.Count > 0)
                {
                    foreach (var problem in result.Problems)
                    {
                        await error.WriteLineAsync("error: " + problem);
                    }

                    await error.WriteLineAsync($"{result.Problems.Count} problem(s); nothing was exported; {options.OutDir} is unchanged.");
                    return 1;
                }

                Swap(staging, target);
                var origin = site.Services.GetRequiredService<Hosting.SiteSettings>().BaseUrl!;
                var compression = options.Compress
                    ? string.Create(CultureInfo.InvariantCulture, $"compression {result.Compression.TotalSeconds:0.00} s ({result.Compressed} files, each as .br and .gz)")
                    : "no compression (--no-compress)";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"exported {result.Files} files ({result.Bytes / 1024.0 / 1024.0:0.0} MB) for {origin.AbsoluteUri.TrimEnd('/')} to {options.OutDir} in {total.Elapsed.TotalSeconds:0.00} s: {result.Pages} pages, {result.Downloads} other files, {result.Moved} moved pages, {result.Redirects} redirects; rendering and writing {result.Rendering.TotalSeconds:0.00} s, {compression}"));
                return 0;
            }
            finally
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
            }
        }
    }

    /// <summary>Puts the finished export in place of the old one: two renames, so OUTDIR is never half written.</summary>
    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = staging + ".old";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}

/// <summary>The export's command line.</summary>
internal sealed record ExportOptions(string OutDir, Uri? BaseUrl, bool Compress, IReadOnlyList<string> Settings)
{
    public static ExportOptions? Parse(IReadOnlyList<string> args)
    {
        string? outDir = null;
        Uri? baseUrl = null;
        var compress = true;
        var settings = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--base-url" when i + 1 < args.Count:
                    if (!Uri.TryCreate(args[++i], UriKind.Absolute, out baseUrl))
                    {
                        return null;
                    }

                    break;
                case "--no-compress":
                    compress = false;
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('=', StringComparison.Ordinal):
                    settings.Add(setting);
                    break;
                case var path when outDir is null && !path.StartsWith('-'):
                    outDir = path;
                    break;
                default:
                    return null;
            }
        }

        return outDir is null ? null : new ExportOptions(outDir, baseUrl, compress, settings);
    }
}

/// <summary>What one export wrote, or the problems that stopped it.</summary>
internal sealed record ExportResult(
    IReadOnlyList<string> Problems,
    int Files,
    long Bytes,
    int Pages,
    int Downloads,
    int Moved,
    int Redirects,
    int Compressed,
    TimeSpan Rendering,
    TimeSpan Compression);
