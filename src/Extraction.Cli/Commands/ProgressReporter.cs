using System.Diagnostics;
using Extraction.Pipeline;
using Spectre.Console;

namespace Extraction.Cli.Commands;

/// <summary>
/// Shows a run's progress while it works: on a terminal a Spectre.Console bar with documents/s, words/s and an ETA
/// (when the number of documents can be known up front); otherwise (redirected stderr, CI, tests) a plain line every
/// few seconds. The final summary is printed separately by <see cref="SummaryPrinter"/>.
/// </summary>
internal static class ProgressReporter
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan BarInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Runs <paramref name="run"/> on its own thread and reports <paramref name="live"/> until it ends.</summary>
    public static RunSummary Run(TextWriter stderr, RunSummary live, IReadOnlyList<string> inputs, Func<RunSummary> run)
    {
        var total = Task.Run(() => CountDocuments(inputs));
        var work = Task.Factory.StartNew(run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var clock = Stopwatch.StartNew();
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (terminal) ShowBar(live, work, total, clock);
        else
            while (!Finished(work, PlainInterval))
                stderr.WriteLine("progress: " + Describe(live, clock.Elapsed, Known(total)));
        return work.GetAwaiter().GetResult();
    }

    private static void ShowBar(RunSummary live, Task work, Task<long?> total, Stopwatch clock)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting", autoStart: true, maxValue: 1);
                task.IsIndeterminate = true;
                do
                {
                    if (Known(total) is { } n && n > 0)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = n;
                    }
                    task.Value = Math.Min(live.Read, task.MaxValue);
                    task.Description = Markup.Escape(Describe(live, clock.Elapsed, null));
                    context.Refresh();
                }
                while (!Finished(work, BarInterval));
            });
    }

    /// <summary>Waits up to <paramref name="wait"/>; a failed run counts as finished (its error is rethrown by the caller).</summary>
    private static bool Finished(Task work, TimeSpan wait)
    {
        try { return work.Wait(wait); }
        catch (AggregateException) { return true; }
    }

    private static long? Known(Task<long?> total) => total.IsCompletedSuccessfully ? total.Result : null;

    internal static string Describe(RunSummary s, TimeSpan elapsed, long? total)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double docsPerSecond = s.Read / seconds;
        string line = $"{s.Read:N0}{(total is { } t ? $"/{t:N0}" : "")} documents ({docsPerSecond:N1} docs/s, {s.Words / seconds:N0} words/s)";
        if (s.Skipped > 0) line += $", {s.Skipped:N0} skipped";
        if (s.Rejected > 0) line += $", {s.Rejected:N0} rejected";
        if (total is { } all && docsPerSecond > 0 && all > s.Read)
            line += $", ETA {TimeSpan.FromSeconds(Math.Ceiling((all - s.Read) / docsPerSecond)):c}";
        return line;
    }

    /// <summary>Extensions whose files may hold many documents: their count is not known without reading them.</summary>
    private static readonly HashSet<string> MultiDocumentExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson", ".csv" };

    /// <summary>The number of documents when every input file holds one (plain text archives), else null.</summary>
    private static long? CountDocuments(IReadOnlyList<string> inputs)
    {
        long count = 0;
        foreach (var input in inputs)
        {
            var files = Directory.Exists(input) ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories) : [input];
            foreach (var file in files)
            {
                if (MultiDocumentExtensions.Contains(Path.GetExtension(file))) return null;
                count++;
            }
        }
        return count;
    }
}
