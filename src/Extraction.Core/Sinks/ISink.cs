using Extraction.Ingestion;
using Extraction.Model;

namespace Extraction.Sinks;

/// <summary>A consumer of processed documents and rejects. Calls come from one writer thread, in order.</summary>
public interface ISink : IDisposable
{
    void Write(Document document);
    void Reject(RejectRecord reject);
    /// <summary>Flushes everything; called once after the last document.</summary>
    void Complete();
}
