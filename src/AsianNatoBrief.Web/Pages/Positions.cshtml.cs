namespace AsianNatoBrief.Web.Pages;

/// <summary>The arguments, who holds each, and the actors × positions matrix (<see cref="Model.Brief.PositionMatrix"/>).</summary>
public sealed class PositionsModel : BriefPageModel;
