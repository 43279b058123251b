using AsianNatoBrief.Web.Linking;
using System.Globalization;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.WebUtilities;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// The query string of <c>/search</c> (<c>q</c>, <c>kind</c>, <c>stance</c>, <c>actor</c>, <c>page</c>), read
/// against one snapshot. Values that name nothing become <see cref="Problems"/>, each saying what would work.
/// </summary>
internal sealed class SearchRequest
{
    /// <summary>Pages beyond this are refused rather than collected: nobody reads the 1,001st page of results.</summary>
    public const int MaxPage = 1000;

    private SearchRequest(SearchInput input)
    {
        Input = input;
    }

    public SearchInput Input { get; }

    public SearchFilters Filters { get; private set; } = new(null, null, null);

    public int Page { get; private set; } = 1;

    /// <summary>The filter values as typed, to show back in the form.</summary>
    public string? KindText { get; private set; }

    public string? StanceText { get; private set; }

    public string? ActorText { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public static SearchRequest Read(IQueryCollection query, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(brief);
        var request = new SearchRequest(SearchInput.Read(string.Join(" ", query["q"].OfType<string>())))
        {
            KindText = Value(query, "kind"),
            StanceText = Value(query, "stance"),
            ActorText = Value(query, "actor"),
        };
        var problems = new List<string>();
        SearchKind? kind = null;
        if (request.KindText is { } kindText)
        {
            if (SearchKinds.TryParse(kindText.ToLowerInvariant(), out var parsed))
            {
                kind = parsed;
            }
            else
            {
                problems.Add(Unknown("kind", kindText, SearchKinds.All.Select(k => k.Slug())));
            }
        }

        Stance? stance = null;
        if (request.StanceText is { } stanceText)
        {
            if (Stances.TryParse(stanceText.ToLowerInvariant(), out var parsed))
            {
                stance = parsed;
            }
            else
            {
                problems.Add(Unknown("stance", stanceText, Stances.All.Select(s => s.Slug())));
            }
        }

        Actor? actor = null;
        if (request.ActorText is { } actorText)
        {
            var lower = actorText.ToLowerInvariant();
            actor = brief.FindActor(lower) ?? brief.FindActorByAlias(lower);
            if (actor is null)
            {
                var hint = Suggest.Closest(lower, brief.Actors.Select(a => a.Id));
                problems.Add($"There is no actor with the id “{actorText}”." + (hint is null ? "" : $" Did you mean “{hint}”?") + " Choose an actor from the list.");
            }
        }

        if (Value(query, "page") is { } pageText)
        {
            if (int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= MaxPage)
            {
                request.Page = page;
            }
            else
            {
                problems.Add($"“{pageText}” is not a page number: use a whole number from 1 to {MaxPage}.");
            }
        }

        request.Filters = new(kind, stance, actor);
        request.Problems = problems;
        return request;
    }

    /// <summary>The address of these results with another query or page, keeping the filters that were valid.</summary>
    public string Link(string? text = null, int page = 1)
    {
        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = text ?? Input.Text,
            ["kind"] = Filters.Kind?.Slug(),
            ["stance"] = Filters.Stance?.Slug(),
            ["actor"] = Filters.Actor?.Id,
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(SiteRoute.Search, parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private static string Unknown(string name, string value, IEnumerable<string> allowed)
    {
        var choices = allowed.ToList();
        var hint = Suggest.Closest(value.ToLowerInvariant(), choices);
        return $"There is no {name} called “{value}”." + (hint is null ? "" : $" Did you mean “{hint}”?") + $" The {name}s are {string.Join(", ", choices)}.";
    }

    /// <summary>The trimmed value of a parameter (the first, if repeated), or null when absent or blank.</summary>
    private static string? Value(IQueryCollection query, string name) =>
        query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
