using System.Net;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Search;

/// <summary>Reads every findable item of a snapshot, in the order the site lists them.</summary>
internal static class SearchItems
{
    public static List<SearchItem> From(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var items = new List<SearchItem>();
        foreach (var actor in brief.Actors)
        {
            items.Add(new(SearchKind.Actor, actor.Name, Join(actor.Role, actor.Summary, Join(actor.Aliases)), Text(actor.Profile),
                SiteRoute.Actor(actor), null, Ids(actor), actor.Role));
        }

        foreach (var reaction in brief.Reactions)
        {
            items.Add(new(SearchKind.Reaction, reaction.Headline,
                Join(reaction.Actor.Name, Join(reaction.Quotes.Select(q => q.Text + " " + q.Speaker))), Text(reaction.Body),
                SiteRoute.Reaction(reaction), reaction.Stance, Ids(reaction.Actor),
                $"{reaction.Actor.Name} · {reaction.Stance.Label()} · {reaction.Date.Display}"));
        }

        foreach (var position in brief.Positions)
        {
            items.Add(new(SearchKind.Position, position.Title, Join(position.Summary, Join(position.HeldBy.Select(a => a.Name))), Text(position.Body),
                SiteRoute.Position(position), null, Ids(position.HeldBy)));
        }

        foreach (var framework in brief.Frameworks)
        {
            items.Add(new(SearchKind.Framework, framework.Name, Join(framework.ShortName, framework.Summary),
                Join(Join(framework.Members.Select(m => m.Name)), Join(framework.Values.Select(v => v.Value + ". " + v.Detail))),
                SiteRoute.Framework(framework), null, Ids(framework.Members.Select(m => m.Actor).OfType<Actor>())));
        }

        var featured = Featured(brief);
        foreach (var dimension in brief.Dimensions)
        {
            var values = featured.Select(f => f.ValueFor(dimension)).Select((v, i) => $"{featured[i].ShortName}: {v.Value}. {v.Detail}");
            items.Add(new(SearchKind.Row, dimension.Label, dimension.Question, Join(Join(values), dimension.DifferenceFor(featured) ?? ""),
                SiteRoute.ComparisonRow(featured, dimension), null, new HashSet<string>(StringComparer.Ordinal)));
        }

        foreach (var timelineEvent in brief.Timeline)
        {
            items.Add(new(SearchKind.Event, timelineEvent.Title, Join(timelineEvent.Actors.Select(a => a.Name)), "",
                SiteRoute.Event(timelineEvent), null, Ids(timelineEvent.Actors), timelineEvent.Date.Display));
        }

        foreach (var source in brief.Sources)
        {
            var citing = source.CitedByReactions.Select(r => r.Actor).Concat(source.CitedByActors);
            items.Add(new(SearchKind.Source, source.Title, Join(source.Publisher ?? "", source.Author ?? ""), source.Note ?? "",
                SiteRoute.Source(source), null, Ids(citing), Join(source.Publisher ?? "", source.Date.Display)));
        }

        return items;
    }

    /// <summary>
    /// The frameworks of the comparison whose rows results link to: the featured comparison, else the first
    /// frameworks in content order (as many as one comparison holds).
    /// </summary>
    private static IReadOnlyList<Framework> Featured(Brief brief) =>
        brief.FeaturedComparison.Count > 0 ? brief.FeaturedComparison : [.. brief.Frameworks.Take(SiteRoute.MaxCompared)];

    /// <summary>The actors an item belongs to, with the states of people and groups, so a state's filter takes in its people.</summary>
    private static HashSet<string> Ids(params IEnumerable<Actor> actors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            ids.Add(actor.Id);
            if (actor.Country is { } country)
            {
                ids.Add(country.Id);
            }
        }

        return ids;
    }

    private static string Join(params IEnumerable<string> parts) => string.Join(" ", parts.Where(p => p.Length > 0));

    /// <summary>
    /// Rendered Markdown as plain text: each tag read as a space, entities decoded, whitespace folded to single
    /// spaces and trimmed. One pass over the HTML (this runs over every body of every snapshot while it loads).
    /// </summary>
    internal static string Text(HtmlString html)
    {
        var text = Fold(html.Value ?? "", skipTags: true);
        // The renderer writes only well-formed entities; decoding may give whitespace (&nbsp;), which is folded too.
        return text.Contains('&', StringComparison.Ordinal) ? Fold(WebUtility.HtmlDecode(text), skipTags: false) : text;
    }

    private static string Fold(string value, bool skipTags)
    {
        var buffer = value.Length <= 1024 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var space = false;
        var inTag = false;
        foreach (var c in value)
        {
            if (inTag)
            {
                inTag = c != '>';
                space |= !inTag;
            }
            else if (skipTags && c == '<')
            {
                inTag = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
            else
            {
                if (space && length > 0)
                {
                    buffer[length++] = ' ';
                }

                space = false;
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
