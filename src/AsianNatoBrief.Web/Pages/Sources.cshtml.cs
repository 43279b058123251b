using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Pages;

public sealed class SourcesModel : BriefPageModel
{
    /// <summary>The sources by kind, in the vocabulary's order (primary records first); kinds nothing uses are left out.</summary>
    public IReadOnlyList<(SourceKind Kind, IReadOnlyList<Source> Sources)> Groups =>
        [.. Sourcing.Kinds
            .Select(kind => (kind, (IReadOnlyList<Source>)[.. Brief.Sources.Where(s => s.Kind == kind)]))
            .Where(group => group.Item2.Count > 0)];
}
