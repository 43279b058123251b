using System.Text;
using System.Text.Encodings.Web;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Search;

/// <summary>
/// The <c>&lt;option&gt;</c> elements of the search form's actor filter, written once per snapshot: with hundreds of
/// actors they are most of the results page, and the same on every search but for the one selected.
/// </summary>
internal sealed class ActorOptions
{
    private readonly string all;
    private readonly Dictionary<Actor, (int Start, int Length)> places = [];

    public ActorOptions(IEnumerable<Actor> actors)
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
