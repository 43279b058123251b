using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Search;

/// <summary>The filters of a search, already checked against the snapshot.</summary>
internal sealed record SearchFilters(SearchKind? Kind, Model.Stance? Stance, Model.Actor? Actor)
{
    public bool Any => Kind is not null || Stance is not null || Actor is not null;
}

/// <summary>One result as shown: title and snippet with the matched words in <c>&lt;mark&gt;</c>.</summary>
internal sealed record SearchHit(SearchItem Item, HtmlString Title, HtmlString Snippet);

/// <summary>One page of results, and how many each filter's values would give (null when only stop words were typed).</summary>
internal sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, bool OnlyCommonWords, SearchCounts? Counts);

/// <summary>The items of one page of results, the text query that found them (null when only filters were given) and the counts by filter value.</summary>
internal sealed record FoundItems(int Total, IReadOnlyList<SearchItem> Items, Query? Query, SearchCounts Counts);

/// <summary>Runs a reader's search against one snapshot's index.</summary>
internal static class Searching
{
    public const int PageSize = 10;
    private const int SnippetLength = 200;

    /// <summary>Titles and names count most, then an item's identifying words, then its body.</summary>
    private static readonly Dictionary<string, float> Boosts = new(StringComparer.Ordinal)
    {
        [SearchIndex.Title] = 6f,
        [SearchIndex.Extra] = 2f,
        [SearchIndex.Body] = 1f,
    };

    private static readonly string[] Fields = [SearchIndex.Title, SearchIndex.Extra, SearchIndex.Body];

    [ThreadStatic]
    private static MultiFieldQueryParser? threadParser;

    public static SearchResults Run(SearchIndex index, SearchInput input, SearchFilters filters, int page)
    {
        var found = Find(index, input, filters, page);
        if (found is null)
        {
            return new(0, [], OnlyCommonWords: true, Counts: null);
        }

        return new(found.Total, Mark(found), OnlyCommonWords: false, found.Counts);
    }

    /// <summary>The items of one page of results, best first, and how many there are in all; null when only stop words were typed.</summary>
    internal static FoundItems? Find(SearchIndex index, SearchInput input, SearchFilters filters, int page)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(filters);
        var text = TextQuery(input);
        if (text is null && !input.IsEmpty)
        {
            return null;
        }

        // The words alone are searched, and the filters applied while the hits are collected, which also counts the
        // hits by every filter's values. Scores are the words' alone either way, so the order is that of a filtered query.
        var best = TopScoreDocCollector.Create(page * PageSize, docsScoredInOrder: false);
        var collector = index.Facets.Collect(filters, best);
        index.Searcher.Search(text ?? new MatchAllDocsQuery(), collector);
        var top = best.GetTopDocs();
        var items = new List<SearchItem>(PageSize);
        for (var i = (page - 1) * PageSize; i < top.ScoreDocs.Length; i++)
        {
            items.Add(index.ItemOf(top.ScoreDocs[i].Doc));
        }

        return new(top.TotalHits, items, text, collector.Counts);
    }

    /// <summary>Titles and snippets of the page's items, with the words of the query marked.</summary>
    internal static IReadOnlyList<SearchHit> Mark(FoundItems found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var hits = new List<SearchHit>(found.Items.Count);
        var marking = found.Query is null || found.Items.Count == 0 ? null : new Marking(found.Query);
        foreach (var item in found.Items)
        {
            hits.Add(new(item, marking?.Title(item) ?? Encoded(item.Title), marking?.Snippet(item) ?? Start(item)));
        }

        return hits;
    }

    /// <summary>How many items the words find, without filters: used to try a correction.</summary>
    public static int Count(SearchIndex index, IEnumerable<SearchClause> clauses, SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (TextQuery(SearchInput.ToQueryString(clauses)) is not { } query)
        {
            return 0;
        }

        // Filtered as a search's hits are (SearchFacets), so a correction is offered only if it finds what it says.
        var count = new TotalHitCountCollector();
        index.Searcher.Search(query, index.Facets.Collect(filters, count));
        return count.TotalHits;
    }

    /// <summary>The text query for what the reader typed, as searched; null when nothing is left to search for.</summary>
    internal static Query? TextQuery(SearchInput input) => input.IsEmpty ? null : TextQuery(input.ToQueryString());

    /// <summary>Every word must occur (in any field); null when the analyzer leaves nothing to search for (only stop words).</summary>
    private static Query? TextQuery(string escaped)
    {
        // The parser keeps state while it parses, so each thread has its own (a parse never awaits); the analyzer is
        // shared and thread-safe.
        var parser = threadParser ??= new MultiFieldQueryParser(SearchIndex.Version, Fields, SearchIndex.English, Boosts)
        {
            DefaultOperator = Operator.AND,
        };
        try
        {
            var query = parser.Parse(escaped);
            var terms = new HashSet<Term>();
            query.ExtractTerms(terms);
            return terms.Count == 0 ? null : query;
        }
        catch (ParseException)
        {
            // Cannot happen with escaped input; treated as "nothing to search for" rather than a failure.
            return null;
        }
    }

    /// <summary>
    /// About <see cref="SnippetLength"/> characters of marked, encoded text around its first mark: from the
    /// start of that sentence (or a few words before the mark), to a word's end, never inside a tag or an
    /// entity, and never between the marked words of one phrase.
    /// </summary>
    internal static string Window(string marked)
    {
        var first = marked.IndexOf("<mark>", StringComparison.Ordinal);
        if (first < 0)
        {
            return marked;
        }

        var start = 0;
        var sentence = marked.LastIndexOf(". ", first, StringComparison.Ordinal);
        if (sentence >= 0 && first - sentence <= SnippetLength / 3)
        {
            start = sentence + 2;
        }
        else if (first > SnippetLength / 4)
        {
            var space = marked.LastIndexOf(' ', first - 1, Math.Min(first, SnippetLength / 4));
            start = space >= 0 ? space + 1 : first;
        }

        var visible = 0;
        var end = start;
        while (end < marked.Length && (visible < SnippetLength || marked[end] != ' ' || ContinuesMark(marked, end)))
        {
            switch (marked[end])
            {
                case '<':
                    end = After(marked, '>', end);
                    continue;
                case '&':
                    end = After(marked, ';', end);
                    break;
                default:
                    end++;
                    break;
            }

            visible++;
        }

        return (start > 0 ? "… " : "") + marked[start..end] + (end < marked.Length ? " …" : "");
    }

    private static int After(string text, char close, int from) =>
        text.IndexOf(close, from) is var at and >= 0 ? at + 1 : text.Length;

    // Inside a run of marks (a phrase): the next word after this space is marked too.
    private static bool ContinuesMark(string marked, int space) =>
        marked.AsSpan(space + 1).StartsWith("<mark>", StringComparison.Ordinal)
        && marked.AsSpan(0, space).EndsWith("</mark>", StringComparison.Ordinal);

    private static HtmlString Encoded(string text) => new(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text));

    private static HtmlString Start(SearchItem item)
    {
        var text = item.Body.Length > 0 ? item.Body : item.Extra;
        return Encoded(text.Length <= SnippetLength ? text : text[..text.LastIndexOf(' ', SnippetLength)] + " …");
    }

    /// <summary>Marks the query's words in a title and in the best passage of a body.</summary>
    private sealed class Marking(Query query)
    {
        private readonly QueryMarks marks = new(query);

        public HtmlString Title(SearchItem item) => marks.Mark(SearchIndex.Title, item.Title) is { } marked ? new(marked) : Encoded(item.Title);

        // Bodies are marked whole and the window cut afterwards (Window), so that a phrase is never split across
        // the edge of the snippet.
        public HtmlString Snippet(SearchItem item)
        {
            // The window ends within about SnippetLength characters of its first mark, so words further on need no marks.
            var marked = marks.Mark(SearchIndex.Body, item.Body, 2 * SnippetLength) ?? marks.Mark(SearchIndex.Extra, item.Extra, 2 * SnippetLength);
            return marked is null ? Start(item) : new(Window(marked));
        }
    }
}
