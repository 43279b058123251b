namespace AsianNatoBrief.Web.Loading;

/// <summary>Registration of the content store.</summary>
public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddBriefContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection("Content"));
        services.AddSingleton<ContentStore>();
        return services;
    }
}
