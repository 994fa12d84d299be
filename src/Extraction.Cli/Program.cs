using System.CommandLine;
using Extraction.Cli.Commands;

namespace Extraction.Cli;

public static class Program
{
    public const int ExitOk = 0, ExitNothingWritten = 1, ExitUsage = 2, ExitFailed = 3;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The real entry point, with writable streams so tests can drive it in-process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Extraction: turns news articles into structured, cited facts.")
        {
            RunCommand.Create(stdout, stderr),
            DbCommand.Create(stdout, stderr),
            EventsCommand.Create(stdout, stderr),
            EvalCommand.Create(stdout, stderr),
            GazetteerCommand.Create(stdout, stderr),
            TrainCommand.Create(stdout, stderr),
            BenchCommand.Create(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"error: {parse.Errors[0].Message} (see --help)");
            return ExitUsage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
