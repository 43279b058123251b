using AsianNatoBrief.Web.Loading;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Linking;

/// <summary>
/// The snapshot a request works with. The first reader (the link middleware, early in the pipeline)
/// takes <see cref="ContentStore.Current"/> once and keeps it for the request, so the layout's head,
/// the redirects and the endpoints all see the same content even when a reload lands mid-request.
/// </summary>
public static class RequestBrief
{
    private static readonly object Key = new();

    public static Brief GetBrief(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(Key, out var value) && value is Brief brief)
        {
            return brief;
        }

        brief = context.RequestServices.GetRequiredService<ContentStore>().Current;
        context.UseBrief(brief);
        return brief;
    }

    /// <summary>Fixes the request's snapshot before anything reads it (the page cache keys what it keeps by it).</summary>
    internal static void UseBrief(this HttpContext context, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = brief;
    }
}
