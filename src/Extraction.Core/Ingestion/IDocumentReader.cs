namespace Extraction.Ingestion;

/// <summary>
/// Reads the documents of one input file of a given format, lazily. A problem with one document is yielded as a reject
/// and reading goes on; an I/O failure may be thrown, and <see cref="InputReader"/> turns it into a reject for the file.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles files with this extension (lower-case, with the dot; empty when none).</summary>
    bool Handles(string extension);

    IEnumerable<IngestResult> Read(string path, IngestionOptions options);
}
