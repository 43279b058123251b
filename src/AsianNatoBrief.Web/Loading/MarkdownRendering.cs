using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// The one Markdown pipeline of the site. Markdig's pipeline is immutable and thread-safe and is
/// meant to be reused, so it is built once. Raw HTML is disabled: it comes out as escaped text.
/// </summary>
internal static class MarkdownRendering
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    /// <summary>Parses Markdown and lists its links with their 1-based positions (shifted by <paramref name="lineOffset"/>).</summary>
    public static MarkdownDto Parse(string markdown, int lineOffset = 0)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var links = document.Descendants<LinkInline>()
            .Where(link => link.Url is not null)
            .Select(link => new Located<string>(link.Url!, link.Line + 1 + lineOffset, link.Column + 1))
            .ToList();
        return new MarkdownDto { Document = document, Links = links };
    }

    /// <summary>Renders a parsed document to HTML.</summary>
    public static HtmlString Render(MarkdownDto markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(markdown.Document);
        writer.Flush();
        return new HtmlString(writer.ToString().Trim());
    }
}
