using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

public sealed class PositionsModel : BriefPageModel
{
    /// <summary>The actors × positions matrix: one row per actor holding at least one position.</summary>
    public IReadOnlyList<PositionRow> Matrix => field ??= [.. Brief.Actors
        .Where(a => a.Positions.Count > 0)
        .Select(a => new PositionRow(a, [.. Brief.Positions.Select(p => p.HeldBy.Contains(a))]))];
}

/// <summary>One actor's row of the matrix: whether it holds each position, in the page's position order.</summary>
public sealed record PositionRow(Actor Actor, IReadOnlyList<bool> Holds);
