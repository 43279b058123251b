using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Validators and freshness for pages. A page is a pure function of the content snapshot, the build and the
/// URL, so its ETag is the content version plus a build id, known before the page runs: a matching
/// <c>If-None-Match</c> is answered 304 without rendering anything.
/// </summary>
/// <remarks>
/// HTML is sent with <c>public, max-age=60, must-revalidate</c>: a reader moving back and forth between pages
/// does not wait on the network, and a corrected fact is out of date in a browser or shared cache for at
/// most a minute, after which must-revalidate forces a (cheap, 304) check. The ETag is weak because the
/// bytes differ between Brotli, gzip and identity while the content is the same.
/// </remarks>
internal sealed class PageCacheHeadersMiddleware(RequestDelegate next)
{
    public const string HtmlCacheControl = "public, max-age=60, must-revalidate";

    private static readonly string BuildId = typeof(PageCacheHeadersMiddleware).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private Validator? last;

    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        var method = context.Request.Method;
        if (endpoint?.Metadata.GetMetadata<ContentPageMetadata>() is null
            || !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }

        // The request's own snapshot (taken once per request, shared with the page), so the ETag always
        // names the content version the body was rendered from.
        var etag = ETagOf(context.GetBrief());
        var response = context.Response;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = HtmlCacheControl;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }

        response.OnStarting(static state =>
        {
            var (context, etag) = ((HttpContext, string))state;
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                var headers = context.Response.Headers;
                headers.ETag = etag;
                headers.CacheControl = HtmlCacheControl;
                // Also on identity responses, so a shared cache never hands them to clients that accept Brotli.
                if (!headers.Vary.Contains(HeaderNames.AcceptEncoding))
                {
                    headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                }
            }

            return Task.CompletedTask;
        }, (context, etag));
        return next(context);
    }

    /// <summary>The ETag of every page of a snapshot, cached per snapshot to avoid formatting it per request.</summary>
    internal string ETagOf(Brief brief)
    {
        var cached = Volatile.Read(ref last);
        if (cached is not null && ReferenceEquals(cached.Brief, brief))
        {
            return cached.ETag;
        }

        var etag = $"W/\"{brief.Version}-{BuildId}\"";
        Volatile.Write(ref last, new Validator(brief, etag));
        return etag;
    }

    private sealed record Validator(Brief Brief, string ETag);

    /// <summary>Weak comparison, as RFC 9110 requires for If-None-Match.</summary>
    internal static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        var opaque = etag.AsSpan(2); // strip W/
        foreach (var header in ifNoneMatch)
        {
            if (header is null)
            {
                continue;
            }

            foreach (var range in header.AsSpan().Split(','))
            {
                var candidate = header.AsSpan()[range].Trim();
                if (candidate is "*")
                {
                    return true;
                }

                if (candidate.StartsWith("W/", StringComparison.Ordinal))
                {
                    candidate = candidate[2..];
                }

                if (candidate.SequenceEqual(opaque))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
