using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// Works out where a page address should permanently redirect: to its one canonical form (lower case,
/// no trailing slash) and, when it names a renamed item by an old id, to the item's current id. Both
/// happen in one redirect. It is the single place where case and aliases are handled; page models
/// only ever see canonical paths.
/// </summary>
public static class LinkRedirects
{
    // Only page sections are normalised; static assets, generated files and error pages pass untouched.
    private static readonly HashSet<string> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        "actors", "reactions", "positions", "compare", "frameworks", "timeline", "sources", "about", "index",
    };

    /// <summary>The path to redirect to, or null when <paramref name="path"/> is already canonical or not a page.</summary>
    public static string? Target(Brief brief, string path)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var trimmed = path.TrimEnd('/');
        var segments = trimmed.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            // "/" itself; "//" and the like collapse to it.
            return path == "/" ? null : "/";
        }

        if (!Sections.Contains(segments[0]))
        {
            return null;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i].ToLowerInvariant();
        }

        if (segments is ["index"])
        {
            return "/";
        }

        if (segments.Length >= 2)
        {
            segments[1] = segments[0] switch
            {
                "actors" => brief.FindActor(segments[1]) is null && brief.FindActorByAlias(segments[1]) is { } actor ? actor.Id : segments[1],
                "reactions" => brief.FindReaction(segments[1]) is null && brief.FindReactionByAlias(segments[1]) is { } reaction ? reaction.Id : segments[1],
                "frameworks" => CurrentFrameworkId(brief, segments[1]),
                "compare" => string.Join("-vs-", segments[1].Split("-vs-").Select(id => CurrentFrameworkId(brief, id))),
                _ => segments[1],
            };
        }

        var canonical = "/" + string.Join('/', segments);
        return string.Equals(canonical, path, StringComparison.Ordinal) ? null : canonical;
    }

    private static string CurrentFrameworkId(Brief brief, string id) =>
        brief.FindFramework(id) is null && brief.FindFrameworkByAlias(id) is { } framework ? framework.Id : id;
}

/// <summary>Answers non-canonical page addresses with a 301 to the canonical one, keeping the query string.</summary>
internal sealed class LinkRedirectMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            var target = LinkRedirects.Target(context.GetBrief(), request.Path.Value ?? "/");
            if (target is not null)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = request.PathBase.Add(new PathString(target)).ToUriComponent() + request.QueryString.ToUriComponent();
                return Task.CompletedTask;
            }
        }

        return next(context);
    }
}
