using System.Text.Json;
using Extraction.Ingestion;
using Extraction.Model;

namespace Extraction.Sinks;

/// <summary>
/// Writes OUT/documents.jsonl (one document per line) and OUT/rejects.jsonl (one reject per line).
/// Both files are rewritten by each run (the database is the resumable store); lines are written whole,
/// so even a killed run leaves only complete lines.
/// </summary>
public sealed class JsonlSink : ISink
{
    public const string DocumentsFile = "documents.jsonl";
    public const string RejectsFile = "rejects.jsonl";

    private readonly RecordFile? _documents;
    private readonly RecordFile _rejects;
    private readonly Utf8JsonWriter? _documentWriter;
    private readonly Utf8JsonWriter _rejectWriter;
    private readonly bool _includeText;

    /// <param name="writeDocuments">False writes only rejects.jsonl (when JSONL is not among the selected formats).</param>
    public JsonlSink(string outputDirectory, bool includeText = true, bool writeDocuments = true)
    {
        if (writeDocuments)
        {
            _documents = new RecordFile(Path.Combine(outputDirectory, DocumentsFile));
            _documentWriter = new Utf8JsonWriter(_documents.Buffer, DocumentJson.WriterOptions);
        }
        _rejects = new RecordFile(Path.Combine(outputDirectory, RejectsFile));
        _rejectWriter = new Utf8JsonWriter(_rejects.Buffer, DocumentJson.WriterOptions);
        _includeText = includeText;
    }

    public WriteOutcome Write(Document document)
    {
        if (_documentWriter is null) return WriteOutcome.Written;
        DocumentJson.Write(_documentWriter, document, _includeText);
        EndLine(_documentWriter, _documents!);
        return WriteOutcome.Written;
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

    private static void EndLine(Utf8JsonWriter writer, RecordFile file)
    {
        writer.Flush();
        writer.Reset();
        file.Buffer.GetSpan(1)[0] = (byte)'\n';
        file.Buffer.Advance(1);
        file.EndRecord();
    }

    public int Complete()
    {
        _documents?.FlushToDisk();
        _rejects.FlushToDisk();
        return 0;
    }

    public void Dispose()
    {
        _documentWriter?.Dispose();
        _rejectWriter.Dispose();
        _documents?.Dispose();
        _rejects.Dispose();
    }
}
