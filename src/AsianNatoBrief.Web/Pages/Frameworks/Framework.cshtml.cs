using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Frameworks;

/// <summary>One framework: its members and its answer on every comparison dimension.</summary>
public sealed class FrameworkModel : BriefPageModel
{
    public Framework Framework { get; private set; } = null!;

    /// <summary>This framework compared with each other framework.</summary>
    public IReadOnlyList<ComparisonChoice> Comparisons { get; private set; } = [];

    /// <summary>The comparison each dimension row links to (<see cref="Compare.Comparisons.Featured"/>).</summary>
    public ComparisonChoice? MainComparison { get; private set; }

    public IActionResult OnGet(string id)
    {
        // Wrong-case and renamed ids never get here: LinkRedirectMiddleware has already sent them on.
        if (Brief.FindFramework(id) is not { } framework)
        {
            return NotFound();
        }

        Framework = framework;
        Comparisons = Compare.Comparisons.From(Brief, framework);
        MainComparison = Compare.Comparisons.Featured(Brief, framework);
        return Page();
    }
}
