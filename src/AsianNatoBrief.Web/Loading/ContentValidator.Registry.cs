using System.Text.RegularExpressions;
using AsianNatoBrief.Web.Linking;

namespace AsianNatoBrief.Web.Loading;

/// <summary>The id registry: every id and alias by kind, checked for slugs, duplicates and collisions.</summary>
internal sealed partial class ContentValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    private void RegisterAll()
    {
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

        foreach (var item in content.Items)
        {
            if (!byWhat.TryGetValue(item.What, out var registry))
            {
                continue;
            }

            if (registry == frameworks)
            {
                CheckSeparator(item);
            }

            Register(registry, item);
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

    // A comparison address joins framework ids with the separator, so no id may contain it.
    private void CheckSeparator(ItemEnvelope framework)
    {
        foreach (var name in (IEnumerable<Located<string>?>)[framework.Id, .. framework.Aliases])
        {
            if (name is not null && name.Value.Contains(SiteRoute.Separator, StringComparison.Ordinal))
            {
                Error(framework.Path, name.Line, name.Column, DiagnosticCodes.ReservedSeparator,
                    $"framework id or alias '{name.Value}' contains '{SiteRoute.Separator}', which joins frameworks in a comparison address: choose another id");
            }
        }
    }

    private void Register(Registry registry, ItemEnvelope item)
    {
        var (id, aliases) = (item.Id, item.Aliases);
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
            if (alias.Value == id?.Value)
            {
                Error(item.Path, alias.Line, alias.Column, DiagnosticCodes.DuplicateId, $"alias '{alias.Value}' repeats the item's own id");
            }

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
