namespace AsianNatoBrief.Web.Caching;

/// <summary>
/// Marks endpoints whose response depends only on the content snapshot, the build and the URL (the Razor
/// pages), so they can be kept by the page cache, carry a version ETag and be revalidated.
/// </summary>
internal sealed class ContentPageMetadata
{
    public static ContentPageMetadata Instance { get; } = new();
}
