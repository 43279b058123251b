using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>Comparisons driven by content edits alone, on a throw-away copy of the repository's content.</summary>
public sealed class CompareContentTests
{
    private const string FourthFramework = """
        id: east-west-pact
        name: East versus West Pact
        short_name: EvW
        summary: "An imaginary framework added by a test."
        members:
          - name: Test member
        sources: [article]
        values:
          current-state:
            value: "In operation"
            detail: "Made up for the test."
            sources: [article]
          legal-basis:
            value: "Treaty"
            detail: "Made up for the test."
            sources: [article]
          mutual-defence:
            value: "Not specified"
            status: unknown
            detail: "The test does not say."
            sources: [article]
          secretariat:
            value: "No"
            detail: "Made up for the test."
            sources: [article]
          scope:
            value: "Trade"
            detail: "Made up for the test."
            sources: [article]
          members:
            value: "1 state"
            detail: "Made up for the test."
            sources: [article]
          partner-views:
            value: "Not applicable"
            status: not-applicable
            detail: "Made up for the test."
            sources: [article]
        """;

    [Fact]
    public async Task FourthFrameworkFile_IsComparableWithoutCodeChanges()
    {
        using var content = new TempContent(Paths.Content);
        content.Write("frameworks/east-west-pact.yaml", FourthFramework);
        using var factory = BriefFactory.For(content.Root, watch: false);
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/compare/east-west-pact-vs-nato", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Question", "EvW", "NATO"], document.QuerySelectorAll("thead th").Select(th => th.Text()));
        Assert.Equal(7, document.QuerySelectorAll("table.compare-table > tbody").Length);
        Assert.Equal(
            "How they differ: Both: Treaty",
            document.QuerySelector("#legal-basis .compare-difference td")!.Text());
        Assert.Equal(
            "How they differ: EvW: Trade · NATO: Collective defence",
            document.QuerySelector("#scope .compare-difference td")!.Text());
        Assert.Equal("Unknown", document.QuerySelector("#mutual-defence td.compare-cell .compare-status")!.Text());

        var chooser = await client.GetDocumentAsync("/compare");
        Assert.Contains("east-west-pact", chooser.QuerySelectorAll("select[name=a] option").Select(o => o.GetAttribute("value")));
        Assert.Contains("/compare/nato-vs-east-west-pact", chooser.QuerySelectorAll(".compare-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task RenamedFramework_OldAddressRedirectsPermanentlyToTheNewOne()
    {
        using var content = new TempContent(Paths.Content);
        content.Write("frameworks/quad.yaml", content.Read("frameworks/quad.yaml") + "aliases: [quadrilateral]\n");
        using var factory = BriefFactory.For(content.Root, watch: false);
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync(new Uri("/compare/nato-vs-quadrilateral?differences=only", UriKind.Relative));
        using var viaForm = await client.GetAsync(new Uri("/compare?a=quadrilateral&b=nato", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/compare/nato-vs-quad/differences", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.SeeOther, viaForm.StatusCode);
        Assert.Equal("/compare/quad-vs-nato", viaForm.Headers.Location?.OriginalString);
    }
}
