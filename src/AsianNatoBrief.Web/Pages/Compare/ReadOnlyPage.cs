using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AsianNatoBrief.Web.Pages.Compare;

/// <summary>
/// Base of the comparison pages: the site's page base (one snapshot per request, shared with the
/// layout), answering GET and HEAD only. Without this, Razor Pages would render
/// a page with no handler for POST or PUT (200 and an empty model) instead of refusing the method.
/// </summary>
public abstract class ReadOnlyPage : BriefPageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            Response.Headers.Allow = "GET, HEAD";
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }
}
