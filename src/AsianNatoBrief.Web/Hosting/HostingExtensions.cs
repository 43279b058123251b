using System.IO.Compression;
using AsianNatoBrief.Web.Caching;
using AsianNatoBrief.Web.Data;
using AsianNatoBrief.Web.Linking;
using Microsoft.AspNetCore.HostFiltering;
using AsianNatoBrief.Web.Search;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>Registration and request pipeline of the web app, grouped so that Program stays short.</summary>
public static class HostingExtensions
{
    private const string InlineCompletionsVariable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static WebApplicationBuilder AddBriefHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        NativeMemory.Bound();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // A read-only site needs short URLs, few headers and no bodies: anything bigger is refused by
            // Kestrel itself (414, 431) before it reaches the app. No body is ever read; how much of one is
            // drained to keep a connection open is UnreadBodyMiddleware's choice.
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            kestrel.Limits.MaxRequestBodySize = 16 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        // Every request is answered from memory without blocking (content loads on its own thread), so
        // the request can run on the socket's own thread instead of hopping to the thread pool twice —
        // the largest single cost of a cached page. Server:InlineScheduling=false turns it off.
        if (builder.Configuration.GetValue("Server:InlineScheduling", defaultValue: true))
        {
            builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
            // Read by the runtime when the first socket is made, which is after this point.
            if (Environment.GetEnvironmentVariable(InlineCompletionsVariable) is null)
            {
                Environment.SetEnvironmentVariable(InlineCompletionsVariable, "1");
            }
        }

        builder.Services.AddBriefHardening();
        builder.Services.AddPageCache(builder.Configuration);
        builder.Services.AddBriefSite(builder.Configuration);
        builder.Services.AddBriefData(builder.Configuration);

        // A build that is not published has no wwwroot beside it: its static assets (and their
        // pre-compressed copies) are found through the build's static web assets manifest. ASP.NET
        // Core reads that manifest only in Development, so read it in every environment, or a
        // Production run from the build output (from any working directory) serves empty assets.
        if (!Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        // `dotnet run` works in the folder it is typed in (so that relative content paths mean what the
        // reader expects), which makes that folder the content root; the app's own settings file then
        // lies beside the build instead. Read it from there, below every other source, so that the
        // command line and environment still override it.
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json"))
            && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))
        {
            builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = "appsettings.json",
                Optional = true,
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            });
        }

        return builder;
    }

    /// <summary>Compression and HSTS.</summary>
    public static IServiceCollection AddBriefHardening(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // BREACH needs a secret reflected next to attacker input; this site has no cookies, forms with
            // secrets or per-user content, so compressing over HTTPS is safe.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // The data tables are CSV, which the defaults leave out.
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/csv"];
        });
        // Pages are kept by the page cache after compression, so each page is compressed once: spend a little more
        // CPU on those; a response made for one request only is compressed at the fastest level (CompressionLevels).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, Caching.CompressionLevels>();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>
    /// The <c>Site</c> settings. Without a base URL, links are made from the request's Host, so an empty Host
    /// (HTTP/1.0) is refused by host filtering too, as is any host not in <c>AllowedHosts</c>.
    /// </summary>
    public static IServiceCollection AddBriefSite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<SiteOptions>(configuration.GetSection("Site"));
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<IPostConfigureOptions<HostFilteringOptions>>(provider => new PostConfigureOptions<HostFilteringOptions>(
            Options.DefaultName,
            options => options.AllowEmptyHosts = provider.GetRequiredService<SiteSettings>().BaseUrl is not null));
        return services;
    }

    public static IServiceCollection AddBriefWeb(this IServiceCollection services)
    {
        // No page posts a form, sets a cookie or keeps a session, so nothing needs antiforgery tokens or data
        // protection; but left to their defaults, the first page rendered hashes an application id with SHA-256
        // to name the antiforgery cookie, and a hosted service reads (or creates) a key ring at start-up, which
        // loads the platform's crypto library for nothing (about 6 MB resident) and writes keys under the home
        // folder. The cookie gets a fixed name before the framework's own setup would compute one, and the key
        // ring is left to be read if anything ever asks for it.
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options => options.Cookie.Name = ".AsianNatoBrief.Antiforgery");
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());

            // The views that have a path of their own besides their page's @page route (see SiteRoute).
            foreach (var template in SiteRoute.ReactionFilterTemplates)
            {
                options.Conventions.AddPageRoute("/Reactions/Index", template.TrimStart('/'));
            }

            options.Conventions.AddPageRoute("/Compare/Comparison", SiteRoute.DifferencesTemplate.TrimStart('/'));
        });
        foreach (var preload in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            services.Remove(preload);
        }

        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        services.AddBriefLinks();
        return services;
    }

    /// <summary>
    /// Outermost first (after host filtering, which the host puts before everything): what to do with a
    /// body nobody reads, the page cache (a hit is answered there and goes no further), security headers
    /// (on every response), the last-resort error page, HSTS and the error page, the method filter, 404
    /// re-execution, permanent-link redirects, routing, authentication, authorization and antiforgery (none
    /// configured; placed here so that they are not put first), then compression (inside the cache, so compressed
    /// bytes are what is kept), then endpoints; pages run the cache's validators (ETag/304) as a filter.
    /// </summary>
    public static WebApplication UseBriefPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<UnreadBodyMiddleware>();
        app.UsePageCache();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<LastResortErrorMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseExceptionHandler("/error");
        }

        app.UseMiddleware<MethodFilterMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseBriefLinks();
        app.UseRouting();
        // The site has no sign-in, no protected page and no form that posts, but Razor Pages registers the
        // authentication, authorization and antiforgery services, and WebApplication then puts their
        // middleware in front of everything (before the page cache) unless the app places them itself: here,
        // after routing, where a cache hit never goes.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseBriefData();
        app.UseResponseCompression();

        app.MapStaticAssets();
        app.MapBriefHealth();
        app.MapBriefLinks();
        app.MapBriefSearch();
        app.MapBriefData();
        app.MapRazorPages()
            .WithStaticAssets()
            .WithMetadata(ContentPageMetadata.Instance);
        return app;
    }
}
