using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages;

/// <summary>The production error page: says that something failed, never how (no stack trace).</summary>
public sealed class ErrorModel : BriefPageModel
{
    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            // Only the exception handler comes here; a reader who types /error finds nothing.
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
