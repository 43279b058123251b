namespace AsianNatoBrief.Tests.Support;

/// <summary>Where the repository, its content and the test fixtures are.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Content => Path.Combine(RepositoryRoot, "content");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string ValidFixture => Path.Combine(Fixtures, "valid");

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

/// <summary>A throw-away copy of a content folder that tests may edit.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent(string from)
    {
        Root = Path.Combine(Path.GetTempPath(), "anb-content-" + Guid.NewGuid().ToString("N")[..12]);
        Copy(from, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
