using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>The one stylesheet is appended to by several sections; an unclosed block would swallow every later rule.</summary>
public sealed class StylesheetTests
{
    [Fact]
    public void Stylesheet_ClosesEveryBlockAndEndsWithTheLinksSection()
    {
        var css = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "src/AsianNatoBrief.Web/wwwroot/css/site.css"));
        var depth = 0;
        var linksDepth = -1;
        foreach (var (c, i) in css.Select((c, i) => (c, i)))
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            Assert.True(depth >= 0, $"a '}}' at offset {i} closes nothing");
            if (linksDepth < 0 && string.CompareOrdinal(css, i, "/* == Links ==", 0, 14) == 0)
            {
                linksDepth = depth;
            }
        }

        Assert.Equal(0, depth);
        Assert.Equal(0, linksDepth);
    }
}
