using System.Text;
using System.Text.RegularExpressions;
using AsianNatoBrief.ExportTests.Support;
using AsianNatoBrief.Web.Export;

namespace AsianNatoBrief.ExportTests;

/// <summary>The export's link reader finds in a page's bytes exactly what the expression it stands for finds in its text.</summary>
public sealed partial class PageLinksTests(RealExport site) : IClassFixture<RealExport>
{
    [Theory]
    [InlineData("<a href=\"/actors/china\">China</a>", new[] { "/actors/china" })]
    [InlineData("<a href=\"/reactions?stance=opposes\">", new[] { "/reactions" })]
    [InlineData("<a href=\"/compare/nato-vs-quad#members\"><img src=\"/img/x.svg\">", new[] { "/compare/nato-vs-quad", "/img/x.svg" })]
    [InlineData("<a href=\"https://example.org/x\"><a href=\"#top\"><option value=\"/not-a-link\">", new string[0])]
    [InlineData("<a data-href=\"/counted-as-href\"><a title=\"/not\"><a href=\"/\">", new[] { "/counted-as-href", "/" })]
    [InlineData("<a href=\"/caf\u00e9\">", new[] { "/caf\u00e9" })]
    [InlineData("<a href=\"/unterminated", new[] { "/unterminated" })]
    public void Page_LinksAreTheExpressionsMatches(string html, string[] expected)
    {
        var bytes = Encoding.UTF8.GetBytes(html);

        Assert.Equal(expected, PageLinks.In(bytes));
        Assert.Equal(Expression(html), PageLinks.In(bytes));
    }

    [Fact]
    public void EveryExportedPage_HasTheExpressionsLinks()
    {
        var pages = Directory.EnumerateFiles(site.Folder, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages exported");
        var links = 0;
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(page);
            var found = PageLinks.In(bytes);
            Assert.Equal(Expression(Encoding.UTF8.GetString(bytes)), found);
            links += found.Count;
        }

        Assert.True(links > 20 * pages.Count, $"{links} links in {pages.Count} pages");
    }

    private static List<string> Expression(string html) => [.. Link().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("(?:href|src)=\"(/[^\"#?]*)")]
    private static partial Regex Link();
}
