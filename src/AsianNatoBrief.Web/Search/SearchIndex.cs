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

    internal const string Kind = "kind";
    internal const string Stance = "stance";
    internal const string Actor = "actor";
    private const string Number = "n";
    private const float ActorNameBoost = 2f;

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

    public static SearchIndex Build(Model.Brief brief)
    {
        var items = SearchItems.From(brief);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, English)
        {
            OpenMode = OpenMode.CREATE,
            // The whole brief fits in one in-memory buffer, so it is written as one segment and nothing is
            // merged; compound files would only copy that segment once more inside the same RAM directory.
            RAMBufferSizeMB = RamBufferMegabytes,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            UseCompoundFile = false,
            MergePolicy = new LogByteSizeMergePolicy { NoCFSRatio = 0 },
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var document = new ItemDocument();
            for (var i = 0; i < items.Count; i++)
            {
                writer.AddDocument(document.For(items[i], i));
            }

            // One segment (already the case unless the buffer overflowed): the searcher then visits one reader per query.
            writer.ForceMerge(1);
        }

        var reader = DirectoryReader.Open(directory);
        var numbers = ItemNumbers(reader, items.Count);
        return new SearchIndex(
            items, numbers, new IndexSearcher(reader), directory.GetSizeInBytes(), SpellingVocabulary.Build(items), SearchFacets.Build(brief.Actors, items, numbers));
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
    /// indexing speed). An item has at most one stance, and its actors get a field each, added as needed.
    /// </summary>
    private sealed class ItemDocument
    {
        private readonly Document document = [];
        private readonly NumericDocValuesField number = new(Number, 0);
        private readonly StringField kind = new(Kind, "", Field.Store.NO);
        private readonly TextField title = new(Title, "", Field.Store.NO);
        private readonly TextField extra = new(Extra, "", Field.Store.NO);
        private readonly TextField body = new(Body, "", Field.Store.NO);
        private readonly StringField stance = new(Stance, "", Field.Store.NO);
        private readonly List<StringField> actors = [];

        public Document For(SearchItem item, int itemNumber)
        {
            document.Fields.Clear();
            number.SetInt64Value(itemNumber);
            kind.SetStringValue(item.Kind.Slug());
            title.SetStringValue(item.Title);
            // A name is what an actor is searched by: the actor's own page should come before items that mention it.
            title.Boost = item.Kind == SearchKind.Actor ? ActorNameBoost : 1f;
            extra.SetStringValue(item.Extra);
            body.SetStringValue(item.Body);
            document.Add(number);
            document.Add(kind);
            document.Add(title);
            document.Add(extra);
            document.Add(body);
            if (item.Stance is { } value)
            {
                stance.SetStringValue(Model.Stances.Slug(value));
                document.Add(stance);
            }

            var i = 0;
            foreach (var actor in item.ActorIds)
            {
                if (i == actors.Count)
                {
                    actors.Add(new StringField(Actor, "", Field.Store.NO));
                }

                actors[i].SetStringValue(actor);
                document.Add(actors[i++]);
            }

            return document;
        }
    }
}
