using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>
/// Entities match one-to-one when labels are equal and spans are equal (exact) or overlap (overlap, largest overlap
/// first). Calibration records each prediction's confidence against whether it matched exactly.
/// </summary>
public static class EntityScorer
{
    /// <returns>The exact matches (gold index, predicted index).</returns>
    public static List<(int Gold, int Predicted)> Score(IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted, ScoreTable exact, ScoreTable overlap, Calibration? calibration = null)
    {
        var exactMatches = OneToOne.Match(gold, predicted, (g, p) => g.Label == p.Label && g.Start == p.Start && g.End == p.End ? 1 : 0);
        exact.Add(gold, predicted, e => e.Label, e => e.Label, exactMatches);
        if (calibration is not null)
        {
            var matched = exactMatches.Select(m => m.Predicted).ToHashSet();
            for (int p = 0; p < predicted.Count; p++) calibration.Add(predicted[p].Confidence, matched.Contains(p));
        }
        overlap.Add(gold, predicted, e => e.Label, e => e.Label,
            OneToOne.Match(gold, predicted, (g, p) => g.Label == p.Label ? Overlap(g.Span, p.Span) : 0));
        return exactMatches;
    }

    /// <summary>Characters shared by two spans (0 when disjoint).</summary>
    public static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));
}
