using System.Text;

namespace AsianNatoBrief.Web.Export;

/// <summary>
/// The root-relative links and sources of a page — the path of every <c>href="/…"</c> and <c>src="/…"</c>, up to
/// its query or fragment — read from the page's UTF-8 bytes: what the export follows to find files no plan named.
/// It is what the expression <c>(?:href|src)="(/[^"#?]*)</c> finds in the decoded page, without decoding the page
/// or running an expression over it (a page of the synthetic content carries 40 KB of actor options).
/// </summary>
internal static class PageLinks
{
    public static List<string> In(ReadOnlySpan<byte> html)
    {
        var links = new List<string>();
        var at = 0;
        while (html[at..].IndexOf("=\"/"u8) is var found and >= 0)
        {
            var equals = at + found;
            var start = equals + 2;
            at = start;
            var before = html[..equals];
            if (!before.EndsWith("href"u8) && !before.EndsWith("src"u8))
            {
                continue;
            }

            var length = html[start..].IndexOfAny("\"#?"u8);
            var path = length < 0 ? html[start..] : html.Slice(start, length);
            links.Add(Encoding.UTF8.GetString(path));
            at = start + path.Length;
        }

        return links;
    }
}
