namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>Where the repository, its content and the test results are.</summary>
internal static class Paths
{
    public static string RepositoryRoot => Repository.Root;

    public static string Content => Repository.Content;

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
}
