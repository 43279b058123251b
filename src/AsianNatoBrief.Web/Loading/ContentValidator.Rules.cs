using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>One rule set per kind of item: what each kind's fields must mean.</summary>
internal sealed partial class ContentValidator
{
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
        References(site.Path, site.FeaturedComparison, frameworks);
        Reference(site.Path, site.MembersDimension, dimensions);
        var featured = site.FeaturedComparison;
        if (featured.Count > 0 && (featured.Count is < SiteRoute.MinCompared or > SiteRoute.MaxCompared
            || featured.DistinctBy(f => f.Value).Count() != featured.Count))
        {
            Error(site.Path, featured[0].Line, featured[0].Column, DiagnosticCodes.InvalidValue,
                "'featured_comparison' names two or three different frameworks, in column order");
        }
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
            ActorKind? known = a.Kind is { } kind && Vocabulary<ActorKind>.TryParse(kind.Value, out var parsed) ? parsed : null;
            if (a.Kind is { } written && known is null)
            {
                Vocabulary(a.Path, written, "kind", Vocabulary<ActorKind>.Words);
            }

            var isState = known == ActorKind.State;
            if (known == ActorKind.Person && a.Country is null)
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
                    && Vocabulary<ActorKind>.TryParse(countryKind, out var countryIs) && countryIs != ActorKind.State)
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
                Vocabulary(r.Path, stance, "stance", Vocabulary<Stance>.Words);
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
                if (v.Status is { } status && !Vocabulary<ValueStatus>.TryParse(status.Value, out _))
                {
                    Vocabulary(f.Path, status, "status", Vocabulary<ValueStatus>.Words);
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
}
