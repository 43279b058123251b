using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// "Did you mean": each word the index does not contain is replaced by the closest word it does contain
/// (Lucene's fuzzy matching over the index's own vocabulary, up to two edits), and the corrected query is
/// offered only if it finds something.
/// </summary>
internal static partial class SpellingSuggestion
{
    /// <summary>Shorter words are too easily "corrected" into another real word.</summary>
    private const int MinWordLength = 4;

    public static IReadOnlyList<SearchClause>? For(SearchIndex index, SearchInput input, SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(input);
        var changed = false;
        var corrected = new List<SearchClause>(input.Clauses.Count);
        foreach (var clause in input.Clauses)
        {
            var text = Word().Replace(clause.Text, match =>
            {
                var word = match.Value.ToLowerInvariant();
                if (word.Length < MinWordLength || index.Vocabulary.Frequency(word) > 0 || Closest(index, word) is not { } better)
                {
                    return match.Value;
                }

                changed = true;
                return better;
            });
            corrected.Add(clause with { Text = text });
        }

        return changed && Searching.Count(index, corrected, filters) > 0 ? corrected : null;
    }

    /// <summary>The indexed word nearest to <paramref name="word"/>: fewest edits first, then the most common.</summary>
    private static string? Closest(SearchIndex index, string word)
    {
        var fuzzy = new FuzzyQuery(new Term(SpellingVocabulary.Field, word), FuzzyQuery.DefaultMaxEdits, prefixLength: 1);
        // One matching word rewrites to a single term query, several to a boolean query of them.
        var candidates = index.Vocabulary.Words.Rewrite(fuzzy) switch
        {
            TermQuery single => [single],
            BooleanQuery expanded => expanded.Clauses.Select(c => c.Query).OfType<TermQuery>(),
            _ => [],
        };
        string? best = null;
        var bestBoost = float.MinValue;
        var bestFrequency = 0;
        foreach (var query in candidates)
        {
            var text = query.Term.Text;
            var frequency = index.Vocabulary.Frequency(text);
            if (query.Boost > bestBoost || (query.Boost.Equals(bestBoost) && frequency > bestFrequency))
            {
                (best, bestBoost, bestFrequency) = (text, query.Boost, frequency);
            }
        }

        return best;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
