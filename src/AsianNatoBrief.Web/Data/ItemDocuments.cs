using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;
using AsianNatoBrief.Web.Pages.Compare;

namespace AsianNatoBrief.Web.Data;

/// <summary>Turns the snapshot's items into the records of the JSON documents, with the same facts their pages show.</summary>
internal sealed class ItemDocuments(DataLinks links)
{
    public static DateData Date(PartialDate date) => new(date.Iso, date.Precision.ToString().ToLowerInvariant());

    public ReactionData Reaction(Reaction r) => new(
        r.Id, links.Url(SiteRoute.Reaction(r)), links.Url(SiteRoute.ReactionData(r)), links.Url(SiteRoute.ReactionInContext(r)),
        r.Headline, ActorRef(r.Actor), Stance(r.Stance), Basis(r.StanceBasis), Date(r.Date), r.DatedBy.Id,
        [.. r.Quotes.Select(q => new QuoteData(q.Text, q.Speaker, q.Source.Id))],
        Sources(r.Sources), [.. r.Positions.Select(PositionRef)], r.Aliases, r.Body.Value ?? "", PlainText.Of(r.Body.Value));

    public ActorData Actor(Actor a) => new(
        a.Id, links.Url(SiteRoute.Actor(a)), links.Url(SiteRoute.ActorData(a)), a.Name, a.Kind.ToString().ToLowerInvariant(), a.Role, a.Summary,
        a.Country is { } country ? ActorRef(country) : null,
        [.. a.Members.Select(ActorRef)],
        [.. a.Reactions.Select(r => new ReactionSummary(r.Id, links.Url(SiteRoute.Reaction(r)), links.Url(SiteRoute.ReactionData(r)), r.Headline, r.Stance.Slug(), Date(r.Date)))],
        [.. a.Positions.Select(PositionRef)], [.. a.Events.Select(EventRef)], [.. a.Related.Select(ActorRef)], [.. a.Frameworks.Select(FrameworkRef)],
        Sources(a.Sources), a.Aliases, a.Profile.Value ?? "", PlainText.Of(a.Profile.Value));

    public PositionData Position(Position p) => new(
        p.Id, links.Url(SiteRoute.Position(p)), p.Title, p.Summary, [.. p.HeldBy.Select(ActorRef)], [.. p.Reactions.Select(ReactionRef)],
        Sources(p.Sources), p.Aliases, p.Body.Value ?? "", PlainText.Of(p.Body.Value));

    public EventData Event(TimelineEvent e) => new(
        e.Id, links.Url(SiteRoute.Event(e)), Date(e.Date), e.Title, [.. e.Actors.Select(ActorRef)], Sources(e.Sources));

    /// <summary>A dimension, with the address of its row in the featured comparison when there is one.</summary>
    public DimensionData Dimension(Brief brief, Dimension d) => new(
        d.Id, d.Label, d.Question,
        brief.FeaturedComparison.Count >= SiteRoute.MinCompared ? links.Url(SiteRoute.ComparisonRow(brief.FeaturedComparison, d)) : null);

    public FrameworkData Framework(Framework f) => new(
        f.Id, links.Url(SiteRoute.Framework(f)), links.Url(SiteRoute.FrameworkData(f)), f.Name, f.ShortName, f.Summary,
        [.. f.Members.Select(m => new MemberData(m.Name, m.Actor is { } actor ? ActorRef(actor) : null))],
        [.. f.Values.Select(v => new ValueData(v.Dimension.Id, v.Value, v.Detail, Status(v.Status), [.. v.Sources.Select(s => s.Id)]))],
        Sources(f.Sources), f.Aliases);

    /// <summary>The comparison as its page builds it (<see cref="Pages.Compare.Comparison"/>), every row shown.</summary>
    public ComparisonData Comparison(Brief brief, IReadOnlyList<Framework> frameworks)
    {
        var table = Pages.Compare.Comparison.Create(brief, frameworks, differencesOnly: false);
        return new ComparisonData(
            links.Url(table.Path), links.Url(SiteRoute.ComparisonData(frameworks)), table.Title, [.. frameworks.Select(FrameworkRef)],
            [.. table.Rows.Select(row => new RowData(
                new DimensionData(row.Dimension.Id, row.Dimension.Label, row.Dimension.Question, links.Url(row.Url)),
                [.. row.Cells.Select(Cell)], row.AllSame, row.Difference))]);
    }

    public SourceData Source(Source s) => new(
        s.Id, s.Title, s.Kind.Slug(), s.Publisher, s.Author, Date(s.Date), s.Url?.AbsoluteUri, s.Note, links.Url(SiteRoute.Source(s)));

    public static string Status(ValueStatus status) => status switch
    {
        ValueStatus.Known => "known",
        ValueStatus.NotApplicable => "not-applicable",
        _ => "unknown",
    };

    private static CellData Cell(ComparisonCell cell) =>
        new(cell.Framework.Id, cell.Value.Value, cell.Value.Detail, Status(cell.Value.Status), [.. cell.Value.Sources.Select(s => s.Id)]);

    private StanceData Stance(Stance stance) => new(stance.Slug(), stance.Label(), stance.Definition(), links.Url(SiteRoute.StanceDefinition(stance)));

    private StanceBasisData Basis(StanceBasis basis) =>
        new(basis.Slug(), basis.Label(), basis.Definition(), links.Url(SiteRoute.StanceBasisDefinition(basis)));

    private List<SourceData> Sources(IEnumerable<Source> sources) => [.. sources.Select(Source)];

    private ItemRef ActorRef(Actor a) => new(a.Id, a.Name, links.Url(SiteRoute.Actor(a)), links.Url(SiteRoute.ActorData(a)));

    private ItemRef ReactionRef(Reaction r) => new(r.Id, r.Headline, links.Url(SiteRoute.Reaction(r)), links.Url(SiteRoute.ReactionData(r)));

    private ItemRef PositionRef(Position p) => new(p.Id, p.Title, links.Url(SiteRoute.Position(p)));

    private ItemRef EventRef(TimelineEvent e) => new(e.Id, e.Title, links.Url(SiteRoute.Event(e)));

    private ItemRef FrameworkRef(Framework f) => new(f.Id, f.Name, links.Url(SiteRoute.Framework(f)), links.Url(SiteRoute.FrameworkData(f)));
}
