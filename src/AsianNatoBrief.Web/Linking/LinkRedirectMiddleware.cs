namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// Answers a page address that is not in its canonical form (<see cref="SiteRoute.Canonical"/>: case,
/// trailing slash, a renamed item's former id) with one 301 to the canonical address, keeping the query
/// string; a filter or chooser query that names a view is sent to the view's own path
/// (<see cref="SiteRoute.CanonicalQuery"/>). It is the single place where case and aliases are handled: page models only see canonical paths.
/// </summary>
internal sealed class LinkRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var path = request.Path.Value ?? "/";
            var brief = context.GetBrief();
            if (SiteRoute.Canonical(brief, path) is { } canonical)
            {
                var fromQuery = request.QueryString.HasValue ? SiteRoute.CanonicalQuery(brief, canonical, request.Query) : null;
                if (fromQuery is not null || !string.Equals(canonical, path, StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = request.PathBase.Add(new PathString(fromQuery ?? canonical)).ToUriComponent()
                        + (fromQuery is null ? request.QueryString.ToUriComponent() : "");
                    return Task.CompletedTask;
                }
            }
        }

        return next(context);
    }
}
