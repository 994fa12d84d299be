using Extraction.Model;

namespace Extraction.Relations;

/// <summary>A reference relation whose arguments are spans (corpora give spans that need not be kept entities).</summary>
public sealed record SpanRelation(string Type, TextSpan Head, TextSpan Tail);

/// <summary>
/// A segmented document with its reference entities in <see cref="Document.Entities"/> and its reference relations.
/// <see cref="Weight"/> scales its examples (a weaker, distantly supervised corpus counts less); pairs in
/// <see cref="Unlabelled"/> (head span, tail span) are related in a way we do not type and are left out of training.
/// With <see cref="PositiveSentencesOnly"/> only sentences holding a relation give examples (a large, partly
/// annotated corpus: its other sentences would mostly add NONE pairs and training time).
/// </summary>
public sealed record RelationTrainingDocument(Document Document, IReadOnlyList<SpanRelation> Relations, float Weight = 1f,
    IReadOnlySet<(TextSpan, TextSpan)>? Unlabelled = null, bool PositiveSentencesOnly = false);

public sealed record RelationTrainingOptions
{
    public int Seed { get; init; } = 1;
    /// <summary>Weight of a pair without a relation, relative to a related pair (NONE is most pairs).</summary>
    public float NoneWeight { get; init; } = 0.5f;
    /// <summary>Weight of Re-DocRED examples (distant supervision from Wikidata, Wikipedia style); 0 leaves them out.</summary>
    public float DocRedWeight { get; init; } = 0f;
    public double Threshold { get; init; } = RelationExtractor.DefaultThreshold;
    public float L2 { get; init; } = 0.1f;
    public float L1 { get; init; } = 0.01f;
}

/// <summary>Builds classifier examples from reference documents, trains, and cross-validates by document.</summary>
public static class RelationTraining
{
    /// <summary>
    /// One example per candidate pair (the same pairs <see cref="RelationExtractor"/> classifies): the gold type with
    /// its direction, or NONE. Pairs related by SAME_AS are left out: that is the alias stage's relation, and calling
    /// them NONE would teach the classifier that an apposition relates nothing.
    /// </summary>
    public static IEnumerable<PairExample> Examples(RelationTrainingDocument doc, RelationTrainingOptions options)
    {
        var gold = new Dictionary<(TextSpan, TextSpan), string>();
        foreach (var r in doc.Relations) gold.TryAdd((r.Head, r.Tail), r.Type);
        foreach (var view in SentenceView.ForDocument(doc.Document))
        {
            var entities = view.Entities;
            if (doc.PositiveSentencesOnly && !entities.Any(a => entities.Any(b => gold.ContainsKey((a.Span, b.Span))))) continue;
            for (int i = 0; i < entities.Count; i++)
            {
                if (!RelationExtractor.IsArgument(entities[i])) continue;
                for (int j = i + 1; j < entities.Count; j++)
                {
                    if (!RelationExtractor.IsArgument(entities[j])) continue;
                    if (view.FirstTokenOf(j) - view.EndTokenOf(i) > RelationExtractor.DefaultMaxTokenDistance) break;
                    string label = RelationClassifier.None;
                    if (gold.TryGetValue((entities[i].Span, entities[j].Span), out var fwd)) label = fwd + ">";
                    else if (gold.TryGetValue((entities[j].Span, entities[i].Span), out var back)) label = back + "<";
                    if (label.StartsWith(RelationTypes.SameAs, StringComparison.Ordinal)) continue;
                    if (label == RelationClassifier.None && doc.Unlabelled?.Contains((entities[i].Span, entities[j].Span)) == true) continue;
                    float weight = doc.Weight * (label == RelationClassifier.None ? options.NoneWeight : 1f);
                    yield return new PairExample { Features = PairFeatures.Build(view, i, j), Label = label, Weight = weight };
                }
            }
        }
    }

    public static RelationClassifier Train(IEnumerable<RelationTrainingDocument> docs, RelationTrainingOptions options) =>
        RelationClassifier.Train(docs.SelectMany(d => Examples(d, options)).ToList(), options.Seed, options.L2, options.L1);

    /// <summary>
    /// K-fold cross-validation by document over <paramref name="docs"/> (a seeded shuffle, then round robin):
    /// each fold is predicted by patterns + a classifier trained on the other folds plus <paramref name="extra"/>,
    /// and scored against the fold's relations other than SAME_AS, arguments matching on overlap. Scores come for
    /// each of <paramref name="thresholds"/> at once: a pair is classified once, so a threshold only filters.
    /// </summary>
    public static IReadOnlyDictionary<double, RelationScores> CrossValidate(IReadOnlyList<RelationTrainingDocument> docs, int folds,
        RelationTrainingOptions options, IReadOnlyList<double> thresholds, IReadOnlyList<RelationTrainingDocument>? extra = null,
        Action<string>? progress = null)
    {
        var order = Enumerable.Range(0, docs.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var fold = new int[docs.Count];
        for (int k = 0; k < order.Length; k++) fold[order[k]] = k % folds;

        var scores = thresholds.Distinct().ToDictionary(t => t, _ => new RelationScores());
        for (int f = 0; f < folds; f++)
        {
            var train = docs.Where((_, i) => fold[i] != f).Concat(extra ?? []);
            var classifier = Train(train, options);
            var extractor = new RelationExtractor(classifier, scores.Keys.Min());
            for (int i = 0; i < docs.Count; i++)
            {
                if (fold[i] != f) continue;
                var found = extractor.Extract(docs[i].Document);
                var gold = docs[i].Relations.Where(r => r.Type != RelationTypes.SameAs).ToList();
                foreach (var (t, s) in scores)
                    s.Add(found.Where(r => r.Rule != RelationExtractor.ClassifierRule || r.Confidence >= t)
                        .Select(r => new SpanRelation(r.Type, r.Head.Span, r.Tail.Span)), gold);
            }
            progress?.Invoke($"fold {f + 1}/{folds} done");
        }
        return scores;
    }
}

/// <summary>Precision, recall and F1 per relation type and micro-averaged, matching arguments by span overlap, one to one.</summary>
public sealed class RelationScores
{
    public sealed class Counts
    {
        public int TruePositives, FalsePositives, FalseNegatives;
        public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public SortedDictionary<string, Counts> ByType { get; } = new(StringComparer.Ordinal);
    public Counts Micro { get; } = new();

    private Counts For(string type) => ByType.TryGetValue(type, out var c) ? c : ByType[type] = new Counts();

    public void Add(IEnumerable<SpanRelation> predicted, IEnumerable<SpanRelation> gold)
    {
        var unmatched = gold.ToList();
        foreach (var p in predicted)
        {
            int m = unmatched.FindIndex(g => g.Type == p.Type && g.Head.Overlaps(p.Head) && g.Tail.Overlaps(p.Tail));
            if (m >= 0)
            {
                unmatched.RemoveAt(m);
                For(p.Type).TruePositives++;
                Micro.TruePositives++;
            }
            else
            {
                For(p.Type).FalsePositives++;
                Micro.FalsePositives++;
            }
        }
        foreach (var g in unmatched)
        {
            For(g.Type).FalseNegatives++;
            Micro.FalseNegatives++;
        }
    }

    public string Table()
    {
        var lines = new List<string> { $"{"type",-20} {"P",6} {"R",6} {"F1",6} {"tp",5} {"fp",5} {"fn",5}" };
        foreach (var (type, c) in ByType.Append(new("micro", Micro)))
            lines.Add($"{type,-20} {c.Precision,6:0.000} {c.Recall,6:0.000} {c.F1,6:0.000} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5}");
        return string.Join(Environment.NewLine, lines);
    }
}
