using AsianNatoBrief.Web.Caching;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// Serves the data files. They are content pages in every way that matters (<see cref="ContentPageMetadata"/>:
/// version ETag, 304, freshness, compression, security headers), and in one more: any origin may read them.
/// </summary>
public static class DataEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    // Every address that can name a data file; which file, if any, is SiteRoute.Parse's and DataSet's answer.
    private static readonly string[] Templates =
    [
        SiteRoute.Actors + "/{id}" + SiteRoute.JsonExtension,
        SiteRoute.Reactions + "/{id}" + SiteRoute.JsonExtension,
        "/frameworks/{id}" + SiteRoute.JsonExtension,
        SiteRoute.Chooser + "/{selection}" + SiteRoute.JsonExtension,
        SiteRoute.Data + "/{file}",
        SiteRoute.Data + "/schema/{file}",
    ];

    public static IServiceCollection AddBriefData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DataOptions>(configuration.GetSection("Data"));
        services.AddSingleton<DataCatalog>();
        return services;
    }

    /// <summary>Lets any origin read a data file, on 200, 304 and HEAD alike; goes after routing.</summary>
    public static IApplicationBuilder UseBriefData(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DataFileMetadata>() is not null)
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }

        return next(context);
    });

    public static IEndpointRouteBuilder MapBriefData(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        foreach (var template in Templates)
        {
            endpoints.MapMethods(template, GetAndHead, Serve).WithMetadata(ContentPageMetadata.Instance, DataFileMetadata.Instance);
        }

        return endpoints;
    }

    private static IResult Serve(HttpContext context, DataCatalog catalog, PageValidators validators)
    {
        var brief = context.GetBrief();
        if (SiteRoute.Parse(context.Request.Path.Value ?? "") is not { } address || catalog.For(brief, context.GetOrigin()).Find(address) is not { } file)
        {
            return Results.NotFound();
        }

        // The same validators as pages: the content version names every file of a snapshot.
        var validator = validators.For(brief);
        PageValidators.Stamp(context.Response.Headers, validator);
        if (validator.IsMatchedBy(context.Request.Headers.IfNoneMatch))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        if (file.SchemaPath is { } schema)
        {
            context.Response.Headers.Link = $"<{schema}>; rel=\"describedby\"";
        }

        return Results.Bytes(file.Body, file.MediaType);
    }

    private sealed class DataFileMetadata
    {
        public static DataFileMetadata Instance { get; } = new();
    }
}
