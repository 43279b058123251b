namespace AsianNatoBrief.Web.Pages;

public sealed class SourcesModel : BriefPageModel;
