using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// The page shown for an error status without a body (re-executed by the status-code pages
/// middleware). For a 404 it suggests the items whose addresses are nearest to the one requested.
/// </summary>
public sealed class NotFoundModel : BriefPageModel
{
    public int Status { get; private set; } = StatusCodes.Status404NotFound;

    public string? RequestedPath { get; private set; }

    public IReadOnlyList<Suggestion> Suggestions { get; private set; } = [];

    public IActionResult OnGet()
    {
        var feature = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = feature?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
        RequestedPath = feature?.OriginalPath;
        if (Status == StatusCodes.Status404NotFound && RequestedPath is not null)
        {
            Suggestions = NearestAddresses.For(Brief, RequestedPath);
        }

        return Page();
    }
}

/// <summary>An address offered instead of one that does not exist.</summary>
public sealed record Suggestion(string Label, string Path, string Kind);

/// <summary>Finds the site's addresses nearest to a mistyped one, by edit distance on the last segment.</summary>
internal static class NearestAddresses
{
    private const int MaxSuggestions = 5;

    // Edit distance costs length × length; no id is this long, so longer requests get no suggestions.
    private const int MaxComparedLength = 80;

    public static IReadOnlyList<Suggestion> For(Brief brief, string requestedPath)
    {
        var segments = requestedPath.ToLowerInvariant().Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return [];
        }

        // The kind of item the reader was after, when the address has the shape of one: /actors/chna means an actor.
        var section = segments.Length > 1 ? SiteRoute.Parse(requestedPath)?.Kind : null;
        var wanted = segments[^1];
        if (wanted.Length > MaxComparedLength)
        {
            return [];
        }

        var limit = Math.Max(2, wanted.Length / 3);
        var scored = new List<(int Score, Suggestion Suggestion)>();
        foreach (var (key, keySection, suggestion) in Candidates(brief))
        {
            var distance = Suggest.Distance(wanted, key);
            var close = distance <= limit || (wanted.Length >= 4 && key.Contains(wanted, StringComparison.Ordinal));
            if (close)
            {
                // Prefer items of the section the reader was in: /actors/chna means the actor China.
                var score = distance + (section is not null && section != keySection ? 2 : 0);
                scored.Add((score, suggestion));
            }
        }

        return [.. scored.OrderBy(s => s.Score).ThenBy(s => s.Suggestion.Label, StringComparer.Ordinal)
            .Select(s => s.Suggestion).DistinctBy(s => s.Path).Take(MaxSuggestions)];
    }

    private static IEnumerable<(string Key, PageKind? Section, Suggestion Suggestion)> Candidates(Brief brief)
    {
        foreach (var item in Navigation.Items(brief).Where(i => i.Path != SiteRoute.Home))
        {
            yield return (item.Section, null, new Suggestion(item.Label, item.Path, "Page"));
        }

        foreach (var actor in brief.Actors)
        {
            yield return (actor.Id, PageKind.Actor, new Suggestion(actor.Name, SiteRoute.Actor(actor), "Actor"));
        }

        foreach (var reaction in brief.Reactions)
        {
            yield return (reaction.Id, PageKind.Reaction, new Suggestion(reaction.Headline, SiteRoute.Reaction(reaction), "Reaction"));
        }

        foreach (var framework in brief.Frameworks)
        {
            yield return (framework.Id, PageKind.Framework, new Suggestion(framework.Name, SiteRoute.Framework(framework), "Framework"));
        }

        foreach (var position in brief.Positions)
        {
            yield return (position.Id, PageKind.Positions, new Suggestion(position.Title, SiteRoute.Position(position), "Position"));
        }
    }
}
