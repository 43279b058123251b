using AsianNatoBrief.Web.Citations;
using AsianNatoBrief.Web.Data;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Export;

/// <summary>
/// Every address the export writes, read from the snapshot through <see cref="SiteRoute"/>: the pages of the
/// sitemap, every view with a path of its own (filtered reactions, differences only), every citation download,
/// every data file and schema, the crawler and feed files, and the app's static assets.
/// </summary>
internal static class ExportPlan
{
    public static IReadOnlyList<string> Addresses(Brief brief, EndpointDataSource endpoints)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(endpoints);
        var comparisons = CanonicalPages.Comparisons(brief).ToList();
        var frameworksById = brief.Frameworks.ToDictionary(f => f.Id, StringComparer.Ordinal);
        IEnumerable<string> all =
        [
            .. CanonicalPages.All(brief),
            .. Stances.All.Select(SiteRoute.ReactionsWithStance),
            .. brief.Actors.SelectMany(a => (IEnumerable<string>)[SiteRoute.ReactionsBy(a), .. Stances.All.Select(s => SiteRoute.ReactionsFiltered(s.Slug(), a.Id))]),
            .. comparisons.Select(SiteRoute.DifferencesOnly),
            .. brief.Reactions.SelectMany(r => CitationService.Files.Select(f => f.Path(r.Id))),
            .. brief.Actors.Select(SiteRoute.ActorData),
            .. brief.Reactions.Select(SiteRoute.ReactionData),
            .. brief.Frameworks.Select(SiteRoute.FrameworkData),
            .. comparisons.Select(c => c + SiteRoute.JsonExtension),
            SiteRoute.DataFile(DataSet.BriefFile),
            SiteRoute.DataFile(DataPackage.FileName),
            .. Tables.All.Select(t => t.Path),
            .. DataSchemas.All.Select(SiteRoute.Schema),
            SiteRoute.Data,
            SiteRoute.Search,
            SiteRoute.OpenSearch,
            SiteRoute.Sitemap,
            SiteRoute.Robots,
            SiteRoute.Feed,
            SiteRoute.ChangesFeed,
            .. StaticAssets(endpoints),
        ];
        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every endpoint with a fixed file name: the app's files under <c>wwwroot</c> as <c>MapStaticAssets</c> routes
    /// them, each under its own name and its fingerprinted one (<c>/css/site.{hash}.css</c>, which pages link to),
    /// and the fixed files above. Compressed twins are left out, as the export writes its own beside every text file.
    /// </summary>
    private static IEnumerable<string> StaticAssets(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && Path.HasExtension(e.RoutePattern.RawText))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => !path.EndsWith(".gz", StringComparison.Ordinal) && !path.EndsWith(".br", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
