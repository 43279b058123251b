using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>Registration and request pipeline of the web app, grouped so that Program stays short.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddBriefHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // A build that is not published has no wwwroot beside it: its static assets (and their
        // pre-compressed copies) are found through the build's static web assets manifest. ASP.NET
        // Core reads that manifest only in Development, so read it in every environment, or a
        // Production run from the build output (from any working directory) serves empty assets.
        if (!Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    public static IServiceCollection AddBriefWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        services.AddRouting(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = false;
        });
        services.AddBriefLinks();
        return services;
    }

    public static WebApplication UseBriefPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseBriefLinks();
        app.MapStaticAssets();
        app.MapBriefLinks();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
