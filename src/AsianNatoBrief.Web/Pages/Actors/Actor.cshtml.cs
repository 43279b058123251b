using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Actors;

public sealed class ActorModel : BriefPageModel
{
    public Actor Actor { get; private set; } = null!;

    /// <summary>
    /// Rows of the comparison that concern this actor: the members row of each framework it (or, for a
    /// person or group, its state) belongs to.
    /// </summary>
    public IReadOnlyList<ComparisonChoice> ComparisonRows { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (Brief.FindActor(id) is not { } actor)
        {
            // Wrong-case and renamed ids never get here: LinkRedirectMiddleware has already sent them to the
            // item's address.
            return NotFound();
        }

        Actor = actor;
        ComparisonRows = Comparisons.ForActor(Brief, actor.Country ?? actor);
        return Page();
    }

    public static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.State => "State",
        ActorKind.Person => "Person",
        _ => "Group",
    };
}
