using AsianNatoBrief.Web.Search;

namespace AsianNatoBrief.Tests.Search;

/// <summary>Which words a query marks in a text, with the query made as a search makes it.</summary>
public sealed class QueryMarksTests
{
    private static string? Mark(string typed, string text, string field = SearchIndex.Body)
    {
        var query = Searching.TextQuery(SearchInput.Read(typed)) ?? throw new InvalidOperationException($"nothing to search in {typed}");
        return new QueryMarks(query).Mark(field, text);
    }

    [Fact]
    public void AWord_IsMarkedInEveryFormItsStemMatches()
    {
        Assert.Equal(
            "Two <mark>alliances</mark>, one <mark>Alliance</mark>, no allies.",
            Mark("alliance", "Two alliances, one Alliance, no allies."));
    }

    [Fact]
    public void APhrase_IsMarkedOnlyWhereItsWordsStandTogether()
    {
        Assert.Equal(
            "A formal treaty, not a <mark>formal</mark> <mark>alliance</mark>; an alliance in name.",
            Mark("\"formal alliance\"", "A formal treaty, not a formal alliance; an alliance in name."));
    }

    [Fact]
    public void APhraseWithAStopWord_MatchesTheGapTheStopWordLeaves()
    {
        Assert.Equal(
            "An <mark>alliance</mark> of <mark>democracies</mark>, democracies of an alliance.",
            Mark("\"alliance of democracies\"", "An alliance of democracies, democracies of an alliance."));
    }

    [Fact]
    public void APossessive_IsMarkedWhole()
    {
        Assert.Equal("<mark>Ishiba&#x27;s</mark> plan", Mark("ishiba", "Ishiba's plan"));
    }

    [Fact]
    public void TheTextAroundAndInsideTheMarks_IsEncoded()
    {
        Assert.Equal(
            "&lt;b&gt; &quot;<mark>QUAD</mark>&quot; &amp; co",
            Mark("quad", "<b> \"QUAD\" & co"));
    }

    [Fact]
    public void NoMatch_GivesNull_AndAnEmptyTextToo()
    {
        Assert.Null(Mark("secretariat", "No such word here."));
        Assert.Null(Mark("secretariat", ""));
    }

    [Fact]
    public void EveryWordOfTheQuery_IsMarkedWhereverItOccurs()
    {
        Assert.Equal(
            "<mark>India</mark> and the <mark>QUAD</mark>; the <mark>Quad</mark> and <mark>India</mark>.",
            Mark("india quad", "India and the QUAD; the Quad and India.", SearchIndex.Title));
    }

    [Fact]
    public void WithAReach_WordsBeyondItAreLeftUnmarked_ButTheTextIsWhole()
    {
        var query = Searching.TextQuery(SearchInput.Read("quad")) ?? throw new InvalidOperationException("no query");
        var text = "QUAD first, " + string.Join(" ", Enumerable.Repeat("filler", 20)) + " then QUAD & more.";

        var marked = new QueryMarks(query).Mark(SearchIndex.Body, text, reach: 20)!;

        Assert.StartsWith("<mark>QUAD</mark> first, filler", marked, StringComparison.Ordinal);
        Assert.EndsWith("then QUAD &amp; more.", marked, StringComparison.Ordinal);
        Assert.Equal(1, marked.Split("<mark>").Length - 1);
    }

    [Fact]
    public void APhraseCompletedWithinTheReach_IsMarkedWhole()
    {
        var query = Searching.TextQuery(SearchInput.Read("\"formal alliance\"")) ?? throw new InvalidOperationException("no query");

        var marked = new QueryMarks(query).Mark(SearchIndex.Body, "Not formal, then a formal alliance, and a formal alliance again far away.", reach: 5);

        Assert.Equal("Not formal, then a <mark>formal</mark> <mark>alliance</mark>, and a formal alliance again far away.", marked);
    }
}
