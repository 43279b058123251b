using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Web.Pages;

public sealed class SourcesModel(ContentStore store) : BriefPageModel(store);
