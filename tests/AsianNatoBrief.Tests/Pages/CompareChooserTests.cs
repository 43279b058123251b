using System.Net;
using Microsoft.Extensions.DependencyInjection;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The chooser form at /compare.</summary>
public sealed class CompareChooserTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Chooser_IsAGetFormOfferingEveryFramework()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare");

        var form = Assert.Single(document.QuerySelectorAll("form.compare-chooser"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/compare", form.GetAttribute("action"));
        foreach (var name in new[] { "a", "b", "c" })
        {
            var select = form.QuerySelector($"select[name={name}]")!;
            Assert.NotNull(document.QuerySelector($"label[for={select.Id}]"));
            Assert.Superset(new HashSet<string?> { "nato", "quad", "asian-nato" }, select.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToHashSet());
        }

        Assert.Equal("nato", form.QuerySelector("select[name=a] option[selected]")!.GetAttribute("value"));
        Assert.Equal("quad", form.QuerySelector("select[name=b] option[selected]")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("select[name=c] option[selected]")!.GetAttribute("value"));
        var differences = form.QuerySelector("input[type=checkbox][name=differences]")!;
        Assert.Equal("only", differences.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector($"label[for={differences.Id}]"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Equal("Compare frameworks — AsianNatoBrief", document.Title);
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Chooser_ListsReadyMadeComparisonsWithNatoVsQuadFirst()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare");

        var links = document.QuerySelectorAll(".compare-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/compare/nato-vs-quad", links[0]);
        Assert.Contains("/compare/nato-vs-quad-vs-asian-nato", links);
    }

    [Fact]
    public async Task Chooser_LinksEveryPairAndTrioInEveryColumnOrderWithAndWithoutEqualRows()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/compare");

        // What the form can choose, as links, so the choice needs no server to answer a form (a static copy).
        var links = document.QuerySelectorAll(".compare-orders a").Select(a => a.GetAttribute("href")!).ToList();
        var comparisons = AsianNatoBrief.Web.Linking.CanonicalPages.Comparisons(factory.Services.GetRequiredService<AsianNatoBrief.Web.Loading.ContentStore>().Current).ToList();
        Assert.Equal(12, comparisons.Count);
        Assert.Equal(comparisons.Concat(comparisons.Select(c => c + "/differences")).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.Equal("/compare/nato-vs-quad", links[0]);
        Assert.Equal("differences between NATO vs QUAD", document.QuerySelector(".compare-orders a[href='/compare/nato-vs-quad/differences']")!.Text());
    }

    [Theory]
    [InlineData("/compare?a=nato&b=quad&c=", "/compare/nato-vs-quad")]
    [InlineData("/compare?a=quad&b=nato", "/compare/quad-vs-nato")]
    [InlineData("/compare?a=nato&b=quad&c=asian-nato", "/compare/nato-vs-quad-vs-asian-nato")]
    [InlineData("/compare?a=nato&b=quad&c=&differences=only", "/compare/nato-vs-quad/differences")]
    [InlineData("/compare?a=NATO&b=Quad", "/compare/nato-vs-quad")]
    public async Task SubmittedChoice_RedirectsToTheCanonicalAddress(string query, string expected)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/compare?a=nato&b=nato&c=", "b", "NATO is already chosen")]
    [InlineData("/compare?a=nato&b=quad&c=quad", "c", "QUAD is already chosen")]
    [InlineData("/compare?a=nato&b=&c=", "b", "Choose the second framework")]
    [InlineData("/compare?a=nato&b=seato", "b", "no framework called “seato”")]
    public async Task ProblemChoice_ShowsTheFormAgainWithAClearMessage(string query, string field, string message)
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri(query, UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var select = document.QuerySelector($"select[name={field}]")!;
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        var error = document.GetElementById(select.GetAttribute("aria-describedby")!)!;
        Assert.Contains(message, error.Text(), StringComparison.Ordinal);
        var summary = document.QuerySelector(".compare-errors a")!;
        Assert.Equal("#" + select.Id, summary.GetAttribute("href"));
        Assert.Equal("nato", document.QuerySelector("select[name=a] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ProblemChoice_KeepsTheDifferencesSwitch()
    {
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/compare?a=quad&b=quad&differences=only", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(document.QuerySelector("input[name=differences]")!.HasAttribute("checked"));
    }
}
