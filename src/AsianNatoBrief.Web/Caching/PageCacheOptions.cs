namespace AsianNatoBrief.Web.Caching;

/// <summary>Limits of the page cache (configuration section <c>PageCache</c>).</summary>
public sealed class PageCacheOptions
{
    /// <summary>Body bytes kept per content version, over all pages and encodings (the real site needs under 1 MB).</summary>
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Bodies larger than this are served but not kept.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;
}
