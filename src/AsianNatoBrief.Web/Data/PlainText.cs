using System.Net;
using System.Text.RegularExpressions;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// The plain-text form of a body rendered from Markdown. The renderer never passes raw HTML through, so
/// its output is only well-formed tags and entities: dropping the tags and decoding the entities is exact.
/// </summary>
internal static partial class PlainText
{
    public static string Of(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        // Paragraphs, list items and headings end a line of text; inline tags end nothing.
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return BlankLines().Replace(text.Replace("\r", "", StringComparison.Ordinal), "\n\n").Trim();
    }

    [GeneratedRegex(@"</(p|li|h[1-6]|blockquote|ul|ol|pre)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();
}
