using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>Registration and request pipeline of the web app, grouped so that Program stays short.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddBriefHosting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
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
