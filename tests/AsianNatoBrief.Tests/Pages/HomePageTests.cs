using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

public sealed class HomePageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Home_PlacesEveryActorWithAReactionOnTheStanceScaleInScaleOrder()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var columns = document.QuerySelectorAll("ol.stance-scale > li");
        Assert.Equal(["Supports", "Conditional", "Cautious", "Declines", "Opposes"],
            columns.Select(c => c.QuerySelector(".stance-column-head a")!.Text()));
        var opposes = columns[^1].QuerySelectorAll("ul a").Select(a => a.Text());
        Assert.Equal(["China"], opposes);
        var placed = columns.SelectMany(c => c.QuerySelectorAll("ul a")).Select(a => a.Text()).ToList();
        foreach (var name in new[] { "Shigeru Ishiba", "Takeshi Iwaya", "India", "S. Jaishankar", "South Korea", "United States" })
        {
            Assert.Contains(name, placed);
        }

        Assert.NotNull(document.QuerySelector("figure.stance-chart > figcaption"));
    }

    [Fact]
    public async Task Home_OffersTheThreeJobsAndHasOneH1()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var entries = document.QuerySelectorAll(".entry-points a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/actors", "/compare/nato-vs-quad", "/reactions"], entries);
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
    }
}
