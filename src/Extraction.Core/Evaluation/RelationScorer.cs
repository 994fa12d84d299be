using Extraction.Corpora;

namespace Extraction.Evaluation;

/// <summary>
/// Relations match one-to-one when types are equal and head and tail spans are equal (exact) or each overlap
/// (overlap). Direction counts: head matches head, tail matches tail. Arguments were resolved to spans on reading.
/// </summary>
public static class RelationScorer
{
    public static void Score(IReadOnlyList<AnnotatedRelation> gold, IReadOnlyList<AnnotatedRelation> predicted, ScoreTable exact, ScoreTable overlap)
    {
        exact.Add(gold, predicted, r => r.Type, r => r.Type,
            OneToOne.Match(gold, predicted, (g, p) => g.Type == p.Type && g.Head.Span == p.Head.Span && g.Tail.Span == p.Tail.Span ? 1 : 0));
        overlap.Add(gold, predicted, r => r.Type, r => r.Type,
            OneToOne.Match(gold, predicted, (g, p) =>
            {
                if (g.Type != p.Type) return 0;
                int head = EntityScorer.Overlap(g.Head.Span, p.Head.Span), tail = EntityScorer.Overlap(g.Tail.Span, p.Tail.Span);
                return head > 0 && tail > 0 ? head + tail : 0;
            }));
    }
}
