using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AsianNatoBrief.Web.Pages;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public Brief Brief { get; } = store.Current;
}
