using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

public static class SummaryPrinter
{
    public static void Print(TextWriter stderr, RunSummary s, string outDir)
    {
        stderr.WriteLine($"documents: read {s.Read}, written {s.Written}, rejected {s.Rejected}"
            + (s.Skipped > 0 ? $", skipped {s.Skipped} (already stored, unchanged)" : ""));
        stderr.WriteLine($"words: {s.Words:N0} in {s.Elapsed.TotalSeconds:F2} s ({s.WordsPerSecond:N0} words/s)");
        stderr.WriteLine($"outputs: {s.SinkTime.TotalSeconds:F2} s of the writer's time, {s.Commits:N0} commits");
        if (s.EntitiesByLabel.Count > 0)
            stderr.WriteLine("entities: " + string.Join(", ", s.EntitiesByLabel.Select(kv => $"{kv.Key} {kv.Value}")));
        stderr.WriteLine($"output: {Path.GetFullPath(outDir)}");
    }
}
