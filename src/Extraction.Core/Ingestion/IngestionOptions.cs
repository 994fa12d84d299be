using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>Settings of ingestion, from the "ingestion" section of pipeline.json.</summary>
public sealed record IngestionOptions
{
    public const int DefaultMaxDocumentChars = 5_000_000;

    /// <summary>Longer documents are rejected (E104) rather than processed: one pathological input must not stall or exhaust a batch.</summary>
    public int MaxDocumentChars { get; init; } = DefaultMaxDocumentChars;

    public static IngestionOptions FromConfig(PipelineConfig config) => new()
    {
        MaxDocumentChars = config.Section("ingestion").GetInt("max_document_chars", DefaultMaxDocumentChars, min: 1),
    };

    /// <summary>
    /// The largest file that can still decode to <see cref="MaxDocumentChars"/> characters: 4 bytes per char (UTF-32) plus a BOM.
    /// Larger files are rejected without being read.
    /// </summary>
    internal long MaxFileBytes => 4L * MaxDocumentChars + 4;

    /// <summary>
    /// The longest JSONL line or CSV record buffered: a JSON string may spend 6 bytes per char (\uXXXX), plus room for the other fields.
    /// Longer ones are skipped while streaming, never held in memory.
    /// </summary>
    internal int MaxRecordBytes => (int)Math.Min(Array.MaxLength, 6L * MaxDocumentChars + 65_536);
}
