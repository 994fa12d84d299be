using System.Buffers;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// The checks and metadata every format shares: size limit, empty text, binary-looking text, the metadata header.
/// Metadata order: what the input gave (JSONL "metadata", CSV columns), then header fields it did not give, then "encoding".
/// </summary>
internal static class DocumentFactory
{
    /// <summary>
    /// Above this share of control characters (other than tab, line breaks and form feed) a text is binary that happened
    /// to decode; real articles have next to none.
    /// </summary>
    private const double MaxControlShare = 0.10;

    public static IngestResult Create(
        string id, string text, DocumentSource source, IngestionOptions options,
        IEnumerable<KeyValuePair<string, string>>? given = null, string? encoding = null)
    {
        if (text.Length > options.MaxDocumentChars)
            return Reject(source, id, ErrorCodes.InputTooLarge, TooLargeReason($"{text.Length:N0} characters", options));
        if (string.IsNullOrWhiteSpace(text))
            return Reject(source, id, ErrorCodes.InputEmpty, text.Length == 0 ? "empty text" : "text is only whitespace");
        if (ControlShare(text) > MaxControlShare)
            return Reject(source, id, ErrorCodes.InputBinary, "binary content: mostly control characters");

        var header = MetadataHeader.Parse(text);
        if (header.BodyStart == text.Length)
            return Reject(source, id, ErrorCodes.InputEmpty, "no text after the metadata header");

        var document = new Document(id, text, source) { BodyStart = header.BodyStart };
        if (given is not null)
            foreach (var (key, value) in given) document.Metadata.TryAdd(key, value);
        foreach (var (key, value) in header.Fields) document.Metadata.TryAdd(key, value);
        if (encoding is not null) document.Metadata.TryAdd("encoding", encoding);
        return IngestResult.Ok(document);
    }

    public static IngestResult Reject(DocumentSource source, string? id, string code, string reason) =>
        IngestResult.Rejected(new RejectRecord(source.Path, source.Line, source.Row, code, reason, id));

    public static string TooLargeReason(string size, IngestionOptions options) =>
        $"document too large: {size}; the limit is {options.MaxDocumentChars:N0} characters (pipeline.json ingestion.max_document_chars)";

    /// <summary>The C0 and C1 control characters other than tab, line feed, vertical tab, form feed and carriage return.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\v' or '\f' or '\r')).ToArray());

    private static double ControlShare(string text)
    {
        // Vectorised search first: real text usually has none, and is then not counted char by char.
        var rest = text.AsSpan();
        int controls = 0;
        for (int i; (i = rest.IndexOfAny(Controls)) >= 0; rest = rest[(i + 1)..]) controls++;
        return (double)controls / text.Length;
    }
}
