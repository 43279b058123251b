using AsianNatoBrief.Web.Hosting;

namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// Where absolute links start: <c>Site:BaseUrl</c> when it is set, else the scheme, host and path base
/// the request arrived at, so a local run links to itself. The host is one that host filtering let in
/// (<c>AllowedHosts</c>), and the page cache keys what it keeps by it.
/// </summary>
public sealed class SiteOrigin
{
    private readonly string root;

    private SiteOrigin(string root) => this.root = root;

    /// <summary>The origin of a fixed base address (a deployment's <c>Site:BaseUrl</c>).</summary>
    public static SiteOrigin Of(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new SiteOrigin(baseUrl.AbsoluteUri.TrimEnd('/'));
    }

    /// <summary>Scheme, host and path base, without a trailing slash: what tells one origin from another.</summary>
    public string Root => root;

    /// <summary>The absolute address of a site path.</summary>
    public Uri Absolute(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new Uri(root + (path.StartsWith('/') ? path : "/" + path), UriKind.Absolute);
    }
}

/// <summary>The origin of the current request.</summary>
public static class RequestOrigin
{
    private static readonly object Key = new();

    /// <summary>The origin absolute links of this response start with (made once per request).</summary>
    public static SiteOrigin GetOrigin(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[Key] is SiteOrigin known)
        {
            return known;
        }

        var origin = SiteOrigin.Of(BaseOf(context));
        context.Items[Key] = origin;
        return origin;
    }

    private static Uri BaseOf(HttpContext context)
    {
        if (context.RequestServices.GetRequiredService<SiteSettings>().BaseUrl is { } configured)
        {
            return configured;
        }

        var request = context.Request;
        return Uri.TryCreate(request.Scheme + "://" + request.Host.ToUriComponent() + request.PathBase.ToUriComponent(), UriKind.Absolute, out var own)
            ? own
            // Only a host that host filtering let through gets here; one that is still no address is refused.
            : throw new BadHttpRequestException("The Host header is not a valid host name.", StatusCodes.Status400BadRequest);
    }
}
