using System.Text;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>
/// The app serving the small valid fixture, whose reaction china-opposes has the alias china-objects, deployed
/// at the base URL https://fixture.example (setting <c>Site:BaseUrl</c>).
/// </summary>
public sealed class FixtureApp : IDisposable
{
    public BriefFactory Factory { get; } = BriefFactory.For(Paths.ValidFixture, watch: false, ("Site:BaseUrl", "https://fixture.example"));

    public void Dispose() => Factory.Dispose();
}

internal static class Fixture
{
    private static readonly Lazy<Brief> Valid = new(() => ContentLoader.Load(Paths.ValidFixture).Brief!);

    private static readonly Lazy<Brief> Real = new(() => ContentLoader.Load(Paths.Content).Brief!);

    /// <summary>The valid fixture: site "Fixture Brief", updated 2026-11-01.</summary>
    public static Brief Brief => Valid.Value;

    /// <summary>The repository's real content.</summary>
    public static Brief RealBrief => Real.Value;
}

/// <summary>A deliberately tiny BibTeX reader: one entry, brace-delimited field values, nested braces kept.</summary>
internal sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields)
{
    public static BibEntry Parse(string text)
    {
        var i = 0;
        Skip();
        Expect('@');
        var type = Word();
        Expect('{');
        var key = Until(',');
        Expect(',');
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            Skip();
            if (text[i] == '}')
            {
                i++;
                break;
            }

            var name = Word();
            Skip();
            Expect('=');
            Skip();
            var value = Braced();
            Assert.True(fields.TryAdd(name, value), $"field '{name}' given twice");
            Skip();
            if (text[i] == ',')
            {
                i++;
            }
        }

        Skip();
        Assert.Equal(text.Length, i);
        return new BibEntry(type, key, fields);

        void Skip()
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        void Expect(char c)
        {
            Assert.True(i < text.Length && text[i] == c, $"expected '{c}' at {i}");
            i++;
        }

        string Word()
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
            {
                i++;
            }

            Assert.True(i > start, $"expected a name at {start}");
            return text[start..i];
        }

        string Until(char end)
        {
            var start = i;
            while (i < text.Length && text[i] != end)
            {
                i++;
            }

            return text[start..i];
        }

        string Braced()
        {
            Expect('{');
            var value = new StringBuilder();
            var depth = 1;
            while (true)
            {
                Assert.True(i < text.Length, "unbalanced braces");
                var c = text[i++];
                if (c == '\\' && i < text.Length)
                {
                    value.Append(c).Append(text[i++]);
                    continue;
                }

                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0)
                {
                    return value.ToString();
                }

                value.Append(c);
            }
        }
    }
}

/// <summary>A deliberately tiny RIS reader: "TG  - value" lines, CRLF, from TY to ER.</summary>
internal static class RisRecord
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        var tags = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            Assert.Matches("^[A-Z][A-Z0-9]  - ", line);
            tags.Add(new(line[..2], line[6..]));
        }

        Assert.Equal("TY", tags[0].Key);
        Assert.Equal(new KeyValuePair<string, string>("ER", ""), tags[^1]);
        return tags;
    }
}
