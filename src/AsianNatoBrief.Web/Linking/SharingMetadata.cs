using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>A <c>&lt;meta&gt;</c> tag: Open Graph uses <c>property</c>, Twitter cards use <c>name</c>.</summary>
public sealed record MetaTag(string Attribute, string Key, string Content);

/// <summary>What a page says about itself to search engines and to the previews of shared links.</summary>
public sealed class SharingMetadata
{
    /// <summary>The absolute canonical address; null for pages that have none (error pages).</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>Open Graph and Twitter card tags, in output order.</summary>
    public required IReadOnlyList<MetaTag> Tags { get; init; }

    /// <summary>schema.org JSON-LD, with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped so it can sit in a script element.</summary>
    public required string JsonLd { get; init; }
}

/// <summary>
/// Builds a page's sharing metadata from its canonical path, title and description (the ViewData every
/// page sets). The kind of page and the item it shows are read off the canonical path, so pages need
/// nothing beyond the common conventions.
/// </summary>
public static class SharingMetadataBuilder
{
    private const string Locale = "en_GB";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Keeps non-ASCII readable; HTML-sensitive characters (< > & ' ") are still escaped as \u003C etc.,
        // so "</script>" can never appear inside the block.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static SharingMetadata Build(Brief brief, SiteOrigin origin, string? canonicalPath, string? title, string? description)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(origin);
        var site = brief.Site;
        var page = Describe(brief, origin, canonicalPath, WithoutSiteSuffix(title ?? site.Title, site.Title), string.IsNullOrEmpty(description) ? site.Description : description);
        var url = canonicalPath is null ? null : origin.Absolute(canonicalPath);

        var tags = new List<MetaTag>
        {
            new("property", "og:site_name", site.Title),
            new("property", "og:locale", Locale),
            new("property", "og:type", page.OgType),
            new("property", "og:title", page.ShareTitle),
            new("property", "og:description", page.ShareDescription),
        };
        if (url is not null)
        {
            tags.Add(new("property", "og:url", url.AbsoluteUri));
        }

        if (page.OgType == "article")
        {
            tags.Add(new("property", "article:modified_time", Iso(site.Updated)));
        }

        tags.Add(new("name", "twitter:card", "summary"));
        tags.Add(new("name", "twitter:title", page.ShareTitle));
        tags.Add(new("name", "twitter:description", page.ShareDescription));

        return new SharingMetadata
        {
            CanonicalUrl = url,
            Tags = tags,
            JsonLd = JsonLd(brief, origin, page, url).ToJsonString(JsonOptions),
        };
    }

    private sealed record PageFacts(string SchemaType, string OgType, string ShareTitle, string ShareDescription, JsonObject? About, IReadOnlyList<Reaction> Quoted, Reaction? Reaction);

    private static PageFacts Describe(Brief brief, SiteOrigin origin, string? path, string title, string description)
    {
        var address = path is null ? null : SiteRoute.Parse(path);
        var id = address?.Ids.Count == 1 ? address.Ids[0] : "";
        switch (address?.Kind)
        {
            case PageKind.Reaction when brief.FindReaction(id) is { } reaction:
                return new PageFacts(
                    "ItemPage",
                    "article",
                    ReactionShareTitle(reaction),
                    description,
                    ActorNode(brief, origin, reaction.Actor),
                    [reaction],
                    reaction);
            case PageKind.Actor when brief.FindActor(id) is { } actor:
                return new PageFacts("ItemPage", actor.Kind == ActorKind.Person ? "profile" : "website", actor.Name, description, ActorNode(brief, origin, actor), actor.Reactions, null);
            case PageKind.Framework when brief.FindFramework(id) is { } framework:
                return new PageFacts("ItemPage", "website", framework.Name, description, new JsonObject
                {
                    ["@type"] = "Organization",
                    ["name"] = framework.Name,
                    ["alternateName"] = framework.ShortName,
                    ["url"] = origin.Absolute(SiteRoute.Framework(framework.Id)).AbsoluteUri,
                }, [], null);
            case PageKind.Actors or PageKind.Reactions or PageKind.Positions or PageKind.Timeline or PageKind.Sources:
                return new PageFacts("CollectionPage", "website", title, description, null, [], null);
            case PageKind.About:
                return new PageFacts("AboutPage", "website", title, description, null, [], null);
            default:
                return new PageFacts("WebPage", "website", title, description, null, [], null);
        }
    }

    /// <summary>A reaction's card names its actor and its headline; the actor is not repeated when the headline already starts with them.</summary>
    public static string ReactionShareTitle(Reaction reaction)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        return reaction.Headline.StartsWith(reaction.Actor.Name, StringComparison.OrdinalIgnoreCase)
            ? reaction.Headline
            : $"{reaction.Actor.Name}: {reaction.Headline}";
    }

    private static JsonObject JsonLd(Brief brief, SiteOrigin origin, PageFacts page, Uri? url)
    {
        var site = brief.Site;
        var home = origin.Absolute(SiteRoute.Home).AbsoluteUri;
        var websiteId = home + "#website";
        var graph = new JsonArray
        {
            new JsonObject
            {
                ["@type"] = "WebSite",
                ["@id"] = websiteId,
                ["url"] = home,
                ["name"] = site.Title,
                ["description"] = site.Description,
                ["inLanguage"] = "en",
            },
        };

        if (url is not null)
        {
            var webPage = new JsonObject
            {
                ["@type"] = page.SchemaType,
                ["@id"] = url.AbsoluteUri,
                ["url"] = url.AbsoluteUri,
                ["name"] = page.ShareTitle,
                ["description"] = page.ShareDescription,
                ["inLanguage"] = "en",
                ["isPartOf"] = new JsonObject { ["@id"] = websiteId },
                ["dateModified"] = Iso(site.Updated),
            };
            if (page.About is not null)
            {
                webPage["about"] = page.About;
            }

            if (page.Reaction is { } shown && shown.Quotes.Count > 0)
            {
                webPage["mainEntity"] = new JsonArray([.. shown.Quotes.Select((_, i) => (JsonNode)new JsonObject { ["@id"] = QuoteId(origin, shown, i) })]);
            }

            graph.Add(webPage);
        }

        foreach (var reaction in page.Quoted)
        {
            for (var i = 0; i < reaction.Quotes.Count; i++)
            {
                graph.Add(Quotation(brief, origin, reaction, i));
            }
        }

        return new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
    }

    private static JsonObject Quotation(Brief brief, SiteOrigin origin, Reaction reaction, int index)
    {
        var quote = reaction.Quotes[index];
        var reactionUrl = origin.Absolute(SiteRoute.Reaction(reaction.Id)).AbsoluteUri;
        var citation = new JsonObject
        {
            ["@type"] = "CreativeWork",
            ["name"] = quote.Source.Title,
            ["datePublished"] = quote.Source.Date.Iso,
        };
        if (quote.Source.Author is { } author)
        {
            citation["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        if (quote.Source.Publisher is { } publisher)
        {
            citation["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (quote.Source.Url is { } sourceUrl)
        {
            citation["url"] = sourceUrl.AbsoluteUri;
        }

        return new JsonObject
        {
            ["@type"] = "Quotation",
            ["@id"] = QuoteId(origin, reaction, index),
            ["text"] = quote.Text,
            ["inLanguage"] = "en",
            ["spokesperson"] = Speaker(brief, origin, reaction, quote.Speaker),
            ["creator"] = ActorNode(brief, origin, reaction.Actor),
            ["isPartOf"] = new JsonObject { ["@id"] = reactionUrl },
            ["citation"] = citation,
        };
    }

    // The speaker as the source names them; linked to their actor page when they have one.
    private static JsonObject Speaker(Brief brief, SiteOrigin origin, Reaction reaction, string speaker)
    {
        var actor = reaction.Actor.Name.Equals(speaker, StringComparison.OrdinalIgnoreCase) ? reaction.Actor
            : brief.Actors.FirstOrDefault(a => a.Name.Equals(speaker, StringComparison.OrdinalIgnoreCase));
        return actor is null
            ? new JsonObject { ["@type"] = reaction.Actor.Kind == ActorKind.Person ? "Person" : "Organization", ["name"] = speaker }
            : ActorNode(brief, origin, actor);
    }

    private static JsonObject ActorNode(Brief brief, SiteOrigin origin, Actor actor) => new()
    {
        // A state speaks through its government, so it is an Organization here (schema.org's Country is a Place).
        ["@type"] = actor.Kind == ActorKind.Person ? "Person" : "Organization",
        ["name"] = actor.Name,
        ["url"] = origin.Absolute(SiteRoute.Actor(actor.Id)).AbsoluteUri,
    };

    private static string QuoteId(SiteOrigin origin, Reaction reaction, int index) =>
        origin.Absolute(SiteRoute.Reaction(reaction.Id)).AbsoluteUri + "#quote-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    // Page titles end in " — AsianNatoBrief"; a shared card shows the site name separately (og:site_name).
    private static string WithoutSiteSuffix(string title, string siteTitle)
    {
        var suffix = " — " + siteTitle;
        return title.EndsWith(suffix, StringComparison.Ordinal) && title.Length > suffix.Length ? title[..^suffix.Length] : title;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
