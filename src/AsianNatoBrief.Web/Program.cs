using AsianNatoBrief.Web.Export;
using AsianNatoBrief.Web.Hosting;
using AsianNatoBrief.Web.Loading;

if (args is ["check", .. var rest])
{
    return CheckCommand.Run(rest.FirstOrDefault(), Console.Out);
}

if (args is ["export", .. var exportArgs])
{
    return await ExportCommand.RunAsync(exportArgs, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddBriefHosting();
builder.Services.AddBriefContent(builder.Configuration);
builder.Services.AddBriefWeb();

var app = builder.Build();

// Content is loaded eagerly, before the first request: invalid content stops the app here.
var store = app.Services.GetRequiredService<ContentStore>();
if (store.InitialDiagnostics.Count > 0)
{
    var prefix = CheckCommand.DisplayPath(store.RootPath);
    foreach (var diagnostic in store.InitialDiagnostics)
    {
        Console.Error.WriteLine(diagnostic.Format(prefix));
    }

    Console.Error.WriteLine($"{prefix}: {store.InitialDiagnostics.Count} problem(s) found; the site will not start on invalid content.");
    return 1;
}

// Deployment settings are checked the same way: a mistyped base URL or contact stops the app here.
var settings = app.Services.GetRequiredService<SiteSettings>();
if (settings.Problems.Count > 0)
{
    foreach (var problem in settings.Problems)
    {
        Console.Error.WriteLine("error: " + problem);
    }

    Console.Error.WriteLine("the site will not start with invalid settings.");
    return 1;
}

app.UseBriefPipeline();
app.Run();
return 0;

/// <summary>The entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
