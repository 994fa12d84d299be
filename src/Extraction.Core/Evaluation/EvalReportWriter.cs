using System.Globalization;
using System.Text;
using System.Text.Json;
using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as aligned plain-text tables or as JSON (fixed field order).</summary>
public static class EvalReportWriter
{
    public static string ToText(EvalReport r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"gold: {r.GoldPath} ({r.GoldDocuments} documents)");
        sb.AppendLine($"predictions: {r.PredictionSource} ({r.MatchedDocuments} matched, {r.GoldDocuments - r.MatchedDocuments} missing, {r.UnmatchedPredictions} unmatched)");
        sb.AppendLine($"entity labels scored: {(r.Labels.Count > 0 ? string.Join(", ", r.Labels) : "none")}");
        if (r.DroppedGoldLabels.Count > 0)
            sb.AppendLine("gold labels not mapped (not annotated): " + string.Join(", ", r.DroppedGoldLabels.Select(kv => $"{kv.Key} {kv.Value}")));
        foreach (var (section, modes) in r.Sections())
        {
            // Every mode counts the same gold and predicted items; only the matches differ.
            var counts = modes[0].Table;
            if (counts.Micro.Gold == 0 && counts.Micro.Predicted == 0) continue;
            sb.AppendLine();
            var header = new List<string> { section.Replace('_', ' '), "gold", "pred" };
            foreach (var (mode, _) in modes) header.AddRange([$"{mode} match", "P", "R", "F1"]);
            var rows = new List<string[]> { header.ToArray() };
            foreach (var key in OrderKeys(counts.ByKey.Keys))
                rows.Add(Row(key, counts.ByKey[key], modes.Select(m => m.Table.ByKey[key])));
            rows.Add(Row("micro", counts.Micro, modes.Select(m => m.Table.Micro)));
            AppendAligned(sb, rows);
        }
        if (r.EntityCalibration.IsInformative)
        {
            sb.AppendLine();
            var rows = new List<string[]> { new[] { "entity confidence", "pred", "exact match", "P" } };
            foreach (var (from, to, predicted, matched, precision) in r.EntityCalibration.Rows())
                if (predicted > 0) rows.Add([$"{F1(from)}-{F1(to)}", Int(predicted), Int(matched), F(precision)]);
            AppendAligned(sb, rows);
        }
        if (r.EntityErrors.Count > 0)
        {
            // Which component's predictions go wrong, and how: where to look first.
            sb.AppendLine();
            var kinds = Enum.GetValues<EntityErrorKind>();
            var rows = new List<string[]> { new[] { "entity errors by source" }.Concat(kinds.Select(KindName)).ToArray() };
            foreach (var group in r.EntityErrors.GroupBy(e => e.Predicted?.Source ?? "(none)").OrderBy(g => g.Key, StringComparer.Ordinal))
                rows.Add([group.Key, .. kinds.Select(k => Int(group.Count(e => e.Kind == k)))]);
            AppendAligned(sb, rows);
        }
        return sb.ToString();
    }

    /// <summary>The snake_case name of an error kind, as in the text table and the errors file.</summary>
    public static string KindName(EntityErrorKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    /// <summary>One JSON line per entity error: document, kind, and the gold and predicted entity (label, offsets, text; the prediction's confidence and source).</summary>
    public static void WriteErrors(EvalReport r, TextWriter writer)
    {
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var e in r.EntityErrors)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteString("document", e.DocumentId);
                w.WriteString("kind", KindName(e.Kind));
                WriteEntity(w, "gold", e.Gold, withPrediction: false);
                WriteEntity(w, "predicted", e.Predicted, withPrediction: true);
                w.WriteEndObject();
            }
            writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    private static void WriteEntity(Utf8JsonWriter w, string name, Entity? e, bool withPrediction)
    {
        if (e is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("label", e.Label);
        w.WriteNumber("start", e.Start);
        w.WriteNumber("end", e.End);
        w.WriteString("text", e.Text);
        if (withPrediction)
        {
            w.WriteNumber("confidence", Math.Round(e.Confidence, 4));
            w.WriteString("source", e.Source);
        }
        w.WriteEndObject();
    }

    /// <summary>Labels and types in the order of the output contract, anything else alphabetically after them.</summary>
    internal static IEnumerable<string> OrderKeys(IEnumerable<string> keys)
    {
        string[] contract = [.. EntityLabels.All, .. RelationTypes.All, .. EventTypes.All];
        return keys.OrderBy(k => Array.IndexOf(contract, k) is var i and >= 0 ? i : int.MaxValue).ThenBy(k => k, StringComparer.Ordinal);
    }

    private static string[] Row(string key, Score counts, IEnumerable<Score> modes)
    {
        var row = new List<string> { key, Int(counts.Gold), Int(counts.Predicted) };
        foreach (var s in modes) row.AddRange([Int(s.Matched), F(s.Precision), F(s.Recall), F(s.F1)]);
        return row.ToArray();
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
    private static string F1(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>First column left-aligned, the others right-aligned, two spaces apart.</summary>
    private static void AppendAligned(StringBuilder sb, List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
            for (int i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        foreach (var row in rows)
        {
            var line = new StringBuilder(row[0].PadRight(widths[0]));
            for (int i = 1; i < row.Length; i++) line.Append("  ").Append(row[i].PadLeft(widths[i]));
            sb.AppendLine(line.ToString().TrimEnd());
        }
    }

    public static string ToJson(EvalReport r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("gold", r.GoldPath);
            w.WriteString("predictions", r.PredictionSource);
            w.WriteStartObject("documents");
            w.WriteNumber("gold", r.GoldDocuments);
            w.WriteNumber("matched", r.MatchedDocuments);
            w.WriteNumber("unmatched_predictions", r.UnmatchedPredictions);
            w.WriteEndObject();
            w.WriteStartArray("labels");
            foreach (var l in r.Labels) w.WriteStringValue(l);
            w.WriteEndArray();
            w.WriteStartObject("dropped_gold_labels");
            foreach (var (k, v) in r.DroppedGoldLabels) w.WriteNumber(k, v);
            w.WriteEndObject();
            foreach (var (section, modes) in r.Sections())
            {
                w.WriteStartObject(section);
                foreach (var (mode, table) in modes) WriteTable(w, mode, table);
                w.WriteEndObject();
            }
            w.WriteStartArray("entity_calibration");
            foreach (var (from, to, predicted, matched, precision) in r.EntityCalibration.Rows())
            {
                w.WriteStartObject();
                w.WriteNumber("from", from);
                w.WriteNumber("to", to);
                w.WriteNumber("predicted", predicted);
                w.WriteNumber("matched", matched);
                w.WriteNumber("precision", Math.Round(precision, 4));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTable(Utf8JsonWriter w, string name, ScoreTable t)
    {
        w.WriteStartObject(name);
        w.WritePropertyName("micro");
        WriteScore(w, t.Micro);
        w.WriteStartObject("by_type");
        foreach (var (key, score) in t.ByKey)
        {
            w.WritePropertyName(key);
            WriteScore(w, score);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteScore(Utf8JsonWriter w, Score s)
    {
        w.WriteStartObject();
        w.WriteNumber("gold", s.Gold);
        w.WriteNumber("predicted", s.Predicted);
        w.WriteNumber("matched", s.Matched);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteEndObject();
    }
}
