using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Search;

/// <summary>
/// Once the words find something, every option of the kind, stance and actor filters says how many results choosing
/// it gives — checked by choosing each one — and the actor filter offers the actors among the results only.
/// </summary>
public sealed partial class SearchCountsTests(BriefFactory factory) : IClassFixture<BriefFactory>
{
    private static readonly string[] Filters = ["kind", "stance", "actor"];

    [Theory]
    [InlineData("quad", "")]
    [InlineData("alliance", "&kind=reaction")]
    [InlineData("japan", "&stance=opposes")]
    [InlineData("nato", "&actor=china&kind=reaction")]
    [InlineData("proposal", "&kind=reaction&stance=cautious&actor=south-korea")]
    public async Task EveryOptionsCount_IsWhatChoosingItGives(string words, string filters)
    {
        using var client = factory.CreateClient();
        var url = SearchPages.Url(words, filters);
        var (_, page) = await SearchPages.GetAsync(client, url);
        var chosen = QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        var checkedOptions = 0;

        foreach (var filter in Filters)
        {
            var options = page.QuerySelectorAll($"#search-{filter} option");
            Assert.NotEmpty(options);
            foreach (var option in options)
            {
                var shown = Count(option);
                var value = option.GetAttribute("value")!;
                var parameters = Filters.Where(f => f != filter && chosen.ContainsKey(f)).ToDictionary(f => f, f => (string?)chosen[f].ToString());
                if (value.Length > 0)
                {
                    parameters[filter] = value;
                }

                var (_, result) = await SearchPages.GetAsync(client, QueryHelpers.AddQueryString(SearchPages.Url(words), parameters));
                Assert.True(shown == Total(result), $"{filter} option “{option.Text()}” on {url}: the results page says “{SearchPages.Heading(result)}”");
                Assert.Equal(option.HasAttribute("selected") || (value.Length == 0 && !chosen.ContainsKey(filter)) ? Total(page) : shown, shown);
                checkedOptions++;
            }
        }

        Assert.True(checkedOptions >= 14, $"only {checkedOptions} options on {url}");
    }

    [Fact]
    public async Task TheActorFilter_OffersTheActorsAmongTheResults()
    {
        using var client = factory.CreateClient();
        var brief = factory.Services.GetRequiredService<ContentStore>().Current;

        var (_, page) = await SearchPages.GetAsync(client, SearchPages.Url("quad"));

        var offered = page.QuerySelectorAll("#search-actor option").Skip(1).Select(o => o.GetAttribute("value")!).ToList();
        Assert.NotEmpty(offered);
        Assert.True(offered.Count < brief.Actors.Count, $"{offered.Count} of {brief.Actors.Count} actors offered");
        Assert.Equal(brief.Actors.Select(a => a.Id).Where(offered.Contains), offered);
        Assert.All(page.QuerySelectorAll("#search-actor option").Skip(1), o => Assert.True(Count(o) > 0, o.Text()));
    }

    [Fact]
    public async Task BeforeASearch_OptionsCarryNoCounts()
    {
        using var client = factory.CreateClient();

        var (_, page) = await SearchPages.GetAsync(client, "/search");

        Assert.All(page.QuerySelectorAll(".search-form option"), o => Assert.DoesNotMatch(CountPattern(), o.Text()));
    }

    private static int Count(IElement option)
    {
        var match = CountPattern().Match(option.Text());
        Assert.True(match.Success, $"option “{option.Text()}” shows no count");
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static int Total(IDocument page)
    {
        var heading = SearchPages.Heading(page);
        if (heading.StartsWith("No results", StringComparison.Ordinal))
        {
            return 0;
        }

        var match = TotalPattern().Match(heading);
        Assert.True(match.Success, $"heading “{heading}” gives no count");
        return int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\(([\d,]+)\)$")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^([\d,]+) results?\b")]
    private static partial Regex TotalPattern();
}
