using System.Text.Json;
using Extraction.Model;

namespace Extraction.Sinks;

/// <summary>
/// Writes a document in the output contract of ../shared/gold/README.md (plus sentences, confidence and source),
/// field by field with <see cref="Utf8JsonWriter"/> so the order is fixed and nothing is reflected at run time.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(Utf8JsonWriter w, Document d, bool includeText = true)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteStartObject("metadata");
        foreach (var (key, value) in d.Metadata) w.WriteString(key, value);
        w.WriteEndObject();
        WriteDocumentSource(w, d);
        w.WriteString("text_sha256", d.TextSha256);
        w.WriteNumber("text_length", d.Text.Length);
        if (includeText) w.WriteString("text", d.Text);

        w.WriteStartArray("sentences");
        foreach (var s in d.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in d.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("label", e.Label);
            w.WriteString("text", e.Text);
            w.WriteString("canonical", e.Canonical);
            WriteConfidence(w, e.Confidence);
            w.WriteString("source", e.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("relations");
        foreach (var r in d.Relations)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            w.WriteString("type", r.Type);
            w.WriteString("head", r.Head);
            w.WriteString("tail", r.Tail);
            if (r.Trigger is { } t) WriteTrigger(w, t);
            WriteConfidence(w, r.Confidence);
            w.WriteString("source", r.Source);
            WriteStrings(w, "citations", r.Citations);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in d.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", ev.Id);
            w.WriteString("type", ev.Type);
            if (ev.Mode is not null) w.WriteString("mode", ev.Mode);
            WriteTrigger(w, ev.Trigger);
            w.WriteStartArray("arguments");
            foreach (var a in ev.Arguments)
            {
                w.WriteStartObject();
                w.WriteString("role", a.Role);
                w.WriteString("entity", a.Entity);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("status", ev.Status);
            if (ev.ActorCountry is not null) w.WriteString("actor_country", ev.ActorCountry);
            WriteStrings(w, "citations", ev.Citations);
            WriteConfidence(w, ev.Confidence);
            w.WriteString("source", ev.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("citations");
        foreach (var c in d.Citations)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteString("text", c.Text);
            w.WriteString("kind", c.Kind);
            w.WriteStartArray("sources");
            foreach (var s in c.Sources)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                if (s.DateText is not null) w.WriteString("date_text", s.DateText);
                if (s.Date is not null) w.WriteString("date", s.Date);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("paragraph", c.Paragraph);
            WriteConfidence(w, c.Confidence);
            w.WriteString("source", c.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteEndObject();
    }

    /// <summary>
    /// The document itself as the base source of every fact in it: where it was read from and the bibliographic
    /// metadata found for it, so a fact with no inline citation still says where it comes from.
    /// </summary>
    private static void WriteDocumentSource(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject("document_source");
        w.WriteString("path", d.Source.Path);
        if (d.Source.Line is { } line) w.WriteNumber("line", line);
        if (d.Source.Row is { } row) w.WriteNumber("row", row);
        foreach (var key in DocumentSourceKeys)
            if (d.Metadata.TryGetValue(key, out var value)) w.WriteString(key, value);
        w.WriteEndObject();
    }

    private static readonly string[] DocumentSourceKeys = ["publication", "volume", "issue", "date", "title", "author", "url"];

    private static void WriteTrigger(Utf8JsonWriter w, Trigger t)
    {
        w.WriteStartObject("trigger");
        w.WriteNumber("start", t.Start);
        w.WriteNumber("end", t.End);
        w.WriteString("text", t.Text);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, List<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>Confidences are rounded to 4 places so golden files stay stable across platforms.</summary>
    private static void WriteConfidence(Utf8JsonWriter w, double confidence) =>
        w.WriteNumber("confidence", Math.Round(Math.Clamp(confidence, 0, 1), 4));
}
