namespace AsianNatoBrief.Web.Data;

/// <summary>
/// Settings of the open data (section <c>Data</c>). The content declares no licence, so the licence under
/// which the data may be re-used is a decision for whoever publishes the site, made here; until it is
/// made, the data says plainly that no licence has been granted.
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

    /// <summary>The rights statement every document carries.</summary>
    internal string Rights => HasLicense
        ? $"Published under {LicenseTitle ?? LicenseName}{(LicenseUrl is null ? "" : " (" + LicenseUrl.AbsoluteUri + ")")}. Quotations remain the words of their speakers; cite their sources."
        : "No licence has been granted for this data: copyright remains with its authors, and re-use beyond what the law allows without permission (such as quotation with attribution) needs the editors' agreement. Quotations remain the words of their speakers.";
}
