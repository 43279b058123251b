namespace AsianNatoBrief.Tests.Support;

/// <summary>Where the repository, its content and the test fixtures are.</summary>
internal static class Paths
{
    public static string RepositoryRoot => Repository.Root;

    public static string Content => Repository.Content;

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string ValidFixture => Path.Combine(Fixtures, "valid");
}
