namespace AsianNatoBrief.Web.Hosting;

/// <summary>
/// Marks a page whose responses the page cache must not keep: pages with an open-ended query string (search),
/// where every new query would be a new entry and arbitrary queries could push the site's own pages out.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class KeepOutOfPageCacheAttribute : Attribute;
