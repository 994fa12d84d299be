using BenchmarkDotNet.Attributes;
using Extraction.Benchmarking;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Bench;

/// <summary>
/// Each sink writing the same 50 processed documents into a fresh output folder (PostgreSQL when
/// EXTRACTION_TEST_POSTGRES names a server). Measures the sink alone, not the pipeline.
/// </summary>
[MemoryDiagnoser]
public class SinkBenchmarks
{
    private Document[] _documents = null!;
    private string _outDir = "";

    [Params("jsonl", "csv", "sqlite", "postgres")]
    public string Sink { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = ExtractionPipeline.FromConfig(PipelineConfig.Load(Path.Combine(AppContext.BaseDirectory, PipelineConfig.DefaultFileName)));
        _documents = SyntheticCorpus.FromEmbeddedSeeds().Documents(50).ToArray();
        foreach (var d in _documents) pipeline.Process(d);
    }

    [IterationSetup]
    public void FreshFolder()
    {
        _outDir = Path.Combine(Path.GetTempPath(), "extraction-sink-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_outDir);
    }

    [IterationCleanup]
    public void RemoveFolder() => Directory.Delete(_outDir, recursive: true);

    [Benchmark]
    public void Write()
    {
        string? postgres = Environment.GetEnvironmentVariable("EXTRACTION_TEST_POSTGRES");
        if (Sink == "postgres" && postgres is null) return;
        var settings = Sink switch
        {
            "jsonl" => new OutputSettings(["jsonl"], "none"),
            "csv" => new OutputSettings(["csv"], "none"),
            "sqlite" => new OutputSettings([], "sqlite"),
            _ => new OutputSettings([], "postgres:" + postgres),
        };
        // A new version string each iteration, so a database never skips the documents as already stored.
        var sinks = settings.CreateSinks(_outDir, Guid.NewGuid().ToString("N"), out _);
        try
        {
            foreach (var d in _documents)
                foreach (var sink in sinks) sink.Write(d);
            foreach (var sink in sinks) sink.Complete();
        }
        finally
        {
            foreach (var sink in sinks) sink.Dispose();
        }
    }
}
