using System.Diagnostics;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Loading;

/// <summary>The real app process, started on content or settings that are not valid.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task App_OnInvalidContent_RefusesToStartAndPrintsEveryProblem()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("reactions/china-opposes.md", content.Read("reactions/china-opposes.md")
            .Replace("actor: china", "actor: chna", StringComparison.Ordinal)
            .Replace("date: 2024-10", "date: 2024-13", StringComparison.Ordinal));
        var (exitCode, errors, output) = await RunAppAsync("--Content:Path=" + content.Root);

        Assert.Equal(1, exitCode);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.EndsWith("reactions/china-opposes.md:3:8: error ANB007: unknown actor 'chna' — did you mean 'china'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("reactions/china-opposes.md:6:7: error ANB009: impossible date '2024-13': there is no month 13", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("the site will not start on invalid content", StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_WithInvalidSiteSettings_RefusesToStartAndNamesEachSetting()
    {
        var (exitCode, errors, output) = await RunAppAsync(
            "--Content:Path=" + Paths.ValidFixture, "--Site:BaseUrl=brief.test/path?x=1", "--Site:CorrectionsContact=the editors");

        Assert.Equal(1, exitCode);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("error: setting Site:BaseUrl 'brief.test/path?x=1' must be an absolute http or https address (scheme, host and optionally a path) without a query or fragment", lines);
        Assert.Contains("error: setting Site:CorrectionsContact 'the editors' must be an email address or an absolute https address", lines);
        Assert.Contains("the site will not start with invalid settings.", lines);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Errors, string Output)> RunAppAsync(params string[] arguments)
    {
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };
        start.ArgumentList.Add(app);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the app kept running on invalid input");
        }

        return (process.ExitCode, await errors, await output);
    }
}
