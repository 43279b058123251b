namespace AsianNatoBrief.Web.Hosting;

/// <summary>The site is read-only: every method other than GET and HEAD is answered 405 before any other work.</summary>
internal sealed class MethodFilterMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This site is read-only: only GET and HEAD are allowed.\n", context.RequestAborted);
    }
}
