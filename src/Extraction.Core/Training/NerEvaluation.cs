using Extraction.Entities.Statistical;
using Extraction.Evaluation;
using Extraction.Model;

namespace Extraction.Training;

/// <summary>Scores of the tagger alone on annotated documents, plus the (confidence, correct) pairs behind calibration.</summary>
public sealed class NerEvaluation
{
    public ScoreTable Exact { get; } = new();
    public ScoreTable Overlap { get; } = new();
    /// <summary>Per predicted entity of a scored label: its raw span probability, calibrated confidence, and whether it matched exactly.</summary>
    public List<(double Probability, double Confidence, bool Correct)> Predictions { get; } = new();
    public int Tokens { get; private set; }

    /// <summary>
    /// Tags every sentence of <paramref name="documents"/> and scores against their gold mentions, on <paramref name="labels"/>
    /// where the document annotates them (one-to-one matching, exact and overlap, as <c>extraction eval</c>).
    /// </summary>
    public static NerEvaluation Run(NerTagger tagger, IEnumerable<NerDocument> documents, IReadOnlyCollection<string> labels)
    {
        var result = new NerEvaluation();
        result.Add(tagger, documents, labels);
        return result;
    }

    /// <summary>Adds the scores of <paramref name="documents"/> to this evaluation (cross-validation folds add up).</summary>
    public void Add(NerTagger tagger, IEnumerable<NerDocument> documents, IReadOnlyCollection<string> labels)
    {
        var result = this;
        var spans = new List<NerSpan>();
        foreach (var document in documents)
        {
            var scored = labels.Where(document.AnnotatedLabels.Contains).ToHashSet(StringComparer.Ordinal);
            var gold = document.Mentions.Where(m => m.Label is not null && scored.Contains(m.Label))
                .Select(m => Entity(document.Text, m.Start, m.End, m.Label!, 1)).ToList();
            var predicted = new List<Entity>();
            var tokens = document.Tokens.ToArray();
            spans.Clear();
            tagger.TagSentences(document.Text, tokens, document.Sentences, spans);
            foreach (var s in spans)
            {
                string label = tagger.Model.Tags.Labels[s.Label];
                if (!scored.Contains(label)) continue;
                predicted.Add(Entity(document.Text, tokens[s.FirstToken].Start, tokens[s.EndToken - 1].End, label, s.Confidence));
                var p = predicted[^1];
                result.Predictions.Add((s.Probability, s.Confidence, gold.Exists(g => g.Start == p.Start && g.End == p.End && g.Label == p.Label)));
            }
            result.Tokens += tokens.Length;
            EntityScorer.Score(gold, predicted, result.Exact, result.Overlap);
        }
    }

    private static Entity Entity(string text, int start, int end, string label, double confidence) => new()
    {
        Id = "", Start = start, End = end, Label = label, Text = text[start..end], Canonical = "", Confidence = confidence, Source = "ner",
    };

    /// <summary>Precision per tenth of calibrated confidence, as <c>extraction eval</c> reports it.</summary>
    public Calibration ConfidenceBuckets()
    {
        var buckets = new Calibration();
        foreach (var p in Predictions) buckets.Add(p.Confidence, p.Correct);
        return buckets;
    }
}
