using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Extraction.Benchmarking;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Bench;

/// <summary>
/// Each stage of the default pipeline on its own, over the same 50 generated news documents: every benchmark first
/// restores the documents to the state its stage expects (the earlier stages' output), so it times one stage only.
/// Divide the documents' word count (printed in the setup) by the mean to get words/s.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int DocumentCount = 50;
    private ExtractionPipeline _pipeline = null!;
    private Document[] _processed = null!;
    private Document[] _fresh = null!;

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> StageNames() => LoadPipeline().Stages.Select(s => s.Name);

    private static ExtractionPipeline LoadPipeline() =>
        ExtractionPipeline.FromConfig(PipelineConfig.Load(Path.Combine(AppContext.BaseDirectory, PipelineConfig.DefaultFileName)));

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = LoadPipeline();
        var corpus = SyntheticCorpus.FromEmbeddedSeeds();
        _fresh = corpus.Documents(DocumentCount).ToArray();
        _processed = new Document[DocumentCount];
    }

    /// <summary>Runs the stages before <see cref="Stage"/> on fresh copies, outside the measurement.</summary>
    [IterationSetup]
    public void PrepareInputs()
    {
        for (int i = 0; i < DocumentCount; i++)
        {
            var d = new Document(_fresh[i].Id, _fresh[i].Text, _fresh[i].Source);
            foreach (var stage in _pipeline.Stages)
            {
                if (stage.Name == Stage) break;
                stage.Process(d);
            }
            _processed[i] = d;
        }
    }

    [Benchmark]
    public void RunStage()
    {
        var stage = _pipeline.Stages.First(s => s.Name == Stage);
        foreach (var d in _processed) stage.Process(d);
    }
}

/// <summary>The whole pipeline per document, and JSON serialization of its output.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Document[] _documents = null!;
    private Document[] _done = null!;
    private readonly MemoryStream _buffer = new();

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ExtractionPipeline.FromConfig(PipelineConfig.Load(Path.Combine(AppContext.BaseDirectory, PipelineConfig.DefaultFileName)));
        var corpus = SyntheticCorpus.FromEmbeddedSeeds();
        _documents = corpus.Documents(50).ToArray();
        _done = corpus.Documents(50).ToArray();
        foreach (var d in _done) _pipeline.Process(d);
    }

    [Benchmark]
    public void FullPipeline()
    {
        foreach (var d in _documents) _pipeline.Process(new Document(d.Id, d.Text, d.Source));
    }

    [Benchmark]
    public long JsonSerialization()
    {
        _buffer.SetLength(0);
        using var writer = new Utf8JsonWriter(_buffer, DocumentJson.WriterOptions);
        foreach (var d in _done)
        {
            DocumentJson.Write(writer, d);
            writer.Flush();
            writer.Reset();
        }
        return _buffer.Length;
    }
}
