using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Extraction.Benchmarking;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extraction bench [--docs N] [--input PATH...] [--workers 1,2] [--config FILE] [--json]</c>: end-to-end throughput of the
/// full pipeline into JSONL (words/s, words/s per core, documents/s, allocation per word, peak memory, first document out).
/// <c>extraction bench --docs N --export FILE</c> writes the generated corpus as a JSONL archive instead.
/// </summary>
public static class BenchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var docs = new Option<int>("--docs") { Description = "Documents to generate (ignored with --input)", DefaultValueFactory = _ => 2000 };
        var input = new Option<string[]>("--input") { Description = "Benchmark these files or folders instead of a generated corpus", AllowMultipleArgumentsPerToken = true };
        var workers = new Option<string>("--workers") { Description = "Worker counts to measure, comma-separated", DefaultValueFactory = _ => $"1,{Environment.ProcessorCount}" };
        var profile = Profiles.Option(", or a pipeline.json path to measure");
        var config = CommonOptions.Config();
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var export = new Option<string?>("--export") { Description = "Write the generated corpus (--docs documents) to this JSONL file and exit: an archive to time `run` and the sinks on" };
        var command = new Command("bench", "Measure end-to-end throughput and memory of the pipeline") { docs, input, workers, profile, config, json, export };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            var workerCounts = ParseWorkers(parse.GetValue(workers)!);
            string[]? inputs = parse.GetValue(input);
            if (inputs is { Length: > 0 }) CommonOptions.CheckInputsExist(inputs);
            int count = parse.GetValue(docs);
            if (count <= 0) throw new UsageException("--docs must be at least 1");
            if (parse.GetValue(export) is { } exportPath)
            {
                SyntheticCorpus.FromEmbeddedSeeds().WriteJsonl(exportPath, count);
                stderr.WriteLine($"wrote {count} generated documents to {exportPath}");
                return Program.ExitOk;
            }

            var startup = Stopwatch.StartNew();
            var pipelineConfig = PipelineConfig.Load(Profiles.ConfigPath(parse.GetValue(profile), parse.GetValue(config), allowPath: true));
            var pipeline = ExtractionPipeline.FromConfig(pipelineConfig);
            double loadSeconds = startup.Elapsed.TotalSeconds;
            var documents = inputs is { Length: > 0 } ? LoadInputs(inputs) : null;
            var corpus = documents is null ? SyntheticCorpus.FromEmbeddedSeeds() : null;

            var results = new List<BenchResult>();
            // The warm-up run also measures start-up as a user sees it: process start to the first document out.
            var firstOut = new FirstWriteProbe();
            Measure(pipeline, corpus, documents, Math.Min(count, 200), 1, firstOut);
            foreach (int w in workerCounts)
                results.Add(Measure(pipeline, corpus, documents, count, w));
            var report = new BenchReport(Environment.ProcessorCount, loadSeconds, firstOut.SecondsSinceProcessStart, results);
            if (parse.GetValue(json)) stdout.WriteLine(JsonSerializer.Serialize(report, BenchJson.Default.BenchReport));
            else PrintTable(stdout, report);
            return Program.ExitOk;
        }));
        return command;
    }

    private static int[] ParseWorkers(string value)
    {
        var counts = new List<int>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            counts.Add(int.TryParse(part, out int n) && n > 0 ? n : throw new UsageException($"--workers: not a positive number: {part}"));
        return counts.Count > 0 ? counts.ToArray() : throw new UsageException("--workers needs at least one count");
    }

    private static List<Document> LoadInputs(string[] inputs)
    {
        var list = new List<Document>();
        foreach (var result in new InputReader().Read(inputs))
            if (result.Document is { } d) list.Add(d);
        return list.Count > 0 ? list : throw new UsageException("--input holds no readable document");
    }

    private static BenchResult Measure(ExtractionPipeline pipeline, SyntheticCorpus? corpus, List<Document>? documents, int count, int workers,
        FirstWriteProbe? probe = null)
    {
        string outDir = Path.Combine(Path.GetTempPath(), "extraction-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var inputs = documents is not null
                ? documents.Select(d => IngestResult.Ok(new Document(d.Id, d.Text, d.Source)))
                : corpus!.Documents(count).Select(IngestResult.Ok);
            using var sink = new JsonlSink(outDir);
            var clock = Stopwatch.StartNew();
            var summary = new BatchRunner(pipeline, probe is null ? [sink] : [sink, probe], BatchOptions.Create(workers, null, 0)).Run(inputs);
            double seconds = clock.Elapsed.TotalSeconds;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            using var process = Process.GetCurrentProcess();
            double wordsPerSecond = summary.Words / seconds;
            return new BenchResult(workers, summary.Written, summary.Words, seconds, summary.Written / seconds, wordsPerSecond,
                wordsPerSecond / workers, summary.Words > 0 ? (double)allocated / summary.Words : 0,
                process.PeakWorkingSet64 / (1024.0 * 1024.0));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    private static void PrintTable(TextWriter stdout, BenchReport r)
    {
        stdout.WriteLine($"cores: {r.Cores}   pipeline load: {r.PipelineLoadSeconds:F2} s   first document out: {r.FirstDocumentOutSeconds:F2} s after process start");
        stdout.WriteLine($"{"workers",7} {"docs",7} {"words",10} {"seconds",8} {"docs/s",8} {"words/s",10} {"words/s/core",12} {"alloc B/word",12} {"peak MB",8}");
        foreach (var x in r.Runs)
            stdout.WriteLine($"{x.Workers,7} {x.Documents,7} {x.Words,10} {x.Seconds,8:F2} {x.DocumentsPerSecond,8:F0} {x.WordsPerSecond,10:F0} {x.WordsPerSecondPerCore,12:F0} {x.AllocatedBytesPerWord,12:F0} {x.PeakWorkingSetMb,8:F0}");
    }

    /// <summary>Records how long after process start the first document reached the sinks.</summary>
    private sealed class FirstWriteProbe : ISink
    {
        public double SecondsSinceProcessStart { get; private set; } = double.NaN;

        public WriteOutcome Write(Document document)
        {
            if (double.IsNaN(SecondsSinceProcessStart))
            {
                using var process = Process.GetCurrentProcess();
                SecondsSinceProcessStart = (DateTime.Now - process.StartTime).TotalSeconds;
            }
            return WriteOutcome.Written;
        }

        public void Reject(RejectRecord reject) { }
        public int Complete() => 0;
        public void Dispose() { }
    }
}

public sealed record BenchResult(int Workers, long Documents, long Words, double Seconds, double DocumentsPerSecond, double WordsPerSecond,
    double WordsPerSecondPerCore, double AllocatedBytesPerWord, double PeakWorkingSetMb);

public sealed record BenchReport(int Cores, double PipelineLoadSeconds, double FirstDocumentOutSeconds, IReadOnlyList<BenchResult> Runs);

[System.Text.Json.Serialization.JsonSerializable(typeof(BenchReport))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
internal sealed partial class BenchJson : System.Text.Json.Serialization.JsonSerializerContext;
