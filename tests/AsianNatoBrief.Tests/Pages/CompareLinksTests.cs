using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>The helper other pages use to link to comparison rows, and the table model behind the page.</summary>
public sealed class CompareLinksTests
{
    private static readonly Brief Brief = ContentLoader.Load(Paths.Content).Brief!;

    [Fact]
    public void RowUrl_PointsAtTheDimensionRowOfThePair()
    {
        Assert.Equal("/compare/nato-vs-quad#legal-basis", CompareLinks.RowUrl("nato", "quad", "legal-basis"));
        Assert.Equal("/compare/quad-vs-asian-nato#members", CompareLinks.RowUrl("quad", "asian-nato", "members"));
    }

    [Fact]
    public void For_LinksAFrameworkToItsComparisonWithEachOtherFramework()
    {
        var nato = Brief.FindFramework("nato")!;

        var links = CompareLinks.For(Brief, nato, Brief.FindDimension("mutual-defence"));

        Assert.Equal(
            ["/compare/nato-vs-asian-nato#mutual-defence", "/compare/nato-vs-quad#mutual-defence"],
            links.Select(l => l.Url).Order(StringComparer.Ordinal));
        Assert.Contains(links, l => l.Text == "NATO vs QUAD" && l.Other.Id == "quad");
    }

    [Fact]
    public void ForActor_LinksToTheMembersRowOfEachFrameworkTheActorBelongsTo()
    {
        var india = Brief.FindActor("india")!;

        var links = CompareLinks.ForActor(Brief, india);

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith("/compare/quad-vs-", l.Url, StringComparison.Ordinal));
        Assert.All(links, l => Assert.EndsWith("#members", l.Url, StringComparison.Ordinal));
    }

    [Fact]
    public void Comparison_WithoutWrittenStatement_GroupsFrameworksGivingTheSameValue()
    {
        Framework[] trio = [Brief.FindFramework("nato")!, Brief.FindFramework("quad")!, Brief.FindFramework("asian-nato")!];

        var comparison = Comparison.Create(Brief, trio, differencesOnly: false);

        var state = comparison.Rows.Single(r => r.Id == "current-state");
        Assert.False(state.DifferenceIsWritten);
        Assert.False(state.AllSame);
        Assert.Equal("NATO and QUAD: In operation · Asian NATO: Proposal, apparently set aside", state.Difference);
    }

    [Fact]
    public void Comparison_PrefersTheWrittenStatementForThePairInEitherOrder()
    {
        Framework[] pair = [Brief.FindFramework("quad")!, Brief.FindFramework("nato")!];

        var comparison = Comparison.Create(Brief, pair, differencesOnly: false);

        var legal = comparison.Rows.Single(r => r.Id == "legal-basis");
        Assert.True(legal.DifferenceIsWritten);
        Assert.Equal(Brief.FindDimension("legal-basis")!.DifferenceFor(pair), legal.Difference);
        Assert.Equal("/compare/quad-vs-nato#legal-basis", legal.Url);
    }

    [Fact]
    public void Comparison_DifferencesOnlyKeepsOnlyRowsWhoseValuesDiffer()
    {
        Framework[] pair = [Brief.FindFramework("nato")!, Brief.FindFramework("quad")!];

        var all = Comparison.Create(Brief, pair, differencesOnly: false);
        var differences = Comparison.Create(Brief, pair, differencesOnly: true);

        Assert.Equal(Brief.Dimensions.Count, all.Rows.Count);
        Assert.Equal(all.Rows.Where(r => !r.AllSame).Select(r => r.Id), differences.Rows.Select(r => r.Id));
        Assert.Equal(all.TotalRows, differences.TotalRows);
    }
}
