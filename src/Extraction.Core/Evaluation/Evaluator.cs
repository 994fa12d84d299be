using Extraction.Corpora;
using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>The scores of a prediction against a gold corpus (see ../shared/gold/README.md, "How to score against it").</summary>
public sealed class EvalReport
{
    public required string GoldPath { get; init; }
    public required string PredictionSource { get; init; }
    public int GoldDocuments { get; internal set; }
    /// <summary>Gold documents for which a prediction was found (by id, else by text_sha256).</summary>
    public int MatchedDocuments { get; internal set; }
    /// <summary>Predicted documents that match no gold document (ignored).</summary>
    public int UnmatchedPredictions { get; internal set; }
    /// <summary>Our entity labels that were scored: <c>--only</c>, else those the gold corpus annotates.</summary>
    public required IReadOnlyList<string> Labels { get; init; }
    public required IReadOnlyDictionary<string, int> DroppedGoldLabels { get; init; }

    public ScoreTable EntitiesExact { get; } = new();
    public ScoreTable EntitiesOverlap { get; } = new();
    /// <summary>Exact-match precision of predicted entities per confidence bucket.</summary>
    public Calibration EntityCalibration { get; } = new();
    /// <summary>Every scored entity without an exact match, classified (missed, spurious, wrong label or span).</summary>
    public List<EntityError> EntityErrors { get; } = new();
    public ScoreTable RelationsExact { get; } = new();
    public ScoreTable RelationsOverlap { get; } = new();
    public ScoreTable EventsStrict { get; } = new();
    public ScoreTable EventsLoose { get; } = new();
    public ScoreTable CitationsExact { get; } = new();
    public ScoreTable CitationsOverlap { get; } = new();
    public ScoreTable CitationSources { get; } = new();

    /// <summary>The scored sections and their matching modes, in report order.</summary>
    public IEnumerable<(string Section, (string Mode, ScoreTable Table)[] Modes)> Sections()
    {
        yield return ("entities", [("exact", EntitiesExact), ("overlap", EntitiesOverlap)]);
        yield return ("relations", [("exact", RelationsExact), ("overlap", RelationsOverlap)]);
        yield return ("events", [("strict", EventsStrict), ("loose", EventsLoose)]);
        yield return ("citations", [("exact", CitationsExact), ("overlap", CitationsOverlap)]);
        yield return ("citation_sources", [("exact", CitationSources)]);
    }
}

public static class Evaluator
{
    /// <param name="only">Entity labels to score; null scores every label the gold corpus annotates.</param>
    public static EvalReport Evaluate(Corpus gold, IReadOnlyList<AnnotatedDocument> predictions, string predictionSource, IReadOnlyCollection<string>? only = null)
    {
        var labels = new SortedSet<string>(only ?? (IEnumerable<string>)gold.AnnotatedLabels, StringComparer.Ordinal);
        var report = new EvalReport
        {
            GoldPath = gold.Path,
            PredictionSource = predictionSource,
            Labels = EvalReportWriter.OrderKeys(labels).ToList(),
            DroppedGoldLabels = gold.DroppedLabels,
        };

        var byId = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        var bySha = new Dictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        foreach (var p in predictions)
        {
            byId.TryAdd(p.Id, p);
            bySha.TryAdd(p.TextSha256, p);
        }

        var used = new HashSet<AnnotatedDocument>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold.Documents)
        {
            report.GoldDocuments++;
            var p = byId.GetValueOrDefault(g.Id) ?? bySha.GetValueOrDefault(g.TextSha256);
            if (p is not null && used.Add(p)) report.MatchedDocuments++;
            else p = null;
            Score(g, p ?? new AnnotatedDocument(g.Id, "", g.TextSha256), labels, report);
        }
        report.UnmatchedPredictions = predictions.Count(p => !used.Contains(p));
        return report;
    }

    private static void Score(AnnotatedDocument gold, AnnotatedDocument predicted, IReadOnlySet<string> labels, EvalReport report)
    {
        // A label the document does not annotate is neither missed nor wrongly predicted.
        bool Scored(Entity e) => labels.Contains(e.Label) && gold.AnnotatedLabels.Contains(e.Label);
        var goldEntities = gold.Entities.Where(Scored).ToList();
        var predictedEntities = predicted.Entities.Where(Scored).ToList();
        var exactMatches = EntityScorer.Score(goldEntities, predictedEntities, report.EntitiesExact, report.EntitiesOverlap, report.EntityCalibration);
        report.EntityErrors.AddRange(EntityErrorClassifier.Classify(gold.Id, goldEntities, predictedEntities, exactMatches));
        RelationScorer.Score(gold.Relations, predicted.Relations, report.RelationsExact, report.RelationsOverlap);
        // Triggers are placed in the prediction's sentences, else the corpus's, else the segmenter's split of the gold text.
        var sentences = predicted.Sentences.Count > 0 ? predicted.Sentences : gold.Sentences.Count > 0 ? gold.Sentences : SentenceSpans.Split(gold.Text);
        EventScorer.Score(gold, predicted, sentences, report.EventsStrict, report.EventsLoose);
        CitationScorer.Score(gold.Citations, predicted.Citations, report.CitationsExact, report.CitationsOverlap, report.CitationSources);
    }
}
