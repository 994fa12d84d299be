using Extraction.Ingestion;
using Extraction.Model;

namespace Extraction.Sinks;

/// <summary>What a sink did with a document.</summary>
public enum WriteOutcome
{
    Written,
    /// <summary>A store already held this document with the same text and pipeline version: nothing was rewritten.</summary>
    Unchanged,
}

/// <summary>A consumer of processed documents and rejects. Calls come from one writer at a time (not always the same thread), in input order.</summary>
public interface ISink : IDisposable
{
    WriteOutcome Write(Document document);
    void Reject(RejectRecord reject);
    /// <summary>Flushes everything; called once after the last document (also after a cancelled run).</summary>
    void Complete();
}
