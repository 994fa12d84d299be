using System.Globalization;
using Extraction.Entities;
using Extraction.Entities.Statistical;
using Extraction.Evaluation;

namespace Extraction.Training;

public sealed class NerTrainingOptions
{
    public required IReadOnlyList<string> Labels { get; init; }
    public int Seed { get; init; } = 1;
    /// <summary>Every how-many-th document is held back to fit confidence calibration (0: no calibration pass).</summary>
    public int CalibrationEvery { get; init; } = 10;
    public NerTrainerOptions Trainer { get; init; } = new();
    public string Command { get; init; } = "";
    public string TrainedAt { get; init; } = "";
    /// <summary>The accurate profile: the model also reads this encoder's contextual token vectors (null: sparse features only).</summary>
    public Entities.Transformer.ContextEncoder? Encoder { get; init; }
    /// <summary>
    /// Loss weight of a lower-cased copy of every training document, with the same mentions (0: no copies): informal
    /// text writes names in lower case ("florida"), which a model trained on edited text reads by their capitals only.
    /// </summary>
    public float LowerCaseCopies { get; init; }
}

/// <summary>
/// The whole training recipe behind <c>extraction train ner</c>: read the sources, fit calibration on a held-back tenth
/// of the documents, train the final model on everything, and measure it on held-out corpora.
/// Everything is deterministic: fixed document order, a fixed calibration split and ML.NET's seeded, single-threaded L-BFGS.
/// </summary>
public sealed class NerTraining(NerTrainingOptions options, Gazetteer? gazetteer, WordClusters? clusters, TextWriter log)
{
    private readonly ITokenLexicon? _lexicon = gazetteer is null ? null : new GazetteerLexicon(gazetteer);
    private readonly NerTagSet _tags = new(options.Labels);

    public List<NerDocument> Read(IEnumerable<NerSource> sources)
    {
        var all = new List<NerDocument>();
        foreach (var source in sources)
        {
            var (corpus, documents) = NerCorpora.Read(source, gazetteer);
            log.WriteLine($"read {source.Name}: {documents.Count:N0} documents, {documents.Sum(d => d.Tokens.Count):N0} tokens, " +
                          $"annotates {string.Join(" ", corpus.AnnotatedLabels.Order())}" +
                          (corpus.DroppedLabels.Count > 0 ? $"; unmapped: {string.Join(" ", corpus.DroppedLabels.Keys)}" : ""));
            all.AddRange(documents);
        }
        return all;
    }

    public NerModel Train(IReadOnlyList<NerDocument> documents, IEnumerable<string> corpusNames)
    {
        var info = new NerModelInfo
        {
            Labels = options.Labels.ToArray(), Lexicon = _lexicon?.Name, WordClusters = clusters?.Name, Seed = options.Seed,
            Corpora = corpusNames.ToArray(), Command = options.Command, TrainedAt = options.TrainedAt,
        };
        SetEncoder(info);
        if (options.CalibrationEvery > 1)
        {
            var fit = documents.Where((_, i) => i % options.CalibrationEvery != 0).ToList();
            var held = documents.Where((_, i) => i % options.CalibrationEvery == 0).ToList();
            log.WriteLine($"calibration pass: training on {fit.Count:N0} documents, fitting confidence on {held.Count:N0}");
            var first = TrainOn(fit, info);
            var evaluation = NerEvaluation.Run(Tagger(first), held, options.Labels);
            (info.CalibrationA, info.CalibrationB) = PlattScaling.Fit(evaluation.Predictions.Select(p => (p.Probability, p.Correct)).ToList());
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: A = {info.CalibrationA:0.000}, B = {info.CalibrationB:0.000} from {evaluation.Predictions.Count:N0} spans"));
        }
        log.WriteLine($"final pass: training on {documents.Count:N0} documents");
        return TrainOn(documents, info);
    }

    private void SetEncoder(NerModelInfo info)
    {
        if (options.Encoder is null) return;
        info.Encoder = options.Encoder.ModelName;
        info.EmbeddingDimensions = options.Encoder.Dimensions;
    }

    // Contextual vectors per document, computed once: the calibration pass, the final pass and the folds share them.
    private readonly Dictionary<NerDocument, float[]> _vectors = new(ReferenceEqualityComparer.Instance);

    private ReadOnlyMemory<float> VectorsOf(NerDocument document)
    {
        if (options.Encoder is null) return default;
        if (_vectors.TryGetValue(document, out var cached)) return cached;
        var vectors = new float[document.Tokens.Count * options.Encoder.Dimensions];
        options.Encoder.Encode(document.Text, document.Tokens.ToArray(), document.Sentences, vectors);
        _vectors[document] = vectors;
        return vectors;
    }

    private NerModel TrainOn(IReadOnlyList<NerDocument> documents, NerModelInfo info)
    {
        if (options.LowerCaseCopies > 0) documents = [.. documents, .. documents.Select(LowerCaseCopy)];
        var builder = new NerExampleBuilder(_tags, _lexicon);
        var encoding = System.Diagnostics.Stopwatch.StartNew();
        int before = _vectors.Count;
        var examples = documents.SelectMany(d => builder.Build(d, VectorsOf(d))).ToList();
        if (_vectors.Count > before)
            log.WriteLine($"encoded {_vectors.Count - before:N0} documents with {options.Encoder!.ModelName} in {encoding.Elapsed.TotalSeconds:0}s");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var model = NerTrainer.Train(examples, info, _lexicon, clusters, options.Trainer with { Seed = options.Seed }, log);
        log.WriteLine($"trained in {clock.Elapsed.TotalSeconds:0}s");
        return model;
    }

    /// <summary>Lower-casing keeps every character's position (.NET maps UTF-16 units one to one), so tokens and mentions stay valid.</summary>
    private NerDocument LowerCaseCopy(NerDocument d) => new()
    {
        Corpus = d.Corpus, Id = d.Id + "#lower", Text = d.Text.ToLowerInvariant(), Tokens = d.Tokens, Sentences = d.Sentences,
        Mentions = d.Mentions, AnnotatedLabels = d.AnnotatedLabels, Weight = d.Weight * options.LowerCaseCopies,
    };

    public NerTagger Tagger(NerModel model) => new(model, _lexicon, clusters, options.Encoder);

    /// <summary>
    /// K-fold cross-validation over the documents of one corpus (folds by document): each fold is tagged by a model
    /// trained on the other folds plus <paramref name="alwaysTrain"/>, and scored against every reading of its gold in
    /// <paramref name="golds"/> (each the same documents in the same order: the corpus as annotated, or as the training
    /// reads it), on the model's labels. One evaluation per reading.
    /// </summary>
    public NerEvaluation[] CrossValidate(IReadOnlyList<NerDocument> training, IReadOnlyList<IReadOnlyList<NerDocument>> golds,
        IReadOnlyList<NerDocument> alwaysTrain, int folds)
    {
        var results = golds.Select(_ => new NerEvaluation()).ToArray();
        var info = new NerModelInfo { Labels = options.Labels.ToArray(), Lexicon = _lexicon?.Name, WordClusters = clusters?.Name };
        SetEncoder(info);
        for (int k = 0; k < folds; k++)
        {
            log.WriteLine($"cross-validation fold {k + 1}/{folds}");
            var train = alwaysTrain.Concat(training.Where((_, i) => i % folds != k)).ToList();
            var tagger = Tagger(TrainOn(train, info));
            for (int g = 0; g < golds.Count; g++) results[g].Add(tagger, golds[g].Where((_, i) => i % folds == k), options.Labels);
        }
        return results;
    }
}

/// <summary>Plain-text tables of NER scores for the command line and the model card.</summary>
public static class NerReport
{
    public static string Table(string title, ScoreTable exact, ScoreTable overlap, IEnumerable<string> labels)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine("label        gold   pred   P(exact) R(exact) F1(exact)  F1(overlap)");
        foreach (var label in labels)
            if (exact.ByKey.TryGetValue(label, out var e) && overlap.ByKey.TryGetValue(label, out var o))
                sb.AppendLine(Row(label, e, o));
        sb.AppendLine(Row("micro", exact.Micro, overlap.Micro));
        return sb.ToString();
    }

    private static string Row(string name, Score e, Score o) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-10} {e.Gold,6} {e.Predicted,6}   {e.Precision,8:0.000} {e.Recall,8:0.000} {e.F1,9:0.000}  {o.F1,11:0.000}");

    public static string Buckets(NerEvaluation evaluation)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("confidence   spans  precision");
        foreach (var (from, to, count, _, precision) in evaluation.ConfidenceBuckets().Rows())
            if (count > 0) sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{from:0.0}-{to:0.0}  {count,7}  {precision,9:0.000}"));
        return sb.ToString();
    }
}
