using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>The generated files for crawlers and feed readers: sitemap, robots.txt and the Atom feed.</summary>
public static class SiteFiles
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>A sitemap listing every canonical page with the content's version date as its last modification.</summary>
    public static string Sitemap(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(origin);
        var lastModified = brief.Site.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new XDocument(
            new XElement(
                SitemapNs + "urlset",
                CanonicalPages.All(brief).Select(path => new XElement(
                    SitemapNs + "url",
                    new XElement(SitemapNs + "loc", origin.Absolute(path).AbsoluteUri),
                    new XElement(SitemapNs + "lastmod", lastModified)))));
        return Write(document);
    }

    /// <summary>Lets every crawler in and points it at the sitemap.</summary>
    public static string Robots(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(origin);
        return $"User-agent: *\nAllow: /\n\nSitemap: {origin.Absolute(SiteRoute.Sitemap).AbsoluteUri}\n";
    }

    /// <summary>
    /// An Atom feed of the reactions, newest first. Each entry's id is the reaction's canonical address,
    /// which never changes; its update time is the content's version date.
    /// </summary>
    public static string Feed(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(origin);
        var site = brief.Site;
        var updated = AtomTime(site.Updated);
        var feed = new XElement(
            AtomNs + "feed",
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XElement(AtomNs + "id", origin.Absolute(SiteRoute.Reactions).AbsoluteUri),
            new XElement(AtomNs + "title", $"Reactions — {site.Title}"),
            new XElement(AtomNs + "subtitle", site.Description),
            new XElement(AtomNs + "updated", updated),
            Link("self", origin.Absolute(SiteRoute.Feed), "application/atom+xml"),
            Link("alternate", origin.Absolute(SiteRoute.Reactions), "text/html"),
            new XElement(AtomNs + "author", new XElement(AtomNs + "name", site.Title), new XElement(AtomNs + "uri", origin.Absolute(SiteRoute.Home).AbsoluteUri)),
            brief.Reactions.Select(r => new XElement(
                AtomNs + "entry",
                new XElement(AtomNs + "id", origin.Absolute(SiteRoute.Reaction(r.Id)).AbsoluteUri),
                new XElement(AtomNs + "title", r.Headline),
                new XElement(AtomNs + "updated", updated),
                Link("alternate", origin.Absolute(SiteRoute.Reaction(r.Id)), "text/html"),
                new XElement(AtomNs + "author", new XElement(AtomNs + "name", site.Title)),
                new XElement(AtomNs + "category", new XAttribute("term", r.Stance.Slug()), new XAttribute("label", r.Stance.Label())),
                new XElement(AtomNs + "summary", new XAttribute("type", "text"), Summary(r)),
                new XElement(AtomNs + "content", new XAttribute("type", "html"), r.Body.Value ?? ""))));
        return Write(new XDocument(feed));
    }

    /// <summary>
    /// An Atom feed of the content's changes and corrections, newest first: one entry per change, its id
    /// its place on the changes page (item and date), so that a later change to the same item is a new entry.
    /// </summary>
    public static string ChangesFeed(Brief brief, SiteOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(origin);
        var site = brief.Site;
        var updated = brief.Changes.Count > 0 ? brief.Changes[0].Change.Date : site.Updated;
        var feed = new XElement(
            AtomNs + "feed",
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XElement(AtomNs + "id", origin.Absolute(SiteRoute.Changes).AbsoluteUri),
            new XElement(AtomNs + "title", $"Changes and corrections — {site.Title}"),
            new XElement(AtomNs + "updated", AtomTime(updated)),
            Link("self", origin.Absolute(SiteRoute.ChangesFeed), "application/atom+xml"),
            Link("alternate", origin.Absolute(SiteRoute.Changes), "text/html"),
            new XElement(AtomNs + "author", new XElement(AtomNs + "name", site.Title), new XElement(AtomNs + "uri", origin.Absolute(SiteRoute.Home).AbsoluteUri)),
            brief.Changes.Select(c => new XElement(
                AtomNs + "entry",
                new XElement(AtomNs + "id", origin.Absolute(SiteRoute.Change(c)).AbsoluteUri),
                new XElement(AtomNs + "title", $"{c.Kind} “{c.Title}”: {c.Change.What}"),
                new XElement(AtomNs + "updated", AtomTime(c.Change.Date)),
                Link("alternate", origin.Absolute(c.Path), "text/html"),
                new XElement(AtomNs + "summary", new XAttribute("type", "text"), $"{c.Change.What} Why: {c.Change.Why}"))));
        return Write(new XDocument(feed));
    }

    /// <summary>One line saying who reacted, how and when.</summary>
    public static string Summary(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        var end = reaction.Headline.EndsWith('.') || reaction.Headline.EndsWith('?') || reaction.Headline.EndsWith('!') ? "" : ".";
        return $"{reaction.Actor.Name} ({reaction.Stance.Label().ToLowerInvariant()}, {reaction.Date.Display}): {reaction.Headline}{end}";
    }

    /// <summary>A day as an Atom date-time: midnight UTC.</summary>
    private static string AtomTime(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static XElement Link(string rel, Uri href, string type) =>
        new(AtomNs + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href.AbsoluteUri));

    private static string Write(XDocument document)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            document.Save(writer);
        }

        return text.Append('\n').ToString();
    }

    // StringWriter reports UTF-16, which would end up in the XML declaration of a UTF-8 response.
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding { get; } = new UTF8Encoding(false);
    }
}
