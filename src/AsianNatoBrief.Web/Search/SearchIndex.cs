using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// The in-memory Lucene index of one content snapshot. It is built once, never written again, and searched
/// by any number of requests at the same time (an <see cref="IndexSearcher"/> over a reader that never
/// changes is thread-safe).
/// </summary>
internal sealed class SearchIndex
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;
    internal const string Title = "title";
    internal const string Extra = "extra";
    internal const string Body = "body";

    private const string Number = "n";
    private const float ActorNameBoost = 2f;

    /// <summary>Below this many items per part the index is built in one part: splitting a small brief costs more than it saves.</summary>
    private const int MinItemsPerPart = 2000;

    /// <summary>Room for the whole brief in the writer's buffer (10,000 reactions need about 30 MB); it is released after the build.</summary>
    private const double RamBufferMegabytes = 256;

    /// <summary>English: lower case, stop words, possessives, Porter stemming ("alliances" and "alliance" meet).</summary>
    internal static Analyzer English { get; } = new EnglishAnalyzer(Version);

    private readonly int[] itemNumbers;

    private SearchIndex(IReadOnlyList<SearchItem> items, int[] itemNumbers, IndexSearcher searcher, long bytes, SpellingVocabulary vocabulary, SearchFacets facets)
    {
        Items = items;
        Facets = facets;
        Vocabulary = vocabulary;
        this.itemNumbers = itemNumbers;
        Searcher = searcher;
        SizeInBytes = bytes;
    }

    public IReadOnlyList<SearchItem> Items { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Each document's kind, stance and actors, by which a search filters and counts its hits.</summary>
    public SearchFacets Facets { get; }

    /// <summary>The unstemmed words of every item, which "did you mean" corrects against.</summary>
    public SpellingVocabulary Vocabulary { get; }

    /// <summary>The size of the index files held in memory.</summary>
    public long SizeInBytes { get; }

    /// <summary>Builds the index of a snapshot, a large one in as many parts at once as the process has cores.</summary>
    public static SearchIndex Build(Model.Brief brief) => Build(brief, parts: null);

    /// <summary>
    /// Builds the index in <paramref name="parts"/> segments at once (by default as many as <see cref="PartsFor"/> gives),
    /// one per contiguous run of items, searched as one index in item order. Results do not depend on the number of parts:
    /// each document keeps the number it would have in a single segment, and a searcher takes every term's statistics
    /// over all segments, so scores (and the order of equal scores) are the same.
    /// </summary>
    internal static SearchIndex Build(Model.Brief brief, int? parts)
    {
        var items = SearchItems.From(brief);
        var count = Math.Max(1, Math.Min(parts ?? PartsFor(items.Count), items.Count));
        var directories = new RAMDirectory[count];
        SpellingVocabulary? vocabulary = null;
        // The did-you-mean vocabulary needs only the items, so it is counted while the parts are written.
        Parallel.Invoke(
            () => vocabulary = SpellingVocabulary.Build(items),
            () => Parallel.For(0, count, part =>
            {
                var (from, to) = Range(part, count, items.Count);
                directories[part] = Write(items, from, to);
            }));

        IndexReader reader = count == 1
            ? DirectoryReader.Open(directories[0])
            : new MultiReader([.. directories.Select(d => (IndexReader)DirectoryReader.Open(d))], closeSubReaders: true);
        var numbers = ItemNumbers(reader, items.Count);
        return new SearchIndex(
            items, numbers, new IndexSearcher(reader), directories.Sum(d => d.GetSizeInBytes()),
            vocabulary!, SearchFacets.Build(brief.Actors, items, numbers));
    }

    /// <summary>One part for a small brief or a single core, else one per core (at most four), each of at least <see cref="MinItemsPerPart"/> items.</summary>
    private static int PartsFor(int items) => Math.Clamp(Math.Min(Environment.ProcessorCount, items / MinItemsPerPart), 1, 4);

    private static (int From, int To) Range(int part, int parts, int count) =>
        ((int)((long)count * part / parts), (int)((long)count * (part + 1) / parts));

    /// <summary>Items [from, to) as one segment in a directory of their own.</summary>
    private static RAMDirectory Write(List<SearchItem> items, int from, int to)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, English)
        {
            OpenMode = OpenMode.CREATE,
            // The part fits in one in-memory buffer, so it is written as one segment and nothing is
            // merged; compound files would only copy that segment once more inside the same RAM directory.
            RAMBufferSizeMB = RamBufferMegabytes,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
            MergePolicy = new LogByteSizeMergePolicy { NoCFSRatio = 0 },
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new ItemDocument();
            for (var i = from; i < to; i++)
            {
                writer.AddDocument(document.For(items[i], i));
            }

            // One segment (already the case unless the buffer overflowed), so the part's documents stay in item order.
            writer.ForceMerge(1);
        }

        return directory;
    }

    /// <summary>The item each document stands for, read once from the index, so a hit costs an array look-up.</summary>
    private static int[] ItemNumbers(IndexReader reader, int count)
    {
        var numbers = MultiDocValues.GetNumericValues(reader, Number);
        var map = new int[reader.MaxDoc];
        for (var doc = 0; doc < map.Length; doc++)
        {
            var number = numbers.Get(doc);
            map[doc] = number >= 0 && number < count ? (int)number : throw new InvalidOperationException($"search document {doc} names no item ({number})");
        }

        return map;
    }

    /// <summary>The item a hit stands for.</summary>
    public SearchItem ItemOf(int doc) => Items[itemNumbers[doc]];

    /// <summary>
    /// One Lucene document, refilled for every item (reusing the document and its fields is what Lucene advises for
    /// indexing speed). Kind, stance and actors are not indexed: a search filters and counts by them through
    /// <see cref="SearchFacets"/>, from the items themselves.
    /// </summary>
    private sealed class ItemDocument
    {
        private readonly Document document = [];
        private readonly NumericDocValuesField number = new(Number, 0);
        private readonly TextField title = new(Title, "", Field.Store.NO);
        private readonly TextField extra = new(Extra, "", Field.Store.NO);
        private readonly TextField body = new(Body, "", Field.Store.NO);

        public Document For(SearchItem item, int itemNumber)
        {
            document.Fields.Clear();
            number.SetInt64Value(itemNumber);
            title.SetStringValue(item.Title);
            // A name is what an actor is searched by: the actor's own page should come before items that mention it.
            title.Boost = item.Kind == SearchKind.Actor ? ActorNameBoost : 1f;
            extra.SetStringValue(item.Extra);
            body.SetStringValue(item.Body);
            document.Add(number);
            document.Add(title);
            document.Add(extra);
            document.Add(body);
            return document;
        }
    }
}
