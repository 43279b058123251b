using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>Deployment settings of the site, configuration section <c>Site</c> (environment <c>Site__BaseUrl</c> …).</summary>
public sealed class SiteOptions
{
    /// <summary>The public address absolute links start with; unset, they start with the request's scheme and host.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Where readers report errors: an email address or an https address; unset, the About page says so.</summary>
    public string? CorrectionsContact { get; set; }
}

/// <summary>The <c>Site</c> settings, checked and parsed once at start-up.</summary>
public sealed class SiteSettings
{
    public SiteSettings(IOptions<SiteOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var site = options.Value;
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(site.BaseUrl))
        {
            var text = site.BaseUrl.Trim().TrimEnd('/');
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo))
            {
                BaseUrl = uri;
            }
            else
            {
                problems.Add($"setting Site:BaseUrl '{site.BaseUrl}' must be an absolute http or https address (scheme, host and optionally a path) without a query or fragment");
            }
        }

        if (!string.IsNullOrWhiteSpace(site.CorrectionsContact))
        {
            CorrectionsContact = site.CorrectionsContact.Trim();
            CorrectionsLink = LinkTo(CorrectionsContact);
            if (CorrectionsLink is null)
            {
                problems.Add($"setting Site:CorrectionsContact '{site.CorrectionsContact}' must be an email address or an absolute https address");
                CorrectionsContact = null;
            }
        }

        Problems = problems;
    }

    /// <summary>The configured base address (no trailing slash in its path), or null: links follow the request.</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The corrections contact as written, or null when none is set.</summary>
    public string? CorrectionsContact { get; }

    /// <summary>The link for <see cref="CorrectionsContact"/> (<c>mailto:</c> for an email address).</summary>
    public Uri? CorrectionsLink { get; }

    /// <summary>Settings that are set but not valid; the app refuses to start while there are any.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The link for a contact, or null when it is neither an email address nor an https address.</summary>
    public static Uri? LinkTo(string contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(contact, UriKind.Absolute, out var web) ? web : null;
        }

        var at = contact.IndexOf('@', StringComparison.Ordinal);
        var looksLikeEmail = at > 0 && at == contact.LastIndexOf('@') && contact.IndexOf('.', at) > at + 1
            && !contact.EndsWith('.') && !contact.Any(char.IsWhiteSpace);
        return looksLikeEmail && Uri.TryCreate("mailto:" + contact, UriKind.Absolute, out var mail) ? mail : null;
    }
}
