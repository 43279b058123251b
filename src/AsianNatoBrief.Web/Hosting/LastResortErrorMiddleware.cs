using System.Text;

namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// The outermost safety net: any exception that escapes the rest of the pipeline (including the error page
/// itself, or a missing one) becomes a small, self-contained 500 page that never shows exception details.
/// </summary>
internal sealed class LastResortErrorMiddleware(RequestDelegate next, ILogger<LastResortErrorMiddleware> logger)
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Something went wrong — AsianNatoBrief</title></head>
        <body><main><h1>Something went wrong</h1><p>The page could not be shown because of a problem on our side. Please try again in a moment, or go back to the <a href="/">home page</a>.</p></main></body>
        </html>

        """);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = e.StatusCode;
            context.Response.Headers.CacheControl = "no-store";
        }
#pragma warning disable CA1031 // The whole point: nothing escapes as an unhandled 500 with details.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.Body.WriteAsync(Page, context.RequestAborted);
            }
        }
    }
}
