using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

/// <summary>The site's addresses, written in one place so that pages and tests agree on them.</summary>
internal static class Addresses
{
    public static string ActorPath(Actor actor) => "/actors/" + actor.Id;

    /// <summary>A reaction in place on its actor's page.</summary>
    public static string ReactionOnActorPath(Reaction reaction) => ActorPath(reaction.Actor) + "#" + reaction.Id;

    /// <summary>The canonical, permanent address of a reaction.</summary>
    public static string ReactionPath(Reaction reaction) => "/reactions/" + reaction.Id;

    public static string PositionPath(Position position) => "/positions#" + position.Id;

    public static string FrameworkPath(Framework framework) => "/frameworks/" + framework.Id;

    public static string SourcePath(Source source) => "/sources#" + source.Id;

    public static string EventPath(TimelineEvent timelineEvent) => "/timeline#" + timelineEvent.Id;

    public static string ReactionsWithStance(Stance stance) => "/reactions?stance=" + stance.Slug();

    public static string ReactionsBy(Actor actor) => "/reactions?actor=" + actor.Id;

    /// <summary>The main comparison, linked from the navigation and the home page.</summary>
    public const string MainComparison = "/compare/nato-vs-quad";

    /// <summary>The comparison of two frameworks, named in id order so that each pair has one address.</summary>
    public static string Compare(Framework a, Framework b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.CompareOrdinal(a.Id, b.Id) <= 0 ? AsianNatoBrief.Web.Pages.Compare.CompareLinks.Url(a.Id, b.Id) : AsianNatoBrief.Web.Pages.Compare.CompareLinks.Url(b.Id, a.Id);
    }
}
