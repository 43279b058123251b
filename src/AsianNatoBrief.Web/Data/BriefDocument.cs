using System.Globalization;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

internal sealed record SiteData(string Title, string Description, string Url, string DataUrl, string Updated, SourceData SourceArticle);

/// <summary>The whole brief in one document: every item, as in its own JSON document, without repeating it.</summary>
internal sealed record BriefData(
    SiteData Site, LicenseData? License, string Rights, string Citation,
    IReadOnlyList<ActorData> Actors, IReadOnlyList<ReactionData> Reactions, IReadOnlyList<PositionData> Positions,
    IReadOnlyList<FrameworkData> Frameworks, IReadOnlyList<DimensionData> Dimensions, IReadOnlyList<EventData> Timeline,
    IReadOnlyList<SourceData> Sources);

internal static class BriefDocument
{
    public static BriefData Create(Brief brief, ItemDocuments items, DataLinks links, DataOptions options)
    {
        var site = brief.Site;
        return new(
            new SiteData(site.Title, site.Description, links.Url(SiteRoute.Home), links.Url(SiteRoute.Data),
                site.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), items.Source(site.SourceArticle)),
            options.HasLicense ? new LicenseData(options.LicenseName!, options.LicenseLabel, options.LicenseAddress?.AbsoluteUri) : null,
            options.Rights,
            Citation(brief, links),
            [.. brief.Actors.Select(items.Actor)],
            [.. brief.Reactions.Select(items.Reaction)],
            [.. brief.Positions.Select(items.Position)],
            [.. brief.Frameworks.Select(items.Framework)],
            [.. brief.Dimensions.Select(d => items.Dimension(brief, d))],
            [.. brief.Timeline.Select(items.Event)],
            [.. brief.Sources.Select(items.Source)]);
    }

    /// <summary>How to cite the dataset: site, title, content version and date, address.</summary>
    public static string Citation(Brief brief, DataLinks links)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(links);
        var site = brief.Site;
        var date = site.Updated.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        return $"{site.Title}. “{site.Title}: open data” (dataset), version {brief.Version}, content updated {date}. {links.Url(SiteRoute.Data)}";
    }
}
