namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>Where the repository, its content and the test results are.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Content => Path.Combine(RepositoryRoot, "content");

    /// <summary>
    /// Where screenshots go: <c>screenshots</c> under the test results directory, which is
    /// <c>TEST_RESULTS_DIR</c> when set (relative to the repository root, as in scripts/test) and
    /// <c>TestResults</c> at the repository root otherwise.
    /// </summary>
    public static string Screenshots
    {
        get
        {
            var results = Environment.GetEnvironmentVariable("TEST_RESULTS_DIR");
            var root = string.IsNullOrWhiteSpace(results) ? Path.Combine(RepositoryRoot, "TestResults") : Path.Combine(RepositoryRoot, results);
            return Path.Combine(root, "screenshots");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsianNatoBrief.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (AsianNatoBrief.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A throw-away copy of a content folder that a test may edit.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(string from)
    {
        Root = Path.Combine(Path.GetTempPath(), "anb-browser-content-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text);

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // The server may still hold a file for a moment; the OS cleans its temp folder later.
        }
    }
}
