using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Citations;

/// <summary>Every citation of one reaction page, in the styles and formats readers ask for.</summary>
public sealed class ReactionCitation
{
    public required string ReactionId { get; init; }

    /// <summary>The address being cited.</summary>
    public required Uri Url { get; init; }

    /// <summary>The content version cited (<see cref="SiteInfo.Updated"/>).</summary>
    public required DateOnly Version { get; init; }

    /// <summary>The day the reader accessed the page, in the downloadable formats; null in what a page shows, which is kept and served again on later days.</summary>
    public required DateOnly? Accessed { get; init; }

    public required FormattedText Apa { get; init; }
    public required FormattedText Chicago { get; init; }
    public required FormattedText Mla { get; init; }

    /// <summary>A BibTeX entry (<c>application/x-bibtex</c>).</summary>
    public required string BibTeX { get; init; }

    /// <summary>A RIS record, CRLF line endings (<c>application/x-research-info-systems</c>).</summary>
    public required string Ris { get; init; }

    /// <summary>A CSL-JSON array holding one item (<c>application/vnd.citationstyles.csl+json</c>).</summary>
    public required string CslJson { get; init; }
}

/// <summary>
/// Formats the citation of a reaction page. The site is the author (its editors wrote the page), the
/// headline is the title, and the date is the content's version date, <see cref="SiteInfo.Updated"/>:
/// a citation names the revision that was read, not the day the reaction was made.
/// </summary>
public static class CitationFormatter
{
    // MLA abbreviates months longer than four letters.
    private static readonly string[] MlaMonths =
    [
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June",
        "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ];

    // Words Chicago and MLA keep lower case inside a title-case title (articles, coordinating
    // conjunctions, short prepositions, "to" and "as").
    private static readonly HashSet<string> MinorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet",
        "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs",
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Formats every citation of <paramref name="reaction"/>, read at <paramref name="url"/> on <paramref name="accessed"/> (left out when null).</summary>
    public static ReactionCitation Format(Reaction reaction, SiteInfo site, Uri url, DateOnly? accessed)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        return new ReactionCitation
        {
            ReactionId = reaction.Id,
            Url = url,
            Version = site.Updated,
            Accessed = accessed,
            Apa = Apa(reaction, site, url),
            Chicago = Chicago(reaction, site, url),
            Mla = Mla(reaction, site, url),
            BibTeX = BibTeX(reaction, site, url, accessed),
            Ris = Ris(reaction, site, url, accessed),
            CslJson = CslJson(reaction, site, url, accessed),
        };
    }

    /// <summary>Key shared by the BibTeX entry and the CSL-JSON item: stable because ids never change.</summary>
    public static string Key(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return "asiannatobrief-" + reaction.Id;
    }

    /// <summary>APA 7, web page by a group author that is also the site: the site name is not repeated.</summary>
    public static FormattedText Apa(Reaction reaction, SiteInfo site, Uri url)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var date = site.Updated;
        return new FormattedText(
        [
            new($"{WithPeriod(site.Title)} ({date.Year}, {PartialDate.MonthName(date.Month)} {date.Day}). "),
            new(StripFinalPeriod(reaction.Headline), Italic: true),
            new($"{FinalMark(reaction.Headline)} {url.AbsoluteUri}"),
        ]);
    }

    /// <summary>Chicago 17, bibliography entry for a web page whose owner is its author: title in quotes, site in roman, last-modified date.</summary>
    public static FormattedText Chicago(Reaction reaction, SiteInfo site, Uri url)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var date = site.Updated;
        return new FormattedText(
        [
            new($"“{WithPeriod(TitleCase(reaction.Headline))}” {WithPeriod(site.Title)} "
                + $"Last modified {PartialDate.MonthName(date.Month)} {date.Day}, {date.Year}. {url.AbsoluteUri}."),
        ]);
    }

    /// <summary>MLA 9, page on a website whose author is the site itself: no author, site in italics, URL without the scheme.</summary>
    public static FormattedText Mla(Reaction reaction, SiteInfo site, Uri url)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var date = site.Updated;
        var address = url.AbsoluteUri[(url.Scheme.Length + "://".Length)..];
        return new FormattedText(
        [
            new($"“{WithPeriod(TitleCase(reaction.Headline))}” "),
            new(site.Title, Italic: true),
            new($", {date.Day} {MlaMonths[date.Month - 1]} {date.Year}, {address}."),
        ]);
    }

    /// <summary>A BibTeX <c>@misc</c> entry; braces around the author and title keep their case and mark the author as an organisation.</summary>
    public static string BibTeX(Reaction reaction, SiteInfo site, Uri url, DateOnly? accessed)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"@misc{{{Key(reaction)},\n");
        Field("author", $"{{{BibEscape(site.Title)}}}");
        Field("title", $"{{{BibEscape(reaction.Headline)}}}");
        Field("howpublished", BibEscape(site.Title));
        Field("year", site.Updated.Year.ToString(CultureInfo.InvariantCulture));
        Field("date", Iso(site.Updated));
        Field("url", url.AbsoluteUri);
        if (accessed is { } day)
        {
            Field("urldate", Iso(day));
        }

        Field("note", BibEscape($"{Describe(reaction)}. Version of {Iso(site.Updated)}"));
        text.Append("}\n");
        return text.ToString();

        void Field(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"  {name} = {{{value}}},\n");
    }

    /// <summary>A RIS record of type ELEC (web page), CRLF line endings as the format requires.</summary>
    public static string Ris(Reaction reaction, SiteInfo site, Uri url, DateOnly? accessed)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var text = new StringBuilder();
        Tag("TY", "ELEC");
        Tag("AU", site.Title);
        Tag("TI", reaction.Headline);
        Tag("T2", site.Title);
        Tag("PY", site.Updated.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", site.Updated.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        if (accessed is { } day)
        {
            Tag("Y2", day.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        }

        Tag("UR", url.AbsoluteUri);
        Tag("LA", "en");
        Tag("N1", $"{Describe(reaction)}. Version of {Iso(site.Updated)}.");
        Tag("ER", "");
        return text.ToString();

        // One line per tag: a value never contains a line break (the content is single-line text).
        void Tag(string tag, string value) => text.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
    }

    /// <summary>CSL-JSON: an array with one <c>webpage</c> item, the form citation managers import.</summary>
    public static string CslJson(Reaction reaction, SiteInfo site, Uri url, DateOnly? accessed)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        var item = new JsonObject
        {
            ["id"] = Key(reaction),
            ["type"] = "webpage",
            ["title"] = reaction.Headline,
            ["author"] = new JsonArray(new JsonObject { ["literal"] = site.Title }),
            ["container-title"] = site.Title,
            ["URL"] = url.AbsoluteUri,
            ["issued"] = DateParts(site.Updated),
            ["language"] = "en",
            ["note"] = $"{Describe(reaction)}. Version of {Iso(site.Updated)}.",
        };
        if (accessed is { } day)
        {
            // After "issued", where citation managers expect it.
            item.Insert(item.IndexOf("issued") + 1, "accessed", DateParts(day));
        }

        return new JsonArray(item).ToJsonString(JsonOptions) + "\n";

        static JsonObject DateParts(DateOnly date) => new()
        {
            ["date-parts"] = new JsonArray(new JsonArray(date.Year, date.Month, date.Day)),
        };
    }

    /// <summary>
    /// Headline-style capitalisation for Chicago and MLA: every word starts with a capital except minor
    /// words inside the title; the rest of each word is kept, so acronyms (NATO, QUAD) survive.
    /// </summary>
    public static string TitleCase(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var core = words[i].Trim('“', '”', '"', '\'', '‘', '’', '(', ')', ':', ',', '.', ';', '?', '!');
            var first = i == 0;
            var last = i == words.Length - 1;
            var afterColon = i > 0 && words[i - 1].EndsWith(':');
            if (!first && !last && !afterColon && MinorWords.Contains(core))
            {
                words[i] = words[i].ToLowerInvariant();
                continue;
            }

            // Capitalise each hyphen-joined part ("East-Asian", "Self-Humiliating").
            words[i] = string.Join('-', words[i].Split('-').Select(CapitaliseFirstLetter));
        }

        return string.Join(' ', words);
    }

    private static string CapitaliseFirstLetter(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                return char.IsLower(word[i]) ? string.Concat(word.AsSpan(0, i), char.ToUpperInvariant(word[i]).ToString(), word.AsSpan(i + 1)) : word;
            }
        }

        return word;
    }

    private static string Describe(Reaction reaction) =>
        $"Reaction of {reaction.Actor.Name} ({reaction.Stance.Label().ToLowerInvariant()}), {reaction.Date.Display}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool EndsWithMark(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!');

    private static string WithPeriod(string text) => EndsWithMark(text) ? text : text + ".";

    private static string StripFinalPeriod(string text) => text.EndsWith('.') ? text[..^1] : text;

    // The punctuation that closes an APA title: its own question or exclamation mark, else a period.
    private static string FinalMark(string text) => text.EndsWith('?') || text.EndsWith('!') ? "" : ".";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string BibEscape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in OneLine(text))
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
