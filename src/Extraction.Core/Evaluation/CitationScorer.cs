using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>
/// Citations match on their span (exact, or overlapping) and their set of (source name, date text) pairs,
/// compared case- and spacing-insensitively. The sources themselves are also scored as pairs over the document.
/// </summary>
public static class CitationScorer
{
    public const string Key = "citation", SourceKey = "source";

    public static void Score(IReadOnlyList<Citation> gold, IReadOnlyList<Citation> predicted, ScoreTable exact, ScoreTable overlap, ScoreTable sources)
    {
        var goldPairs = gold.Select(Pairs).ToList();
        var predictedPairs = predicted.Select(Pairs).ToList();
        exact.Add(gold, predicted, _ => Key, _ => Key, OneToOne.Match(Indices(gold), Indices(predicted), (g, p) =>
            gold[g].Start == predicted[p].Start && gold[g].End == predicted[p].End && goldPairs[g].SetEquals(predictedPairs[p]) ? 1 : 0));
        overlap.Add(gold, predicted, _ => Key, _ => Key, OneToOne.Match(Indices(gold), Indices(predicted), (g, p) =>
            EntityScorer.Overlap(Span(gold[g]), Span(predicted[p])) is var o && o > 0 && goldPairs[g].SetEquals(predictedPairs[p]) ? o : 0));

        var g = gold.SelectMany(c => c.Sources).Select(Pair).ToList();
        var p = predicted.SelectMany(c => c.Sources).Select(Pair).ToList();
        sources.Add(g, p, _ => SourceKey, _ => SourceKey, OneToOne.Match(g, p, (a, b) => a == b ? 1 : 0));
    }

    private static int[] Indices<T>(IReadOnlyList<T> list) => Enumerable.Range(0, list.Count).ToArray();
    private static TextSpan Span(Citation c) => new(c.Start, c.End);
    private static HashSet<(string, string)> Pairs(Citation c) => c.Sources.Select(Pair).ToHashSet();
    private static (string Name, string Date) Pair(CitationSource s) => (Normalize(s.Name), Normalize(s.DateText ?? ""));
    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
