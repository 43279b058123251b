using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Tests.Loading;

/// <summary>The gate for every content edit: the repository's content/ must be valid and complete.</summary>
public sealed class RealContentTests
{
    private static readonly LoadResult Result = ContentLoader.Load(Paths.Content);

    [Fact]
    public void RepositoryContent_IsValid()
    {
        Assert.True(Result.Succeeded, string.Join(Environment.NewLine, Result.Diagnostics.Select(d => d.Format("content"))));
    }

    [Theory]
    [InlineData("japan", ActorKind.State)]
    [InlineData("shigeru-ishiba", ActorKind.Person)]
    [InlineData("takeshi-iwaya", ActorKind.Person)]
    [InlineData("china", ActorKind.State)]
    [InlineData("india", ActorKind.State)]
    [InlineData("s-jaishankar", ActorKind.Person)]
    [InlineData("south-korea", ActorKind.State)]
    [InlineData("united-states", ActorKind.State)]
    [InlineData("australia", ActorKind.State)]
    [InlineData("north-korea", ActorKind.State)]
    [InlineData("japanese-analysts-and-officials", ActorKind.Group)]
    public void RepositoryContent_HasEveryActorOfTheArticle(string id, ActorKind kind)
    {
        var actor = Result.Brief!.FindActor(id);

        Assert.NotNull(actor);
        Assert.Equal(kind, actor.Kind);
        if (kind == ActorKind.Person)
        {
            Assert.Equal(ActorKind.State, actor.Country?.Kind);
        }
    }

    [Theory]
    [InlineData("china", Stance.Opposes)]
    [InlineData("s-jaishankar", Stance.Declines)]
    [InlineData("south-korea", Stance.Cautious)]
    [InlineData("united-states", Stance.Cautious)]
    [InlineData("japanese-analysts-and-officials", Stance.Supports)]
    [InlineData("takeshi-iwaya", Stance.Conditional)]
    public void RepositoryContent_HasTheArticlesReactions(string actor, Stance stance)
    {
        Assert.Contains(Result.Brief!.FindActor(actor)!.Reactions, r => r.Stance == stance);
    }

    [Fact]
    public void RepositoryContent_RecordsIshibaSettingTheIdeaAside()
    {
        var ishiba = Result.Brief!.FindActor("shigeru-ishiba")!;

        Assert.True(ishiba.Reactions.Count >= 2);
        Assert.Contains(ishiba.Reactions, r => r.Date.Precision == DatePrecision.Month && r.Date.Month == 10);
    }

    // Every passage the source article (shared/source/article.txt, which is not part of this repository) puts in
    // quotation marks, copied exactly, so that the check runs on any clone of the repository.
    private static readonly string[] ArticleQuotations = ["Asian NATO", "multi-alignment", "self-humiliating radical idea"];

    [Fact]
    public void RepositoryContent_QuotesTheArticleOnlyWhereItQuotesSomeone()
    {
        var fromArticle = Result.Brief!.Reactions.SelectMany(r => r.Quotes).Where(q => q.Source.Id == "article").ToList();

        Assert.NotEmpty(fromArticle);
        Assert.All(fromArticle, q => Assert.Contains(q.Text, ArticleQuotations));
    }

    [Fact]
    public void RepositoryContent_QuotesOnlySourcesItsReactionCites()
    {
        var reactions = Result.Brief!.Reactions.Where(r => r.Quotes.Count > 0).ToList();

        Assert.Contains(reactions, r => r.Quotes.Any(q => q.Source.Id != "article"));
        Assert.All(reactions, r => Assert.All(r.Quotes, q => Assert.Contains(q.Source, r.Sources)));
    }

    [Fact]
    public void RepositoryContent_DatesEveryReactionWithASourceBesidesTheArticleOrSaysItHasNone()
    {
        Assert.True(Result.Brief!.Reactions.Count >= 12);
        Assert.All(Result.Brief.Reactions, r =>
        {
            if (!r.Sources.Any(s => s.Id != "article"))
            {
                Assert.Contains("No record could be found", r.Body.Value, StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [InlineData("nato")]
    [InlineData("quad")]
    [InlineData("asian-nato")]
    public void RepositoryContent_HasEachFrameworkWithAValueForEveryDimension(string id)
    {
        var brief = Result.Brief!;
        var framework = brief.FindFramework(id);

        Assert.NotNull(framework);
        Assert.Equal(brief.Dimensions.Count, framework.Values.Count);
        Assert.All(framework.Values, v => Assert.NotEmpty(v.Sources));
    }

    [Theory]
    [InlineData("legal-basis")]
    [InlineData("mutual-defence")]
    [InlineData("secretariat")]
    [InlineData("scope")]
    [InlineData("members")]
    public void RepositoryContent_ComparesTheRequiredDimensions(string id)
    {
        Assert.NotNull(Result.Brief!.FindDimension(id));
    }
}
