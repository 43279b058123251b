using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>The rules for internal links in Markdown: each must name a page (and fragment) that the content makes.</summary>
internal sealed partial class ContentValidator
{
    private void CheckLinks()
    {
        foreach (var item in content.Items)
        {
            CheckLinks(item.Path, item.Body);
        }

        // The site's brief is Markdown held in a field, not a file body.
        CheckLinks("site.yaml", content.Site?.Brief);
    }

    private void CheckLinks(string path, MarkdownDto? body)
    {
        foreach (var link in body?.Links ?? [])
        {
            if (CheckLink(link.Value) is { } problem)
            {
                Error(path, link.Line, link.Column, DiagnosticCodes.BrokenLink, problem);
            }
        }
    }

    /// <summary>Returns why an internal link leads nowhere, or null when it is fine or external.</summary>
    private string? CheckLink(string url)
    {
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#'))
        {
            return null;
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return $"link '{url}' is relative: write a link to this site as a path starting with '/'";
        }

        var fragmentAt = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt >= 0 ? url[(fragmentAt + 1)..] : null;
        var path = fragmentAt >= 0 ? url[..fragmentAt] : url;
        var queryAt = path.IndexOf('?', StringComparison.Ordinal);
        path = queryAt >= 0 ? path[..queryAt] : path;

        if (path.Length > 1 && path.EndsWith('/'))
        {
            return $"link '{url}' has a trailing slash: write '{path.TrimEnd('/')}'";
        }

        // The route model reads the address; a link must be written in its canonical form.
        if (SiteRoute.Parse(path) is not { } address || !string.Equals(address.Path, path, StringComparison.Ordinal))
        {
            return $"link '{url}' leads nowhere: no page of this site has that address";
        }

        var id = address.Ids.Count > 0 ? address.Ids[0] : "";
        return address.Kind switch
        {
            PageKind.Positions => fragment is null ? null : Fragment(url, fragment, positions.Ids.Keys, "position"),
            PageKind.Timeline => fragment is null ? null : Fragment(url, fragment, events.Ids.Keys, "timeline event"),
            PageKind.Sources => fragment is null ? null : Fragment(url, fragment, sources.Ids.Keys, "source"),
            PageKind.Actor when !actors.Ids.ContainsKey(id) => Nowhere(url, id, actors),
            PageKind.Actor => fragment is null ? null : Fragment(url, fragment, ReactionAnchorsOf(id), "reaction of this actor"),
            PageKind.Reaction or PageKind.Citation when !reactions.Ids.ContainsKey(id) => Nowhere(url, id, reactions),
            PageKind.Citation when !Citations.CitationService.Files.Any(f => f.Extension == address.Format) =>
                $"link '{url}' leads nowhere: a citation is offered as {string.Join(", ", Citations.CitationService.Files.Select(f => "cite." + f.Extension))}",
            PageKind.Framework when !frameworks.Ids.ContainsKey(id) => Nowhere(url, id, frameworks),
            PageKind.Comparison => CheckComparison(url, address, fragment),
            PageKind.Reactions when address.Ids.Count > 0 && !actors.Ids.ContainsKey(id) => Nowhere(url, id, actors),
            PageKind.Reactions when address.Stance is { } stance && !Vocabulary<Stance>.TryParse(stance, out _) =>
                $"link '{url}' leads nowhere: no stance '{stance}' (one of {string.Join(", ", Vocabulary<Stance>.Words)})",
            _ => null,
        };
    }

    private string? CheckComparison(string url, SiteAddress address, string? fragment)
    {
        foreach (var name in address.Ids)
        {
            if (!frameworks.Ids.ContainsKey(name))
            {
                return Nowhere(url, name, frameworks);
            }
        }

        if (address.Ids.Count is < SiteRoute.MinCompared or > SiteRoute.MaxCompared || address.Ids.Distinct(StringComparer.Ordinal).Count() != address.Ids.Count)
        {
            return $"link '{url}' leads nowhere: compare two or three different frameworks as /compare/a-vs-b";
        }

        return fragment is null ? null : Fragment(url, fragment, dimensions.Ids.Keys, "dimension");
    }

    // An actor page holds an element for each of its reactions, by current id and by every former id.
    private IEnumerable<string> ReactionAnchorsOf(string actorId) =>
        content.Items.Where(r => r.What == ContentMapping.Reaction
                && r.References.Any(x => x.Field == "actor" && x.Value.Value == actorId))
            .SelectMany(r => (IEnumerable<Located<string>?>)[r.Id, .. r.Aliases])
            .OfType<Located<string>>().Select(x => x.Value);

    private static string? Fragment(string url, string fragment, IEnumerable<string> known, string what)
    {
        var list = known.ToList();
        if (list.Contains(fragment))
        {
            return null;
        }

        var hint = Suggest.Closest(fragment, list);
        return $"link '{url}' leads nowhere: '{fragment}' names no {what} on that page" + (hint is null ? "" : $" — did you mean '{hint}'?");
    }

    private static string? Nowhere(string url, string id, Registry registry)
    {
        if (registry.Incomplete || registry.Placeholders.Contains(id))
        {
            return null;
        }

        if (registry.AliasTargets.TryGetValue(id, out var renamed))
        {
            return $"link '{url}' uses the old id '{id}': the {registry.What} was renamed to '{renamed}'; link to the new address";
        }

        var hint = Suggest.Closest(id, registry.Ids.Keys);
        return $"link '{url}' leads nowhere: no {registry.What} '{id}'" + (hint is null ? "" : $" — did you mean '{hint}'?");
    }
}
