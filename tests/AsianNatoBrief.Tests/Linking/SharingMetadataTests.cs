using System.Text.Json;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Tests.Linking;

public sealed class SharingMetadataTests
{
    private static readonly SiteOrigin Origin = SiteOrigin.Of(new Uri("https://brief.test"));

    [Fact]
    public void ReactionPage_CardNamesItsActorAndHeadline()
    {
        var brief = Fixture.RealBrief;
        var reaction = brief.FindReaction("jaishankar-rejects-quad-as-asian-nato")!;

        var sharing = SharingMetadataBuilder.Build(brief, Origin, "/reactions/" + reaction.Id, "Page title", "What was said.");

        Assert.Equal("https://brief.test/reactions/jaishankar-rejects-quad-as-asian-nato", sharing.CanonicalUrl?.AbsoluteUri);
        var tags = sharing.Tags.ToDictionary(t => t.Key, t => t.Content);
        Assert.Equal("S. Jaishankar: Jaishankar stresses that India, never a treaty ally, has no Asian NATO in mind", tags["og:title"]);
        Assert.Equal(tags["og:title"], tags["twitter:title"]);
        Assert.Equal("article", tags["og:type"]);
        Assert.Equal(sharing.CanonicalUrl!.AbsoluteUri, tags["og:url"]);
        Assert.Equal("summary", tags["twitter:card"]);
        Assert.Equal("What was said.", tags["og:description"]);
    }

    [Fact]
    public void ReactionShareTitle_DoesNotRepeatAnActorTheHeadlineStartsWith()
    {
        var reaction = Fixture.RealBrief.FindReaction("china-opposes")!;

        Assert.Equal(reaction.Headline, SharingMetadataBuilder.ReactionShareTitle(reaction));
    }

    [Fact]
    public void ReactionPage_JsonLdDescribesTheSiteThePageAndEachQuotation()
    {
        var brief = Fixture.RealBrief;

        var sharing = SharingMetadataBuilder.Build(brief, Origin, "/reactions/china-opposes", "t", "d");

        using var json = JsonDocument.Parse(sharing.JsonLd);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var site = Assert.Single(graph, n => Type(n) == "WebSite");
        Assert.Equal("https://brief.test/", site.GetProperty("url").GetString());
        var page = Assert.Single(graph, n => Type(n) == "ItemPage");
        Assert.Equal("https://brief.test/reactions/china-opposes", page.GetProperty("url").GetString());
        Assert.Equal(site.GetProperty("@id").GetString(), page.GetProperty("isPartOf").GetProperty("@id").GetString());
        var quotations = graph.Where(n => Type(n) == "Quotation").ToList();
        Assert.Equal(brief.FindReaction("china-opposes")!.Quotes.Count, quotations.Count);
        var quotation = Assert.Single(quotations, n => n.GetProperty("text").GetString() == "self-humiliating radical idea");
        Assert.Equal("Chinese officials", quotation.GetProperty("spokesperson").GetProperty("name").GetString());
        Assert.Equal("China", quotation.GetProperty("creator").GetProperty("name").GetString());
        Assert.Equal(page.GetProperty("@id").GetString(), quotation.GetProperty("isPartOf").GetProperty("@id").GetString());
        Assert.Equal("CreativeWork", Type(quotation.GetProperty("citation")));
        var reported = Assert.Single(quotations, n => n.GetProperty("spokesperson").GetProperty("name").GetString() == "Wu Qian");
        Assert.Equal(brief.FindSource("japan-today-china-criticizes")!.Url!.AbsoluteUri, reported.GetProperty("citation").GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/", "WebPage")]
    [InlineData("/actors", "CollectionPage")]
    [InlineData("/reactions", "CollectionPage")]
    [InlineData("/sources", "CollectionPage")]
    [InlineData("/actors/china", "ItemPage")]
    [InlineData("/frameworks/quad", "ItemPage")]
    [InlineData("/compare/nato-vs-quad", "WebPage")]
    [InlineData("/about", "AboutPage")]
    public void EachPage_HasItsSchemaType(string path, string type)
    {
        var sharing = SharingMetadataBuilder.Build(Fixture.RealBrief, Origin, path, "t", "d");

        using var json = JsonDocument.Parse(sharing.JsonLd);
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Contains(graph, n => Type(n) == type && n.GetProperty("url").GetString() == "https://brief.test" + path);
    }

    [Fact]
    public void PageWithoutCanonicalPath_HasNoCanonicalUrlAndOnlyDescribesTheSite()
    {
        var sharing = SharingMetadataBuilder.Build(Fixture.RealBrief, Origin, null, "Not found", null);

        Assert.Null(sharing.CanonicalUrl);
        Assert.DoesNotContain(sharing.Tags, t => t.Key == "og:url");
        using var json = JsonDocument.Parse(sharing.JsonLd);
        Assert.Equal("WebSite", Type(Assert.Single(json.RootElement.GetProperty("@graph").EnumerateArray())));
    }

    [Fact]
    public void JsonLd_EscapesMarkupSoItCannotCloseItsScriptElement()
    {
        var sharing = SharingMetadataBuilder.Build(Fixture.RealBrief, Origin, "/about", "</script><b>x</b>", "a & b");

        Assert.DoesNotContain('<', sharing.JsonLd);
        Assert.DoesNotContain('&', sharing.JsonLd);
        using var json = JsonDocument.Parse(sharing.JsonLd);
        var page = json.RootElement.GetProperty("@graph")[1];
        Assert.Equal("</script><b>x</b>", page.GetProperty("name").GetString());
    }

    [Fact]
    public void SharedTitle_LeavesTheSiteNameToOgSiteName()
    {
        var sharing = SharingMetadataBuilder.Build(Fixture.RealBrief, Origin, "/timeline", "Timeline — AsianNatoBrief", "d");

        var tags = sharing.Tags.ToDictionary(t => t.Key, t => t.Content);
        Assert.Equal("Timeline", tags["og:title"]);
        Assert.Equal("AsianNatoBrief", tags["og:site_name"]);
    }

    private static string? Type(JsonElement node) => node.GetProperty("@type").GetString();
}
