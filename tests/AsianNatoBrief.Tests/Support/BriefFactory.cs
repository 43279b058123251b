using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AsianNatoBrief.Tests.Support;

/// <summary>The real app, in process, serving a given content folder (the repository's by default).</summary>
public class BriefFactory : WebApplicationFactory<Program>
{
    private readonly string contentPath;
    private readonly bool watch;
    private readonly (string Key, string Value)[] settings;

    public BriefFactory()
        : this(Paths.Content, watch: false, [])
    {
    }

    private BriefFactory(string contentPath, bool watch, (string Key, string Value)[] settings)
    {
        this.contentPath = contentPath;
        this.watch = watch;
        this.settings = settings;
    }

    /// <summary>The app serving another content folder, optionally watching it for edits, with more settings.</summary>
    public static BriefFactory For(string contentPath, bool watch, params (string Key, string Value)[] settings) => new(contentPath, watch, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:Watch", watch ? "true" : "false");
        builder.UseSetting("Content:DebounceMilliseconds", "100");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that does not follow redirects, so tests see them.</summary>
    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>Parses responses into DOM documents.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(text);
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static string Text(this IElement element) => (element?.TextContent ?? "").Trim();
}
