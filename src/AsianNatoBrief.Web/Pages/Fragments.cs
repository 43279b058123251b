using System.Text.Encodings.Web;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Html;

namespace AsianNatoBrief.Web.Pages;

/// <summary>
/// Small inline pieces of markup used on many pages. Written as methods rather than partial views so
/// that they add no stray whitespace inside sentences and cost nothing to render.
/// </summary>
internal static class Fragments
{
    /// <summary>A date at its known precision, with its machine-readable form.</summary>
    public static HtmlString Date(PartialDate date) =>
        new($"<time datetime=\"{date.Iso}\">{HtmlEncoder.Default.Encode(date.Display)}</time>");

    /// <summary>A source's date, marked when it is inferred from the text rather than given by the source.</summary>
    public static HtmlString SourceDate(Source source) =>
        source.DateInferred ? new($"{Date(source.Date)} (inferred)") : Date(source.Date);

    /// <summary>A date of a change, to the day.</summary>
    public static HtmlString Day(DateOnly date) =>
        new($"<time datetime=\"{date:yyyy-MM-dd}\">{date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}</time>");

    /// <summary>A stance label; the coloured mark before it only repeats the word.</summary>
    public static HtmlString Stance(Stance stance) =>
        new($"<span class=\"stance stance-{stance.Slug()}\"><span class=\"stance-mark\" aria-hidden=\"true\"></span>{stance.Label()}</span>");
}
