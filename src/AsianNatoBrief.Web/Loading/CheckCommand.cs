namespace AsianNatoBrief.Web.Loading;

/// <summary><c>check [dir]</c>: validates a content folder without serving it.</summary>
public static class CheckCommand
{
    /// <summary>Prints every diagnostic; returns 0 when the content is valid, 1 otherwise.</summary>
    public static int Run(string? folder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = ContentStore.ResolveRoot(folder, Directory.GetCurrentDirectory());
        var result = ContentLoader.Load(root);
        var prefix = DisplayPath(root);
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(prefix));
        }

        if (result.Brief is { } brief)
        {
            output.WriteLine($"{prefix}: content is valid: {brief.Actors.Count} actors, {brief.Reactions.Count} reactions, "
                + $"{brief.Positions.Count} positions, {brief.Frameworks.Count} frameworks, {brief.Dimensions.Count} dimensions, "
                + $"{brief.Timeline.Count} events, {brief.Sources.Count} sources");
            return 0;
        }

        output.WriteLine($"{prefix}: {result.Diagnostics.Count} problem(s) found");
        return 1;
    }

    /// <summary>The folder relative to the working directory when it lies inside it, so paths stay short and clickable.</summary>
    public static string DisplayPath(string root)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), root);
        return relative.StartsWith("..", StringComparison.Ordinal) ? root : relative.Replace('\\', '/');
    }
}
