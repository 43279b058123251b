using System.Text.Json;
using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;
using Microsoft.Extensions.DependencyInjection;

namespace AsianNatoBrief.Tests.Data;

/// <summary>Reading the served data back: the snapshot it was made from, JSON documents and every JSON address.</summary>
internal static class DataSupport
{
    public static Brief Brief(this BriefFactory factory) => factory.Services.GetRequiredService<ContentStore>().Current;

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<string> GetTextAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every JSON document the site serves as data, with the schema file it claims.</summary>
    public static IReadOnlyList<string> JsonDocuments(Brief brief) =>
    [
        SiteRoute.DataFile("brief.json"),
        SiteRoute.DataFile("datapackage.json"),
        .. brief.Reactions.Select(SiteRoute.ReactionData),
        .. brief.Actors.Select(SiteRoute.ActorData),
        .. brief.Frameworks.Select(SiteRoute.FrameworkData),
        .. CanonicalPages.Comparisons(brief).Select(p => p + SiteRoute.JsonExtension),
    ];

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString() ?? "";
}
