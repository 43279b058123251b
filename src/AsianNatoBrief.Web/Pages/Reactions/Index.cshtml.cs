using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Reactions;

/// <summary>
/// All reactions, newest first, optionally filtered by stance and by actor, each view at a path of its own
/// (<c>/reactions/actor/china/stance/opposes</c>, see <see cref="SiteRoute"/>). A state's filter includes its
/// people and groups. The filter form's query is sent to that path by the link middleware when every value
/// names something; a query value that names nothing answers 400 with an explanation and the form, a path
/// that names nothing 404 with the same explanation — never an error page.
/// </summary>
public sealed class IndexModel : BriefPageModel
{
    public Stance? Stance { get; private set; }
    public Actor? Actor { get; private set; }

    /// <summary>The actors to offer as links: those with a reaction (their own or a member's) of the chosen stance, if any.</summary>
    public IReadOnlyList<Actor> ActorLinks => Stance is { } stance ? Brief.ActorsWithStance[stance] : Brief.ActorsWithReactions;

    /// <summary>What the reader typed in the query string, to show it back in the form and messages.</summary>
    public string? StanceText { get; private set; }
    public string? ActorText { get; private set; }

    /// <summary>Explanations of filter values that name nothing; empty when the filters are valid.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<Reaction> Results { get; private set; } = [];

    public bool IsFiltered => Stance is not null || Actor is not null;

    /// <summary>The applied filters in words (“ with the stance “Opposes” by China”), empty when unfiltered.</summary>
    public string FilterDescription =>
        (Stance is { } stance ? $" with the stance “{stance.Label()}”" : "")
        + (Actor is { } actor ? $" by {actor.Name}" + (actor.Members.Count > 0 ? " and its people and groups" : "") : "");

    /// <summary>The canonical path of the view shown.</summary>
    public string CanonicalPath => SiteRoute.ReactionsFiltered(Stance?.Slug(), Actor?.Id);

    public IActionResult OnGet()
    {
        // A view's own path names its filters; without one, the form's query does.
        var fromPath = RouteData.Values.ContainsKey("stance") || RouteData.Values.ContainsKey("actor");
        var stance = fromPath ? RouteData.Values["stance"] as string : Request.Query["stance"].ToString();
        var actor = fromPath ? RouteData.Values["actor"] as string : Request.Query["actor"].ToString();
        StanceText = string.IsNullOrWhiteSpace(stance) ? null : stance.Trim();
        ActorText = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();

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
            Response.StatusCode = fromPath ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }

        Results = [.. Brief.Reactions.Where(r =>
            (Stance is null || r.Stance == Stance) &&
            (Actor is null || r.Actor == Actor || r.Actor.Country == Actor))];
        return Page();
    }
}
