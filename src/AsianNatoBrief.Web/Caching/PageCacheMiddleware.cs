using AsianNatoBrief.Web.Linking;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace AsianNatoBrief.Web.Caching;

/// <summary>
/// The first thing every request meets. A GET or HEAD for a page already rendered from the live snapshot is
/// answered here with the stored bytes and headers (or 304 when the client's ETag matches), without the
/// rest of the pipeline; anything else goes through the pipeline, and a page that comes back 200 is kept.
/// Only addresses without a query string are looked up or kept: every view of the site has a path of its
/// own (<see cref="SiteRoute"/>), so a query is either a form's, answered by a redirect, or junk, and
/// hostile queries cannot fill the cache.
/// </summary>
/// <remarks>
/// Stored headers are those the full pipeline sent — security headers, Content-Type, Content-Encoding,
/// ETag, Cache-Control, Vary — so a hit cannot differ from a miss except in Date and in having a
/// Content-Length instead of chunks.
/// </remarks>
internal sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache)
{
    /// <summary>Headers the server writes per response, never stored.</summary>
    private static readonly HashSet<string> Unstored = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection,
        HeaderNames.KeepAlive, HeaderNames.Server, HeaderNames.Age,
    };

    /// <summary>Headers that describe a body, left out of a 304.</summary>
    private static readonly HashSet<string> BodyHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.ContentType, HeaderNames.ContentEncoding, HeaderNames.ContentLength,
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        var isGet = HttpMethods.IsGet(method);
        if (!(isGet || HttpMethods.IsHead(method)))
        {
            return next(context);
        }

        if (request.QueryString.HasValue)
        {
            return next(context);
        }

        var pages = cache.Current();
        var key = new PageKey(request.Path.Value ?? "/", cache.EncodingOf(context), request.IsHttps, cache.HostOf(request));
        if (cache.TryGet(pages, key, out var page))
        {
            return Send(context, page, isGet);
        }

        // The request renders from the snapshot the key was made for, so what is kept matches its key.
        context.UseBrief(pages.Brief);
        return isGet && MayBePage(key.Path) ? RenderAndKeep(context, pages, key) : next(context);
    }

    /// <summary>Page addresses never have a dot in their last segment; files (assets, sitemap, downloads) do.</summary>
    private static bool MayBePage(string path) => !path.AsSpan(path.LastIndexOf('/') + 1).Contains('.');

    private static Task Send(HttpContext context, CachedPage page, bool withBody)
    {
        var response = context.Response;
        var headers = response.Headers;
        if (page.Validator is { } validator && validator.IsMatchedBy(context.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in page.Headers)
            {
                if (!BodyHeaders.Contains(name))
                {
                    headers[name] = value;
                }
            }

            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.ContentLength = page.Body.Length;
        if (!withBody)
        {
            return Task.CompletedTask;
        }

        // No cancellation token: reading RequestAborted makes Kestrel create one per request, and a write to
        // a closed connection ends at once anyway.
        var write = response.BodyWriter.WriteAsync(page.Body);
        return write.IsCompletedSuccessfully ? Task.CompletedTask : write.AsTask();
    }

    private async Task RenderAndKeep(HttpContext context, PageCache.Generation pages, PageKey key)
    {
        var features = context.Features;
        features.Set(KeptResponseFeature.Instance);
        var original = features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var capture = new CapturingStream(original.Stream, cache.Options.MaxEntryBytes);
        var capturing = new StreamResponseBodyFeature(capture, original);
        features.Set<IHttpResponseBodyFeature>(capturing);
        try
        {
            await next(context);
            // Flushes what was written through the feature's PipeWriter, if anything was.
            await capturing.CompleteAsync();
        }
        finally
        {
            features.Set(original);
        }

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || capture.Overflowed
            || context.GetEndpoint()?.Metadata.GetMetadata<ContentPageMetadata>() is null
            || response.Headers.SetCookie.Count > 0
            || response.Headers.CacheControl.Any(value => value?.Contains("no-store", StringComparison.OrdinalIgnoreCase) == true)
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var body = capture.ToArray();
        if (response.Headers.ContentLength is { } declared && declared != body.Length)
        {
            return;
        }

        var headers = response.Headers.Where(header => !Unstored.Contains(header.Key)).ToArray();
        cache.TryAdd(pages, key, new CachedPage(body, headers, PageValidator.From(response.Headers.ETag)));
    }

    /// <summary>Writes through to the response and keeps a copy of what was written, up to a limit.</summary>
    private sealed class CapturingStream(Stream inner, int limit) : Stream
    {
        private MemoryStream? copy = new();

        public bool Overflowed => copy is null;

        public byte[] ToArray() => copy?.ToArray() ?? [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Keep(buffer);
            inner.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        private void Keep(ReadOnlySpan<byte> buffer)
        {
            if (copy is null)
            {
                return;
            }

            if (copy.Length + buffer.Length > limit)
            {
                copy.Dispose();
                copy = null;
                return;
            }

            copy.Write(buffer);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                copy?.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
