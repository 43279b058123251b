using Microsoft.AspNetCore.Http.Features;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Nothing in this site reads a request body (only GET and HEAD are answered; others get 405). Kestrel
/// keeps a connection usable after such a request by reading and discarding the body once the response
/// is sent, within the request's body size limit and five seconds. So a body of known length up to
/// <see cref="DrainLimit"/> is allowed to be drained, and the next request on the connection is
/// answered; any other body (larger, or of unknown length) gets <c>Connection: close</c> on its response,
/// so the client knows to open a new connection instead of finding this one reset.
/// </summary>
internal sealed class UnreadBodyMiddleware(RequestDelegate next)
{
    /// <summary>The largest body drained to keep its connection open.</summary>
    public const long DrainLimit = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true })
        {
            Prepare(context);
        }

        return next(context);
    }

    private static void Prepare(HttpContext context)
    {
        var request = context.Request;
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (request.ContentLength is { } length && length <= DrainLimit && limit is { IsReadOnly: false })
        {
            limit.MaxRequestBodySize = DrainLimit;
            return;
        }

        // Connection is an HTTP/1 header; HTTP/2 and 3 end a stream without ending the connection.
        if (HttpProtocol.IsHttp11(request.Protocol) || HttpProtocol.IsHttp10(request.Protocol))
        {
            context.Response.Headers.Connection = "close";
        }
    }
}
