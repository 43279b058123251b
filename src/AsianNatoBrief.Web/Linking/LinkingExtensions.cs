using System.Text;
using AsianNatoBrief.Web.Citations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;

namespace AsianNatoBrief.Web.Linking;

/// <summary>Registration of permanent links, citations and the files for crawlers and feed readers.</summary>
public static class LinkingExtensions
{
    // The site answers only GET and HEAD; a minimal-API MapGet alone would not answer HEAD.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IServiceCollection AddBriefLinks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CitationService>();
        return services;
    }

    /// <summary>Redirects non-canonical and renamed addresses (301); goes early, before the endpoints.</summary>
    public static IApplicationBuilder UseBriefLinks(this IApplicationBuilder app) => app.UseMiddleware<LinkRedirectMiddleware>();

    public static IEndpointRouteBuilder MapBriefLinks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(SiteRoute.Sitemap, GetAndHead, (HttpContext context) => Text(SiteFiles.Sitemap(context.GetBrief(), context.GetOrigin()), "application/xml"));
        endpoints.MapMethods(SiteRoute.Robots, GetAndHead, (HttpContext context) => Text(SiteFiles.Robots(context.GetBrief(), context.GetOrigin()), "text/plain"));
        endpoints.MapMethods(SiteRoute.Feed, GetAndHead, (HttpContext context) => Text(SiteFiles.Feed(context.GetBrief(), context.GetOrigin()), "application/atom+xml"));
        endpoints.MapMethods(SiteRoute.ChangesFeed, GetAndHead, (HttpContext context) => Text(SiteFiles.ChangesFeed(context.GetBrief(), context.GetOrigin()), "application/atom+xml"));
        endpoints.MapMethods(SiteRoute.CitationTemplate, GetAndHead, (string id, string extension, HttpContext context, CitationService citations) =>
        {
            var brief = context.GetBrief();
            var file = CitationService.Files.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.Ordinal));
            if (file is null || brief.FindReaction(id) is not { } reaction)
            {
                return Results.NotFound();
            }

            context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{id}.{file.Extension}" }.ToString();
            return Text(file.Text(citations.ForDownload(brief, reaction, context.GetOrigin())), file.MediaType);
        });
        return endpoints;
    }

    private static IResult Text(string text, string mediaType) => Results.Text(text, mediaType, new UTF8Encoding(false));
}
