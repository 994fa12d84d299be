namespace Extraction.Tests.Support;

/// <summary>Runs the real CLI entry point in-process and captures its streams.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Extraction.Cli.Program.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs a build command (<paramref name="command"/> … --data ../shared/data --out a temporary file) and asserts that
    /// it writes the committed file <paramref name="committed"/> (relative to the repository) byte for byte.
    /// </summary>
    public static void AssertRebuildsCommittedFile(string committed, params string[] command)
    {
        string outPath = Path.Combine(TestPaths.NewTempDirectory(), Path.GetFileName(committed));
        var result = Run([.. command, "--data", TestPaths.SharedData, "--out", outPath]);
        Xunit.Assert.True(result.ExitCode == 0, result.Stderr);
        Xunit.Assert.True(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, committed)).AsSpan().SequenceEqual(File.ReadAllBytes(outPath)),
            $"{committed} is stale: rerun extraction {string.Join(' ', command)}");
    }
}
