using AsianNatoBrief.Web.Search;

namespace AsianNatoBrief.Tests.Search;

/// <summary>The snippet window cut from a body marked whole (QueryMarks).</summary>
public sealed class SnippetWindowTests
{
    private static readonly string Filler = string.Join(" ", Enumerable.Repeat("word", 60));

    [Fact]
    public void APhraseAtTheEdgeOfTheWindow_IsKeptWhole()
    {
        // A second match starts at the 200th visible character, where a fixed-size fragment would split it.
        var marked = "<mark>Formal</mark> " + string.Join(" ", Enumerable.Repeat("abc", 48)) + " <mark>formal</mark> <mark>alliance</mark> proposed, and more words after it.";

        var window = Searching.Window(marked);

        Assert.Contains("<mark>formal</mark> <mark>alliance</mark>", window, StringComparison.Ordinal);
        Assert.EndsWith("<mark>alliance</mark> …", window, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWindow_StartsAtTheSentenceOfTheFirstMarkAndNeverCutsAnEntityOrATag()
    {
        var marked = Filler + ". Then the &quot;<mark>multi-alignment</mark>&quot; answer came. " + Filler;

        var window = Searching.Window(marked);

        Assert.StartsWith("… Then the &quot;<mark>multi-alignment</mark>&quot;", window, StringComparison.Ordinal);
        Assert.Equal(window.Count(c => c == '<'), window.Count(c => c == '>'));
        Assert.DoesNotMatch("&[a-z]*$", window.TrimEnd(' ', '…'));
    }

    [Fact]
    public void AShortMarkedBody_IsShownWhole()
    {
        Assert.Equal("China <mark>opposes</mark> it.", Searching.Window("China <mark>opposes</mark> it."));
    }
}
