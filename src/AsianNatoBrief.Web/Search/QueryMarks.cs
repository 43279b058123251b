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
    public string? Mark(string field, string text) => Mark(field, text, int.MaxValue);

    /// <summary>
    /// As <see cref="Mark(string, string)"/>, but words are marked only up to <paramref name="reach"/> characters
    /// after the first mark; the rest of the text is encoded unmarked. A snippet shows only the words around its
    /// first mark, so the analyzer need not read a long body to its end.
    /// </summary>
    public string? Mark(string field, string text, int reach)
    {
        if (text.Length == 0 || !fields.TryGetValue(field, out var terms))
        {
            return null;
        }

        var (tokens, marked) = Tokens(field, text, terms, reach);
        return marked.Contains(true) ? Write(text, tokens, marked) : null;
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

    /// <summary>
    /// Every token of the text that is a word of the query (alone or in a phrase), with its position and offsets,
    /// and which of them are marked: up to the first token that starts <paramref name="reach"/> characters after
    /// the first mark.
    /// </summary>
    private static (List<Token> Tokens, List<bool> Marked) Tokens(string field, string text, FieldTerms terms, int reach)
    {
        var found = new List<Token>();
        var marked = new List<bool>();
        var lookup = terms.Lookup;
        using var stream = SearchIndex.English.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var stop = int.MaxValue;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (offset.StartOffset > stop)
            {
                break;
            }

            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var word))
            {
                found.Add(new(word, position, offset.StartOffset, offset.EndOffset));
                marked.Add(false);
                if (terms.MarkEndingAt(found, marked) && stop == int.MaxValue)
                {
                    stop = (int)Math.Min((long)found[^1].End + reach, int.MaxValue - 1);
                }
            }
        }

        stream.End();
        return (found, marked);
    }

    private static string Write(string text, List<Token> tokens, List<bool> marked)
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

        /// <summary>
        /// Marks the last token of <paramref name="tokens"/> if it is a word of the query, or the words of every phrase
        /// it completes (each word at its position from the phrase's first); true when something was marked.
        /// </summary>
        public bool MarkEndingAt(List<Token> tokens, List<bool> marked)
        {
            var last = tokens.Count - 1;
            var any = false;
            if (Words.Contains(tokens[last].Word))
            {
                marked[last] = any = true;
            }

            foreach (var phrase in Phrases)
            {
                any |= MarkPhraseEndingAt(phrase, tokens, last, marked);
            }

            return any;
        }

        private static bool MarkPhraseEndingAt(Phrase phrase, List<Token> tokens, int end, List<bool> marked)
        {
            var n = phrase.Words.Length;
            if (tokens[end].Word != phrase.Words[n - 1])
            {
                return false;
            }

            Span<int> at = stackalloc int[n];
            at[n - 1] = end;
            for (var k = n - 2; k >= 0; k--)
            {
                var position = tokens[end].Position - (phrase.Positions[n - 1] - phrase.Positions[k]);
                var previous = at[k + 1] - 1;
                while (previous >= 0 && tokens[previous].Position > position)
                {
                    previous--;
                }

                if (previous < 0 || tokens[previous].Position != position || tokens[previous].Word != phrase.Words[k])
                {
                    return false;
                }

                at[k] = previous;
            }

            foreach (var token in at)
            {
                marked[token] = true;
            }

            return true;
        }
    }
}
