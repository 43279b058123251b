using AsianNatoBrief.Web.Linking;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Output caching of pages: one entry per full path + query, content version and negotiated encoding, so the
/// compressed bytes are cached and Brotli runs once per page, not once per request. Only 200 responses are
/// stored; every entry carries the tag <see cref="Tag"/>, evicted when the content reloads.
/// </summary>
internal sealed class PageOutputCachePolicy : IOutputCachePolicy
{
    public const string Name = "pages";
    public const string Tag = "content";

    /// <summary>Longer query strings are answered but not stored, so junk queries cannot crowd out real pages.</summary>
    public const int MaxCachedQueryLength = 256;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static PageOutputCachePolicy Instance { get; } = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var method = http.Request.Method;
        var attempt = (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            && http.Request.QueryString.Value is not { Length: > MaxCachedQueryLength }
            // A re-executed 404 or error page must not be served or stored under the page's own key.
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null
            && http.Features.Get<IExceptionHandlerFeature>() is null;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        if (attempt)
        {
            var services = http.RequestServices;
            // Keyed by version too, so a response rendered from an old snapshot can never be served after a reload.
            context.CacheVaryByRules.VaryByValues["v"] = http.GetBrief().Version;
            context.CacheVaryByRules.VaryByValues["enc"] =
                services.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(http)?.EncodingName ?? "identity";
        }

        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
