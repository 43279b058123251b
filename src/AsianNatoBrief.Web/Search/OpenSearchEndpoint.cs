using System.Text;
using System.Xml.Linq;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Search;

/// <summary><c>/opensearch.xml</c>: the OpenSearch description that lets a browser add the site's search.</summary>
internal static class OpenSearchEndpoint
{
    public const string MediaType = "application/opensearchdescription+xml";

    /// <summary>The specification allows at most 16 characters in ShortName.</summary>
    private const int MaxShortName = 16;

    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapBriefSearch(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapMethods(SiteRoute.OpenSearch, GetAndHead, (HttpContext context) =>
            Results.Text(Description(context.GetBrief().Site, context.GetOrigin()), MediaType, new UTF8Encoding(false)));
        return endpoints;
    }

    internal static string Description(Model.SiteInfo site, SiteOrigin origin)
    {
        var template = origin.Absolute(SiteRoute.Search).AbsoluteUri + "?q={searchTerms}";
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(OpenSearch + "OpenSearchDescription",
                new XElement(OpenSearch + "ShortName", site.Title.Length <= MaxShortName ? site.Title : site.Title[..MaxShortName]),
                new XElement(OpenSearch + "Description", "Search " + site.Title + ": actors, reactions, positions, frameworks, comparison rows, events and sources."),
                new XElement(OpenSearch + "InputEncoding", "UTF-8"),
                new XElement(OpenSearch + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"), new XAttribute("template", template)),
                new XElement(OpenSearch + "Url", new XAttribute("type", MediaType), new XAttribute("rel", "self"),
                    new XAttribute("template", origin.Absolute(SiteRoute.OpenSearch).AbsoluteUri))));
        return document.Declaration + "\n" + document.ToString();
    }
}
