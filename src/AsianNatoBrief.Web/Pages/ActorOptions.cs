using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// The <c>&lt;option&gt;</c> elements of an actor filter (the search form's, every actor; the reactions form's,
/// the actors with a reaction), written once per snapshot: with hundreds of actors they are most of the page,
/// the same on every page but for the one selected, and a Razor loop would run the option tag helper for each.
/// </summary>
internal sealed class ActorOptions
{
    private static readonly ConditionalWeakTable<Brief, ActorOptions> EveryActor = [];
    private static readonly ConditionalWeakTable<Brief, ActorOptions> WithReactions = [];

    private readonly string all;
    private readonly Dictionary<Actor, (int Start, int Length)> places = [];

    /// <summary>Every actor of the snapshot, as the search form offers them.</summary>
    public static ActorOptions Every(Brief brief) => EveryActor.GetValue(brief, b => new ActorOptions(b.Actors));

    /// <summary>The actors with a reaction (their own or a member's), as the reactions filter offers them.</summary>
    public static ActorOptions WithAReaction(Brief brief) => WithReactions.GetValue(brief, b => new ActorOptions(b.ActorsWithReactions));

    private ActorOptions(IEnumerable<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var html = new StringBuilder();
        foreach (var actor in actors)
        {
            var start = html.Length;
            html.Append(Option(actor, selected: false));
            places[actor] = (start, html.Length - start);
        }

        all = html.ToString();
    }

    /// <summary>Every actor's option, <paramref name="selected"/>'s marked selected.</summary>
    public IHtmlContent For(Actor? selected)
    {
        if (selected is null || !places.TryGetValue(selected, out var place))
        {
            return new HtmlString(all);
        }

        return new HtmlContentBuilder(3)
            .AppendHtml(all[..place.Start])
            .AppendHtml(Option(selected, selected: true))
            .AppendHtml(all[(place.Start + place.Length)..]);
    }

    private static string Option(Actor actor, bool selected) =>
        $"<option value=\"{HtmlEncoder.Default.Encode(actor.Id)}\"{(selected ? " selected=\"selected\"" : "")}>{HtmlEncoder.Default.Encode(actor.Name)}</option>";
}
