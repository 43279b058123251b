using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages.Actors;

public sealed class IndexModel : BriefPageModel
{
    /// <summary>Actors grouped by kind, in the snapshot's order (states, people, groups).</summary>
    public IReadOnlyList<IGrouping<ActorKind, Actor>> Groups => field ??= [.. Brief.Actors.GroupBy(a => a.Kind)];

    public static string KindHeading(ActorKind kind) => kind switch
    {
        ActorKind.State => "States",
        ActorKind.Person => "People",
        _ => "Groups",
    };
}
