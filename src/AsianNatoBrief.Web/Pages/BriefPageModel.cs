using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;
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

    /// <summary>
    /// Answers a request for an id that is not canonical: a wrong-case id or a renamed item's old id
    /// redirects permanently to the item's address; anything else is not found.
    /// </summary>
    protected IActionResult RedirectOrNotFound<T>(string id, Func<string, T?> find, Func<string, T?> findByAlias, Func<T, string> address)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(findByAlias);
        ArgumentNullException.ThrowIfNull(address);
        var lower = id.ToLowerInvariant();
        var target = find(lower) ?? findByAlias(lower);
        return target is null ? NotFound() : RedirectPermanent(address(target));
    }
}

/// <summary>One step of a breadcrumb trail; the last step (the current page) has no path.</summary>
public sealed record Crumb(string Label, string? Path = null);
