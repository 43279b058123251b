namespace AsianNatoBrief.Web.Pages;

/// <summary>The primary navigation, and which of its sections a page belongs to.</summary>
internal static class Navigation
{
    public sealed record Item(string Label, string Path, string Section);

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("Brief", "/", "brief"),
        new("Actors", "/actors", "actors"),
        new("Reactions", "/reactions", "reactions"),
        new("Positions", "/positions", "positions"),
        new("Compare", Addresses.MainComparison, "compare"),
        new("Timeline", "/timeline", "timeline"),
        new("Sources", "/sources", "sources"),
        new("About", "/about", "about"),
    ];

    /// <summary>The section of a canonical path: its first segment, with frameworks counted under Compare.</summary>
    public static string? SectionOf(string? canonicalPath)
    {
        if (string.IsNullOrEmpty(canonicalPath))
        {
            return null;
        }

        if (canonicalPath == "/")
        {
            return "brief";
        }

        var first = canonicalPath.TrimStart('/').Split('/', 2)[0];
        return first == "frameworks" ? "compare" : first;
    }
}
