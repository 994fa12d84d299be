using Extraction.Model;

namespace Extraction.Ingestion;

/// <summary>A document-level problem: the document is not processed, the batch goes on.</summary>
public sealed record RejectRecord(string SourcePath, long? Line, long? Row, string Code, string Reason, string? DocumentId = null);

/// <summary>What ingestion yields for each input document: either a document or the reason it was rejected.</summary>
public readonly struct IngestResult
{
    public Document? Document { get; }
    public RejectRecord? Reject { get; }

    private IngestResult(Document? document, RejectRecord? reject)
    {
        Document = document;
        Reject = reject;
    }

    public static IngestResult Ok(Document document) => new(document, null);
    public static IngestResult Rejected(RejectRecord reject) => new(null, reject);
}
