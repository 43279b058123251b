using AsianNatoBrief.Web.Model;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Loading;

/// <summary>Settings of the content store (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    /// <summary>The content folder; when empty, the nearest <c>content/</c> folder holding a <c>site.yaml</c> above the app.</summary>
    public string? Path { get; set; }

    /// <summary>Whether to reload when files change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long to wait after the last change before reloading, so one save is one reload.</summary>
    public int DebounceMilliseconds { get; set; } = 250;

    /// <summary>
    /// Whether each snapshot's search index is built in its load, before the snapshot goes live. Off, it is built by
    /// the first search of that snapshot instead (the export, which never searches, turns it off).
    /// </summary>
    public bool BuildSearchIndex { get; set; } = true;
}

/// <summary>
/// Holds the current content snapshot. It loads eagerly on creation, watches the folder, and swaps in
/// a new snapshot only when the changed content is valid; otherwise it logs the diagnostics and keeps
/// serving the last good one.
/// </summary>
public sealed class ContentStore : IDisposable
{
    private readonly ILogger<ContentStore> logger;
    private readonly ContentOptions options;
    private readonly Lock reloadLock = new();
    private FileSystemWatcher? watcher;
    private Timer? debounce;
    private Brief? current;

    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        this.logger = logger;
        this.options = options.Value;
        RootPath = ResolveRoot(this.options.Path, environment.ContentRootPath);
        var result = ContentLoader.Load(RootPath);
        InitialDiagnostics = result.Diagnostics;
        current = result.Brief;
        if (current is not null)
        {
            PrepareSearch(current);
        }

        if (current is not null && this.options.Watch)
        {
            StartWatching();
        }
    }

    /// <summary>The content folder in use.</summary>
    public string RootPath { get; }

    /// <summary>The problems found at start-up; when any, <see cref="Current"/> throws and the app must not start.</summary>
    public IReadOnlyList<Diagnostic> InitialDiagnostics { get; }

    /// <summary>How many times a new snapshot has been swapped in since start-up.</summary>
    public int Generation { get; private set; }

    /// <summary>The diagnostics of the most recent reload that was refused, or empty.</summary>
    public IReadOnlyList<Diagnostic> LastRejected { get; private set; } = [];

    /// <summary>The current snapshot. Read it once per request.</summary>
    public Brief Current => Volatile.Read(ref current) ?? throw new InvalidOperationException("the content did not load; see InitialDiagnostics");

    /// <summary>
    /// Builds a snapshot's search index before it goes live, so no search waits for one; with
    /// <see cref="ContentOptions.BuildSearchIndex"/> off, the first search of the snapshot builds it instead.
    /// </summary>
    private void PrepareSearch(Brief brief)
    {
        if (options.BuildSearchIndex)
        {
            Search.SearchIndexes.Prepare(brief, logger);
        }
    }

    /// <summary>Loads the folder again; swaps the snapshot in when valid. Returns the load result.</summary>
    public LoadResult Reload()
    {
        LoadResult result;
        lock (reloadLock)
        {
            result = ContentLoader.Load(RootPath);
            if (result.Brief is { } brief)
            {
                if (brief.Version == Volatile.Read(ref current)?.Version)
                {
                    return result;
                }

                PrepareSearch(brief);
                Volatile.Write(ref current, brief);
                Generation++;
                LastRejected = [];
                logger.LogInformation("Content reloaded from {Root} (version {Version})", RootPath, brief.Version);
            }
            else
            {
                LastRejected = result.Diagnostics;
                logger.LogError("Content change rejected; the last good content keeps serving. {Count} problem(s):{NewLine}{Diagnostics}",
                    result.Diagnostics.Count, Environment.NewLine, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.Format(RootPath))));
                return result;
            }
        }

        return result;
    }

    /// <summary>Finds the content folder: the configured one, or the nearest <c>content/site.yaml</c> above the app.</summary>
    public static string ResolveRoot(string? configured, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return System.IO.Path.GetFullPath(configured);
        }

        foreach (var start in new[] { startDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "content");
                if (File.Exists(System.IO.Path.Combine(candidate, "site.yaml")))
                {
                    return candidate;
                }
            }
        }

        return System.IO.Path.GetFullPath("content");
    }

    private void StartWatching()
    {
        debounce = new Timer(_ => SafeReload(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(RootPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler onChange = (_, _) => debounce.Change(options.DebounceMilliseconds, Timeout.Infinite);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => debounce.Change(options.DebounceMilliseconds, Timeout.Infinite);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Content watcher failed; reloading once to catch up");
            debounce.Change(options.DebounceMilliseconds, Timeout.Infinite);
        };
        watcher.EnableRaisingEvents = true;
    }

    private void SafeReload()
    {
        try
        {
            Reload();
        }
#pragma warning disable CA1031 // A failed reload must never take the site down: the last good snapshot keeps serving.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Content reload failed; the last good content keeps serving");
        }
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
    }
}
