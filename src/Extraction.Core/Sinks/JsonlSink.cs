using System.Text.Json;
using Extraction.Ingestion;
using Extraction.Model;

namespace Extraction.Sinks;

/// <summary>Writes OUT/documents.jsonl (one document per line) and OUT/rejects.jsonl (one reject per line).</summary>
public sealed class JsonlSink : ISink
{
    public const string DocumentsFile = "documents.jsonl";
    public const string RejectsFile = "rejects.jsonl";

    private readonly FileStream _documents;
    private readonly FileStream _rejects;
    private readonly Utf8JsonWriter _documentWriter;
    private readonly Utf8JsonWriter _rejectWriter;
    private readonly bool _includeText;

    public JsonlSink(string outputDirectory, bool includeText = true)
    {
        Directory.CreateDirectory(outputDirectory);
        _documents = new FileStream(Path.Combine(outputDirectory, DocumentsFile), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _rejects = new FileStream(Path.Combine(outputDirectory, RejectsFile), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 12);
        _documentWriter = new Utf8JsonWriter(_documents, DocumentJson.WriterOptions);
        _rejectWriter = new Utf8JsonWriter(_rejects, DocumentJson.WriterOptions);
        _includeText = includeText;
    }

    public void Write(Document document)
    {
        DocumentJson.Write(_documentWriter, document, _includeText);
        EndLine(_documentWriter, _documents);
    }

    public void Reject(RejectRecord reject)
    {
        var w = _rejectWriter;
        w.WriteStartObject();
        w.WriteString("source", reject.SourcePath);
        if (reject.Line is { } line) w.WriteNumber("line", line);
        if (reject.Row is { } row) w.WriteNumber("row", row);
        if (reject.DocumentId is not null) w.WriteString("id", reject.DocumentId);
        w.WriteString("code", reject.Code);
        w.WriteString("reason", reject.Reason);
        w.WriteEndObject();
        EndLine(w, _rejects);
    }

    private static void EndLine(Utf8JsonWriter writer, Stream stream)
    {
        writer.Flush();
        writer.Reset();
        stream.WriteByte((byte)'\n');
    }

    public void Complete()
    {
        _documents.Flush(flushToDisk: true);
        _rejects.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        _documentWriter.Dispose();
        _rejectWriter.Dispose();
        _documents.Dispose();
        _rejects.Dispose();
    }
}
