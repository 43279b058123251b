namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>One example of each kind of page: the scans and screenshots cover every kind.</summary>
public sealed record PageType(string Name, string Path, int Status = 200)
{
    public override string ToString() => Name;
}

public static class SitePages
{
    public static IReadOnlyList<PageType> All { get; } =
    [
        new("home", "/"),
        new("actors", "/actors"),
        new("actor", "/actors/china"),
        new("reactions", "/reactions"),
        new("reaction", "/reactions/china-opposes"),
        new("positions", "/positions"),
        new("compare-chooser", "/compare"),
        new("comparison", "/compare/nato-vs-quad"),
        new("comparison-differences", "/compare/nato-vs-quad/differences"),
        new("framework", "/frameworks/asian-nato"),
        new("timeline", "/timeline"),
        new("sources", "/sources"),
        new("about", "/about"),
        new("changes", "/changes"),
        new("search-results", "/search?q=alliance"),
        new("data", "/data"),
        new("not-found", "/no-such-page", 404),
    ];

    public static PageType Named(string name) => All.Single(page => page.Name == name);
}
