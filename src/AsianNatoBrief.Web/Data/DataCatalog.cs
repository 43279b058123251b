using System.Collections.Concurrent;
using AsianNatoBrief.Web.Linking;
using System.Runtime.CompilerServices;
using AsianNatoBrief.Web.Model;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The data files of each content snapshot, made once per snapshot: a reload makes a new snapshot and so
/// a new set, and a snapshot nobody uses any more takes its files with it when it is collected.
/// </summary>
internal sealed class DataCatalog(IOptions<DataOptions> options)
{
    // Per snapshot, then per origin: absolute addresses inside the files follow the origin, and only hosts that
    // host filtering lets in (or the one base URL) ever get here, so the inner map stays small.
    private readonly ConditionalWeakTable<Brief, ConcurrentDictionary<string, DataSet>> sets = [];

    public DataOptions Options => options.Value;

    public DataSet For(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return sets.GetValue(brief, _ => new(StringComparer.Ordinal))
            .GetOrAdd(origin.Root, _ => new DataSet(brief, options.Value, origin));
    }
}
