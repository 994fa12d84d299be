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

    /// <summary>
    /// Ends a group of documents: everything written since the last call is stored when this returns (a sink made to
    /// store in the background stores the group while the next one forms, and reports on it at the next call or at
    /// <see cref="Complete"/>). The writer calls it whenever no further document is ready (and after a bounded number of
    /// documents), so a sink may store a group in one transaction. Returns how many documents that <see cref="Write"/>
    /// reported as written turned out, at commit, to be stored already with the same text and pipeline version (by an
    /// earlier run, or by another run in between): the caller counts those as skipped instead.
    /// </summary>
    int Commit() => 0;
    void Reject(RejectRecord reject);
    /// <summary>
    /// Stores and flushes everything; called once after the last document (also after a cancelled run). Returns what
    /// <see cref="Commit"/> returns, for the groups not reported yet.
    /// </summary>
    int Complete();
}
