using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

/// <summary>An item's change log as its page shows it: the heading's id and level, and the entries.</summary>
public sealed record ChangesBlock(IReadOnlyList<Change> Changes, string HeadingId, int Level = 2);
