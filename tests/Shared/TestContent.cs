namespace AsianNatoBrief.TestSupport;

// Compiled into every test project (see their .csproj): one repository-root finder and one
// throw-away content copy for all of them.

/// <summary>Where the repository and its content are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
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
        Root = Path.Combine(Path.GetTempPath(), "anb-content-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Delete(string relative) => File.Delete(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher or server may still hold the folder for a moment; the OS cleans its temp folder later.
        }
    }
}
