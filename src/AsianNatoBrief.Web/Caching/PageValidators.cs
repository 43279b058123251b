using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AsianNatoBrief.Web.Caching;

/// <summary>An ETag as sent (<see cref="Text"/>) and parsed (<see cref="Tag"/>), made once and reused.</summary>
internal sealed class PageValidator(string text)
{
    public string Text { get; } = text;

    public EntityTagHeaderValue Tag { get; } = EntityTagHeaderValue.Parse(text);

    /// <summary>Parses a response's ETag header; null when there is none or it is not one valid tag.</summary>
    public static PageValidator? From(StringValues etag) =>
        etag.Count == 1 && EntityTagHeaderValue.TryParse(etag[0], out _) ? new PageValidator(etag[0]!) : null;

    /// <summary>Whether <c>If-None-Match</c> names this tag, by the weak comparison RFC 9110 requires there.</summary>
    public bool IsMatchedBy(StringValues ifNoneMatch)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        // A client revalidating sends back exactly the tag it was given: answer that without parsing.
        if (ifNoneMatch.Count == 1 && string.Equals(ifNoneMatch[0], Text, StringComparison.Ordinal))
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(Tag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Validators and freshness for pages. A page is a pure function of the content snapshot, the build and the
/// address, so its ETag is the content version plus a build id, known before the page runs: a matching
/// <c>If-None-Match</c> is answered 304 without rendering anything.
/// </summary>
/// <remarks>
/// HTML is sent with <c>public, max-age=60, must-revalidate</c>: a reader moving back and forth between pages
/// does not wait on the network, and a corrected fact is out of date in a browser or shared cache for at
/// most a minute, after which must-revalidate forces a (cheap, 304) check. The ETag is weak because the
/// bytes differ between Brotli, gzip and identity while the content is the same. This runs as a page filter
/// (it needs to know the request is for a page, which only routing tells); <see cref="PageCacheMiddleware"/>
/// stores the headers it sets and answers later conditional requests with the same <see cref="PageValidator"/>.
/// </remarks>
internal sealed class PageValidators : IAsyncPageFilter
{
    public const string HtmlCacheControl = "public, max-age=60, must-revalidate";

    private static readonly string BuildId = typeof(PageValidators).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private Snapshot? last;

    /// <summary>The validator of every page of a snapshot, made once per snapshot.</summary>
    public PageValidator For(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var cached = Volatile.Read(ref last);
        if (cached is not null && ReferenceEquals(cached.Brief, brief))
        {
            return cached.Validator;
        }

        var validator = new PageValidator($"W/\"{brief.Version}-{BuildId}\"");
        Volatile.Write(ref last, new Snapshot(brief, validator));
        return validator;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next();
        }

        // The request's own snapshot (taken once per request, shared with the page), so the ETag always
        // names the content version the body was rendered from.
        var validator = For(http.GetBrief());
        var response = http.Response;
        if (validator.IsMatchedBy(http.Request.Headers.IfNoneMatch))
        {
            Stamp(response.Headers, validator);
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return Task.CompletedTask;
        }

        response.OnStarting(static state =>
        {
            var (response, validator) = ((HttpResponse, PageValidator))state;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                Stamp(response.Headers, validator);
            }

            return Task.CompletedTask;
        }, (response, validator));
        return next();
    }

    /// <summary>Writes the validator and freshness of a snapshot's responses: ETag, Cache-Control and Vary.</summary>
    public static void Stamp(IHeaderDictionary headers, PageValidator validator)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(validator);
        headers.ETag = validator.Text;
        headers.CacheControl = HtmlCacheControl;
        // Also on identity responses, so a shared cache never hands them to clients that accept Brotli.
        if (!headers.Vary.Contains(HeaderNames.AcceptEncoding))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }
    }

    private sealed record Snapshot(Brief Brief, PageValidator Validator);
}
