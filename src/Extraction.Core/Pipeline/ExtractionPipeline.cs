using System.Diagnostics;
using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>
/// The ordered stages of a run. Built once from <see cref="PipelineConfig"/>: unknown stages, bad settings,
/// missing files and a stage whose requirements no earlier stage assigns are all reported before any document is read.
/// </summary>
public sealed class ExtractionPipeline
{
    public IReadOnlyList<IStage> Stages { get; }

    public ExtractionPipeline(IReadOnlyList<IStage> stages)
    {
        CheckOrder(stages);
        Stages = stages;
    }

    public static ExtractionPipeline FromConfig(PipelineConfig config, StageRegistry? registry = null)
    {
        registry ??= StageRegistry.Default;
        var stages = new List<IStage>(config.Stages.Count);
        foreach (var settings in config.Stages) stages.Add(registry.Create(settings));
        return new ExtractionPipeline(stages);
    }

    /// <summary>Checks, spaCy-style, that every stage's requirements are assigned by ingestion or an earlier stage.</summary>
    private static void CheckOrder(IReadOnlyList<IStage> stages)
    {
        var available = new HashSet<Annotation> { Annotation.Text, Annotation.Metadata };
        foreach (var stage in stages)
        {
            foreach (var required in stage.Requires)
                if (!available.Contains(required))
                    throw new ConfigException(ErrorCodes.ConfigStageOrder,
                        $"stage \"{stage.Name}\" requires {required}, which no earlier stage assigns");
            available.UnionWith(stage.Assigns);
        }
    }

    /// <summary>Runs every stage on <paramref name="document"/>; a stage failure becomes an <see cref="ExtractionException"/> (E201).</summary>
    public void Process(Document document, CancellationToken cancellation = default)
    {
        foreach (var stage in Stages)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not ExtractionException)
            {
                throw new ExtractionException(ErrorCodes.StageFailed, $"stage \"{stage.Name}\" failed: {ex.Message}", ex);
            }
        }
        Debug.Assert(document.Entities.TrueForAll(e => document.Text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Text)));
    }
}
