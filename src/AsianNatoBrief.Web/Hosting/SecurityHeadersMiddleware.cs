using Microsoft.Extensions.Primitives;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Adds the security headers to every response — pages, static files, redirects, 404s, 405s and errors —
/// at the moment the response starts, so that a handler that clears the response cannot lose them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Only what the site needs: its own stylesheet and script, its own images (and data: URIs for small
    /// inline images such as an SVG icon), its own origin for fetches and GET forms. No inline script or
    /// style, no framing, no base-URI rewriting.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly StringValues Csp = ContentSecurityPolicy;
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Referrer = "strict-origin-when-cross-origin";
    private static readonly StringValues Permissions = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    private static readonly StringValues SameOrigin = "same-origin";
    private static readonly StringValues Deny = "DENY";

    private static readonly Func<object, Task> Apply = state =>
    {
        var headers = ((HttpContext)state).Response.Headers;
        headers.ContentSecurityPolicy = Csp;
        headers.XContentTypeOptions = NoSniff;
        headers["Referrer-Policy"] = Referrer;
        headers["Permissions-Policy"] = Permissions;
        headers["Cross-Origin-Opener-Policy"] = SameOrigin;
        headers["Cross-Origin-Resource-Policy"] = SameOrigin;
        // Superseded by frame-ancestors, but still honoured by old browsers.
        headers.XFrameOptions = Deny;
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    }
}
