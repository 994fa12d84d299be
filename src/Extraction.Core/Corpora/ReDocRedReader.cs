using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Corpora;

/// <summary>
/// Re-DocRED / DocRED: a JSON array of <c>{title, sents, vertexSet, labels}</c>. The text is the tokens joined by
/// spaces (sentences joined by a space too); each mention becomes an entity (ids in text order), each vertex set a
/// coreference group, and each label a relation typed by its Wikidata property id (P131…) between the first
/// mentions of its head and tail. A number that names a currency is MONEY rather than QUANTITY.
/// </summary>
public static partial class ReDocRedReader
{
    public static Corpus Read(string path, LabelMap map)
    {
        var tally = new LabelTally(map);
        var docs = new List<AnnotatedDocument>();
        JsonDocument json;
        try { json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { MaxDepth = 256 }); }
        catch (JsonException ex) { throw new CorpusException(ErrorCodes.InputMalformedJson, $"{path}: not valid JSON: {ex.Message}"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
                throw new CorpusException(ErrorCodes.InputUnsupported, $"{path}: a Re-DocRED file is a JSON array of documents");
            int index = 0;
            foreach (var d in json.RootElement.EnumerateArray())
                docs.Add(ReadDocument(d, $"{path}[{index++}]", tally));
        }
        // Amounts of money are numbers too, so a corpus annotating every number annotates money.
        if (tally.Annotated.Contains(EntityLabels.Quantity)) tally.Annotated.Add(EntityLabels.Money);
        foreach (var d in docs) d.AnnotatedLabels = tally.Annotated;
        return new Corpus { Path = path, Format = CorpusFormat.ReDocRed, Documents = docs, AnnotatedLabels = tally.Annotated, DroppedLabels = tally.Dropped };
    }

    private static AnnotatedDocument ReadDocument(JsonElement d, string where, LabelTally tally)
    {
        if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("sents", out var sents) || !d.TryGetProperty("vertexSet", out var vertexSet))
            throw new CorpusException(ErrorCodes.InputMissingField, $"{where}: a document needs \"sents\" and \"vertexSet\"");
        string id = d.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : where;

        var builder = new TokenTextBuilder();
        var sentenceBase = new List<int>();
        var sentenceLength = new List<int>();
        foreach (var sentence in sents.EnumerateArray())
        {
            sentenceBase.Add(builder.TokenCount);
            foreach (var token in sentence.EnumerateArray()) builder.AddToken(token.GetString() ?? "");
            sentenceLength.Add(builder.TokenCount - sentenceBase[^1]);
            builder.EndSentence();
        }

        // Every mention's span (kept or not, so relations with a MISC argument still have spans), then the kept ones.
        var vertices = new List<List<(TextSpan? Span, string? Label)>>();
        foreach (var vertex in vertexSet.EnumerateArray())
        {
            var mentions = new List<(TextSpan?, string?)>();
            foreach (var m in vertex.EnumerateArray())
            {
                int sent = m.GetProperty("sent_id").GetInt32();
                var pos = m.GetProperty("pos");
                int first = pos[0].GetInt32(), end = pos[1].GetInt32();
                if (sent < 0 || sent >= sentenceBase.Count || first < 0 || end <= first || end > sentenceLength[sent])
                    throw new CorpusException(ErrorCodes.InputMalformedJson, $"{where} ({id}): mention pos [{first}, {end}) outside sentence {sent}");
                var span = builder.SpanOfTokens(sentenceBase[sent] + first, sentenceBase[sent] + end);
                string? label = tally.Map(m.GetProperty("type").GetString() ?? "");
                mentions.Add((span, label));
            }
            vertices.Add(mentions);
        }

        var doc = builder.Build(id);
        var kept = vertices
            .SelectMany((mentions, v) => mentions.Select((m, i) => (Vertex: v, Mention: i, m.Span, m.Label)))
            .Where(m => m.Span is not null && m.Label is not null)
            .OrderBy(m => m.Span!.Value.Start).ThenBy(m => m.Span!.Value.End).ThenBy(m => m.Vertex).ToList();
        var idOf = new Dictionary<(int, int), string>();
        var groups = vertices.Select(_ => new List<string>()).ToList();
        foreach (var m in kept)
        {
            var span = m.Span!.Value;
            string label = m.Label == EntityLabels.Quantity && Currency().IsMatch(doc.Text.AsSpan(span.Start, span.Length)) ? EntityLabels.Money : m.Label!;
            TokenTextBuilder.AddEntity(doc, span, label, "re-docred");
            idOf[(m.Vertex, m.Mention)] = doc.Entities[^1].Id;
            groups[m.Vertex].Add(doc.Entities[^1].Id);
        }
        foreach (var g in groups) if (g.Count > 0) doc.Coreference.Add(g);

        if (d.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Array)
        {
            foreach (var l in labels.EnumerateArray())
            {
                int h = l.GetProperty("h").GetInt32(), t = l.GetProperty("t").GetInt32();
                if (h < 0 || h >= vertices.Count || t < 0 || t >= vertices.Count)
                    throw new CorpusException(ErrorCodes.InputMalformedJson, $"{where} ({id}): relation argument outside vertexSet");
                if (Argument(h) is { } head && Argument(t) is { } tail)
                    doc.Relations.Add(new AnnotatedRelation($"R{doc.Relations.Count + 1}", l.GetProperty("r").GetString() ?? "", head, tail));
            }
        }
        return doc;

        RelationArgument? Argument(int vertex) =>
            vertices[vertex].Count > 0 && vertices[vertex][0].Span is { } span
                ? new RelationArgument(idOf.GetValueOrDefault((vertex, 0)), span)
                : null;
    }

    [GeneratedRegex(@"[$€£¥₹]|\b(?:dollars?|euros?|pounds? sterling|yen|yuan|renminbi|rupees?|r[ou]bles?|francs?|USD|EUR|GBP)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();
}
