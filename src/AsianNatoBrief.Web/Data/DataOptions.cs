namespace AsianNatoBrief.Web.Data;

/// <summary>
/// Settings of the open data (section <c>Data</c>). The licence under which the data may be re-used is a decision
/// for whoever publishes the site, made here: the project's <c>appsettings.json</c> grants CC-BY-4.0, a deployment
/// may name another, and one that sets <c>Data:LicenseName</c> to an empty value grants none, which the data then
/// says plainly. Whatever the licence, quotations stay their speakers' and publishers', quoted for citation.
/// </summary>
public sealed class DataOptions
{
    /// <summary>The licence's identifier, preferably SPDX (<c>CC-BY-4.0</c>); none when no licence is granted.</summary>
    public string? LicenseName { get; set; }

    /// <summary>The licence's human title (<c>Creative Commons Attribution 4.0</c>).</summary>
    public string? LicenseTitle { get; set; }

    /// <summary>The address of the licence's text.</summary>
    public Uri? LicenseUrl { get; set; }

    internal bool HasLicense => !string.IsNullOrWhiteSpace(LicenseName);

    /// <summary>The licence's title, or its identifier when it has no title; null when no licence is granted.</summary>
    internal string? LicenseLabel => HasLicense ? (string.IsNullOrWhiteSpace(LicenseTitle) ? LicenseName : LicenseTitle) : null;

    /// <summary>The licence's address when one is given (an empty setting counts as none).</summary>
    internal Uri? LicenseAddress => LicenseUrl is { IsAbsoluteUri: true } url ? url : null;

    /// <summary>What no licence covers: the quotations, which stay their speakers' and publishers'.</summary>
    internal const string Quotations =
        "Quotations remain the words of their speakers and the property of their publishers; they are included for citation, with their sources, and no licence of this data extends to them.";

    /// <summary>The rights statement every document carries.</summary>
    internal string Rights => HasLicense
        ? $"The data is published under {LicenseLabel}{(LicenseAddress is { } url ? " (" + url.AbsoluteUri + ")" : "")}. {Quotations}"
        : $"No licence has been granted for this data: copyright remains with its authors, and re-use beyond what the law allows without permission (such as quotation with attribution) needs the editors' agreement. {Quotations}";
}
