using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Frameworks;

/// <summary>One framework: its members and its answer on every comparison dimension.</summary>
public sealed class FrameworkModel : BriefPageModel
{
    public Framework Framework { get; private set; } = null!;

    /// <summary>Comparisons with each other framework: (the other framework, the comparison's address).</summary>
    public IReadOnlyList<(Framework Other, string Path)> Comparisons { get; private set; } = [];

    /// <summary>The comparison each dimension row links to: with NATO or, for NATO itself, with the QUAD, else the first other framework.</summary>
    public string? MainComparison { get; private set; }

    /// <summary>The other framework of <see cref="MainComparison"/>.</summary>
    public Framework? MainPartner { get; private set; }

    public IActionResult OnGet(string id)
    {
        if (Brief.FindFramework(id) is not { } framework)
        {
            // Wrong-case and renamed ids never get here: LinkRedirectMiddleware has already sent them to the
            // item's address.
            return NotFound();
        }

        Framework = framework;
        var others = Brief.Frameworks.Where(f => f != framework).ToList();
        Comparisons = [.. others.Select(o => (o, Addresses.Compare(framework, o)))];
        var partner = framework.Id == "nato"
            ? others.FirstOrDefault(f => f.Id == "quad")
            : others.FirstOrDefault(f => f.Id == "nato");
        partner ??= others.FirstOrDefault();
        MainPartner = partner;
        MainComparison = partner is null ? null : Addresses.Compare(framework, partner);
        return Page();
    }
}
