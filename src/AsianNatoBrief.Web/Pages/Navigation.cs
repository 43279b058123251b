using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

/// <summary>The primary navigation, and which of its sections a page belongs to.</summary>
internal static class Navigation
{
    public sealed record Item(string Label, string Path, string Section);

    public static IReadOnlyList<Item> Items(Brief brief) =>
    [
        new("Brief", SiteRoute.Home, "brief"),
        new("Actors", SiteRoute.Actors, "actors"),
        new("Reactions", SiteRoute.Reactions, "reactions"),
        new("Positions", SiteRoute.Positions, "positions"),
        new("Compare", SiteRoute.MainComparison(brief), "compare"),
        new("Timeline", SiteRoute.Timeline, "timeline"),
        new("Sources", SiteRoute.Sources, "sources"),
        new("About", SiteRoute.About, "about"),
    ];

    /// <summary>The section of a canonical path, with frameworks and comparisons counted under Compare.</summary>
    public static string? SectionOf(string? canonicalPath) =>
        canonicalPath is null ? null : SiteRoute.Parse(canonicalPath)?.Kind switch
        {
            PageKind.Home => "brief",
            PageKind.Actors or PageKind.Actor => "actors",
            PageKind.Reactions or PageKind.Reaction => "reactions",
            PageKind.Positions => "positions",
            PageKind.Chooser or PageKind.Comparison or PageKind.Framework => "compare",
            PageKind.Timeline => "timeline",
            PageKind.Sources => "sources",
            PageKind.About => "about",
            _ => null,
        };
}
