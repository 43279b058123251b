using AsianNatoBrief.Web.Caching;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>
/// <c>/compare/{a}-vs-{b}[-vs-{c}]</c>: the comparison table, or a 404 page that explains what went
/// wrong and lists the frameworks and comparisons that do exist.
/// </summary>
public sealed class ComparisonModel : ReadOnlyPage
{
    /// <summary>The table, when the address names a comparison.</summary>
    public Comparison? Comparison { get; private set; }

    /// <summary>Why the address names no comparison, when it does not.</summary>
    public string? Problem { get; private set; }

    /// <summary>Every framework, for the not-found page.</summary>
    public IReadOnlyList<Framework> KnownFrameworks { get; private set; } = [];

    /// <summary>Every valid comparison, for the not-found page.</summary>
    public IReadOnlyList<ComparisonChoice> Choices { get; private set; } = [];

    public IActionResult OnGet(string selection, string? differences)
    {
        var lookup = CompareAddress.Resolve(Brief, selection ?? "");
        switch (lookup.Outcome)
        {
            case CompareOutcome.Found:
                Comparison = Comparison.Create(Brief, lookup.Frameworks, IsDifferencesOnly(differences));
                HttpContext.SetCanonicalQuery(Comparison.DifferencesOnly ? CompareAddress.DifferencesOnlyQuery : "");
                return Page();

            case CompareOutcome.Redirect:
                return RedirectPermanent(lookup.CanonicalPath + Request.QueryString.Value);

            case CompareOutcome.Unknown:
                Problem = lookup.UnknownNames.Count == 1
                    ? $"There is no framework called “{Shown(lookup.UnknownNames[0])}”."
                    : $"There are no frameworks called {Comparison.JoinNames([.. lookup.UnknownNames.Select(n => $"“{Shown(n)}”")])}.";
                break;

            case CompareOutcome.Repeated:
                Problem = $"This address names {Comparison.JoinNames([.. lookup.Frameworks.Select(f => f.ShortName).Distinct()])} more than once. A comparison needs different frameworks.";
                break;

            default:
                Problem = $"A comparison names two or three different frameworks, joined by “-vs-”, for example {CompareAddress.PathFor(Brief.Frameworks.Take(2))}.";
                break;
        }

        KnownFrameworks = ComparisonChoice.Ordered(Brief);
        Choices = ComparisonChoice.All(Brief);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Whether the query asks for the differences-only view (<c>?differences=only</c>).</summary>
    internal static bool IsDifferencesOnly(string? differences) => string.Equals(differences, "only", StringComparison.OrdinalIgnoreCase);

    // Echoes a name from the address back to the reader, cut short so a long address cannot flood the page.
    private static string Shown(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
