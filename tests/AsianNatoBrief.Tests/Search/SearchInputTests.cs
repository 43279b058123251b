using System.Net;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Search;

/// <summary>Whatever a reader types or puts in the address gets an answer that helps, never a server error.</summary>
public sealed class SearchInputTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    public static TheoryData<string, string> SyntaxQueries => new()
    {
        { "china AND japan", "AND" },
        { "china OR japan", "OR" },
        { "china~", "~" },
        { "china*", "*" },
        { "china:", ":" },
        { "(china", "(" },
        { "[china TO japan]", "[" },
        { "china\\", "\\" },
    };

    [Theory]
    [MemberData(nameof(SyntaxQueries))]
    public async Task QuerySyntax_IsReadAsPlainWordsWithANote(string query, string symbol)
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("have no special meaning", document.QuerySelector(".search-notes")!.Text(), StringComparison.Ordinal);
        Assert.Equal(query, document.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Contains(symbol, SearchPages.Heading(document), StringComparison.Ordinal);
        Assert.Contains(SearchPages.Hits(document), hit => hit.Link == "/actors/china");
    }

    [Fact]
    public async Task AnUnbalancedQuote_SearchesTheWordsAndSaysSo()
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url("\"formal alliance"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no closing partner", document.QuerySelector(".search-notes")!.Text(), StringComparison.Ordinal);
        Assert.NotEmpty(SearchPages.Hits(document));
    }

    [Fact]
    public async Task AVeryLongQuery_IsCutAndSaysSo()
    {
        using var client = factory.CreateClient();
        var query = "china " + new string('x', 1994);

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("2,000 characters long", document.QuerySelector(".search-notes")!.Text(), StringComparison.Ordinal);
        Assert.Equal(200, document.QuerySelector("#search-q")!.GetAttribute("value")!.Length);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%20%20")]
    public async Task AnEmptyQuery_ExplainsHowToSearch(string url)
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Search", SearchPages.Heading(document));
        Assert.Contains("phrase in quotation marks", document.QuerySelector("main .lead")!.Text(), StringComparison.Ordinal);
        Assert.Empty(SearchPages.Hits(document));
    }

    [Theory]
    [InlineData("the and of")]
    [InlineData("AND OR ~ * : ( [ \\")]
    public async Task OnlyCommonWordsOrSymbols_SayWhyNothingIsFound(string query)
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("No results", SearchPages.Heading(document), StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("main p"), p => p.Text().Contains("too common to search for", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("&kind=reactoin", "There is no kind called “reactoin”. Did you mean “reaction”?")]
    [InlineData("&stance=oposes", "There is no stance called “oposes”. Did you mean “opposes”?")]
    [InlineData("&actor=chna", "There is no actor with the id “chna”. Did you mean “china”?")]
    [InlineData("&page=0", "“0” is not a page number")]
    [InlineData("&page=abc", "“abc” is not a page number")]
    [InlineData("&page=99999", "“99999” is not a page number")]
    public async Task UnknownFilterValues_Answer400WithHelp(string extra, string expected)
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url("china", extra));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var alert = document.QuerySelector("[role=alert]")!;
        Assert.Contains(expected, alert.Text(), StringComparison.Ordinal);
        Assert.Equal("/search?q=china", alert.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main form[role=search] #search-q"));
    }

    [Fact]
    public async Task APageBeyondTheLast_Answers400WithALinkToTheFirst()
    {
        using var client = factory.CreateClient();

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url("secretariat", "&page=5"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/search?q=secretariat");
    }

    [Fact]
    public async Task TheQueryIsEchoedEncoded_NeverAsMarkup()
    {
        using var client = factory.CreateClient();
        const string query = "<script>alert(1)</script> \"><img src=x>";

        var (status, document) = await SearchPages.GetAsync(client, SearchPages.Url(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(document.QuerySelectorAll("main script, main img"));
        Assert.Equal(query, document.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Contains(query, SearchPages.Heading(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultsPages_AreNotIndexedByCrawlers()
    {
        using var client = factory.CreateClient();

        var (_, results) = await SearchPages.GetAsync(client, SearchPages.Url("china"));
        var (_, home) = await SearchPages.GetAsync(client, "/");

        Assert.Equal("noindex", results.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(home.QuerySelector("meta[name=robots]"));
    }
}
