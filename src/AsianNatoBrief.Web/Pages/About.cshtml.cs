namespace AsianNatoBrief.Web.Pages;

public sealed class AboutModel : BriefPageModel;
