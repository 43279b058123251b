namespace AsianNatoBrief.Web.Pages;

public sealed class ChangesModel : BriefPageModel;
