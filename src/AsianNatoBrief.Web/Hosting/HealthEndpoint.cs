using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Web.Hosting;

/// <summary><c>/healthz</c>: plain text, never cached, reporting which content version is live.</summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static IEndpointConventionBuilder MapBriefHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, ContentStore store) =>
        {
            var brief = store.Current;
            context.Response.Headers.CacheControl = "no-store";
            var text = $"ok\ncontent-version: {brief.Version}\ngeneration: {store.Generation}\nlast-change-rejected: {(store.LastRejected.Count > 0 ? "yes" : "no")}\n";
            return Results.Text(text, "text/plain; charset=utf-8");
        });
}
