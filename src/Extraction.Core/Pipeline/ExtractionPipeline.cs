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

    /// <summary>
    /// Creates the stages in parallel: loading models (the gazetteer automaton, the relation classifier) is most of the
    /// time before the first document, and the loads are independent. Errors are reported as the first failing stage
    /// in pipeline order would report them.
    /// </summary>
    public static ExtractionPipeline FromConfig(PipelineConfig config, StageRegistry? registry = null)
    {
        registry ??= StageRegistry.Default;
        var loads = config.Stages.Select(settings => Task.Run(() => registry.Create(settings))).ToArray();
        try { Task.WaitAll(loads); }
        catch (AggregateException)
        {
            foreach (var load in loads)
                if (load.IsFaulted) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(load.Exception!.InnerException!);
        }
        return new ExtractionPipeline(loads.Select(l => l.Result).ToList());
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
