using System.CommandLine;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>A usage error: one line on stderr, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

public static class CommonOptions
{
    public static Option<string?> Config() => new("--config") { Description = "Pipeline config (default: ./pipeline.json, else the one shipped with the program)" };

    /// <summary>The folder of the shared corpora and gazetteers that builds and training read (never needed at run time).</summary>
    public static Option<string> Data(string contents) =>
        new("--data") { Description = $"Shared data folder ({contents})", DefaultValueFactory = _ => "../shared/data" };

    /// <summary>
    /// Inputs are positional, so an unknown flag would otherwise be taken for a file name: name it as a flag.
    /// </summary>
    public static void CheckInputsExist(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (p.StartsWith('-') && !File.Exists(p)) throw new UsageException($"unknown option: {p}");
            if (!File.Exists(p) && !Directory.Exists(p)) throw new UsageException($"input not found: {p}");
        }
    }

    /// <summary>Runs a command body, turning usage and config errors into one clear stderr line and exit code 2.</summary>
    public static int Guard(TextWriter stderr, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"error {ErrorCodes.Usage}: {ex.Message}");
            return Program.ExitUsage;
        }
        catch (ConfigException ex)
        {
            stderr.WriteLine($"error {ex.Code}: {ex.Message}");
            return Program.ExitUsage;
        }
    }
}
