using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>What went wrong with one gold or predicted entity that has no exact match.</summary>
public enum EntityErrorKind
{
    /// <summary>A gold entity no prediction overlaps.</summary>
    Missed,
    /// <summary>A prediction no gold entity overlaps.</summary>
    Spurious,
    /// <summary>Same span, other label.</summary>
    WrongLabel,
    /// <summary>Same label, overlapping but different span (a boundary error).</summary>
    WrongSpan,
    /// <summary>Overlapping span and other label.</summary>
    WrongLabelAndSpan,
}

/// <param name="Gold">The gold entity (null for a spurious prediction).</param>
/// <param name="Predicted">The prediction paired with it (null for a missed gold entity).</param>
public sealed record EntityError(string DocumentId, EntityErrorKind Kind, Entity? Gold, Entity? Predicted);

/// <summary>
/// Sorts the entities left without an exact match into the usual error classes (missed, spurious, wrong label, wrong
/// span), pairing each unmatched gold entity with the unmatched prediction that overlaps it most, one-to-one: the
/// error analysis a tagger is improved from, and what `extraction eval --errors` writes.
/// </summary>
public static class EntityErrorClassifier
{
    public static IEnumerable<EntityError> Classify(string documentId, IReadOnlyList<Entity> gold, IReadOnlyList<Entity> predicted,
        IEnumerable<(int Gold, int Predicted)> exactMatches)
    {
        var goldLeft = Enumerable.Range(0, gold.Count).ToHashSet();
        var predictedLeft = Enumerable.Range(0, predicted.Count).ToHashSet();
        foreach (var (g, p) in exactMatches)
        {
            goldLeft.Remove(g);
            predictedLeft.Remove(p);
        }
        var g2 = goldLeft.Order().ToList();
        var p2 = predictedLeft.Order().ToList();
        // Largest overlap first; a same-label partner wins a tie so a boundary error is not reported as a label error.
        var pairs = OneToOne.Match(g2, p2, (g, p) =>
            EntityScorer.Overlap(gold[g].Span, predicted[p].Span) is var o and > 0 ? o + (gold[g].Label == predicted[p].Label ? 0.5 : 0) : 0);

        var errors = new List<EntityError>();
        var paired = new HashSet<int>();
        foreach (var (gi, pi) in pairs)
        {
            Entity g = gold[g2[gi]], p = predicted[p2[pi]];
            paired.Add(p2[pi]);
            goldLeft.Remove(g2[gi]);
            bool sameSpan = g.Start == p.Start && g.End == p.End, sameLabel = g.Label == p.Label;
            var kind = sameSpan ? EntityErrorKind.WrongLabel : sameLabel ? EntityErrorKind.WrongSpan : EntityErrorKind.WrongLabelAndSpan;
            errors.Add(new EntityError(documentId, kind, g, p));
        }
        errors.AddRange(goldLeft.Select(g => new EntityError(documentId, EntityErrorKind.Missed, gold[g], null)));
        errors.AddRange(p2.Where(p => !paired.Contains(p)).Select(p => new EntityError(documentId, EntityErrorKind.Spurious, null, predicted[p])));
        return errors.OrderBy(e => (e.Gold ?? e.Predicted)!.Start);
    }
}
