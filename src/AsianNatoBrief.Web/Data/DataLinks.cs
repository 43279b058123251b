using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The absolute addresses written into data files. Every absolute URL of the data is made here, from one
/// base address, so where that base comes from is decided in <see cref="For"/> alone.
/// </summary>
internal sealed class DataLinks(string baseUrl)
{
    public static DataLinks For(Brief brief) => new(brief.Site.BaseUrl);

    public string Url(string path) => SiteRoute.Absolute(baseUrl, path).AbsoluteUri;
}
