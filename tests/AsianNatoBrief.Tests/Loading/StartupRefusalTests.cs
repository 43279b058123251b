using System.Diagnostics;
using AsianNatoBrief.Tests.Support;

namespace AsianNatoBrief.Tests.Loading;

/// <summary>The real app process, started on content that is not valid.</summary>
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task App_OnInvalidContent_RefusesToStartAndPrintsEveryProblem()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("reactions/china-opposes.md", content.Read("reactions/china-opposes.md")
            .Replace("actor: china", "actor: chna", StringComparison.Ordinal)
            .Replace("date: 2024-10", "date: 2024-13", StringComparison.Ordinal));
        var app = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--Content:Path=" + content.Root, "--urls=http://127.0.0.1:0" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(app)!,
        };

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
            Assert.Fail("the app kept running on invalid content");
        }

        Assert.Equal(1, process.ExitCode);
        var lines = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.EndsWith("reactions/china-opposes.md:3:8: error ANB007: unknown actor 'chna' — did you mean 'china'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("reactions/china-opposes.md:5:7: error ANB009: impossible date '2024-13': there is no month 13", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("the site will not start on invalid content", StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", await output, StringComparison.Ordinal);
    }
}
