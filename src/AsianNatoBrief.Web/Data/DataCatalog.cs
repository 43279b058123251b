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
    private readonly ConditionalWeakTable<Brief, DataSet> sets = [];

    public DataOptions Options => options.Value;

    public DataSet For(Brief brief) => sets.GetValue(brief, b => new DataSet(b, options.Value));
}
