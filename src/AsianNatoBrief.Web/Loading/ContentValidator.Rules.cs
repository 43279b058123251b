using System.Text.RegularExpressions;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>One rule set per kind of item: what each kind's fields must mean together.</summary>
internal sealed partial class ContentValidator
{
    // "Jaishankar: ..." reads as a quote of the speaker; a headline describes with a verb instead.
    [GeneratedRegex(@"^[^:""“]{1,60}:\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerColonPattern();

    private void CheckSite()
    {
        if (content.Site is not { } site)
        {
            return;
        }

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
            if (s.Url is null && s.NoUrl is null)
            {
                Error(s.Path, s.Line, s.Column, DiagnosticCodes.MissingField,
                    $"source '{s.Id.Value}' gives no 'url': give the address it was read at, or 'no_url' saying why it has none");
            }
            else if (s.Url is not null && s.NoUrl is { } noUrl)
            {
                Error(s.Path, noUrl.Line, noUrl.Column, DiagnosticCodes.InvalidValue,
                    $"source '{s.Id.Value}' has a 'url', so it needs no 'no_url'");
            }
        }
    }

    private void CheckActors()
    {
        var kinds = content.Actors
            .GroupBy(a => a.Id.Value)
            .ToDictionary(g => g.Key, g => g.First().Kind.Value, StringComparer.Ordinal);

        foreach (var a in content.Actors)
        {
            var kind = a.Kind.Value;
            if (kind == ActorKind.Person && a.Country is null)
            {
                Error(a.Path, a.Line, a.Column, DiagnosticCodes.MissingField, "missing required field 'country': a person belongs to a state");
            }

            if (a.Country is not { } country)
            {
                continue;
            }

            if (kind == ActorKind.State)
            {
                Error(a.Path, country.Line, country.Column, DiagnosticCodes.InvalidValue, "a state has no 'country'");
            }
            else if (kinds.TryGetValue(country.Value, out var countryIs) && countryIs != ActorKind.State)
            {
                Error(a.Path, country.Line, country.Column, DiagnosticCodes.InvalidValue,
                    $"country '{country.Value}' is a {Vocabulary<ActorKind>.Word(countryIs)}, not a state");
            }
        }
    }

    private void CheckReactions()
    {
        foreach (var r in content.Reactions)
        {
            var cited = r.Sources.Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
            if (!cited.Contains(r.DatedBy.Value) && sources.Ids.ContainsKey(r.DatedBy.Value))
            {
                Error(r.Path, r.DatedBy.Line, r.DatedBy.Column, DiagnosticCodes.NotAmongSources,
                    $"'dated_by' names source '{r.DatedBy.Value}', which is not among the reaction's sources: add it to 'sources' or name the source that dates the statement");
            }

            foreach (var q in r.Quotes)
            {
                if (!cited.Contains(q.Source.Value) && sources.Ids.ContainsKey(q.Source.Value))
                {
                    Error(r.Path, q.Source.Line, q.Source.Column, DiagnosticCodes.NotAmongSources,
                        $"the quote's source '{q.Source.Value}' is not among the reaction's sources: a quote comes from a source the reaction cites");
                }
            }

            if (SpeakerColonPattern().IsMatch(r.Headline.Value))
            {
                Error(r.Path, r.Headline.Line, r.Headline.Column, DiagnosticCodes.InvalidValue,
                    $"headline '{r.Headline.Value}' reads like a quote of its speaker ('Name: …'): describe what was said with a verb");
            }
        }
    }

    private void CheckDimensions()
    {
        foreach (var d in content.Dimensions)
        {
            foreach (var difference in d.Differences)
            {
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
            var given = f.Values.Select(v => v.Dimension.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var id in dimensions.Ids.Keys)
            {
                if (!given.Contains(id))
                {
                    Error(f.Path, f.Line, f.Column, DiagnosticCodes.MissingValue,
                        $"framework '{f.Id.Value}' gives no value for dimension '{id}': give a value, or status 'unknown' or 'not-applicable' with the reason");
                }
            }
        }
    }
}
