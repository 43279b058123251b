using System.Collections.Concurrent;
using AsianNatoBrief.Web.Hosting;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AsianNatoBrief.Web.Caching;

/// <summary>One stored page: the exact bytes and headers of a 200 response, ready to be written again.</summary>
internal sealed class CachedPage(byte[] body, KeyValuePair<string, StringValues>[] headers, PageValidator? validator)
{
    public byte[] Body { get; } = body;

    /// <summary>Every response header except the ones the server writes per response (Date, Content-Length…).</summary>
    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    /// <summary>The page's ETag, parsed once when it was kept; null when it had none.</summary>
    public PageValidator? Validator { get; } = validator;

    /// <summary>Set on every hit and cleared by a sweep: the sweep drops pages nobody asked for since the last one.</summary>
    public int Used;
}

/// <summary>
/// Which stored response a request can be answered with. <paramref name="Host"/> is the request's Host when
/// absolute links are made from it (no <c>Site:BaseUrl</c>), else empty: a page rendered for one host is
/// never handed to a reader who asked another.
/// </summary>
internal readonly record struct PageKey(string Path, string Encoding, bool Https, string Host);

/// <summary>
/// The pages of one content snapshot, kept as the bytes that were sent (already compressed), keyed by path,
/// query, negotiated encoding, scheme and (when links are made from it) host. A page is a pure function of those and of the snapshot, so a stored
/// page is correct for as long as its snapshot is current; a new snapshot starts an empty cache.
/// </summary>
/// <remarks>
/// The memory is bounded by <see cref="PageCacheOptions.MaxBytes"/>: when a page would not fit, pages not
/// asked for since the previous sweep are dropped (a second-chance sweep), and when that frees too little the
/// new page is simply not kept.
/// </remarks>
internal sealed class PageCache
{
    private const int MaxRememberedEncodings = 64;

    private readonly ContentStore store;
    private readonly IResponseCompressionProvider compression;
    private readonly PageCacheOptions options;
    private readonly ConcurrentDictionary<string, string> encodings = new(StringComparer.Ordinal);
    private readonly Lock sweepLock = new();
    private readonly bool keyOnHost;
    private Generation generation;
    private long hits;
    private long stores;
    private long sweeps;

    public PageCache(ContentStore store, IResponseCompressionProvider compression, IOptions<PageCacheOptions> options, SiteSettings site)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(site);
        this.store = store;
        this.compression = compression;
        this.options = options.Value;
        keyOnHost = site.BaseUrl is null;
        generation = new Generation(store.Current);
    }

    public PageCacheOptions Options => options;

    public long Hits => Interlocked.Read(ref hits);

    public long Stores => Interlocked.Read(ref stores);

    public long Sweeps => Interlocked.Read(ref sweeps);

    /// <summary>Pages held for the current snapshot.</summary>
    public int Count => Current().Pages.Count;

    /// <summary>Body bytes held for the current snapshot.</summary>
    public long Bytes => Interlocked.Read(ref Current().Bytes);

    /// <summary>The cache of the live snapshot; a reload makes the next call start an empty one.</summary>
    public Generation Current()
    {
        var brief = store.Current;
        var current = Volatile.Read(ref generation);
        if (ReferenceEquals(current.Brief, brief))
        {
            return current;
        }

        var fresh = new Generation(brief);
        var seen = Interlocked.CompareExchange(ref generation, fresh, current);
        return ReferenceEquals(seen, current) ? fresh : seen;
    }

    /// <summary>
    /// The host part of a request's key: its Host header when absolute links are made from the request, else
    /// empty (with a configured base URL no response depends on the host, so every host shares one entry).
    /// </summary>
    public string HostOf(HttpRequest request) => keyOnHost ? request.Host.Value ?? string.Empty : string.Empty;

    /// <summary>The content coding the compression middleware would choose for this request ("identity" for none).</summary>
    public string EncodingOf(HttpContext context)
    {
        var header = context.Request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return "identity";
        }

        // Only a single header line is remembered: its raw value is the whole input of the negotiation.
        var single = header.Count == 1 ? header[0] : null;
        if (single is not null && encodings.TryGetValue(single, out var known))
        {
            return known;
        }

        var chosen = compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        if (single is not null && encodings.Count < MaxRememberedEncodings)
        {
            encodings.TryAdd(single, chosen);
        }

        return chosen;
    }

    public bool TryGet(Generation pages, in PageKey key, out CachedPage page)
    {
        if (pages.Pages.TryGetValue(key, out page!))
        {
            page.Used = 1;
            Interlocked.Increment(ref hits);
            return true;
        }

        return false;
    }

    /// <summary>Keeps a page for its snapshot, within the memory bound; false when it was not kept.</summary>
    public bool TryAdd(Generation pages, in PageKey key, CachedPage page)
    {
        if (page.Body.Length > options.MaxEntryBytes)
        {
            return false;
        }

        if (Interlocked.Read(ref pages.Bytes) + page.Body.Length > options.MaxBytes && !Sweep(pages, page.Body.Length))
        {
            return false;
        }

        if (!pages.Pages.TryAdd(key, page))
        {
            return false;
        }

        Interlocked.Add(ref pages.Bytes, page.Body.Length);
        Interlocked.Increment(ref stores);
        return true;
    }

    /// <summary>Drops the pages not used since the last sweep; true when <paramref name="needed"/> bytes now fit.</summary>
    private bool Sweep(Generation pages, int needed)
    {
        lock (sweepLock)
        {
            if (Interlocked.Read(ref pages.Bytes) + needed <= options.MaxBytes)
            {
                return true;
            }

            Interlocked.Increment(ref sweeps);
            foreach (var (key, page) in pages.Pages)
            {
                if (Interlocked.Exchange(ref page.Used, 0) == 0 && pages.Pages.TryRemove(key, out _))
                {
                    Interlocked.Add(ref pages.Bytes, -page.Body.Length);
                }
            }

            return Interlocked.Read(ref pages.Bytes) + needed <= options.MaxBytes;
        }
    }

    /// <summary>The pages stored for one snapshot.</summary>
    internal sealed class Generation(Brief brief)
    {
        public Brief Brief { get; } = brief;

        public ConcurrentDictionary<PageKey, CachedPage> Pages { get; } = new();

        public long Bytes;
    }
}
