using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Tests.Loading;

/// <summary>
/// Each folder under Fixtures/broken holds files laid over a copy of Fixtures/valid (and an optional
/// delete.txt listing files to remove), plus expected.txt: the exact diagnostics the loader must report.
/// </summary>
public sealed class ContentFixtureTests
{
    public static TheoryData<string> BrokenFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Paths.Fixtures, "broken")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void ValidFixture_LoadsWithoutDiagnostics()
    {
        var result = ContentLoader.Load(Paths.ValidFixture);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Brief);
    }

    [Theory]
    [MemberData(nameof(BrokenFixtures))]
    public void BrokenFixture_ReportsExactlyTheExpectedDiagnostics(string name)
    {
        var fixture = Path.Combine(Paths.Fixtures, "broken", name);
        using var content = new TempContent(Paths.ValidFixture);
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(fixture, file);
            if (relative is "expected.txt" or "delete.txt")
            {
                continue;
            }

            content.Write(relative, File.ReadAllText(file));
        }

        var deletions = Path.Combine(fixture, "delete.txt");
        if (File.Exists(deletions))
        {
            foreach (var line in File.ReadAllLines(deletions).Where(l => l.Length > 0))
            {
                File.Delete(content.PathOf(line));
            }
        }

        var expected = File.ReadAllLines(Path.Combine(fixture, "expected.txt")).Where(l => l.Length > 0).ToList();

        var result = ContentLoader.Load(content.Root);

        Assert.Null(result.Brief);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Format()).ToList());
    }
}
