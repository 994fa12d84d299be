using Extraction.Corpora;
using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Relations;

/// <summary>
/// Turns annotated corpora (read by <see cref="CorpusReader"/>) into <see cref="RelationTrainingDocument"/>s: the
/// text segmented by the <see cref="Segmenter"/>, the corpus's entities as the entities, its relations as spans.
/// </summary>
public static class RelationCorpora
{
    /// <summary>re3d (gold format with its labels.json): relation types are already ours.</summary>
    public static List<RelationTrainingDocument> FromGold(Corpus corpus, Segmenter segmenter) =>
        corpus.Documents.Select(a => new RelationTrainingDocument(
            Segmented(a, segmenter),
            a.Relations.Select(r => new SpanRelation(r.Type, r.Head.Span, r.Tail.Span)).ToList())).ToList();

    /// <summary>
    /// Re-DocRED: Wikidata properties mapped by <see cref="ReDocRedMapping"/>, expanded from entities to all
    /// mention pairs (the classifier sees mention pairs within a sentence). Pairs related by a property that has no
    /// clean mapping are left out of training rather than taught as NONE.
    /// </summary>
    public static List<RelationTrainingDocument> FromReDocRed(Corpus corpus, Segmenter segmenter, float weight)
    {
        var result = new List<RelationTrainingDocument>();
        foreach (var a in corpus.Documents)
        {
            var groupOf = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var g in a.Coreference) foreach (var id in g) groupOf[id] = g;
            var spanOf = a.Entities.ToDictionary(e => e.Id, e => e.Span);
            IEnumerable<TextSpan> Mentions(RelationArgument arg) =>
                arg.EntityId is { } id && groupOf.TryGetValue(id, out var g) ? g.Select(m => spanOf[m]) : [arg.Span];

            var relations = new List<SpanRelation>();
            var ignored = new HashSet<(TextSpan, TextSpan)>();
            foreach (var r in a.Relations)
            {
                var mapped = ReDocRedMapping.Map(r.Type);
                foreach (var h in Mentions(r.Head))
                    foreach (var t in Mentions(r.Tail))
                    {
                        if (mapped is not { } m) { ignored.Add((h, t)); ignored.Add((t, h)); }
                        else relations.Add(m.Reverse ? new SpanRelation(m.Type, t, h) : new SpanRelation(m.Type, h, t));
                    }
            }
            result.Add(new RelationTrainingDocument(Segmented(a, segmenter), relations, weight, ignored));
        }
        return result;
    }

    private static Document Segmented(AnnotatedDocument a, Segmenter segmenter)
    {
        var doc = new Document(a.Id, a.Text, new DocumentSource(a.Id));
        doc.Entities.AddRange(a.Entities);
        segmenter.Process(doc);
        return doc;
    }
}
