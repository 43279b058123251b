using System.Text;

namespace AsianNatoBrief.Web.Search;

/// <summary>A word or a quoted phrase the reader typed.</summary>
internal sealed record SearchClause(string Text, bool IsPhrase);

/// <summary>
/// What the reader typed, read as words and "phrases in quotes" only. Query-language syntax is never
/// interpreted, so no input can make the engine fail; whatever was set aside is explained in <see cref="Notes"/>.
/// </summary>
internal sealed class SearchInput
{
    /// <summary>Longer queries are cut to this many characters: no real question needs more, and every word costs a clause.</summary>
    public const int MaxLength = 200;

    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||"];
    private const string SyntaxCharacters = "~*?:()[]{}\\^!+/";

    private SearchInput(string text, IReadOnlyList<SearchClause> clauses, IReadOnlyList<string> notes)
    {
        Text = text;
        Clauses = clauses;
        Notes = notes;
    }

    /// <summary>The query as searched (trimmed, possibly cut), to show back in the form.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>Explanations of anything in the input that was not searched as typed.</summary>
    public IReadOnlyList<string> Notes { get; }

    public bool IsEmpty => Clauses.Count == 0;

    public static SearchInput Read(string? raw)
    {
        var notes = new List<string>();
        var text = (raw ?? "").Trim();
        if (text.Length > MaxLength)
        {
            notes.Add($"Your search was {text.Length:N0} characters long; only its first {MaxLength} characters were searched.");
            text = text[..MaxLength].TrimEnd();
        }

        var clauses = new List<SearchClause>();
        var quotes = text.Count(c => c == '"');
        var phrases = text.Split('"');
        for (var i = 0; i < phrases.Length; i++)
        {
            // Odd pieces lie between a pair of quotes; the piece after an unpaired last quote does not.
            var quoted = i % 2 == 1 && i < phrases.Length - 1;
            var piece = phrases[i];
            if (quoted)
            {
                if (piece.Trim().Length > 0)
                {
                    clauses.Add(new(piece.Trim(), IsPhrase: true));
                }
            }
            else
            {
                clauses.AddRange(piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new SearchClause(w, IsPhrase: false)));
            }
        }

        if (quotes % 2 == 1)
        {
            notes.Add("A quotation mark had no closing partner, so the words after it were searched one by one. Put a phrase between two quotation marks to find it exactly.");
        }

        if (text.Any(c => SyntaxCharacters.Contains(c)) || clauses.Any(c => !c.IsPhrase && Operators.Contains(c.Text, StringComparer.Ordinal)))
        {
            notes.Add("Search looks for words and \"phrases in quotation marks\". Operators and symbols such as AND, OR, *, ~, :, brackets and backslashes have no special meaning here and were read as plain text.");
        }

        return new(text, clauses, notes);
    }

    /// <summary>The clauses as a query string in which every character is literal (the parser's syntax is escaped away).</summary>
    public string ToQueryString() => ToQueryString(Clauses);

    /// <summary>Clauses as a reader would type them.</summary>
    public static string ToDisplay(IEnumerable<SearchClause> clauses) =>
        string.Join(" ", clauses.Select(c => c.IsPhrase ? "\"" + c.Text + "\"" : c.Text));

    public static string ToQueryString(IEnumerable<SearchClause> clauses)
    {
        var query = new StringBuilder();
        foreach (var clause in clauses)
        {
            // Lower case first, so that AND, OR and NOT are words (stop words), never operators.
            var escaped = Lucene.Net.QueryParsers.Classic.QueryParserBase.Escape(clause.Text.ToLowerInvariant());
            query.Append(clause.IsPhrase ? "\"" + escaped + "\"" : escaped).Append(' ');
        }

        return query.ToString().TrimEnd();
    }
}
