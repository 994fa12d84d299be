using Extraction.Model;

namespace Extraction.Pipeline;

/// <summary>What a stage reads from or writes to a <see cref="Document"/>; used to check a pipeline before it runs.</summary>
public enum Annotation
{
    Text,
    Metadata,
    Paragraphs,
    Sentences,
    Tokens,
    Entities,
    Canonicals,
    Relations,
    Events,
    Citations,
}

/// <summary>
/// One pipeline stage. Instances are created once per run and shared by all workers, so
/// <see cref="Process"/> must be thread-safe (keep per-document state in locals).
/// </summary>
public interface IStage
{
    /// <summary>The name used in pipeline.json and in the <c>source</c> field of what the stage produces.</summary>
    string Name { get; }
    IReadOnlyList<Annotation> Requires { get; }
    IReadOnlyList<Annotation> Assigns { get; }
    void Process(Document document);
}
