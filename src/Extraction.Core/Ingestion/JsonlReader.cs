using System.Text.Json;
using System.Text.Unicode;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// JSON Lines: one <c>{"id", "text", "metadata"?}</c> object per line, other fields ignored, read line by line.
/// A bad line is rejected with its line number and the next lines are still read; blank lines are skipped.
/// Without an id, a line's id is the file name and the line number ("articles-3"). Metadata values that are not
/// strings are kept as their JSON text.
/// </summary>
public sealed class JsonlReader : IDocumentReader
{
    public bool Handles(string extension) => extension is ".jsonl" or ".ndjson";

    public IEnumerable<IngestResult> Read(string path, IngestionOptions options)
    {
        string stem = Path.GetFileNameWithoutExtension(path);
        using var stream = Sinks.Resilience.OpenRead(path);
        var lines = new BoundedLineReader(stream, options.MaxRecordBytes);
        bool anyRecord = false;
        while (lines.Next())
        {
            var source = new DocumentSource(path, Line: lines.LineNumber);
            if (lines.TooLong)
            {
                anyRecord = true;
                yield return DocumentFactory.Reject(source, null, ErrorCodes.InputTooLarge,
                    DocumentFactory.TooLargeReason($"a line of more than {options.MaxRecordBytes:N0} bytes", options));
                continue;
            }
            var line = lines.Current;
            if (lines.LineNumber == 1 && line.Span.StartsWith(Utf8Bom)) line = line[Utf8Bom.Length..];
            if (IsBlank(line.Span)) continue;
            anyRecord = true;
            yield return ReadLine(line, source, $"{stem}-{lines.LineNumber}", options);
        }
        if (!anyRecord)
            yield return DocumentFactory.Reject(new DocumentSource(path), null, ErrorCodes.InputEmpty, "no JSON lines in the file");
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static IngestResult ReadLine(ReadOnlyMemory<byte> line, DocumentSource source, string defaultId, IngestionOptions options)
    {
        // JsonDocument validates structure but not the UTF-8 inside strings; JSON Lines must be UTF-8 throughout.
        if (!Utf8.IsValid(line.Span))
            return DocumentFactory.Reject(source, null, ErrorCodes.InputEncoding, "line is not valid UTF-8 (JSON Lines must be UTF-8)");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return DocumentFactory.Reject(source, null, ErrorCodes.InputMalformedJson, $"malformed JSON: {ex.Message}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return DocumentFactory.Reject(source, null, ErrorCodes.InputMalformedJson, $"a line must be a JSON object, not {root.ValueKind}");

            string? id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id)) id = defaultId;

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return DocumentFactory.Reject(source, id, ErrorCodes.InputMissingField, "no \"text\" string field");

            List<KeyValuePair<string, string>>? metadata = null;
            if (root.TryGetProperty("metadata", out var metadataElement) && metadataElement.ValueKind != JsonValueKind.Null)
            {
                if (metadataElement.ValueKind != JsonValueKind.Object)
                    return DocumentFactory.Reject(source, id, ErrorCodes.InputMalformedJson, "\"metadata\" must be a JSON object");
                metadata = [];
                foreach (var property in metadataElement.EnumerateObject())
                    metadata.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
            }
            return DocumentFactory.Create(id, textElement.GetString()!, source, options, metadata);
        }
    }
}
