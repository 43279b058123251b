namespace AsianNatoBrief.ExportTests;

/// <summary>The other nginx configuration in deploy/: several app instances behind nginx.</summary>
public sealed class DeployConfigTests
{
    [Fact]
    public void UpstreamSite_IsAcceptedByNginx()
    {
        var (exitCode, output) = Nginx.Test(Path.Combine(Nginx.ConfigFolder, "upstream-site.conf"));

        Assert.True(exitCode == 0, output);
        Assert.Contains("syntax is ok", output, StringComparison.Ordinal);
    }
}
