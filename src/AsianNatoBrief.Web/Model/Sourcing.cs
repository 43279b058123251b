namespace AsianNatoBrief.Web.Model;

/// <summary>What a source is, from the record itself to a secondary blog post.</summary>
public enum SourceKind
{
    /// <summary>The statement itself: a treaty, an official page, a transcript or an official release.</summary>
    PrimaryRecord,

    /// <summary>A news organisation's report saying who said what and when.</summary>
    NewsReport,

    /// <summary>A think tank's or scholar's analysis.</summary>
    Analysis,

    /// <summary>A signed opinion piece, such as the commentary in which the proposal was set out.</summary>
    Commentary,

    /// <summary>An unsigned or personal web post: the weakest kind of record.</summary>
    Blog,
}

/// <summary>Whether a reaction's stance rests on the actor's own words or on the site's reading of reports.</summary>
public enum StanceBasis
{
    Stated,
    Inferred,
}

/// <summary>Labels and explanations of the sourcing vocabularies, as readers see them.</summary>
public static class Sourcing
{
    /// <summary>Every source kind, in the order the sources page groups them.</summary>
    public static IReadOnlyList<SourceKind> Kinds => Vocabulary<SourceKind>.All;

    /// <summary>The word used in content and data (<c>news-report</c>).</summary>
    public static string Slug(this SourceKind kind) => Vocabulary<SourceKind>.Word(kind);

    /// <summary>The singular label (<c>News report</c>).</summary>
    public static string Label(this SourceKind kind) => kind switch
    {
        SourceKind.PrimaryRecord => "Primary record",
        SourceKind.NewsReport => "News report",
        SourceKind.Analysis => "Analysis",
        SourceKind.Commentary => "Commentary",
        SourceKind.Blog => "Blog post",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The heading of a group of sources of this kind.</summary>
    public static string GroupLabel(this SourceKind kind) => kind switch
    {
        SourceKind.PrimaryRecord => "Primary records",
        SourceKind.NewsReport => "News reports",
        SourceKind.Analysis => "Analyses",
        SourceKind.Commentary => "Commentary",
        SourceKind.Blog => "Blog posts",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What the kind means on this site.</summary>
    public static string Definition(this SourceKind kind) => kind switch
    {
        SourceKind.PrimaryRecord => "The record itself: a treaty, an official page or statement, or a transcript.",
        SourceKind.NewsReport => "A news organisation's report of who said what and when.",
        SourceKind.Analysis => "A think tank's or scholar's analysis of the debate.",
        SourceKind.Commentary => "A signed opinion piece by a participant.",
        SourceKind.Blog => "An unsigned or personal web post; used as the site's starting point, never as the only record when a better one exists.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Every stance basis, stated first.</summary>
    public static IReadOnlyList<StanceBasis> Bases => Vocabulary<StanceBasis>.All;

    /// <summary>The word used in content and data (<c>stated</c>).</summary>
    public static string Slug(this StanceBasis basis) => Vocabulary<StanceBasis>.Word(basis);

    /// <summary>The label shown beside a stance.</summary>
    public static string Label(this StanceBasis basis) => basis switch
    {
        StanceBasis.Stated => "stated",
        StanceBasis.Inferred => "inferred",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };

    /// <summary>What the basis means, for the legend.</summary>
    public static string Definition(this StanceBasis basis) => basis switch
    {
        StanceBasis.Stated => "The stance follows from the actor's own words, as the cited records report them.",
        StanceBasis.Inferred => "The stance is this site's reading of reports about the actor; no words of the actor's own state it.",
        _ => throw new ArgumentOutOfRangeException(nameof(basis)),
    };
}

/// <summary>One dated entry in an item's change log.</summary>
public sealed class Change
{
    public required DateOnly Date { get; init; }

    /// <summary>What changed.</summary>
    public required string What { get; init; }

    /// <summary>Why it changed.</summary>
    public required string Why { get; init; }
}

/// <summary>A change with the item it belongs to, for the list of all changes.</summary>
public sealed class ChangeEntry
{
    public required Change Change { get; init; }

    /// <summary>The kind of item, as readers see it ("Reaction").</summary>
    public required string Kind { get; init; }

    /// <summary>The item's title or name.</summary>
    public required string Title { get; init; }

    /// <summary>The item's address.</summary>
    public required string Path { get; init; }

    /// <summary>The entry's element id on the changes page, unique and stable: kind, item id and date.</summary>
    public required string Anchor { get; init; }
}
