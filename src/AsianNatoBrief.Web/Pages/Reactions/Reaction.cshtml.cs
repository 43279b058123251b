using AsianNatoBrief.Web.Citations;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Reactions;

/// <summary>The canonical page of one reaction.</summary>
public sealed class ReactionModel : BriefPageModel
{
    public Reaction Reaction { get; private set; } = null!;

    /// <summary>The reaction cited in every style and format ("Cite this reaction").</summary>
    public ReactionCitation Citation { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Brief.FindReaction(id) is not { } reaction)
        {
            // Wrong-case and renamed ids never get here: LinkRedirectMiddleware has already sent them to the
            // item's address.
            return NotFound();
        }

        Reaction = reaction;
        Citation = CitationService.ForPage(Brief, reaction, HttpContext.GetOrigin());
        return Page();
    }
}
