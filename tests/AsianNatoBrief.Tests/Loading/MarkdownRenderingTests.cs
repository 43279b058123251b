using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Tests.Loading;

public sealed class MarkdownRenderingTests
{
    [Fact]
    public void RawHtml_IsEscapedNotPassedThrough()
    {
        var html = MarkdownRendering.Render(MarkdownRendering.Parse("Hello <script>alert(1)</script> and <b>bold</b>\n\n<div onclick=\"x()\">block</div>")).Value!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_RendersEmphasisAndLinks()
    {
        var html = MarkdownRendering.Render(MarkdownRendering.Parse("*Asian* [NATO](/frameworks/nato)")).Value;

        Assert.Equal("<p><em>Asian</em> <a href=\"/frameworks/nato\">NATO</a></p>", html);
    }

    [Fact]
    public void Links_AreListedWithOneBasedPositions()
    {
        var parsed = MarkdownRendering.Parse("First line\nsee [x](/actors/china) here", lineOffset: 3);

        var link = Assert.Single(parsed.Links);
        Assert.Equal("/actors/china", link.Value);
        Assert.Equal(5, link.Line);
        Assert.Equal(5, link.Column);
    }
}
