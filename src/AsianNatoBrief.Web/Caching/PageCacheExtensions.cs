using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Caching;

/// <summary>The page cache as one component: its store, the middleware in front of everything, and page validators.</summary>
public static class PageCacheExtensions
{
    /// <summary>Registers the cache (settings section <c>PageCache</c>) and the ETag/304 filter every page runs.</summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<PageCacheOptions>(configuration.GetSection("PageCache"));
        services.AddSingleton<PageCache>();
        services.AddSingleton<PageValidators>();
        services.Configure<MvcOptions>(options => options.Filters.AddService<PageValidators>());
        return services;
    }

    /// <summary>
    /// Answers requests for pages already rendered from the live snapshot and keeps new ones. Goes first, so
    /// that a hit skips everything else; what it keeps is what the rest of the pipeline sent.
    /// </summary>
    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseMiddleware<PageCacheMiddleware>();
}
