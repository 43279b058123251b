using System.Net;
using AngleSharp.Dom;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The comparison table at /compare/{a}-vs-{b}[-vs-{c}], served from the repository's content.</summary>
public sealed class ComparePageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly Brief Brief = ContentLoader.Load(Paths.Content).Brief!;

    [Fact]
    public async Task NatoVsQuad_HasCaptionAndColumnHeadersInAddressOrder()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var table = Assert.Single(document.QuerySelectorAll("table.compare-table"));
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.Text()));
        var headers = table.QuerySelectorAll("thead th");
        Assert.Equal(3, headers.Length);
        Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["Question", "NATO", "QUAD"], headers.Select(th => th.Text()));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal("NATO vs QUAD", document.QuerySelector("h1")!.Text());
        Assert.Equal("NATO vs QUAD — AsianNatoBrief", document.Title);
    }

    [Fact]
    public async Task NatoVsQuad_HasOneRowPerDimensionIdentifiedByItsId()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var rows = document.QuerySelectorAll("table.compare-table > tbody");
        Assert.Equal(Brief.Dimensions.Select(d => d.Id), rows.Select(r => r.Id));
        Assert.Contains("legal-basis", rows.Select(r => r.Id));
        Assert.Contains("mutual-defence", rows.Select(r => r.Id));
        foreach (var row in rows)
        {
            var dimension = Brief.FindDimension(row.Id!)!;
            var header = Assert.Single(row.QuerySelectorAll("th"));
            Assert.Equal("row", header.GetAttribute("scope"));
            Assert.Equal(dimension.Label, header.QuerySelector(".compare-dimension-label")!.Text());
            Assert.Equal(2, row.QuerySelectorAll("td.compare-cell").Length);
        }
    }

    [Fact]
    public async Task NatoVsQuad_EachRowHasAVisibleNamedLinkToItself()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var rows = document.QuerySelectorAll("table.compare-table > tbody");
        Assert.Equal(Brief.Dimensions.Count, rows.Length);
        foreach (var row in rows)
        {
            var link = Assert.Single(row.QuerySelectorAll("a.compare-row-link"));
            Assert.Equal($"/compare/nato-vs-quad#{row.Id}", link.GetAttribute("href"));
            var label = Brief.FindDimension(row.Id!)!.Label;
            Assert.Contains(label, link.Text(), StringComparison.Ordinal);
            Assert.Equal("#", link.QuerySelector("[aria-hidden=true]")!.Text());
        }
    }

    [Fact]
    public async Task NatoVsQuad_EveryCellGivesValueExplanationAndSourceLinks()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var cells = document.QuerySelectorAll("td.compare-cell");
        Assert.Equal(Brief.Dimensions.Count * 2, cells.Length);
        foreach (var cell in cells)
        {
            Assert.False(string.IsNullOrWhiteSpace(cell.QuerySelector(".compare-value")?.Text()));
            Assert.False(string.IsNullOrWhiteSpace(cell.QuerySelector(".compare-detail")?.Text()));
            var sources = cell.QuerySelectorAll(".compare-sources a");
            Assert.NotEmpty(sources);
            Assert.All(sources, a =>
            {
                var href = a.GetAttribute("href")!;
                Assert.StartsWith("/sources#", href, StringComparison.Ordinal);
                Assert.NotNull(Brief.FindSource(href["/sources#".Length..]));
            });
        }
    }

    [Fact]
    public async Task NatoVsQuad_StatesUnderEachRowHowTheFrameworksDiffer()
    {
        using var client = factory.CreateClient();
        Framework[] pair = [Brief.FindFramework("nato")!, Brief.FindFramework("quad")!];

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var rows = document.QuerySelectorAll("table.compare-table > tbody");
        Assert.Equal(Brief.Dimensions.Count, rows.Length);
        foreach (var row in rows)
        {
            var trs = row.Children.Where(c => c.LocalName == "tr").ToList();
            Assert.Equal(2, trs.Count);
            var statement = Assert.Single(trs[1].QuerySelectorAll("td"));
            Assert.Equal("3", statement.GetAttribute("colspan"));
            Assert.Equal(row.QuerySelector("th")!.Id, statement.GetAttribute("headers"));
            var written = Brief.FindDimension(row.Id!)!.DifferenceFor(pair);
            Assert.NotNull(written);
            Assert.EndsWith(written, statement.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NatoVsQuad_ShowsEachCellsFrameworkNameForNarrowScreens()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        var rows = document.QuerySelectorAll("table.compare-table > tbody");
        Assert.Equal(Brief.Dimensions.Count, rows.Length);
        foreach (var row in rows)
        {
            Assert.Equal(["NATO", "QUAD"], row.QuerySelectorAll("td.compare-cell .compare-cell-framework").Select(e => e.Text()));
        }
    }

    [Fact]
    public async Task ComparisonPage_HasNoInlineStyleOrScript()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad-vs-asian-nato");

        Assert.Empty(document.QuerySelectorAll("[style], style, script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task QuadVsNato_KeepsTheRequestedOrderAsItsOwnAddress()
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/compare/quad-vs-nato", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Question", "QUAD", "NATO"], document.QuerySelectorAll("thead th").Select(th => th.Text()));
        Assert.Equal("/compare/quad-vs-nato#legal-basis", document.QuerySelector("#legal-basis a.compare-row-link")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("a[href='/compare/nato-vs-quad']"));
    }

    [Fact]
    public async Task Trio_HasThreeValueColumnsAndAGeneratedDifferenceStatement()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad-vs-asian-nato");

        Assert.Equal(["Question", "NATO", "QUAD", "Asian NATO"], document.QuerySelectorAll("thead th").Select(th => th.Text()));
        var rows = document.QuerySelectorAll("table.compare-table > tbody");
        Assert.Equal(Brief.Dimensions.Count, rows.Length);
        Assert.All(rows, row => Assert.Equal(3, row.QuerySelectorAll("td.compare-cell").Length));
        var legal = document.QuerySelector("#legal-basis .compare-difference td")!.Text();
        Assert.Equal("How they differ: NATO: Treaty · QUAD: No treaty · Asian NATO: No treaty yet; formal alliance proposed", legal);
        var state = document.QuerySelector("#current-state .compare-difference td")!.Text();
        Assert.Equal("How they differ: NATO and QUAD: In operation · Asian NATO: Proposal, apparently set aside", state);
    }

    [Theory]
    [InlineData("/compare/NATO-vs-QUAD", "/compare/nato-vs-quad")]
    [InlineData("/compare/Quad-Vs-Nato?differences=only", "/compare/quad-vs-nato/differences")]
    [InlineData("/compare/Quad-Vs-Nato/Differences", "/compare/quad-vs-nato/differences")]
    [InlineData("/compare/NATO-VS-QUAD-VS-ASIAN-NATO", "/compare/nato-vs-quad-vs-asian-nato")]
    public async Task WrongCaseAddress_RedirectsPermanentlyToLowercase(string address, string expected)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/compare/nato-vs-natto", "natto")]
    [InlineData("/compare/seato-vs-quad", "seato")]
    [InlineData("/compare/nato-vs-quad-vs-aukus", "aukus")]
    public async Task UnknownFramework_Returns404ListingKnownFrameworksAndComparisons(string address, string unknown)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(unknown, document.QuerySelector(".compare-problem")!.Text(), StringComparison.Ordinal);
        var known = document.QuerySelectorAll(".compare-known a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(Brief.Frameworks, f => Assert.Contains($"/frameworks/{f.Id}", known));
        var comparisons = document.QuerySelectorAll(".compare-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/compare/nato-vs-quad", comparisons);
        Assert.Contains("/compare/nato-vs-quad-vs-asian-nato", comparisons);
        Assert.NotNull(document.QuerySelector("form[action='/compare'][method=get]"));
        Assert.Empty(document.QuerySelectorAll("table"));
    }

    [Theory]
    [InlineData("/compare/nato-vs-nato")]
    [InlineData("/compare/quad-vs-nato-vs-quad")]
    public async Task RepeatedFramework_Returns404SayingAComparisonNeedsDifferentFrameworks(string address)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("more than once", document.QuerySelector(".compare-problem")!.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/nato")]
    [InlineData("/compare/nato-vs-quad-vs-asian-nato-vs-nato")]
    public async Task WrongNumberOfFrameworks_Returns404ExplainingTheAddressForm(string address)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(document.QuerySelector(".compare-problem"));
    }

    [Fact]
    public async Task DifferencesOnly_HidesRowsWhoseValuesAreTheSame()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad?differences=only");

        var ids = document.QuerySelectorAll("table.compare-table > tbody").Select(r => r.Id).ToList();
        Assert.DoesNotContain("current-state", ids);
        Assert.Contains("legal-basis", ids);
        Assert.Equal(Brief.Dimensions.Count - 1, ids.Count);
        var toggle = document.QuerySelector(".compare-tools a[href='/compare/nato-vs-quad']");
        Assert.NotNull(toggle);
        Assert.Contains("all", toggle.Text(), StringComparison.Ordinal);
        Assert.Equal("/compare/nato-vs-quad#legal-basis", document.QuerySelector("#legal-basis a.compare-row-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FullView_LinksToTheDifferencesOnlyView()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare/nato-vs-quad");

        Assert.NotNull(document.QuerySelector(".compare-tools a[href='/compare/nato-vs-quad/differences']"));
        Assert.NotNull(document.QuerySelector("#current-state"));
    }

    [Theory]
    [InlineData("POST", "/compare/nato-vs-quad")]
    [InlineData("PUT", "/compare/nato-vs-quad")]
    [InlineData("POST", "/compare")]
    public async Task ComparePages_RefuseMethodsOtherThanGetAndHead(string method, string address)
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(address, UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComparisonPage_AnswersHead()
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri("/compare/nato-vs-quad", UriKind.Relative));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
