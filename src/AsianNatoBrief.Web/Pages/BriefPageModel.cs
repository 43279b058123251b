using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// Base of every page model: reads the content snapshot once per request, so that the page and its
/// layout (which renders the footer from <see cref="Brief"/>) never see two versions of the content.
/// </summary>
public abstract class BriefPageModel(ContentStore store) : PageModel
{
    public Brief Brief { get; } = store.Current;

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
