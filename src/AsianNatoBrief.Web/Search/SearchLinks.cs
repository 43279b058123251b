using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages;

namespace AsianNatoBrief.Web.Search;

/// <summary>Where each result links to; every address search builds is made here.</summary>
internal static class SearchLinks
{
    /// <summary>The results page.</summary>
    public const string Results = "/search";

    /// <summary>The OpenSearch description browsers use to add the site's search.</summary>
    public const string OpenSearch = "/opensearch.xml";

    /// <summary>The comparison whose rows search results point into.</summary>
    public const string FeaturedComparison = Addresses.MainComparison;

    public static string Actor(Actor actor) => Addresses.ActorPath(actor);

    public static string Reaction(Reaction reaction) => Addresses.ReactionPath(reaction);

    public static string Position(Position position) => Addresses.PositionPath(position);

    public static string Framework(Framework framework) => Addresses.FrameworkPath(framework);

    /// <summary>A row of the featured comparison, which shows every dimension.</summary>
    public static string Row(Dimension dimension) => FeaturedComparison + "#" + dimension.Id;

    public static string Event(TimelineEvent timelineEvent) => Addresses.EventPath(timelineEvent);

    public static string Source(Source source) => Addresses.SourcePath(source);
}
