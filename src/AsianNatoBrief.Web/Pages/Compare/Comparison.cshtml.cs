using AsianNatoBrief.Web.Linking;
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

    public IActionResult OnGet()
    {
        // Case and former ids never get here: LinkRedirectMiddleware has already sent them to the canonical
        // address, so every name is either a current framework id or unknown.
        var address = SiteRoute.Parse(Request.Path.Value ?? "");
        var names = address?.Ids ?? [];
        var frameworks = names.Select(Brief.FindFramework).OfType<Framework>().ToList();
        var unknown = names.Where(n => Brief.FindFramework(n) is null).ToList();
        if (unknown.Count > 0)
        {
            Problem = unknown.Count == 1
                ? $"There is no framework called “{Shown(unknown[0])}”."
                : $"There are no frameworks called {Comparison.JoinNames([.. unknown.Select(n => $"“{Shown(n)}”")])}.";
        }
        else if (frameworks.Count is < SiteRoute.MinCompared or > SiteRoute.MaxCompared)
        {
            Problem = $"A comparison names two or three different frameworks, joined by “{SiteRoute.Separator}”, for example {SiteRoute.Comparison(Compare.Comparisons.Ordered(Brief).Take(2))}.";
        }
        else if (frameworks.Distinct().Count() < frameworks.Count)
        {
            Problem = $"This address names {Comparison.JoinNames([.. frameworks.Select(f => f.ShortName).Distinct()])} more than once. A comparison needs different frameworks.";
        }
        else
        {
            Comparison = Comparison.Create(Brief, frameworks, address!.DifferencesOnly);
            return Page();
        }

        KnownFrameworks = Compare.Comparisons.Ordered(Brief);
        Choices = Compare.Comparisons.All(Brief);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Whether the chooser's query asks for the differences-only view (<c>differences=only</c>).</summary>
    internal static bool IsDifferencesOnly(string? differences) => string.Equals(differences, "only", StringComparison.OrdinalIgnoreCase);

    // Echoes a name from the address back to the reader, cut short so a long address cannot flood the page.
    private static string Shown(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
