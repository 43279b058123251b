using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Tests.Linking;

/// <summary>An alias is a permanent address, so it may never be taken by another item of the same kind.</summary>
public sealed class AliasValidationTests
{
    [Fact]
    public void AliasEqualToAnotherReactionsId_IsRejected()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("reactions/china-later.md", """
            ---
            id: china-later
            actor: china
            stance: opposes
            stance_basis: stated
            date: 2024-10
            dated_by: article
            headline: China objects again
            sources: [article]
            aliases: [china-opposes]
            ---
            Again.
            """);

        var result = ContentLoader.Load(content.Root);

        Assert.Null(result.Brief);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ANB006", diagnostic.Code);
        Assert.Contains("alias 'china-opposes' collides with the id of the reaction", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasOfAnActorEqualToAReactionsId_IsAllowedBecauseTheAddressesDiffer()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("actors/japan.md", content.Read("actors/japan.md").Replace("kind: state", "kind: state\naliases: [china-opposes]", StringComparison.Ordinal));

        var result = ContentLoader.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("japan", result.Brief!.FindActorByAlias("china-opposes")!.Id);
    }
}
