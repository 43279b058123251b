using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Data;
using Microsoft.Extensions.Options;

namespace AsianNatoBrief.Web.Pages;

/// <summary>The open-data page: downloads of the whole brief, their schemas, rights and citation.</summary>
public sealed class DataModel(IOptions<DataOptions> options) : BriefPageModel
{
    public DataDownloads Downloads { get; private set; } = null!;

    public void OnGet() => Downloads = DataDownloads.For(Brief, options.Value, HttpContext.GetOrigin());
}
