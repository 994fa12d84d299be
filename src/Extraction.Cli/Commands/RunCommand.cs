using System.CommandLine;
using Extraction.Ingestion;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extraction run &lt;inputs&gt;... [--out DIR] [--config pipeline.json | --profile fast|accurate] [--workers N] [--format jsonl,csv|none]
/// [--db sqlite[:PATH]|postgres:CONNECTION_STRING|none]</c>
/// </summary>
public static class RunCommand
{
    /// <summary>Exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int ExitInterrupted = 130;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files (.txt, .jsonl, .csv) or directories (recursive)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output directory", DefaultValueFactory = _ => "out" };
        var config = CommonOptions.Config();
        var workers = new Option<int?>("--workers") { Description = "Parallel pipeline workers (default: pipeline.json batch.workers, else the number of cores)" };
        var format = new Option<string?>("--format") { Description = "File outputs, comma-separated: jsonl, csv, or none (default: pipeline.json output.formats, else jsonl)" };
        var profile = Profiles.Option();
        var db = new Option<string?>("--db") { Description = "Database: sqlite (OUT/extraction.db, the default), sqlite:PATH, postgres:CONNECTION_STRING, or none" };
        var command = new Command("run", "Run the pipeline over documents: OUT/documents.jsonl, OUT/rejects.jsonl, OUT/csv/*.csv and a database")
            { inputs, output, config, profile, workers, format, db };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string[] paths = parse.GetValue(inputs)!;
            CommonOptions.CheckInputsExist(paths);
            if (parse.GetValue(workers) is <= 0) throw new UsageException("--workers must be at least 1");
            var pipelineConfig = PipelineConfig.Load(Profiles.ConfigPath(parse.GetValue(profile), parse.GetValue(config)));
            var pipeline = ExtractionPipeline.FromConfig(pipelineConfig);
            var batch = BatchOptions.From(pipelineConfig, parse.GetValue(workers));
            var outputs = OutputSettings.From(pipelineConfig, parse.GetValue(format), parse.GetValue(db));
            string outDir = parse.GetValue(output)!;
            return Run(stderr, paths, outDir, pipelineConfig, pipeline, batch, outputs);
        }));
        return command;
    }

    private static int Run(TextWriter stderr, string[] paths, string outDir, PipelineConfig config, ExtractionPipeline pipeline,
        BatchOptions batch, OutputSettings outputs)
    {
        RunSummary summary;
        string? database = null;
        using var cancel = new CancellationTokenSource();
        // First Ctrl-C: finish the document being stored, flush, report. A second one ends the process at once.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cancel.IsCancellationRequested) return;
            e.Cancel = true;
            stderr.WriteLine("interrupt: stopping after the documents being stored (Ctrl-C again to abort)");
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        List<ISink> sinks = [];
        try
        {
            sinks = outputs.CreateSinks(outDir, PipelineVersion.Of(config), out var store);
            database = store?.Database.Display;
            var runner = new BatchRunner(pipeline, sinks, store is null ? batch : batch.ForDatabase())
            {
                // Without file outputs nothing needs a stored document again: skip it before processing.
                IsCurrent = store is not null && !outputs.HasFileFormats ? d => store.IsCurrent(d.Id, d.TextSha256) : null,
            };
            summary = ProgressReporter.Run(stderr, runner.Summary, paths,
                () => runner.Run(new InputReader(IngestionOptions.FromConfig(config), excluded: [outDir]).Read(paths), cancel.Token));
        }
        catch (ExtractionException ex) when (ex is not ConfigException)
        {
            stderr.WriteLine($"error {ex.Code}: {ex.Message}");
            return Program.ExitFailed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            foreach (var sink in sinks) sink.Dispose();
        }
        SummaryPrinter.Print(stderr, summary, outDir);
        if (database is not null) stderr.WriteLine($"database: {database}");
        if (summary.Cancelled)
        {
            stderr.WriteLine("interrupted: everything counted above is stored; run the same command again to resume");
            return ExitInterrupted;
        }
        return summary.Written + summary.Skipped > 0 ? Program.ExitOk : Program.ExitNothingWritten;
    }
}
