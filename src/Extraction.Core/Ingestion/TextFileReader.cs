using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// One file, one document: .txt and any other extension not claimed by another reader, provided it decodes as text
/// (see <see cref="TextDecoding"/>). The id is the file name without its extension.
/// </summary>
public sealed class TextFileReader : IDocumentReader
{
    public bool Handles(string extension) => true;

    public IEnumerable<IngestResult> Read(string path, IngestionOptions options)
    {
        yield return ReadDocument(path, options);
    }

    private static IngestResult ReadDocument(string path, IngestionOptions options)
    {
        var source = new DocumentSource(path);
        string id = Path.GetFileNameWithoutExtension(path);
        byte[] bytes;
        using (var stream = Sinks.Resilience.OpenRead(path))
        {
            long length = stream.Length;
            if (length == 0) return DocumentFactory.Reject(source, id, ErrorCodes.InputEmpty, "empty file");
            // Checked before reading, so a huge file costs nothing.
            if (length > options.MaxFileBytes)
                return DocumentFactory.Reject(source, id, ErrorCodes.InputTooLarge, DocumentFactory.TooLargeReason($"{length:N0} bytes", options));
            bytes = new byte[length];
            stream.ReadExactly(bytes);
        }
        var decoded = TextDecoding.Decode(bytes);
        return decoded.Text is null
            ? DocumentFactory.Reject(source, id, decoded.RejectCode!, decoded.Reason!)
            : DocumentFactory.Create(id, decoded.Text, source, options, encoding: decoded.EncodingName);
    }
}
