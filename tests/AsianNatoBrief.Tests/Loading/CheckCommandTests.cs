using AsianNatoBrief.Tests.Support;
using AsianNatoBrief.Web.Loading;

namespace AsianNatoBrief.Tests.Loading;

public sealed class CheckCommandTests
{
    [Fact]
    public void Check_OnValidContent_ExitsZeroAndSummarises()
    {
        using var output = new StringWriter();

        var code = CheckCommand.Run(Paths.ValidFixture, output);

        Assert.Equal(0, code);
        Assert.Contains("content is valid: 3 actors, 1 reactions", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnInvalidContent_PrintsEveryProblemWithItsPathAndExitsOne()
    {
        using var content = new TempContent(Paths.ValidFixture);
        content.Write("reactions/china-opposes.md", content.Read("reactions/china-opposes.md")
            .Replace("actor: china", "actor: chna", StringComparison.Ordinal)
            .Replace("stance: opposes", "stance: against", StringComparison.Ordinal));
        using var output = new StringWriter();

        var code = CheckCommand.Run(content.Root, output);

        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.EndsWith("reactions/china-opposes.md:3:8: error ANB007: unknown actor 'chna' — did you mean 'china'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("reactions/china-opposes.md:4:9: error ANB008: unknown stance 'against'", StringComparison.Ordinal));
        // The actor's page links to the reaction by fragment; with the actor misspelt, that link breaks too.
        Assert.Contains(lines, l => l.Contains("reactions/china-opposes.md:17:24: error ANB010: link '/actors/china#china-opposes' leads nowhere", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.Contains(": error ANB", StringComparison.Ordinal)));
        Assert.EndsWith("3 problem(s) found", lines[^1].Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnMissingFolder_ExitsOne()
    {
        using var output = new StringWriter();

        Assert.Equal(1, CheckCommand.Run(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid()), output));
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }
}
