using AsianNatoBrief.Web.Linking;
using AsianNatoBrief.Web.Model;

namespace AsianNatoBrief.Web.Data;

/// <summary>One file offered on the data page.</summary>
public sealed record DataDownload(string FileName, string Path, string Description, int? Rows = null);

/// <summary>What the data page lists and says: the downloads, the schemas, the rights, how to cite and load them.</summary>
public sealed class DataDownloads
{
    private DataDownloads(Brief brief, DataOptions options, SiteOrigin origin)
    {
        var links = new DataLinks(origin);
        Documents =
        [
            new(DataSet.BriefFile, SiteRoute.DataFile(DataSet.BriefFile), "the whole brief as one JSON document"),
            new(DataPackage.FileName, SiteRoute.DataFile(DataPackage.FileName), "the Frictionless Data package: every table, field, type and key"),
        ];
        Tables = [.. Data.Tables.All.Select(t => new DataDownload(t.FileName, t.Path, t.Title, t.Rows(brief, links).Count()))];
        Schemas = [.. DataSchemas.All.Select(s => new DataDownload(s, SiteRoute.Schema(s), ""))];
        Rights = options.Rights;
        LicenseName = options.HasLicense ? options.LicenseName : null;
        LicenseTitle = options.LicenseLabel;
        LicenseUrl = options.LicenseAddress;
        Citation = BriefDocument.Citation(brief, links);
        ExampleUrl = links.Url(SiteRoute.DataFile("reactions.csv"));
    }

    public IReadOnlyList<DataDownload> Documents { get; }

    public IReadOnlyList<DataDownload> Tables { get; }

    public IReadOnlyList<DataDownload> Schemas { get; }

    /// <summary>The whole rights statement, as the documents carry it.</summary>
    public string Rights { get; }

    /// <summary>What stays outside any licence: the quotations.</summary>
    public string Quotations => DataOptions.Quotations;

    /// <summary>The licence's identifier (SPDX), when one is granted.</summary>
    public string? LicenseName { get; }

    public string? LicenseTitle { get; }

    public Uri? LicenseUrl { get; }

    public string Citation { get; }

    /// <summary>The absolute address of the reactions table, used in the loading examples.</summary>
    public string ExampleUrl { get; }

    internal static DataDownloads For(Brief brief, DataOptions options, SiteOrigin origin) => new(brief, options, origin);
}
