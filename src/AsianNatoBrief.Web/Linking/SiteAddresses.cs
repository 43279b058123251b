namespace AsianNatoBrief.Web.Linking;

/// <summary>The canonical paths of the site's pages and files, in one place.</summary>
public static class SiteAddresses
{
    public const string Home = "/";
    public const string Actors = "/actors";
    public const string Reactions = "/reactions";
    public const string Positions = "/positions";
    public const string Compare = "/compare";
    public const string Timeline = "/timeline";
    public const string Sources = "/sources";
    public const string About = "/about";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Feed = "/feed.atom";

    public static string Actor(string id) => "/actors/" + id;

    public static string Reaction(string id) => "/reactions/" + id;

    public static string Framework(string id) => "/frameworks/" + id;

    /// <summary>A comparison of frameworks, in the order given (<c>/compare/nato-vs-quad</c>).</summary>
    public static string Comparison(IEnumerable<string> frameworkIds) => "/compare/" + string.Join("-vs-", frameworkIds);

    /// <summary>A reaction's citation file; <paramref name="extension"/> is <c>bib</c>, <c>ris</c> or <c>json</c>.</summary>
    public static string Citation(string reactionId, string extension) => $"/reactions/{reactionId}/cite.{extension}";
}
