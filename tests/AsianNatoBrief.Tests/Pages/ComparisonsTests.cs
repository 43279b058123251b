using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;

namespace AsianNatoBrief.Tests.Pages;

/// <summary>Which comparisons pages link to, and the table model behind the comparison page.</summary>
public sealed class ComparisonsTests
{
    private static readonly Brief Brief = ContentLoader.Load(Paths.Content).Brief!;

    [Fact]
    public void From_LinksAFrameworkToItsComparisonWithEachOtherFrameworkItselfFirst()
    {
        var quad = Brief.FindFramework("quad")!;

        var links = Comparisons.From(Brief, quad, Brief.FindDimension("mutual-defence"));

        Assert.Equal(["/compare/quad-vs-nato#mutual-defence", "/compare/quad-vs-asian-nato#mutual-defence"], links.Select(l => l.Url));
        Assert.Equal("QUAD vs NATO", links[0].Title);
        Assert.Equal("nato", links[0].Other.Id);
    }

    [Fact]
    public void Featured_IsTheFirstFeaturedFrameworkThatIsNotThePagesOwn()
    {
        Assert.Equal("/compare/nato-vs-quad", Comparisons.Featured(Brief, Brief.FindFramework("nato")!)!.Url);
        Assert.Equal("/compare/quad-vs-nato", Comparisons.Featured(Brief, Brief.FindFramework("quad")!)!.Url);
        Assert.Equal("/compare/asian-nato-vs-nato", Comparisons.Featured(Brief, Brief.FindFramework("asian-nato")!)!.Url);
    }

    [Fact]
    public void All_ListsEveryPairThenEveryTrioWithTheFeaturedComparisonFirst()
    {
        var all = Comparisons.All(Brief);

        Assert.Equal(["/compare/nato-vs-quad", "/compare/nato-vs-asian-nato", "/compare/quad-vs-asian-nato", "/compare/nato-vs-quad-vs-asian-nato"], all.Select(c => c.Url));
    }

    [Fact]
    public void ForActor_LinksToTheMembersRowOfEachFrameworkTheActorBelongsTo()
    {
        var india = Brief.FindActor("india")!;

        var links = Comparisons.ForActor(Brief, india);

        Assert.Equal(["/compare/quad-vs-nato#members", "/compare/quad-vs-asian-nato#members"], links.Select(l => l.Url));
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
