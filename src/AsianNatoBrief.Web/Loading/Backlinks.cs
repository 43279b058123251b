using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Loading;

/// <summary>
/// The back-references of the snapshot (what points at each item), as lists handed to each item when it is
/// made and filled by <see cref="BriefBuilder"/> once every item exists. The model therefore has no setters:
/// an item's lists are read-only views, complete before the snapshot is published and never changed after.
/// </summary>
internal sealed class Backlinks
{
    public Lists<Actor> ActorMembers { get; } = new();
    public Lists<Reaction> ActorReactions { get; } = new();
    public Lists<Position> ActorPositions { get; } = new();
    public Lists<TimelineEvent> ActorEvents { get; } = new();
    public Lists<Actor> ActorRelated { get; } = new();
    public Lists<Framework> ActorFrameworks { get; } = new();
    public Lists<Reaction> ActorMemberReactions { get; } = new();
    public Lists<Reaction> PositionReactions { get; } = new();
    public Lists<Reaction> SourceReactions { get; } = new();
    public Lists<Actor> SourceActors { get; } = new();
    public Lists<Position> SourcePositions { get; } = new();
    public Lists<Framework> SourceFrameworks { get; } = new();
    public Lists<TimelineEvent> SourceEvents { get; } = new();

    /// <summary>One list per item id.</summary>
    internal sealed class Lists<T>
    {
        private readonly Dictionary<string, List<T>> lists = new(StringComparer.Ordinal);

        /// <summary>The read-only view an item is made with.</summary>
        public IReadOnlyList<T> For(string id) => Get(id).AsReadOnly();

        /// <summary>Fills an item's list, once, while the snapshot is being built.</summary>
        public void Fill(string id, IEnumerable<T> items) => Get(id).AddRange(items);

        private List<T> Get(string id)
        {
            if (!lists.TryGetValue(id, out var list))
            {
                list = [];
                lists[id] = list;
            }

            return list;
        }
    }
}
