using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AsianNatoBrief.BrowserTests.Support;

/// <summary>axe-core scans (bundled with Deque.AxeCore.Playwright, so they run offline).</summary>
public static class Accessibility
{
    /// <summary>WCAG 2.0, 2.1 and 2.2, levels A and AA.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Scans the page and fails with every violation: rule, impact, help and the elements at fault.</summary>
    public static async Task AssertNoViolationsAsync(this Tab tab)
    {
        ArgumentNullException.ThrowIfNull(tab);
        var result = await tab.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },

            // Only violations are reported: collecting every passing node triples the scan's time.
            ResultTypes = [ResultType.Violations],
        });

        Assert.True(result.Violations.Length == 0, Describe(tab, result));
    }

    private static string Describe(Tab tab, AxeResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"axe found {result.Violations.Length} WCAG violation(s) on {tab.CurrentPath} ({tab.Options}):");
        foreach (var violation in result.Violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(check => check.Message).Where(message => !string.IsNullOrWhiteSpace(message)).Distinct())
                {
                    text.AppendLine("      " + message.ReplaceLineEndings(" "));
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>Full-page screenshots saved with the test results.</summary>
public static class Screenshots
{
    /// <summary>Saves the page as <c>{name}-{width}px-{scheme}.png</c> and returns the file's path.</summary>
    public static async Task<string> SaveAsync(this Tab tab, string name)
    {
        ArgumentNullException.ThrowIfNull(tab);
        var file = Path.Combine(Paths.Screenshots, $"{name}-{tab.Options.Width}px-{tab.Options.Scheme.ToString().ToLowerInvariant()}{(tab.Options.JavaScript ? "" : "-nojs")}.png");
        await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }
}
