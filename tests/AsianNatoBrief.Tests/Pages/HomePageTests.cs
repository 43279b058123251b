using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Pages;

public sealed class HomePageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Home_ListsEveryActorOfTheContent()
    {
        using var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var text = document.Body!.TextContent;
        foreach (var name in new[] { "Japan", "Shigeru Ishiba", "Takeshi Iwaya", "China", "India", "South Korea", "United States", "Australia", "North Korea" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
    }
}
