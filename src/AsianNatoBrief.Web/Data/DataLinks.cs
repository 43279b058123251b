using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The absolute addresses written into data files. Every absolute URL of the data is made here, from the
/// request's origin (<c>Site:BaseUrl</c>, or the scheme and host the request arrived at).
/// </summary>
internal sealed class DataLinks(SiteOrigin origin)
{
    public string Url(string path) => origin.Absolute(path).AbsoluteUri;
}
