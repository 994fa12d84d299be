using System.Globalization;
using System.Text.Json;
using Extraction.Model;

namespace Extraction.Sinks.Relational;

/// <summary>How a column's values are typed in both databases and in CSV.</summary>
public enum ColumnKind { Text, Int, BigInt, Real, Json }

public sealed record Column(string Name, ColumnKind Kind);

public sealed record Table(string Name, IReadOnlyList<Column> Columns)
{
    /// <summary>"name (column, column, …)": the target of an INSERT or a COPY of every column in order.</summary>
    public string Target => $"{Name} ({string.Join(", ", Columns.Select(c => c.Name))})";
}

/// <summary>The rows of one table for one document (or, concatenated, for a group of documents).</summary>
public sealed record TableRows(Table Table, List<object?[]> Rows)
{
    /// <summary>The rows of several <see cref="TableRows"/> of the same table, in order.</summary>
    public static TableRows Concat(List<TableRows> parts)
    {
        if (parts.Count == 1) return parts[0];
        var rows = new List<object?[]>(parts.Sum(p => p.Rows.Count));
        foreach (var part in parts) rows.AddRange(part.Rows);
        return new TableRows(parts[0].Table, rows);
    }
}

/// <summary>
/// The one normalized relational form of a document, shared by SQLite, PostgreSQL and the CSV tables.
/// Column order here is the insert order and the CSV column order; the DDL is Migrations/*.sql.
/// </summary>
public static class RelationalTables
{
    private static Column C(string name, ColumnKind kind = ColumnKind.Text) => new(name, kind);

    public static readonly Table Documents = new("documents",
    [
        C("id"), C("text_sha256"), C("pipeline_version"), C("source_path"), C("source_line", ColumnKind.BigInt),
        C("source_row", ColumnKind.BigInt), C("metadata", ColumnKind.Json), C("text_length", ColumnKind.Int), C("text"),
    ]);

    public static readonly Table Sentences = new("sentences",
    [
        C("document_id"), C("idx", ColumnKind.Int), C("start_offset", ColumnKind.Int), C("end_offset", ColumnKind.Int),
        C("paragraph", ColumnKind.Int),
    ]);

    public static readonly Table Entities = new("entities",
    [
        C("document_id"), C("id"), C("label"), C("canonical"), C("start_offset", ColumnKind.Int), C("end_offset", ColumnKind.Int),
        C("text"), C("confidence", ColumnKind.Real), C("source"),
    ]);

    public static readonly Table Relations = new("relations",
    [
        C("document_id"), C("id"), C("type"), C("head_entity_id"), C("tail_entity_id"), C("trigger_start", ColumnKind.Int),
        C("trigger_end", ColumnKind.Int), C("trigger_text"), C("confidence", ColumnKind.Real), C("source"),
    ]);

    public static readonly Table Events = new("events",
    [
        C("document_id"), C("id"), C("type"), C("mode"), C("status"), C("trigger_start", ColumnKind.Int),
        C("trigger_end", ColumnKind.Int), C("trigger_text"), C("event_date"), C("actor_country"),
        C("confidence", ColumnKind.Real), C("source"),
    ]);

    public static readonly Table EventArguments = new("event_arguments",
        [C("document_id"), C("event_id"), C("idx", ColumnKind.Int), C("role"), C("entity_id")]);

    public static readonly Table Citations = new("citations",
    [
        C("document_id"), C("id"), C("kind"), C("start_offset", ColumnKind.Int), C("end_offset", ColumnKind.Int), C("text"),
        C("paragraph", ColumnKind.Int), C("confidence", ColumnKind.Real), C("source"),
    ]);

    public static readonly Table CitationSources = new("citation_sources",
        [C("document_id"), C("citation_id"), C("idx", ColumnKind.Int), C("name"), C("date_text"), C("date")]);

    public static readonly Table EventCitations = new("event_citations", [C("document_id"), C("event_id"), C("citation_id")]);

    public static readonly Table RelationCitations = new("relation_citations", [C("document_id"), C("relation_id"), C("citation_id")]);

    /// <summary>Parents before children: the insert order (foreign keys) and the order of the CSV files.</summary>
    public static readonly IReadOnlyList<Table> All =
        [Documents, Sentences, Entities, Relations, Events, EventArguments, Citations, CitationSources, EventCitations, RelationCitations];

    /// <summary>The position of <paramref name="table"/> in <see cref="All"/>.</summary>
    public static int IndexOf(Table table)
    {
        for (int i = 0; i < All.Count; i++)
            if (ReferenceEquals(All[i], table)) return i;
        throw new ArgumentException($"unknown table {table.Name}", nameof(table));
    }

    /// <summary>Flattens <paramref name="d"/> into rows of every table (tables without rows are left out).</summary>
    public static List<TableRows> RowsOf(Document d, string pipelineVersion)
    {
        string id = d.Id;
        var result = new List<TableRows>(All.Count);
        void Add(Table table, List<object?[]> rows)
        {
            if (rows.Count > 0) result.Add(new TableRows(table, rows));
        }

        Add(Documents, [[id, d.TextSha256, pipelineVersion, d.Source.Path, d.Source.Line, d.Source.Row, MetadataJson(d), d.Text.Length, d.Text]]);
        Add(Sentences, d.Sentences.Select((s, i) => new object?[] { id, i, s.Start, s.End, s.Paragraph }).ToList());
        Add(Entities, d.Entities.Select(e => new object?[]
            { id, e.Id, e.Label, e.Canonical, e.Start, e.End, e.Text, Confidence(e.Confidence), e.Source }).ToList());
        Add(Relations, d.Relations.Select(r => new object?[]
            { id, r.Id, r.Type, r.Head, r.Tail, r.Trigger?.Start, r.Trigger?.End, r.Trigger?.Text, Confidence(r.Confidence), r.Source }).ToList());
        Add(Events, d.Events.Select(ev => new object?[]
        {
            id, ev.Id, ev.Type, ev.Mode, ev.Status, ev.Trigger.Start, ev.Trigger.End, ev.Trigger.Text, EventDate(d, ev),
            ev.ActorCountry, Confidence(ev.Confidence), ev.Source,
        }).ToList());
        Add(EventArguments, d.Events.SelectMany(ev => ev.Arguments.Select((a, i) => new object?[] { id, ev.Id, i, a.Role, a.Entity })).ToList());
        Add(Citations, d.Citations.Select(c => new object?[]
            { id, c.Id, c.Kind, c.Start, c.End, c.Text, c.Paragraph, Confidence(c.Confidence), c.Source }).ToList());
        Add(CitationSources, d.Citations.SelectMany(c => c.Sources.Select((s, i) => new object?[] { id, c.Id, i, s.Name, s.DateText, s.Date })).ToList());
        // Distinct: a repeated citation id in a list is one link, not a primary-key violation.
        Add(EventCitations, d.Events.SelectMany(ev => ev.Citations.Distinct().Select(c => new object?[] { id, ev.Id, c })).ToList());
        Add(RelationCitations, d.Relations.SelectMany(r => r.Citations.Distinct().Select(c => new object?[] { id, r.Id, c })).ToList());
        return result;
    }

    /// <summary>Rounded as in the JSON output, so every output agrees on the value.</summary>
    private static double Confidence(double c) => Math.Round(Math.Clamp(c, 0, 1), 4);

    public static string MetadataJson(Document d)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, DocumentJson.WriterOptions))
        {
            w.WriteStartObject();
            foreach (var (key, value) in d.Metadata) w.WriteString(key, value);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "MMM d, yyyy", "d MMM yyyy", "yyyy/MM/dd"];

    /// <summary>
    /// ISO date (yyyy-MM-dd) of the event, for the (type, date) index: its time argument when that entity's canonical
    /// form is a full date, else the document's own date; null when neither is a full date.
    /// </summary>
    public static string? EventDate(Document d, Event ev)
    {
        foreach (var a in ev.Arguments)
            if (a.Role == "time" && d.EntityById(a.Entity) is { } e && IsoDate(e.Canonical) is { } iso) return iso;
        return d.Metadata.TryGetValue("date", out var date) ? IsoDate(date) : null;
    }

    public static string? IsoDate(string text) =>
        DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
}
