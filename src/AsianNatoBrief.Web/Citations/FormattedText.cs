using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Citations;

/// <summary>A run of citation text, italic or not.</summary>
public readonly record struct TextRun(string Text, bool Italic = false);

/// <summary>
/// A citation style's output: plain text for copying and downloads, and HTML that keeps the italics
/// the style asks for (a page or site title).
/// </summary>
public sealed class FormattedText(IReadOnlyList<TextRun> runs)
{
    // Readable non-ASCII (curly quotes, dashes); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public IReadOnlyList<TextRun> Runs { get; } = runs;

    /// <summary>The text without formatting.</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));

    /// <summary>The text as encoded HTML, with italic runs in <c>&lt;i&gt;</c>.</summary>
    public IHtmlContent ToHtml()
    {
        var html = new StringBuilder();
        foreach (var run in Runs)
        {
            var encoded = Encoder.Encode(run.Text);
            html.Append(run.Italic ? $"<i>{encoded}</i>" : encoded);
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>
    /// Text for a <c>&lt;pre&gt;</c> block: only markup characters are escaped, so line breaks and
    /// non-ASCII stay as they are (the default encoder would write every newline as <c>&amp;#xA;</c>).
    /// </summary>
    public static IHtmlContent Preformatted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new HtmlString(text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));
    }

    public override string ToString() => PlainText;
}
