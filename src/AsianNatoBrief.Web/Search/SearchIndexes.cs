using System.Diagnostics;
using System.Runtime.CompilerServices;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// The search index of each content snapshot, attached to the snapshot object itself: a request that
/// searches its own <see cref="Brief"/> can only ever meet that snapshot's index, and an index is collected
/// together with its snapshot.
/// </summary>
internal static class SearchIndexes
{
    private static readonly ConditionalWeakTable<Brief, SearchIndex> Indexes = [];

    /// <summary>Builds the snapshot's index if it has none yet. The store calls it while loading, before the snapshot goes live.</summary>
    public static SearchIndex For(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return Indexes.GetValue(brief, SearchIndex.Build);
    }

    /// <summary>Whether the snapshot's index has been built (by its load, or by a first search).</summary>
    public static bool IsBuilt(Brief brief) => Indexes.TryGetValue(brief, out _);

    /// <summary>Builds the index during a load and reports what it cost.</summary>
    public static void Prepare(Brief brief, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var clock = Stopwatch.StartNew();
        var index = For(brief);
        logger.LogInformation("Search index built: {Documents} items, {Bytes} bytes in memory, {Milliseconds} ms",
            index.Items.Count, index.SizeInBytes, clock.ElapsedMilliseconds);
    }
}
