namespace AsianNatoBrief.Web.Caching;

/// <summary>
/// What a page says about its query string. The page cache keeps a response only for the query its page
/// names as canonical: none, unless the page calls <see cref="SetCanonicalQuery"/> for what it rendered
/// (a filter it understood). Any other query — junk, a repeated or unknown parameter, another spelling
/// of a value — is answered but never kept, so hostile queries cannot fill the cache.
/// </summary>
public static class CanonicalQuery
{
    private static readonly object Key = new();

    /// <summary>Names <paramref name="query"/> (empty, or starting with <c>?</c>) as the canonical query of this response.</summary>
    public static void SetCanonicalQuery(this HttpContext context, string query)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        context.Items[Key] = query;
    }

    /// <summary>The query the page named, or empty when it named none.</summary>
    internal static string Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var query) && query is string text ? text : string.Empty;
}
