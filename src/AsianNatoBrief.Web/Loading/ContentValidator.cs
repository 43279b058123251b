using System.Text.RegularExpressions;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// Checks the meaning of read content — slugs, unique ids and aliases, references, vocabularies,
/// dates, complete comparisons and internal links — adding one diagnostic per problem.
/// </summary>
internal sealed partial class ContentValidator(RawContent content, DiagnosticBag diagnostics)
{
    private static readonly string[] StaticPaths =
        ["/", "/actors", "/reactions", "/positions", "/compare", "/timeline", "/sources", "/about", "/sitemap.xml", "/robots.txt", "/feed.atom"];

    private static readonly string[] Kinds = ["state", "person", "group"];
    private static readonly string[] Statuses = ["known", "not-applicable", "unknown"];

    private readonly Registry actors = new("actor");
    private readonly Registry reactions = new("reaction");
    private readonly Registry positions = new("position");
    private readonly Registry frameworks = new("framework");
    private readonly Registry dimensions = new("dimension");
    private readonly Registry sources = new("source");
    private readonly Registry events = new("timeline event");

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    public static void Validate(RawContent content, DiagnosticBag diagnostics) =>
        new ContentValidator(content, diagnostics).Run();

    private void Run()
    {
        RegisterAll();
        CheckSite();
        CheckSources();
        CheckActors();
        CheckReactions();
        CheckPositions();
        CheckDimensions();
        CheckFrameworks();
        CheckEvents();
        CheckLinks();
    }

    private void RegisterAll()
    {
        var byWhat = new[] { actors, reactions, positions, frameworks, dimensions, sources, events }.ToDictionary(r => r.What, StringComparer.Ordinal);
        foreach (var (what, stem) in content.Unreadable)
        {
            if (stem is null)
            {
                byWhat[what].Incomplete = true;
            }
            else
            {
                byWhat[what].Placeholders.Add(stem);
            }
        }

        foreach (var s in content.Sources)
        {
            Register(sources, s, s.Id, []);
        }

        foreach (var a in content.Actors)
        {
            Register(actors, a, a.Id, a.Aliases);
        }

        foreach (var r in content.Reactions)
        {
            Register(reactions, r, r.Id, r.Aliases);
        }

        foreach (var p in content.Positions)
        {
            Register(positions, p, p.Id, p.Aliases);
        }

        foreach (var f in content.Frameworks)
        {
            Register(frameworks, f, f.Id, f.Aliases);
        }

        foreach (var d in content.Dimensions)
        {
            Register(dimensions, d, d.Id, []);
        }

        foreach (var e in content.Events)
        {
            Register(events, e, e.Id, []);
        }

        // An alias must never take over an address that is some item's current id.
        foreach (var registry in new[] { actors, reactions, positions, frameworks })
        {
            foreach (var (alias, where) in registry.Aliases)
            {
                if (registry.Ids.TryGetValue(alias, out var owner))
                {
                    Error(where.Path, where.Line, where.Column, DiagnosticCodes.DuplicateId,
                        $"alias '{alias}' collides with the id of the {registry.What} defined at {owner}");
                }
            }
        }
    }

    private void Register(Registry registry, ItemDto item, Located<string>? id, IReadOnlyList<Located<string>> aliases)
    {
        if (id is not null)
        {
            CheckSlug(item.Path, id, $"{registry.What} id");
            var where = new Where(item.Path, id.Line, id.Column);
            if (registry.Ids.TryGetValue(id.Value, out var first))
            {
                Error(item.Path, id.Line, id.Column, DiagnosticCodes.DuplicateId,
                    $"duplicate {registry.What} id '{id.Value}' (first defined at {first})");
            }
            else
            {
                registry.Ids[id.Value] = where;
            }
        }

        foreach (var alias in aliases)
        {
            if (!CheckSlug(item.Path, alias, "alias"))
            {
                continue;
            }

            var where = new Where(item.Path, alias.Line, alias.Column);
            if (registry.Aliases.TryGetValue(alias.Value, out var first))
            {
                Error(item.Path, alias.Line, alias.Column, DiagnosticCodes.DuplicateId,
                    $"duplicate {registry.What} alias '{alias.Value}' (first given at {first})");
            }
            else
            {
                registry.Aliases[alias.Value] = where;
                if (id is not null)
                {
                    registry.AliasTargets[alias.Value] = id.Value;
                }
            }
        }
    }

    private bool CheckSlug(string path, Located<string> value, string what)
    {
        if (SlugPattern().IsMatch(value.Value))
        {
            return true;
        }

        var suggestion = Slugify(value.Value);
        Error(path, value.Line, value.Column, DiagnosticCodes.BadSlug,
            $"bad {what} '{value.Value}': use lowercase letters, digits and single hyphens" +
            (suggestion.Length > 0 ? $", e.g. '{suggestion}'" : ""));
        return false;
    }

    private static string Slugify(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private void CheckSite()
    {
        var site = content.Site;
        if (site is null)
        {
            return;
        }

        if (site.Updated is { } updated && CheckDate(site.Path, updated) is { } date && date.Precision != DatePrecision.Day)
        {
            Error(site.Path, updated.Line, updated.Column, DiagnosticCodes.BadDate,
                $"'updated' must be a full date (YYYY-MM-DD), found '{updated.Value}'");
        }

        Reference(site.Path, site.Source, sources);
    }

    private void CheckSources()
    {
        foreach (var s in content.Sources)
        {
            CheckDate(s.Path, s.Date);
            if (s.Url is { } url && (!Uri.TryCreate(url.Value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            {
                Error(s.Path, url.Line, url.Column, DiagnosticCodes.InvalidValue, $"url '{url.Value}' must be an absolute http(s) address");
            }
        }
    }

    private void CheckActors()
    {
        var kinds = content.Actors
            .Where(a => a.Id is not null && a.Kind is not null)
            .GroupBy(a => a.Id!.Value)
            .ToDictionary(g => g.Key, g => g.First().Kind!.Value, StringComparer.Ordinal);

        foreach (var a in content.Actors)
        {
            References(a.Path, a.Sources, sources);
            CheckAliasesDifferFromId(a.Path, a.Id, a.Aliases);
            if (a.Kind is { } kind && !Kinds.Contains(kind.Value))
            {
                Vocabulary(a.Path, kind, "kind", Kinds);
            }

            var isState = a.Kind?.Value == "state";
            if (a.Kind?.Value == "person" && a.Country is null)
            {
                Error(a.Path, a.Line, a.Column, DiagnosticCodes.MissingField, "missing required field 'country': a person belongs to a state");
            }

            if (a.Country is { } country)
            {
                if (isState)
                {
                    Error(a.Path, country.Line, country.Column, DiagnosticCodes.InvalidValue, "a state has no 'country'");
                }
                else if (Reference(a.Path, country, actors) && kinds.TryGetValue(country.Value, out var countryKind)
                    && countryKind != "state" && Kinds.Contains(countryKind))
                {
                    Error(a.Path, country.Line, country.Column, DiagnosticCodes.InvalidValue,
                        $"country '{country.Value}' is a {countryKind}, not a state");
                }
            }
        }
    }

    private void CheckReactions()
    {
        foreach (var r in content.Reactions)
        {
            Reference(r.Path, r.Actor, actors);
            if (r.Stance is { } stance && !Stances.TryParse(stance.Value, out _))
            {
                Vocabulary(r.Path, stance, "stance", [.. Stances.All.Select(s => s.Slug())]);
            }

            CheckDate(r.Path, r.Date);
            References(r.Path, r.Sources, sources);
            References(r.Path, r.Positions, positions);
            CheckAliasesDifferFromId(r.Path, r.Id, r.Aliases);
            foreach (var q in r.Quotes)
            {
                Reference(r.Path, q.Source, sources);
            }
        }
    }

    private void CheckPositions()
    {
        foreach (var p in content.Positions)
        {
            References(p.Path, p.HeldBy, actors);
            References(p.Path, p.Sources, sources);
            CheckAliasesDifferFromId(p.Path, p.Id, p.Aliases);
        }
    }

    private void CheckDimensions()
    {
        foreach (var d in content.Dimensions)
        {
            foreach (var difference in d.Differences)
            {
                References(d.Path, difference.Frameworks, frameworks);
                if (difference.Frameworks.Count == 1)
                {
                    Error(d.Path, difference.Line, difference.Column, DiagnosticCodes.InvalidValue,
                        "a difference compares at least two frameworks");
                }
            }
        }
    }

    private void CheckFrameworks()
    {
        foreach (var f in content.Frameworks)
        {
            References(f.Path, f.Sources, sources);
            CheckAliasesDifferFromId(f.Path, f.Id, f.Aliases);
            foreach (var m in f.Members)
            {
                Reference(f.Path, m.Actor, actors);
            }

            if (f.Values is null)
            {
                continue;
            }

            foreach (var v in f.Values)
            {
                Reference(f.Path, v.Dimension, dimensions);
                References(f.Path, v.Sources, sources);
                if (v.Status is { } status && !Statuses.Contains(status.Value))
                {
                    Vocabulary(f.Path, status, "status", Statuses);
                }
            }

            var given = f.Values.Select(v => v.Dimension.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var d in content.Dimensions)
            {
                if (d.Id is { } id && !given.Contains(id.Value))
                {
                    Error(f.Path, f.Line, f.Column, DiagnosticCodes.MissingValue,
                        $"framework '{f.Id?.Value}' gives no value for dimension '{id.Value}': give a value, or status 'unknown' or 'not-applicable' with the reason");
                }
            }
        }
    }

    private void CheckEvents()
    {
        foreach (var e in content.Events)
        {
            CheckDate(e.Path, e.Date);
            References(e.Path, e.Actors, actors);
            References(e.Path, e.Sources, sources);
        }
    }

    private void CheckLinks()
    {
        IEnumerable<(string Path, MarkdownDto? Body)> bodies =
        [
            .. content.Actors.Select(a => (a.Path, (MarkdownDto?)a.Body)),
            .. content.Reactions.Select(r => (r.Path, (MarkdownDto?)r.Body)),
            .. content.Positions.Select(p => (p.Path, (MarkdownDto?)p.Body)),
            (content.Site?.Path ?? "site.yaml", content.Site?.Brief),
        ];
        foreach (var (path, body) in bodies)
        {
            foreach (var link in body?.Links ?? [])
            {
                if (CheckLink(link.Value) is { } problem)
                {
                    Error(path, link.Line, link.Column, DiagnosticCodes.BrokenLink, problem);
                }
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

        if (StaticPaths.Contains(path))
        {
            return fragment is null ? null : path switch
            {
                "/positions" => Fragment(url, fragment, positions.Ids.Keys, "position"),
                "/timeline" => Fragment(url, fragment, events.Ids.Keys, "timeline event"),
                "/sources" => Fragment(url, fragment, sources.Ids.Keys, "source"),
                _ => null,
            };
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 2)
        {
            var id = segments[1];
            switch (segments[0])
            {
                case "actors":
                    if (!actors.Ids.ContainsKey(id))
                    {
                        return Nowhere(url, id, actors);
                    }

                    var own = content.Reactions.Where(r => r.Actor?.Value == id)
                        .SelectMany(r => (IEnumerable<Located<string>?>)[r.Id, .. r.Aliases])
                        .Where(x => x is not null).Select(x => x!.Value);
                    return fragment is null ? null : Fragment(url, fragment, own, "reaction of this actor");
                case "reactions":
                    return reactions.Ids.ContainsKey(id) ? null : Nowhere(url, id, reactions);
                case "frameworks":
                    return frameworks.Ids.ContainsKey(id) ? null : Nowhere(url, id, frameworks);
                case "compare":
                    var names = id.Split("-vs-");
                    foreach (var name in names)
                    {
                        if (!frameworks.Ids.ContainsKey(name))
                        {
                            return Nowhere(url, name, frameworks);
                        }
                    }

                    if (names.Length is < 2 or > 3 || names.Distinct(StringComparer.Ordinal).Count() != names.Length)
                    {
                        return $"link '{url}' leads nowhere: compare two or three different frameworks as /compare/a-vs-b";
                    }

                    return fragment is null ? null : Fragment(url, fragment, dimensions.Ids.Keys, "dimension");
                default:
                    break;
            }
        }

        return $"link '{url}' leads nowhere: no page of this site has that address";
    }

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

    private void CheckAliasesDifferFromId(string path, Located<string>? id, IReadOnlyList<Located<string>> aliases)
    {
        foreach (var alias in aliases)
        {
            if (alias.Value == id?.Value)
            {
                Error(path, alias.Line, alias.Column, DiagnosticCodes.DuplicateId, $"alias '{alias.Value}' repeats the item's own id");
            }
        }
    }

    private PartialDate? CheckDate(string path, Located<string>? value)
    {
        if (value is null)
        {
            return null;
        }

        if (PartialDate.TryParse(value.Value, out var date, out var error))
        {
            return date;
        }

        Error(path, value.Line, value.Column, DiagnosticCodes.BadDate, error!);
        return null;
    }

    private void References(string path, IReadOnlyList<Located<string>> values, Registry registry)
    {
        foreach (var value in values)
        {
            Reference(path, value, registry);
        }
    }

    /// <summary>Reports a reference to an id that does not exist; true when the reference is good.</summary>
    private bool Reference(string path, Located<string>? value, Registry registry)
    {
        if (value is null || registry.Ids.ContainsKey(value.Value))
        {
            return true;
        }

        if (registry.Incomplete || registry.Placeholders.Contains(value.Value))
        {
            // The item's own file could not be read and is reported already; do not report every reference to it again.
            return false;
        }

        if (registry.AliasTargets.TryGetValue(value.Value, out var renamed))
        {
            Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
                $"{registry.What} '{value.Value}' was renamed: refer to it as '{renamed}'");
            return false;
        }

        var hint = Suggest.Closest(value.Value, registry.Ids.Keys);
        Error(path, value.Line, value.Column, DiagnosticCodes.UnknownReference,
            $"unknown {registry.What} '{value.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?"));
        return false;
    }

    private void Vocabulary(string path, Located<string> value, string field, IReadOnlyList<string> allowed)
    {
        var hint = Suggest.Closest(value.Value, allowed);
        Error(path, value.Line, value.Column, DiagnosticCodes.UnknownVocabulary,
            $"unknown {field} '{value.Value}'" + (hint is null ? "" : $" — did you mean '{hint}'?") + $" (one of {string.Join(", ", allowed)})");
    }

    private void Error(string path, int line, int column, string code, string message) =>
        diagnostics.Add(path, line, column, code, message);

    private readonly record struct Where(string Path, int Line, int Column)
    {
        public override string ToString() => $"{Path}:{Line}:{Column}";
    }

    private sealed class Registry(string what)
    {
        public string What => what;

        public Dictionary<string, Where> Ids { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Where> Aliases { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> AliasTargets { get; } = new(StringComparer.Ordinal);

        /// <summary>File-name stems of this kind's files that could not be read.</summary>
        public HashSet<string> Placeholders { get; } = new(StringComparer.Ordinal);

        /// <summary>True when a whole data file of this kind could not be read.</summary>
        public bool Incomplete { get; set; }
    }
}
