using System.Text;
using CsvHelper;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// CSV (RFC 4180, via CsvHelper) with a header row: an <c>id</c> and a <c>text</c> column (names matched ignoring case),
/// every other column becoming metadata under its header name. Quoted fields may hold separators, quotes and line breaks.
/// Records stream one at a time. A file without a text column is one reject (E107); a malformed record (bad quoting, a
/// field count different from the header's) is rejected with its line and row and the next records are still read.
/// Without an id, a record's id is the file name and the row number ("articles-3"). Rows count data records from 1
/// (the header is not one); lines count the file's physical lines, where the record starts.
/// </summary>
public sealed class CsvFileReader : IDocumentReader
{
    public bool Handles(string extension) => extension is ".csv";

    public IEnumerable<IngestResult> Read(string path, IngestionOptions options)
    {
        var fileSource = new DocumentSource(path);
        // CsvHelper needs the encoding before its first byte, so a first streaming pass decides it.
        var (encoding, encodingName, problem) = DetectEncoding(path);
        if (problem is not null)
        {
            yield return DocumentFactory.Reject(fileSource, null, problem.Value.Code, problem.Value.Reason);
            yield break;
        }

        var malformed = new Queue<IngestResult>();
        long row = 0;
        var csvOptions = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            Encoding = encoding,
            MaxRecordSize = options.MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => malformed.Enqueue(DocumentFactory.Reject(
                new DocumentSource(path, Line: record.LineNumber, Row: ++row), null, ErrorCodes.InputMalformedCsv, MalformedReason(record.Reason))),
        };
        using var csv = CsvReader.Create(Sinks.Resilience.OpenRead(path), csvOptions);

        var (columns, headerError) = ReadColumns(csv);
        if (headerError is not null)
        {
            yield return DocumentFactory.Reject(new DocumentSource(path, Line: 1), null, headerError.Value.Code, headerError.Value.Reason);
            yield break;
        }

        string stem = Path.GetFileNameWithoutExtension(path);
        while (true)
        {
            bool more;
            IngestResult? failure = null;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException ex)
            {
                // A record over the size limit or broken beyond recovery: the reader cannot resynchronise, so the file stops here.
                more = false;
                bool tooLarge = ex.Message.Contains(nameof(CsvReaderOptions.MaxRecordSize), StringComparison.Ordinal);
                failure = DocumentFactory.Reject(new DocumentSource(path, Line: ex.LineNumber > 0 ? ex.LineNumber : null, Row: row + 1), null,
                    tooLarge ? ErrorCodes.InputTooLarge : ErrorCodes.InputMalformedCsv,
                    (tooLarge ? DocumentFactory.TooLargeReason($"a record of more than {options.MaxRecordBytes:N0} bytes", options) : ex.Message)
                    + "; the rest of the file is not read");
            }
            while (malformed.TryDequeue(out var reject)) yield return reject;
            if (failure is { } f) yield return f;
            if (!more) break;

            row++;
            var source = new DocumentSource(path, Line: csv.LineNumber, Row: row);
            string id = columns.Id >= 0 && csv.GetString(columns.Id) is { Length: > 0 } given ? given : $"{stem}-{row}";
            var metadata = new List<KeyValuePair<string, string>>(columns.Metadata.Count);
            foreach (var (index, name) in columns.Metadata)
                if (csv.GetString(index) is { Length: > 0 } value) metadata.Add(new(name, value));
            yield return DocumentFactory.Create(id, csv.GetString(columns.Text), source, options, metadata, encodingName);
        }
        if (row == 0)
            yield return DocumentFactory.Reject(fileSource, null, ErrorCodes.InputEmpty, "CSV has a header but no records");
    }

    private sealed record Columns(int Id, int Text, List<(int Index, string Name)> Metadata);

    private static (Columns Columns, (string Code, string Reason)? Error) ReadColumns(CsvReader csv)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = csv.Headers;
        }
        catch (CsvFormatException ex)
        {
            return (null!, (ErrorCodes.InputMalformedCsv, $"malformed CSV header: {ex.Message}"));
        }
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace))
            return (null!, (ErrorCodes.InputEmpty, "empty CSV file"));
        if (!csv.TryGetFieldIndex("text", out int text))
            return (null!, (ErrorCodes.InputMalformedCsv, $"CSV header has no \"text\" column (columns: {string.Join(", ", headers)})"));
        int id = csv.TryGetFieldIndex("id", out int i) ? i : -1;
        var metadata = new List<(int, string)>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < headers.Count; index++)
        {
            string name = headers[index].Trim();
            if (index != text && index != id && name.Length > 0 && names.Add(name)) metadata.Add((index, name));
        }
        return (new Columns(id, text, metadata), null);
    }

    /// <summary>
    /// The encoding to hand CsvHelper (null: UTF-8, or what a byte-order mark says) and its metadata name, or why the file cannot be read as text.
    /// </summary>
    private static (Encoding? Encoding, string? Name, (string Code, string Reason)? Problem) DetectEncoding(string path)
    {
        using var stream = Sinks.Resilience.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 0) return (null, null, (ErrorCodes.InputEmpty, "empty file"));
        if (TextDecoding.DetectBom(head[..n]) is { } bom) return (null, bom.MetadataName, null); // CsvHelper honours byte-order marks itself
        stream.Position = 0;
        return EncodingSniffer.Sniff(stream) switch
        {
            SniffedEncoding.Utf8 => (null, null, null),
            SniffedEncoding.Windows1252 => (TextDecoding.Windows1252, TextDecoding.Windows1252Name, null),
            SniffedEncoding.Binary => (null, null, (ErrorCodes.InputBinary, EncodingSniffer.BinaryReason)),
            _ => (null, null, (ErrorCodes.InputEncoding, EncodingSniffer.UndecodableReason)),
        };
    }

    private static string MalformedReason(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "malformed CSV record: its field count differs from the header's",
        CsvMalformedReason.UnterminatedQuote => "malformed CSV record: a quoted field is never closed",
        _ => $"malformed CSV record: {reason}",
    };
}
