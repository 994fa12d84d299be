using Extraction.Corpora;
using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>
/// Events (../shared/gold/README.md): strict = same type, trigger in the same sentence, and actor and recipient
/// resolving to the same canonical entities (either order for AGREE, CONSULT, COOPERATE); loose = same type and
/// sentence. Among candidates the closest triggers pair first.
/// </summary>
public static class EventScorer
{
    private static readonly HashSet<string> EitherOrder = new(StringComparer.Ordinal) { "AGREE", "CONSULT", "COOPERATE" };

    public static void Score(AnnotatedDocument gold, AnnotatedDocument predicted, IReadOnlyList<TextSpan> sentences, ScoreTable strict, ScoreTable loose)
    {
        var g = gold.Events.Select(e => (Event: e, Sentence: SentenceSpans.IndexAt(sentences, e.Trigger.Start))).ToList();
        var p = predicted.Events.Select(e => (Event: e, Sentence: SentenceSpans.IndexAt(sentences, e.Trigger.Start))).ToList();

        double Loose((Event Event, int Sentence) a, (Event Event, int Sentence) b) =>
            a.Event.Type == b.Event.Type && a.Sentence == b.Sentence
                ? 1 + EntityScorer.Overlap(Span(a.Event.Trigger), Span(b.Event.Trigger))
                : 0;

        loose.Add(g, p, e => e.Event.Type, e => e.Event.Type, OneToOne.Match(g, p, Loose));
        strict.Add(g, p, e => e.Event.Type, e => e.Event.Type,
            OneToOne.Match(g, p, (a, b) => Loose(a, b) is var s && s > 0 && SameParticipants(gold, a.Event, predicted, b.Event) ? s : 0));
    }

    private static TextSpan Span(Trigger t) => new(t.Start, t.End);

    private static bool SameParticipants(AnnotatedDocument gold, Event g, AnnotatedDocument predicted, Event p)
    {
        var (ga, gr) = (Argument(gold, g, "actor"), Argument(gold, g, "recipient"));
        var (pa, pr) = (Argument(predicted, p, "actor"), Argument(predicted, p, "recipient"));
        return (Same(gold, ga, pa) && Same(gold, gr, pr))
            || (EitherOrder.Contains(g.Type) && Same(gold, ga, pr) && Same(gold, gr, pa));
    }

    private static Entity? Argument(AnnotatedDocument d, Event e, string role)
    {
        foreach (var a in e.Arguments)
            if (a.Role == role) return d.EntityById(a.Entity);
        return null;
    }

    /// <summary>
    /// A predicted argument names the gold one when both are absent, their spans are equal, or it resolves to the
    /// same canonical entity: by its own canonical name or by that of the gold mention it overlaps most.
    /// </summary>
    private static bool Same(AnnotatedDocument gold, Entity? g, Entity? p)
    {
        if (g is null || p is null) return g is null && p is null;
        if (g.Start == p.Start && g.End == p.End) return true;
        string canonical = Canonical(g);
        if (string.Equals(canonical, Canonical(p), StringComparison.OrdinalIgnoreCase)) return true;
        Entity? best = null;
        int bestOverlap = 0;
        foreach (var e in gold.Entities)
            if (EntityScorer.Overlap(e.Span, p.Span) is var o && o > bestOverlap) (best, bestOverlap) = (e, o);
        return best is not null && string.Equals(canonical, Canonical(best), StringComparison.OrdinalIgnoreCase);
    }

    private static string Canonical(Entity e) => (string.IsNullOrWhiteSpace(e.Canonical) ? e.Text : e.Canonical).Trim();
}
