using System.Net;
using AsianNatoBrief.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>An exception while rendering a page, in production.</summary>
public sealed class ErrorPageTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    [Fact]
    public async Task Exception_Answers500WithAFriendlyPageAndNoStackTrace()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowOnActorPage()))));
        using var client = failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/actors/china", UriKind.Relative));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", document.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("ThrowOnActorPage", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", document.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    /// <summary>Fails the China page (and only it, so that the error page itself renders).</summary>
    private sealed class ThrowOnActorPage : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path == "/actors/china")
            {
                throw new InvalidOperationException("ThrowOnActorPage: a deliberate failure");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
