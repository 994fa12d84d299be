using System.Diagnostics;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Sinks;

namespace Extraction.Pipeline;

/// <summary>Counts of one run; read = written + rejected always holds.</summary>
public sealed class RunSummary
{
    public long Read { get; set; }
    public long Written { get; set; }
    public long Rejected { get; set; }
    public long Words { get; set; }
    public SortedDictionary<string, long> EntitiesByLabel { get; } = new(StringComparer.Ordinal);
    public TimeSpan Elapsed { get; set; }
    public double WordsPerSecond => Elapsed.TotalSeconds > 0 ? Words / Elapsed.TotalSeconds : 0;
}

/// <summary>Streams documents from ingestion through the pipeline into the sinks.</summary>
public sealed class BatchRunner(ExtractionPipeline pipeline, IReadOnlyList<ISink> sinks)
{
    public RunSummary Run(IEnumerable<IngestResult> inputs, CancellationToken cancellation = default)
    {
        var summary = new RunSummary();
        var clock = Stopwatch.StartNew();
        foreach (var input in inputs)
        {
            cancellation.ThrowIfCancellationRequested();
            summary.Read++;
            if (input.Reject is { } reject)
            {
                RejectAll(reject, summary);
                continue;
            }
            var document = input.Document!;
            try
            {
                pipeline.Process(document, cancellation);
            }
            catch (ExtractionException ex)
            {
                RejectAll(new RejectRecord(document.Source.Path, document.Source.Line, document.Source.Row, ex.Code, ex.Message, document.Id), summary);
                continue;
            }
            foreach (var sink in sinks) sink.Write(document);
            Count(document, summary);
        }
        foreach (var sink in sinks) sink.Complete();
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    private void RejectAll(RejectRecord reject, RunSummary summary)
    {
        summary.Rejected++;
        foreach (var sink in sinks) sink.Reject(reject);
    }

    private static void Count(Document document, RunSummary summary)
    {
        summary.Written++;
        foreach (var token in document.Tokens)
            if (token.Kind is TokenKind.Word or TokenKind.Number) summary.Words++;
        foreach (var entity in document.Entities)
            summary.EntitiesByLabel[entity.Label] = summary.EntitiesByLabel.GetValueOrDefault(entity.Label) + 1;
    }
}
