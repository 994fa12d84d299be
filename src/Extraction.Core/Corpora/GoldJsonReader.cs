using System.Text.Json;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Corpora;

/// <summary>
/// Reads the gold format of ../shared/gold/README.md, which is also our output format (documents.jsonl) and the
/// format of the re3d conversion: <c>.json</c> holding one document or an array, or <c>.jsonl</c> with one per line.
/// Relation arguments may be entity ids or <c>{start, end}</c> spans. When a document has text, every entity's
/// text must equal text[start:end]; when it has none (output written without text) offsets are taken as given.
/// </summary>
public static class GoldJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, MaxDepth = 256 };

    public static Corpus Read(string path, LabelMap map)
    {
        var tally = new LabelTally(map);
        var docs = new List<AnnotatedDocument>();
        var declared = new List<HashSet<string>?>();
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            long line = 0;
            foreach (var raw in File.ReadLines(path))
            {
                line++;
                if (string.IsNullOrWhiteSpace(raw)) continue;
                using var doc = ParseJson(raw, $"{path}:{line}");
                Add(doc.RootElement, $"{path}:{line}");
            }
        }
        else
        {
            using var doc = ParseJson(File.ReadAllText(path), path);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var item in doc.RootElement.EnumerateArray()) Add(item, $"{path}[{i++}]");
            }
            else Add(doc.RootElement, path);
        }

        // A document without a "labels" list is taken to annotate every label the corpus uses.
        var union = new HashSet<string>(tally.Annotated, StringComparer.Ordinal);
        foreach (var d in declared) if (d is not null) union.UnionWith(d);
        for (int i = 0; i < docs.Count; i++) docs[i].AnnotatedLabels = declared[i] ?? tally.Annotated;
        return new Corpus { Path = path, Format = CorpusFormat.Gold, Documents = docs, AnnotatedLabels = union, DroppedLabels = tally.Dropped };

        void Add(JsonElement e, string where)
        {
            docs.Add(ReadDocument(e, where, $"{System.IO.Path.GetFileNameWithoutExtension(path)}-{docs.Count + 1}", tally, out var labels));
            declared.Add(labels);
        }
    }

    private static JsonDocument ParseJson(string json, string where)
    {
        try { return JsonDocument.Parse(json, Options); }
        catch (JsonException ex) { throw new CorpusException(ErrorCodes.InputMalformedJson, $"{where}: not valid JSON: {ex.Message}"); }
    }

    /// <param name="defaultId">The id of a document that has none: the file name and its position.</param>
    private static AnnotatedDocument ReadDocument(JsonElement e, string where, string defaultId, LabelTally tally, out HashSet<string>? declaredLabels)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Bad(where, "a document must be a JSON object");
        string text = OptString(e, "text") ?? "";
        string? sha = OptString(e, "text_sha256");
        string id = e.TryGetProperty("id", out var idEl) && idEl.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : idEl.GetRawText())
            : defaultId;
        if (text.Length == 0 && sha is null) throw Missing(where, "text");
        var doc = new AnnotatedDocument(id, text, text.Length > 0 ? null : sha);
        where = $"{where} (document {id})";

        if (e.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object)
            foreach (var p in meta.EnumerateObject())
                doc.Metadata[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();

        declaredLabels = e.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array
            ? tally.MapDeclared(labels.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()!))
            : null;

        // All entities, mapped or not, so relation arguments naming a dropped entity still resolve to its span.
        var spansById = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        foreach (var en in Items(e, "entities"))
        {
            var span = ReadSpan(en, where, text.Length);
            string eid = OptString(en, "id") ?? $"T{spansById.Count + 1}";
            spansById[eid] = span;
            string label = OptString(en, "label") ?? throw Missing(where, "entities[].label");
            string? given = OptString(en, "text");
            string entityText = text.Length > 0 ? text[span.Start..span.End] : given ?? "";
            if (text.Length > 0 && given is not null && given != entityText)
                throw Bad(where, $"entity {eid} text \"{given}\" differs from text[{span.Start}:{span.End}] \"{entityText}\"");
            if (tally.Map(label) is not { } ours) continue;
            doc.Entities.Add(new Entity
            {
                Id = eid, Start = span.Start, End = span.End, Label = ours, Text = entityText,
                Canonical = OptString(en, "canonical") ?? entityText,
                Confidence = OptDouble(en, "confidence") ?? 1.0,
                Source = OptString(en, "source") ?? "gold",
            });
        }

        int n = 0;
        foreach (var r in Items(e, "relations"))
        {
            n++;
            string type = OptString(r, "type") ?? throw Missing(where, "relations[].type");
            doc.Relations.Add(new AnnotatedRelation(
                OptString(r, "id") ?? $"R{n}", type,
                ReadArgument(r, "head", spansById, where, text.Length), ReadArgument(r, "tail", spansById, where, text.Length),
                ReadTrigger(r, text)));
        }

        n = 0;
        foreach (var ev in Items(e, "events"))
        {
            n++;
            var trigger = ReadTrigger(ev, text) ?? throw Missing(where, "events[].trigger");
            var model = new Event
            {
                Id = OptString(ev, "id") ?? $"E{n}",
                Type = OptString(ev, "type") ?? throw Missing(where, "events[].type"),
                Mode = OptString(ev, "mode"),
                Trigger = trigger,
                Status = OptString(ev, "status") ?? EventTypes.Asserted,
                ActorCountry = OptString(ev, "actor_country"),
                Confidence = OptDouble(ev, "confidence") ?? 1.0,
                Source = OptString(ev, "source") ?? "gold",
            };
            foreach (var a in Items(ev, "arguments"))
                if (OptString(a, "role") is { } role && OptString(a, "entity") is { } entity)
                    model.Arguments.Add(new EventArgument { Role = role, Entity = entity });
            model.Citations.AddRange(Strings(ev, "citations"));
            doc.Events.Add(model);
        }

        n = 0;
        foreach (var c in Items(e, "citations"))
        {
            n++;
            var span = ReadSpan(c, where, text.Length);
            var citation = new Citation
            {
                Id = OptString(c, "id") ?? $"C{n}",
                Start = span.Start, End = span.End,
                Text = text.Length > 0 ? text[span.Start..span.End] : OptString(c, "text") ?? "",
                Paragraph = (int)(OptDouble(c, "paragraph") ?? 0),
                Kind = OptString(c, "kind") ?? "parenthetical",
                Confidence = OptDouble(c, "confidence") ?? 1.0,
                Source = OptString(c, "source") ?? "gold",
            };
            foreach (var s in Items(c, "sources"))
                if (OptString(s, "name") is { } name)
                    citation.Sources.Add(new CitationSource { Name = name, DateText = OptString(s, "date_text"), Date = OptString(s, "date") });
            doc.Citations.Add(citation);
        }

        foreach (var s in Items(e, "sentences")) doc.Sentences.Add(ReadSpan(s, where, text.Length));
        return doc;
    }

    private static RelationArgument ReadArgument(JsonElement r, string name, Dictionary<string, TextSpan> spansById, string where, int textLength)
    {
        if (!r.TryGetProperty(name, out var arg)) throw Missing(where, $"relations[].{name}");
        if (arg.ValueKind == JsonValueKind.String)
        {
            string id = arg.GetString()!;
            return spansById.TryGetValue(id, out var span)
                ? new RelationArgument(id, span)
                : throw Bad(where, $"relation {name} \"{id}\" names no entity");
        }
        if (arg.ValueKind == JsonValueKind.Object) return new RelationArgument(null, ReadSpan(arg, where, textLength));
        throw Bad(where, $"relation {name} must be an entity id or a {{start, end}} span");
    }

    private static Trigger? ReadTrigger(JsonElement e, string text)
    {
        if (!e.TryGetProperty("trigger", out var t) || t.ValueKind != JsonValueKind.Object) return null;
        if (OptDouble(t, "start") is not { } s || OptDouble(t, "end") is not { } en) return null;
        int start = (int)s, end = (int)en;
        string triggerText = text.Length >= end && start >= 0 && start <= end ? text[start..end] : OptString(t, "text") ?? "";
        return new Trigger(start, end, triggerText);
    }

    private static TextSpan ReadSpan(JsonElement e, string where, int textLength)
    {
        if (OptDouble(e, "start") is not { } s || OptDouble(e, "end") is not { } en) throw Missing(where, "start/end");
        int start = (int)s, end = (int)en;
        if (start < 0 || end < start || (textLength > 0 && end > textLength))
            throw Bad(where, $"span [{start}, {end}) outside the text (length {textLength})");
        return new TextSpan(start, end);
    }

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        Items(e, name).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!);

    private static string? OptString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? OptDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static CorpusException Missing(string where, string field) => new(ErrorCodes.InputMissingField, $"{where}: missing \"{field}\"");
    private static CorpusException Bad(string where, string what) => new(ErrorCodes.InputMalformedJson, $"{where}: {what}");
}
