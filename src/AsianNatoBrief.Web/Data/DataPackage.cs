using System.Text.Json;
using System.Text.Json.Nodes;
using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

/// <summary>The Frictionless Data package descriptor: every CSV table with its fields, types and keys.</summary>
internal static class DataPackage
{
    public const string FileName = "datapackage.json";

    public static byte[] Write(Brief brief, DataLinks links, DataOptions options)
    {
        var site = brief.Site;
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = Name(site.Title),
            ["title"] = site.Title,
            ["description"] = site.Description,
            ["version"] = brief.Version,
            ["homepage"] = links.Url(SiteRoute.Data),
            ["schema_url"] = links.Url(SiteRoute.Schema(FileName)),
            ["updated"] = site.Updated.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["rights"] = options.Rights,
            ["sources"] = new JsonArray(new JsonObject
            {
                ["title"] = site.SourceArticle.Title,
                ["path"] = site.SourceArticle.Url?.AbsoluteUri ?? links.Url(SiteRoute.Source(site.SourceArticle)),
            }),
        };
        if (options.HasLicense)
        {
            var license = new JsonObject { ["name"] = options.LicenseName };
            if (options.LicenseLabel is { } title)
            {
                license["title"] = title;
            }

            if (options.LicenseAddress is { } url)
            {
                license["path"] = url.AbsoluteUri;
            }

            package["licenses"] = new JsonArray(license);
        }

        package["resources"] = new JsonArray([.. Tables.All.Select(t => (JsonNode)Resource(t, links))]);
        return JsonSerializer.SerializeToUtf8Bytes(package, JsonDocuments.Options);
    }

    private static JsonObject Resource(Table table, DataLinks links) => new()
    {
        ["name"] = table.Name,
        ["title"] = table.Title,
        ["path"] = links.Url(table.Path),
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject
        {
            ["delimiter"] = ",",
            ["lineTerminator"] = "\r\n",
            ["quoteChar"] = "\"",
            ["doubleQuote"] = true,
            ["header"] = true,
        },
        ["schema"] = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Fields.Select(f => (JsonNode)Field(f))]),
            ["missingValues"] = new JsonArray(""),
            ["primaryKey"] = new JsonArray([.. table.PrimaryKey.Select(k => (JsonNode)k)]),
            ["foreignKeys"] = new JsonArray([.. table.ForeignKeys.Select(k => (JsonNode)new JsonObject
            {
                ["fields"] = new JsonArray([.. k.Fields.Select(f => (JsonNode)f)]),
                // A table referring to itself names the resource "" (Table Schema).
                ["reference"] = new JsonObject
                {
                    ["resource"] = k.Table == table.Name ? "" : k.Table,
                    ["fields"] = new JsonArray([.. k.TableFields.Select(f => (JsonNode)f)]),
                },
            })]),
        },
    };

    private static JsonObject Field(Field field)
    {
        var constraints = new JsonObject { ["required"] = field.Required };
        if (field.Pattern is { } pattern)
        {
            constraints["pattern"] = pattern;
        }

        return new JsonObject { ["name"] = field.Name, ["type"] = field.Type, ["description"] = field.Description, ["constraints"] = constraints };
    }

    /// <summary>A package name as Frictionless wants it: lower case letters, digits and hyphens.</summary>
    private static string Name(string title)
    {
        var name = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        return name.Length > 0 ? name : "brief";
    }
}
