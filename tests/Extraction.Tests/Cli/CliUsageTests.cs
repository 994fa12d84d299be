using Extraction.Tests.Support;

namespace Extraction.Tests.Cli;

public class CliUsageTests
{
    [Fact]
    public void UnknownFlagIsOneLineAndExitCode2()
    {
        var result = CliRunner.Run("run", "--bogus", TestPaths.Seeds);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--bogus", result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void MissingInputIsOneLineAndExitCode2()
    {
        var result = CliRunner.Run("run", "/no/such/file.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/file.txt", result.Stderr);
    }

    [Fact]
    public void MissingConfigIsExitCode2()
    {
        var result = CliRunner.Run("run", TestPaths.Seeds, "--config", "/no/such/pipeline.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("E003", result.Stderr);
    }

    [Fact]
    public void UnknownStageInConfigIsExitCode2()
    {
        string dir = TestPaths.NewTempDirectory();
        string config = Path.Combine(dir, "pipeline.json");
        File.WriteAllText(config, """{"stages":[{"name":"no_such_stage"}]}""");
        var result = CliRunner.Run("run", TestPaths.Seeds, "--config", config, "--out", Path.Combine(dir, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("E002", result.Stderr);
        Assert.Contains("no_such_stage", result.Stderr);
    }

    [Fact]
    public void HelpListsRun()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("run", result.Stdout);
    }
}
