using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>
/// <c>/compare</c>: a GET form to choose frameworks. A submitted form (any of its fields in the query)
/// that names valid frameworks is redirected (303) to the canonical comparison address; one with a
/// problem is shown again with the problem explained, answered 400 (see <see cref="OnGet"/>).
/// </summary>
public sealed class ChooserModel : ReadOnlyPage
{
    private static readonly string[] FieldNames = ["a", "b", "c", "differences"];

    public ChooserForm Form { get; private set; } = null!;

    public IReadOnlyList<ComparisonChoice> Choices { get; private set; } = [];

    /// <summary>Every comparison in every column order, as links that need no server to answer a form.</summary>
    public IReadOnlyList<ComparisonChoice> EveryOrder { get; private set; } = [];

    /// <remarks>
    /// An invalid choice is answered 400 rather than 200: the query names no comparison, a 4xx keeps
    /// such addresses out of caches and search indexes, and browsers still show the page, whose form
    /// explains the problem and keeps the reader's choices.
    /// </remarks>
    public IActionResult OnGet(string? a, string? b, string? c, string? differences)
    {
        Choices = Comparisons.All(Brief);
        EveryOrder = Comparisons.EveryOrder(Brief);
        var submitted = FieldNames.Any(Request.Query.ContainsKey);
        Form = ChooserForm.Read(Brief, a, b, c, ComparisonModel.IsDifferencesOnly(differences), submitted);
        if (!submitted)
        {
            return Page();
        }

        if (Form.IsValid)
        {
            Response.Headers.Location = Form.TargetUrl;
            return StatusCode(StatusCodes.Status303SeeOther);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>One field of the chooser form and its problem, if any.</summary>
public sealed record ChooserField(string Name, string Label, string? Selected, string? Error, bool Optional)
{
    public string InputId => "compare-" + Name;

    public string ErrorId => "compare-" + Name + "-error";
}

/// <summary>The chooser form's state: the frameworks offered, the reader's choices and their problems.</summary>
public sealed class ChooserForm
{
    private ChooserForm(IReadOnlyList<Framework> frameworks, IReadOnlyList<ChooserField> fields, bool differencesOnly, string? targetUrl)
    {
        Frameworks = frameworks;
        Fields = fields;
        DifferencesOnly = differencesOnly;
        TargetUrl = targetUrl;
    }

    /// <summary>The frameworks offered in each list.</summary>
    public IReadOnlyList<Framework> Frameworks { get; }

    /// <summary>First, second and (optional) third framework.</summary>
    public IReadOnlyList<ChooserField> Fields { get; }

    public bool DifferencesOnly { get; }

    /// <summary>The canonical comparison address the choices lead to; null when they have a problem.</summary>
    public string? TargetUrl { get; }

    public bool IsValid => TargetUrl is not null;

    public IEnumerable<ChooserField> Errors => Fields.Where(f => f.Error is not null);

    /// <summary>A form offering every framework; nothing submitted selects the featured comparison.</summary>
    public static ChooserForm Blank(Brief brief) => Read(brief, null, null, null, differencesOnly: false, submitted: false);

    /// <summary>Reads and checks the submitted choices (ids or former ids, any case).</summary>
    public static ChooserForm Read(Brief brief, string? a, string? b, string? c, bool differencesOnly, bool submitted)
    {
        ArgumentNullException.ThrowIfNull(brief);
        if (!submitted)
        {
            var featured = Comparisons.Ordered(brief);
            a = featured.Count > 0 ? featured[0].Id : null;
            b = featured.Count > 1 ? featured[1].Id : null;
        }

        var chosen = new List<Framework>();
        var fields = new List<ChooserField>();
        foreach (var (name, label, value, optional) in new[]
        {
            ("a", "First framework", a, false),
            ("b", "Second framework", b, false),
            ("c", "Third framework (optional)", c, true),
        })
        {
            var id = value?.Trim().ToLowerInvariant();
            string? error = null;
            Framework? framework = null;
            if (string.IsNullOrEmpty(id))
            {
                error = optional || !submitted ? null : $"Choose the {label.ToLowerInvariant()}.";
            }
            else if ((brief.FindFramework(id) ?? brief.FindFrameworkByAlias(id)) is not { } found)
            {
                error = $"There is no framework called “{(id.Length <= 40 ? id : id[..40] + "…")}”. Choose one from the list.";
            }
            else if (chosen.Contains(found))
            {
                error = $"{found.ShortName} is already chosen above. Choose a different framework to compare it with.";
            }
            else
            {
                framework = found;
                chosen.Add(found);
            }

            fields.Add(new ChooserField(name, label, framework?.Id ?? (error is null ? null : id), error, optional));
        }

        var valid = submitted && fields.All(f => f.Error is null) && chosen.Count >= SiteRoute.MinCompared;
        var path = SiteRoute.Comparison(chosen);
        var target = valid ? (differencesOnly ? SiteRoute.DifferencesOnly(path) : path) : null;
        return new ChooserForm(Comparisons.Ordered(brief), fields, differencesOnly, target);
    }
}
