using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Caching;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Reactions;

/// <summary>
/// All reactions, newest first, optionally filtered by stance and by actor through the query string
/// (<c>?stance=opposes&amp;actor=china</c>). A state's filter includes its people and groups. An unknown
/// value answers 400 with an explanation and the form, never an error page.
/// </summary>
public sealed class IndexModel : BriefPageModel
{
    public Stance? Stance { get; private set; }
    public Actor? Actor { get; private set; }

    /// <summary>What the reader typed in the query string, to show it back in the form and messages.</summary>
    public string? StanceText { get; private set; }
    public string? ActorText { get; private set; }

    /// <summary>Explanations of filter values that name nothing; empty when the filters are valid.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<Reaction> Results { get; private set; } = [];

    /// <summary>Actors that have a reaction of their own or through their people, for the actor filter.</summary>
    public IReadOnlyList<Actor> FilterActors { get; private set; } = [];

    public bool IsFiltered => Stance is not null || Actor is not null;

    /// <summary>The applied filters in words (“ with the stance “Opposes” by China”), empty when unfiltered.</summary>
    public string FilterDescription =>
        (Stance is { } stance ? $" with the stance “{stance.Label()}”" : "")
        + (Actor is { } actor ? $" by {actor.Name}" + (actor.Members.Count > 0 ? " and its people and groups" : "") : "");

    public IActionResult OnGet(string? stance, string? actor)
    {
        StanceText = string.IsNullOrWhiteSpace(stance) ? null : stance.Trim();
        ActorText = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
        FilterActors = [.. Brief.Actors.Where(a => a.Reactions.Count > 0 || a.Members.Any(m => m.Reactions.Count > 0))];

        var problems = new List<string>();
        if (StanceText is not null)
        {
            if (Stances.TryParse(StanceText.ToLowerInvariant(), out var parsed))
            {
                Stance = parsed;
            }
            else
            {
                var hint = Suggest.Closest(StanceText.ToLowerInvariant(), Stances.All.Select(s => s.Slug()));
                problems.Add($"There is no stance called “{StanceText}”."
                    + (hint is null ? "" : $" Did you mean “{hint}”?")
                    + " The stances are " + string.Join(", ", Stances.All.Select(s => s.Slug())) + ".");
            }
        }

        if (ActorText is not null)
        {
            var lower = ActorText.ToLowerInvariant();
            if ((Brief.FindActor(lower) ?? Brief.FindActorByAlias(lower)) is { } found)
            {
                Actor = found;
            }
            else
            {
                var hint = Suggest.Closest(lower, Brief.Actors.Select(a => a.Id));
                problems.Add($"There is no actor with the id “{ActorText}”."
                    + (hint is null ? "" : $" Did you mean “{hint}”?")
                    + " Choose an actor from the list below.");
            }
        }

        Problems = problems;
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The address of this listing, spelt as the form sends it: the only query the page cache keeps it under.
        var filters = new List<string>(2);
        if (Stance is { } chosenStance)
        {
            filters.Add("stance=" + chosenStance.Slug());
        }

        if (Actor is { } chosenActor)
        {
            filters.Add("actor=" + chosenActor.Id);
        }

        HttpContext.SetCanonicalQuery(filters.Count == 0 ? "" : "?" + string.Join('&', filters));
        Results = [.. Brief.Reactions.Where(r =>
            (Stance is null || r.Stance == Stance) &&
            (Actor is null || r.Actor == Actor || r.Actor.Country == Actor))];
        return Page();
    }
}
