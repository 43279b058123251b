using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.OutputCaching;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>Drops every cached page when a new content snapshot is swapped in.</summary>
internal sealed class OutputCacheEviction(ContentStore store, IOutputCacheStore cache, ILogger<OutputCacheEviction> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(Brief brief) => _ = EvictAsync(brief);

    private async Task EvictAsync(Brief brief)
    {
        try
        {
            await cache.EvictByTagAsync(PageOutputCachePolicy.Tag, CancellationToken.None);
            logger.LogInformation("Output cache cleared for content version {Version}", brief.Version);
        }
#pragma warning disable CA1031 // Entries are keyed by content version anyway; a failed eviction only wastes memory.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Could not clear the output cache after a reload");
        }
    }
}
