namespace AsianNatoBrief.Web.Pages;

public sealed class TimelineModel : BriefPageModel;
