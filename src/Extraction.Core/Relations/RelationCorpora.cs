using System.Text.Json;
using Extraction.Model;

namespace Extraction.Relations;

/// <summary>Turns reference corpora into <see cref="RelationTrainingDocument"/>s (segmented, entities from the annotation).</summary>
public static class RelationCorpora
{
    // THROWAWAY minimal re3d reader until branch eval's Corpora readers land.
    public static List<RelationTrainingDocument> ReadRe3d(string path, string labelsPath)
    {
        var labels = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(labelsPath))!;
        var docs = new List<RelationTrainingDocument>();
        foreach (var line in File.ReadLines(path))
        {
            using var j = JsonDocument.Parse(line);
            var r = j.RootElement;
            var doc = new Document(r.GetProperty("id").GetString()!, r.GetProperty("text").GetString()!, new DocumentSource(path));
            foreach (var e in r.GetProperty("entities").EnumerateArray())
            {
                if (!labels.TryGetValue(e.GetProperty("label").GetString()!, out var label)) continue;
                int s = e.GetProperty("start").GetInt32(), en = e.GetProperty("end").GetInt32();
                doc.Entities.Add(new Entity { Id = e.GetProperty("id").GetString()!, Start = s, End = en, Label = label, Text = doc.Slice(s, en), Canonical = doc.Slice(s, en), Source = "gold" });
            }
            var rels = new List<SpanRelation>();
            foreach (var x in r.GetProperty("relations").EnumerateArray())
            {
                TextSpan Sp(string k) => new(x.GetProperty(k).GetProperty("start").GetInt32(), x.GetProperty(k).GetProperty("end").GetInt32());
                rels.Add(new SpanRelation(x.GetProperty("type").GetString()!, Sp("head"), Sp("tail")));
            }
            InterimSegmenter.Process(doc);
            docs.Add(new RelationTrainingDocument(doc, rels));
        }
        return docs;
    }
}
