using System.Text;
using System.Text.Encodings.Web;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// Marks in a text the words a query matched, as <c>&lt;mark&gt;</c> in HTML-encoded text. The text is analysed once
/// with the index's own analyzer, so a word is marked exactly when the index would match it: a word of the query
/// for that field wherever it occurs, and the words of a quoted phrase only where the whole phrase occurs at the
/// positions the phrase query asks for. This does one pass over the tokens, where Lucene's highlighter scored
/// every token and built a memory index of each text for a phrase (bench/notes.md: about 6 ms for a phrase page).
/// </summary>
internal sealed class QueryMarks
{
    private readonly Dictionary<string, FieldTerms> fields = new(StringComparer.Ordinal);

    public QueryMarks(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Collect(query);
    }

    /// <summary>The text with the matched words marked, or null when the query matches nothing in it for that field.</summary>
    public string? Mark(string field, string text)
    {
        if (text.Length == 0 || !fields.TryGetValue(field, out var terms))
        {
            return null;
        }

        var tokens = Tokens(field, text, terms);
        var marked = terms.MarkedTokens(tokens);
        return marked is null ? null : Write(text, tokens, marked);
    }

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term:
                For(term.Term.Field).Words.Add(term.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } words:
                For(words[0].Field).Phrases.Add(new([.. words.Select(w => w.Text)], phrase.GetPositions()));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Collect(clause.Query);
                    }
                }

                break;
            case FilteredQuery filtered:
                Collect(filtered.Query);
                break;
            default:
                break;
        }
    }

    private FieldTerms For(string field)
    {
        if (!fields.TryGetValue(field, out var terms))
        {
            fields[field] = terms = new FieldTerms();
        }

        return terms;
    }

    /// <summary>Every token of the text that is a word of the query (alone or in a phrase), with its position and offsets.</summary>
    private static List<Token> Tokens(string field, string text, FieldTerms terms)
    {
        var found = new List<Token>();
        var lookup = terms.Lookup;
        using var stream = SearchIndex.English.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var word))
            {
                found.Add(new(word, position, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return found;
    }

    private static string Write(string text, List<Token> tokens, bool[] marked)
    {
        var html = new StringBuilder(text.Length + 64);
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!marked[i] || token.Start < at)
            {
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(text[at..token.Start]));
            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(text[token.Start..token.End])).Append("</mark>");
            at = token.End;
        }

        return html.Append(HtmlEncoder.Default.Encode(text[at..])).ToString();
    }

    private readonly record struct Token(string Word, int Position, int Start, int End);

    private sealed record Phrase(string[] Words, int[] Positions);

    /// <summary>The words and phrases a query looks for in one field.</summary>
    private sealed class FieldTerms
    {
        private HashSet<string>? all;

        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public List<Phrase> Phrases { get; } = [];

        /// <summary>Every word of the field's terms and phrases, looked up by the analyzer's buffer without a string per token.</summary>
        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup
        {
            get
            {
                all ??= [.. Words, .. Phrases.SelectMany(p => p.Words)];
                return all.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        /// <summary>Which tokens to mark; null when none.</summary>
        public bool[]? MarkedTokens(List<Token> tokens)
        {
            var marked = new bool[tokens.Count];
            var any = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Words.Contains(tokens[i].Word))
                {
                    marked[i] = any = true;
                }

                foreach (var phrase in Phrases)
                {
                    any |= MarkPhraseAt(phrase, tokens, i, marked);
                }
            }

            return any ? marked : null;
        }

        /// <summary>Marks the phrase's tokens when it starts at token <paramref name="first"/> (each word at its position from the first).</summary>
        private static bool MarkPhraseAt(Phrase phrase, List<Token> tokens, int first, bool[] marked)
        {
            if (tokens[first].Word != phrase.Words[0])
            {
                return false;
            }

            Span<int> at = stackalloc int[phrase.Words.Length];
            at[0] = first;
            for (var k = 1; k < phrase.Words.Length; k++)
            {
                var position = tokens[first].Position + phrase.Positions[k] - phrase.Positions[0];
                var next = at[k - 1] + 1;
                while (next < tokens.Count && tokens[next].Position < position)
                {
                    next++;
                }

                if (next == tokens.Count || tokens[next].Position != position || tokens[next].Word != phrase.Words[k])
                {
                    return false;
                }

                at[k] = next;
            }

            foreach (var token in at)
            {
                marked[token] = true;
            }

            return true;
        }
    }
}
