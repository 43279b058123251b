using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>Checks the tests share: where an element is, and whether it stands out.</summary>
public static partial class Expectations
{
    /// <summary>The whole top edge of the element lies within the window: a reader sees it without scrolling.</summary>
    public static async Task AssertTopInViewAsync(this ILocator element, string what)
    {
        ArgumentNullException.ThrowIfNull(element);
        var box = await element.EvaluateAsync<double[]>("e => [e.getBoundingClientRect().top, window.innerHeight]");
        var (top, height) = (box[0], box[1]);
        Assert.True(top >= -1 && top < height, $"{what} is not in view: its top is at {top:0}px in a {height:0}px window");
    }

    /// <summary>The computed styles that can mark an element out: outline, background, left border, shadow.</summary>
    public static async Task<string> MarkingStyleAsync(this ILocator element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return await element.EvaluateAsync<string>(
            """
            e => {
              const s = getComputedStyle(e);
              return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.backgroundColor, s.borderLeftStyle,
                      s.borderLeftWidth, s.borderLeftColor, s.boxShadow].join(' | ');
            }
            """);
    }

    /// <summary>A path and query matcher for <c>ToHaveURLAsync</c>, whatever the host.</summary>
    public static Regex PathIs(string pathAndQuery) => new("^https?://[^/]+" + Regex.Escape(pathAndQuery) + "$");

    [GeneratedRegex("copied", RegexOptions.IgnoreCase)]
    public static partial Regex Copied();
}
