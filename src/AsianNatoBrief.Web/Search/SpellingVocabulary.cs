using System.Runtime.InteropServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// The words of a snapshot as written (lower-cased, unstemmed), each with the number of items that contain it: what
/// "did you mean" corrects against. Words are runs of letters and digits, split exactly as <see cref="SpellingSuggestion"/>
/// splits a query. Each distinct word is one document of a small index of its own, so Lucene's fuzzy matching can
/// look through them; counting the words here instead of indexing every item's text a second time keeps the build short.
/// </summary>
internal sealed class SpellingVocabulary
{
    internal const string Field = "word";

    /// <summary>Words longer than this are not words anybody misspells; they are skipped rather than copied.</summary>
    private const int MaxWordLength = 64;

    private readonly Dictionary<string, (int Items, int Last)> counts;

    private SpellingVocabulary(Dictionary<string, (int Items, int Last)> counts, IndexSearcher words)
    {
        this.counts = counts;
        Words = words;
    }

    /// <summary>One document per word, in field <see cref="Field"/>.</summary>
    public IndexSearcher Words { get; }

    public int WordCount => counts.Count;

    /// <summary>How many items contain the word (lower case).</summary>
    public int Frequency(string word) => counts.TryGetValue(word, out var entry) ? entry.Items : 0;

    public static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    public static SpellingVocabulary Build(IReadOnlyList<SearchItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        // Per word: how many items contain it, and the last item counted, so a word repeated in one item counts once.
        var seen = new Dictionary<string, (int Items, int Last)>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxWordLength];
        for (var number = 0; number < items.Count; number++)
        {
            var item = items[number];
            Count(item.Title, number, lookup, lower);
            Count(item.Extra, number, lookup, lower);
            Count(item.Body, number, lookup, lower);
        }

        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchIndex.Version, null) { OpenMode = OpenMode.CREATE, UseCompoundFile = false }))
        {
            var field = new StringField(Field, "", Lucene.Net.Documents.Field.Store.NO);
            var document = new Document { field };
            foreach (var word in seen.Keys)
            {
                field.SetStringValue(word);
                writer.AddDocument(document);
            }
        }

        // Never written after this, so any number of requests may read it at once.
        return new(seen, new IndexSearcher(DirectoryReader.Open(directory)));
    }

    private static void Count(
        string text, int number, Dictionary<string, (int Items, int Last)>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> lower)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Length > MaxWordLength)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, lower[..length], out var exists);
            if (!exists || entry.Last != number)
            {
                entry = (entry.Items + 1, number);
            }
        }
    }
}
