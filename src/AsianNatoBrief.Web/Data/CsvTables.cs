using AsianNatoBrief.Web.Model;
using CsvHelper;

namespace AsianNatoBrief.Web.Data;

/// <summary>
/// Writes a table as RFC 4180 CSV (CsvHelper's default: UTF-8 without a byte-order mark, CRLF line ends,
/// quotes only around fields that need them), its first record the field names, each row ending with the content version.
/// </summary>
internal static class CsvTables
{
    public static byte[] Write(Table table, Brief brief, DataLinks links)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default, leaveOpen: true))
        {
            csv.WriteRecord([.. table.Fields.Select(f => f.Name)]);
            foreach (var row in table.Rows(brief, links))
            {
                csv.WriteRecord([.. row.Select(Tables.Cell), brief.Version]);
            }
        }

        return buffer.ToArray();
    }
}
