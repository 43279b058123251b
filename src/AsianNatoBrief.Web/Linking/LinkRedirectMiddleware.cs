namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// Answers a page address that is not in its canonical form (<see cref="SiteRoute.Canonical"/>: case,
/// trailing slash, a renamed item's former id) with one 301 to the canonical address, keeping the query
/// string. It is the single place where case and aliases are handled: page models only see canonical paths.
/// </summary>
internal sealed class LinkRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var path = request.Path.Value ?? "/";
            var target = SiteRoute.Canonical(context.GetBrief(), path);
            if (target is not null && !string.Equals(target, path, StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = request.PathBase.Add(new PathString(target)).ToUriComponent() + request.QueryString.ToUriComponent();
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
