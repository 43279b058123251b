using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Caching;

/// <summary>Set on a request whose response the page cache will keep.</summary>
internal sealed class KeptResponseFeature
{
    public static readonly KeptResponseFeature Instance = new();
}

/// <summary>
/// Chooses how hard to compress by who pays: a page the cache keeps is compressed once and served many
/// times, so it gets the configured (optimal) level; a response made for one request only — a search, a 404,
/// a page with a query — gets the fastest level, which costs a fraction of the CPU for a slightly larger body.
/// </summary>
internal sealed class CompressionLevels(IServiceProvider services, IOptions<ResponseCompressionOptions> options) : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider chosen = new(services, options);
    private readonly BrotliCompressionProvider fastBrotli = new(Options.Create(new BrotliCompressionProviderOptions { Level = CompressionLevel.Fastest }));
    private readonly GzipCompressionProvider fastGzip = new(Options.Create(new GzipCompressionProviderOptions { Level = CompressionLevel.Fastest }));

    public ICompressionProvider? GetCompressionProvider(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var provider = chosen.GetCompressionProvider(context);
        if (provider is null || context.Features.Get<KeptResponseFeature>() is not null)
        {
            return provider;
        }

        return provider.EncodingName switch
        {
            "br" => fastBrotli,
            "gzip" => fastGzip,
            _ => provider,
        };
    }

    public bool ShouldCompressResponse(HttpContext context) => chosen.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => chosen.CheckRequestAcceptsCompression(context);
}
