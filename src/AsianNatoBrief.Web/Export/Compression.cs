using System.IO.Compression;

namespace AsianNatoBrief.Web.Export;

/// <summary>
/// The pre-compressed twins of every text file: <c>{file}.br</c> (Brotli, quality 9) and <c>{file}.gz</c> (gzip,
/// smallest size), which nginx's <c>brotli_static</c> and <c>gzip_static</c> and most static hosts serve as they are.
/// Brotli's quality 9 rather than 11: pages are small and alike, 11 saves a few per cent more at many times the time
/// (minutes for a site of 10,000 reactions), and the twins are made on every export.
/// </summary>
internal static class Compression
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".css", ".js", ".json", ".csv", ".xml", ".atom", ".txt", ".bib", ".ris", ".svg", ".map", ".conf",
    };

    /// <summary>Whether a written file is text (and so worth compressing): by its extension, or <c>_redirects</c>.</summary>
    public static bool IsText(string file) =>
        TextExtensions.Contains(Path.GetExtension(file)) && !file.StartsWith("/_nginx/", StringComparison.Ordinal);

    /// <summary>Writes both twins of each file, in parallel; returns how many files were compressed.</summary>
    public static async Task<int> CompressAllAsync(string root, IEnumerable<string> files)
    {
        var list = files.ToList();
        await Parallel.ForEachAsync(list, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, cancel) =>
        {
            var full = Path.Combine(root, file.TrimStart('/'));
            var body = await File.ReadAllBytesAsync(full, cancel);
            await File.WriteAllBytesAsync(full + ".br", Brotli(body), cancel);
            await File.WriteAllBytesAsync(full + ".gz", Gzip(body), cancel);
        });
        return list.Count;
    }

    public static byte[] Brotli(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality: 9, window: 22)
            ? output[..written]
            : throw new InvalidOperationException("Brotli compression failed");
    }

    public static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }
}
