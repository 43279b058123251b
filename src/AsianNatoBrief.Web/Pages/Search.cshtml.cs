using AsianNatoBrief.Web.Search;
using Microsoft.AspNetCore.Mvc;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// Search over every item of the request's snapshot, through that snapshot's own index. Bad filter
/// values answer 400 with an explanation and the form; anything typed into the search box is searched as
/// plain words and phrases, with a note about whatever was not read as typed.
/// </summary>
/// <remarks>Results are never kept by the page cache, which keeps no address with a query.</remarks>
public sealed class SearchModel : BriefPageModel
{
    internal SearchRequest Query { get; private set; } = null!;

    internal SearchResults? Results { get; private set; }

    /// <summary>The corrected query when the one typed found nothing and a correction finds something.</summary>
    internal string? Suggestion { get; private set; }

    /// <summary>The actor filter's choices, every actor in the site's order, written once per snapshot (with results, those among them).</summary>
    internal ActorOptions ActorOptions => ActorOptions.Every(Brief);

    public int TotalPages => Results is { Total: > 0 } results ? ((results.Total - 1) / Searching.PageSize) + 1 : 0;

    /// <summary>Whether there is anything to search for: words, or at least one filter.</summary>
    public bool HasSearch => !Query.Input.IsEmpty || Query.Filters.Any;

    public IActionResult OnGet()
    {
        Query = SearchRequest.Read(Request.Query, Brief);
        if (Query.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!HasSearch)
        {
            return Page();
        }

        var index = SearchIndexes.For(Brief);
        Results = Searching.Run(index, Query.Input, Query.Filters, Query.Page);
        if (Results.Total == 0 && SpellingSuggestion.For(index, Query.Input, Query.Filters) is { } corrected)
        {
            Suggestion = SearchInput.ToDisplay(corrected);
        }

        if (Query.Page > 1 && Query.Page > TotalPages)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
