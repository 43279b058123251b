using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// The <c>&lt;option&gt;</c> elements of an actor filter (the search form's, every actor; the reactions form's,
/// the actors with a reaction), written once per snapshot: with hundreds of actors they are most of the page,
/// the same on every page but for the one selected, so they are not encoded and written one by one per request.
/// A search's results list only the actors among them, each with its count (<see cref="Counted"/>).
/// </summary>
internal sealed class ActorOptions
{
    private static readonly ConditionalWeakTable<Brief, ActorOptions> EveryActor = [];
    private static readonly ConditionalWeakTable<Brief, ActorOptions> WithReactions = [];

    private readonly string all;
    private readonly Dictionary<Actor, (int Start, int Length)> places = [];
    private readonly List<CountedOption> counted = [];

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
            var (value, name) = (HtmlEncoder.Default.Encode(actor.Id), HtmlEncoder.Default.Encode(actor.Name));
            counted.Add(new(actor, $"<option value=\"{value}\">{name} (", $"<option value=\"{value}\" selected=\"selected\">{name} ("));
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

    /// <summary>
    /// The options of the actors with at least one result, each with its count (<paramref name="counts"/>, in this
    /// list's order), and <paramref name="selected"/>'s marked selected, listed even with none. They are written
    /// straight to the page from the encoded pieces kept here, with no string made of them all per request.
    /// </summary>
    public IHtmlContent Counted(IReadOnlyList<int> counts, Actor? selected)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Count == counted.Count
            ? new CountedOptions(counted, counts, selected)
            : throw new ArgumentException($"{counts.Count} counts for {counted.Count} actors", nameof(counts));
    }

    /// <summary>An actor's option up to its count, as written unselected and selected.</summary>
    private sealed record CountedOption(Actor Actor, string Open, string OpenSelected);

    private sealed class CountedOptions(List<CountedOption> options, IReadOnlyList<int> counts, Actor? selected) : IHtmlContent
    {
        private static readonly string[] Small = [.. Enumerable.Range(0, 1000).Select(n => n.ToString(CultureInfo.InvariantCulture))];

        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            for (var i = 0; i < options.Count; i++)
            {
                var option = options[i];
                var chosen = ReferenceEquals(option.Actor, selected);
                if (counts[i] > 0 || chosen)
                {
                    writer.Write(chosen ? option.OpenSelected : option.Open);
                    writer.Write(counts[i] < Small.Length ? Small[counts[i]] : counts[i].ToString("N0", CultureInfo.InvariantCulture));
                    writer.Write(")</option>");
                }
            }
        }
    }

    private static string Option(Actor actor, bool selected) =>
        $"<option value=\"{HtmlEncoder.Default.Encode(actor.Id)}\"{(selected ? " selected=\"selected\"" : "")}>{HtmlEncoder.Default.Encode(actor.Name)}</option>";
}
