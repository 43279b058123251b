using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Search;

/// <summary>The kinds of item the search finds, each with the slug used in <c>?kind=</c>.</summary>
internal enum SearchKind
{
    Actor,
    Reaction,
    Position,
    Framework,
    Row,
    Event,
    Source,
}

internal static class SearchKinds
{
    public static IReadOnlyList<SearchKind> All { get; } = Enum.GetValues<SearchKind>();

    public static string Slug(this SearchKind kind) => kind switch
    {
        SearchKind.Actor => "actor",
        SearchKind.Reaction => "reaction",
        SearchKind.Position => "position",
        SearchKind.Framework => "framework",
        SearchKind.Row => "row",
        SearchKind.Event => "event",
        SearchKind.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The label shown beside each result.</summary>
    public static string Label(this SearchKind kind) => kind switch
    {
        SearchKind.Actor => "Actor",
        SearchKind.Reaction => "Reaction",
        SearchKind.Position => "Position",
        SearchKind.Framework => "Framework",
        SearchKind.Row => "Comparison row",
        SearchKind.Event => "Timeline event",
        SearchKind.Source => "Source",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string slug, out SearchKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Slug(), slug, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}

/// <summary>
/// One findable item of a snapshot, as plain text: its title (weighted most), a few identifying words
/// (weighted above the body: an actor's role, a reaction's actor and quotes), and its body.
/// </summary>
internal sealed record SearchItem(
    SearchKind Kind,
    string Title,
    string Extra,
    string Body,
    string Link,
    Stance? Stance,
    IReadOnlySet<string> ActorIds,
    string? Meta = null);
