using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>Entities match one-to-one when labels are equal and spans are equal (exact) or overlap (overlap, largest overlap first).</summary>
public static class EntityScorer
{
    public static void Score(IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted, ScoreTable exact, ScoreTable overlap)
    {
        exact.Add(gold, predicted, e => e.Label, e => e.Label,
            OneToOne.Match(gold, predicted, (g, p) => g.Label == p.Label && g.Start == p.Start && g.End == p.End ? 1 : 0));
        overlap.Add(gold, predicted, e => e.Label, e => e.Label,
            OneToOne.Match(gold, predicted, (g, p) => g.Label == p.Label ? Overlap(g.Span, p.Span) : 0));
    }

    /// <summary>Characters shared by two spans (0 when disjoint).</summary>
    public static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
