using System.Collections.Concurrent;
using AsianNatoBrief.Web.Linking;
using System.Runtime.CompilerServices;
using AsianNatoBrief.Web.Model;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The data files of each content snapshot, made on first request and kept while the snapshot lives, within bounds:
/// a reload makes a new snapshot and so a new set, and a snapshot nobody uses any more takes its files with it
/// when it is collected.
/// </summary>
/// <remarks>
/// Absolute addresses inside the files follow the request's origin. With <c>Site:BaseUrl</c> set there is one
/// origin; without it, every port of an allowed host name is another origin, so a client could name thousands.
/// Only the first <see cref="MaxOrigins"/> origins of a snapshot have their files kept; any other gets them made
/// for its request and then dropped. All origins of a snapshot share one budget of <see cref="MaxKeptBytes"/>.
/// </remarks>
internal sealed class DataCatalog(IOptions<DataOptions> options)
{
    internal const int MaxOrigins = 4;

    /// <summary>Every data file of the real brief, for every origin kept, is well under 2 MB.</summary>
    internal const long MaxKeptBytes = 16 * 1024 * 1024;

    private readonly ConditionalWeakTable<Brief, Snapshot> snapshots = [];

    public DataOptions Options => options.Value;

    public DataSet For(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return snapshots.GetValue(brief, _ => new Snapshot()).For(origin.Root, keep => new DataSet(brief, options.Value, origin, keep));
    }

    /// <summary>How many origins have their files kept for the snapshot.</summary>
    internal int OriginsKept(Brief brief) => snapshots.TryGetValue(brief, out var snapshot) ? snapshot.Origins : 0;

    /// <summary>One snapshot's data sets, one per origin kept, and the room left for their files.</summary>
    private sealed class Snapshot
    {
        private readonly ConcurrentDictionary<string, DataSet> sets = new(StringComparer.Ordinal);
        private readonly Lock adding = new();

        public FileBudget Budget { get; } = new(MaxKeptBytes);

        public int Origins => sets.Count;

        public DataSet For(string root, Func<FileBudget?, DataSet> make)
        {
            if (sets.TryGetValue(root, out var set))
            {
                return set;
            }

            lock (adding)
            {
                return sets.TryGetValue(root, out set) ? set
                    : sets.Count < MaxOrigins ? sets[root] = make(Budget)
                    : make(null);
            }
        }
    }
}

/// <summary>Bytes that the kept data files of one snapshot may still take.</summary>
internal sealed class FileBudget(long bytes)
{
    private long left = bytes;

    /// <summary>Takes room for a file; false (and nothing taken) when there is not enough left.</summary>
    public bool TryTake(long size)
    {
        if (Interlocked.Add(ref left, -size) >= 0)
        {
            return true;
        }

        Interlocked.Add(ref left, size);
        return false;
    }

    public void Give(long size) => Interlocked.Add(ref left, size);
}
