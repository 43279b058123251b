using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Reactions;

/// <summary>The canonical page of one reaction.</summary>
public sealed class ReactionModel(ContentStore store) : BriefPageModel(store)
{
    public Reaction Reaction { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Brief.FindReaction(id) is not { } reaction)
        {
            return RedirectOrNotFound(id, Brief.FindReaction, Brief.FindReactionByAlias, Addresses.ReactionPath);
        }

        Reaction = reaction;
        return Page();
    }
}
