using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Relations;

/// <summary>One candidate pair for training: its feature string, its class and its weight.</summary>
public sealed class PairExample
{
    public string Features { get; set; } = "";
    public string Label { get; set; } = "";
    public float Weight { get; set; } = 1f;
}

/// <summary>
/// Multiclass maximum-entropy classifier (ML.NET L-BFGS) over the sparse <see cref="PairFeatures"/> of an entity
/// pair. Classes: <see cref="None"/>, or a relation type with the direction appended: "TYPE&gt;" when the first
/// entity in text order is the head, "TYPE&lt;" when the second is. Training is single-threaded with a fixed
/// seed, so the same data gives the same model. Prediction is thread-safe (one engine per thread).
/// </summary>
public sealed class RelationClassifier : IDisposable
{
    public const string None = "NONE";

    private readonly ITransformer _model;
    private readonly MLContext _ml;
    private readonly ThreadLocal<PredictionEngine<PairExample, PairOutput>> _engines;
    private readonly string[] _classes;

    private sealed class PairOutput
    {
        [ColumnName("Score")] public float[] Score { get; set; } = [];
    }

    private RelationClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _engines = new ThreadLocal<PredictionEngine<PairExample, PairOutput>>(
            () => _ml.Model.CreatePredictionEngine<PairExample, PairOutput>(_model, inputSchema), trackAllValues: true);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        _engines.Value!.OutputSchema["Score"].GetSlotNames(ref slotNames);
        _classes = slotNames.DenseValues().Select(v => v.ToString()).ToArray();
    }

    /// <summary>The class names in score order.</summary>
    public IReadOnlyList<string> Classes => _classes;

    public static RelationClassifier Train(IEnumerable<PairExample> examples, int seed = 1)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples);
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(PairExample.Features), [' '])
            .Append(ml.Transforms.Conversion.MapValueToKey("TokenKeys", "Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("FeatureVector", "TokenKeys", ngramLength: 1, useAllLengths: false,
                weighting: Microsoft.ML.Transforms.Text.NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(PairExample.Label)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "FeatureVector",
                ExampleWeightColumnName = nameof(PairExample.Weight),
                L2Regularization = 0.5f,
                L1Regularization = 0.05f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }));
        var model = pipeline.Fit(data);
        return new RelationClassifier(ml, model, data.Schema);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<PairExample>()).Schema;
        _ml.Model.Save(_model, schema, path);
    }

    public static RelationClassifier Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(path, out var schema);
        return new RelationClassifier(ml, model, schema);
    }

    /// <summary>The most probable relation class other than NONE, with its probability.</summary>
    public (string Class, float Probability) BestRelation(string features)
    {
        var scores = _engines.Value!.Predict(new PairExample { Features = features }).Score;
        int best = -1;
        for (int i = 0; i < scores.Length; i++)
            if (_classes[i] != None && (best < 0 || scores[i] > scores[best])) best = i;
        return best < 0 ? (None, 0f) : (_classes[best], scores[best]);
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
