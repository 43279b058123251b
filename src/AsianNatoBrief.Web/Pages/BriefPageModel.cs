using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// Base of every page model: works with the request's one content snapshot (taken by the first
/// reader in the pipeline, see <see cref="RequestBrief"/>), so that the page, its layout, its ETag and
/// its page-cache entry never see two versions of the content, even when a reload lands mid-request.
/// </summary>
public abstract class BriefPageModel : PageModel
{
    private Brief? brief;

    public Brief Brief => brief ??= HttpContext.GetBrief();
}

/// <summary>One step of a breadcrumb trail; the last step (the current page) has no path.</summary>
public sealed record Crumb(string Label, string? Path = null);
