using AsianNatoBrief.Web.Export;
using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.ExportTests;

/// <summary>The export command's own behaviour: invalid content, what it replaces and what it refuses.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly string ValidFixture = Path.Combine(Repository.Root, "tests", "AsianNatoBrief.Tests", "Fixtures", "valid");

    private readonly string parent = Path.Combine(Path.GetTempPath(), "anb-export-cmd-" + Guid.NewGuid().ToString("N")[..10]);

    public ExportCommandTests() => Directory.CreateDirectory(parent);

    [Fact]
    public async Task InvalidContent_ExitsOneWithChecksDiagnosticsAndLeavesTheEarlierExportAsItWas()
    {
        var outDir = Path.Combine(parent, "site");
        Assert.Equal(0, await Export(outDir, ValidFixture));
        var before = Snapshot(outDir);
        using var content = new TempContent(ValidFixture);
        content.Write("reactions/china-opposes.md", content.Read("reactions/china-opposes.md")
            .Replace("actor: china", "actor: chna", StringComparison.Ordinal)
            .Replace("stance: opposes", "stance: against", StringComparison.Ordinal));
        using var check = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(content.Root, check));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ExportCommand.RunAsync([outDir, "--Content:Path=" + content.Root], output, error);

        Assert.Equal(1, exit);
        var diagnostics = Lines(check).Where(l => l.Contains(": error ANB", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(diagnostics, Lines(error).Where(l => l.Contains(": error ANB", StringComparison.Ordinal)));
        Assert.EndsWith("is unchanged.", Lines(error)[^1], StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(outDir));
        Assert.Equal([outDir], Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public async Task EarlierExport_IsReplacedWhole()
    {
        var outDir = Path.Combine(parent, "site");
        Assert.Equal(0, await Export(outDir, ValidFixture));
        await File.WriteAllTextAsync(Path.Combine(outDir, "actors", "left-over.html"), "from an earlier export");

        Assert.Equal(0, await Export(outDir, ValidFixture));

        Assert.False(File.Exists(Path.Combine(outDir, "actors", "left-over.html")));
        Assert.True(File.Exists(Path.Combine(outDir, "actors", "china.html")));
        Assert.Equal([outDir], Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public async Task FolderThatHoldsSomethingElse_IsNeverReplaced()
    {
        var outDir = Path.Combine(parent, "documents");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "notes.txt"), "mine");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ExportCommand.RunAsync([outDir, "--Content:Path=" + ValidFixture], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("is not empty and holds no earlier export", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData]
    [InlineData("--base-url")]
    [InlineData("out", "--base-url", "not a url")]
    [InlineData("out", "--unknown")]
    public async Task BadArguments_PrintTheUsageAndExitTwo(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, await ExportCommand.RunAsync(args, output, error));
        Assert.StartsWith("usage: export OUTDIR", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidBaseUrl_IsRefusedLikeTheAppRefusesIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await ExportCommand.RunAsync([Path.Combine(parent, "site"), "--base-url", "ftp://example.org", "--Content:Path=" + ValidFixture], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("setting Site:BaseUrl 'ftp://example.org/' must be an absolute http or https address", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(parent, "site")));
    }

    [Fact]
    public async Task NoCompress_WritesNoTwins()
    {
        var outDir = Path.Combine(parent, "site");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await ExportCommand.RunAsync([outDir, "--no-compress", "--Content:Path=" + ValidFixture], output, error));

        Assert.Empty(Directory.EnumerateFiles(outDir, "*.br", SearchOption.AllDirectories));
        Assert.Contains("no compression", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheExportsSite_BuildsNoSearchIndex_AndItsSearchPageNeedsNone()
    {
        var (site, problems) = await InProcessSite.StartAsync(["--Content:Path=" + ValidFixture], baseUrl: null);
        Assert.Empty(problems);
        await using (site)
        {
            var search = await site!.GetAsync("/search");
            Assert.Equal(200, search.Status);
            Assert.False(Web.Search.SearchIndexes.IsBuilt(site.Brief), "the export built a search index it never uses");
        }
    }

    public void Dispose() => Directory.Delete(parent, recursive: true);

    private static async Task<int> Export(string outDir, string content)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ExportCommand.RunAsync([outDir, "--Content:Path=" + content], output, error);
        Assert.True(exit == 0, error.ToString());
        return exit;
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
