using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

public sealed class IndexModel : BriefPageModel
{
    /// <summary>The stance overview: one column per stance, in scale order.</summary>
    public StanceChart Chart => field ??= StanceChart.Build(Brief);
}

/// <summary>
/// Places each actor on the stance scale by its latest reaction; actors with no recorded reaction
/// are listed apart rather than guessed.
/// </summary>
public sealed class StanceChart
{
    public required IReadOnlyList<StanceColumn> Columns { get; init; }
    public required IReadOnlyList<Actor> WithoutReaction { get; init; }
    public required int PlacedCount { get; init; }

    public static StanceChart Build(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var latest = brief.Actors.Where(a => a.Reactions.Count > 0).Select(a => a.Reactions[0]).ToList();
        return new StanceChart
        {
            Columns = [.. Stances.All.Select(s => new StanceColumn(s, [.. latest.Where(r => r.Stance == s)]))],
            WithoutReaction = [.. brief.Actors.Where(a => a.Reactions.Count == 0)],
            PlacedCount = latest.Count,
        };
    }
}

/// <summary>The actors whose latest reaction has one stance, each shown by that reaction.</summary>
public sealed record StanceColumn(Stance Stance, IReadOnlyList<Reaction> Reactions);
