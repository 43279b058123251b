using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
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

    /// <summary>Unstemmed words of every item, the vocabulary "did you mean" corrects against.</summary>
    internal const string Spelling = "spell";
    internal const string Kind = "kind";
    internal const string Stance = "stance";
    internal const string Actor = "actor";
    private const string Number = "n";
    private const float ActorNameBoost = 2f;

    /// <summary>English: lower case, stop words, possessives, Porter stemming ("alliances" and "alliance" meet).</summary>
    internal static Analyzer English { get; } = new EnglishAnalyzer(Version);

    private static readonly Analyzer Indexing = new PerFieldAnalyzerWrapper(English, new Dictionary<string, Analyzer>
    {
        [Spelling] = new StandardAnalyzer(Version, CharArraySet.Empty),
    });

    private SearchIndex(IReadOnlyList<SearchItem> items, IndexSearcher searcher, long bytes)
    {
        Items = items;
        Searcher = searcher;
        SizeInBytes = bytes;
    }

    public IReadOnlyList<SearchItem> Items { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>The size of the index files held in memory.</summary>
    public long SizeInBytes { get; }

    public static SearchIndex Build(Model.Brief brief)
    {
        var items = SearchItems.From(brief);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, Indexing) { OpenMode = OpenMode.CREATE }))
        {
            for (var i = 0; i < items.Count; i++)
            {
                writer.AddDocument(ToDocument(items[i], i));
            }

            // One segment: the searcher then has one reader to visit per query.
            writer.ForceMerge(1);
        }

        return new SearchIndex(items, new IndexSearcher(DirectoryReader.Open(directory)), directory.GetSizeInBytes());
    }

    /// <summary>The item a hit stands for.</summary>
    public SearchItem ItemOf(int doc) => Items[Searcher.Doc(doc).GetField(Number).GetInt32Value()!.Value];

    /// <summary>How many items contain the word, as the spelling field spells it.</summary>
    public int SpellingFrequency(string word) => Searcher.IndexReader.DocFreq(new Term(Spelling, word));

    private static Document ToDocument(SearchItem item, int number)
    {
        var document = new Document
        {
            new StoredField(Number, number),
            new StringField(Kind, item.Kind.Slug(), Field.Store.NO),
            // A name is what an actor is searched by: the actor's own page should come before items that mention it.
            new TextField(Title, item.Title, Field.Store.NO) { Boost = item.Kind == SearchKind.Actor ? ActorNameBoost : 1f },
            new TextField(Extra, item.Extra, Field.Store.NO),
            new TextField(Body, item.Body, Field.Store.NO),
            new TextField(Spelling, item.Title + " " + item.Extra + " " + item.Body, Field.Store.NO),
        };
        if (item.Stance is { } stance)
        {
            document.Add(new StringField(Stance, Model.Stances.Slug(stance), Field.Store.NO));
        }

        foreach (var actor in item.ActorIds)
        {
            document.Add(new StringField(Actor, actor, Field.Store.NO));
        }

        return document;
    }
}
