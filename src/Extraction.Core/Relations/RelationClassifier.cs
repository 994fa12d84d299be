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
/// The relation pair classifier: multiclass maximum entropy (ML.NET L-BFGS) over the word-bag of the sparse
/// <see cref="PairFeatures"/> of an entity pair. Classes: <see cref="None"/>, or a relation type with the direction
/// appended: "TYPE&gt;" when the first entity in text order is the head, "TYPE&lt;" when the second is. Training is
/// single-threaded with a fixed seed, so the same data gives the same model. Trained and saved with ML.NET, evaluated at
/// run time by this class's own thread-safe code from the model's vocabulary and weights, which gives the same
/// probabilities as ML.NET's prediction engine without its per-call allocations (it was most of the pipeline's time).
/// </summary>
public sealed class RelationClassifier
{
    public const string None = "NONE";

    private readonly ITransformer _model;
    private readonly MLContext _ml;
    private readonly string[] _classes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slots;
    /// <summary>Weights by feature slot then class: slot * classes + class.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;

    private RelationClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        var output = model.GetOutputSchema(inputSchema);
        var classNames = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref classNames);
        _classes = classNames.DenseValues().Select(v => v.ToString()).ToArray();
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        output["FeatureVector"].GetSlotNames(ref slotNames);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        int slot = 0;
        foreach (var name in slotNames.DenseValues()) slots.TryAdd(name.ToString(), slot++);
        _slots = slots.GetAlternateLookup<ReadOnlySpan<char>>();

        var parameters = ((IEnumerable<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<object>>()
            .Select(t => t.Model).OfType<LinearMulticlassModelParametersBase>().Single();
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out int classCount);
        if (classCount != _classes.Length) throw new InvalidDataException($"relation model has {classCount} weight vectors for {_classes.Length} classes");
        _weights = new float[slot * classCount];
        for (int c = 0; c < classCount; c++)
            foreach (var (index, value) in perClass[c].Items())
                _weights[index * classCount + c] = value;
        _biases = parameters.GetBiases().ToArray();
    }

    public IReadOnlyList<string> Classes => _classes;

    public static RelationClassifier Train(IEnumerable<PairExample> examples, int seed, float l2, float l1)
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
                L2Regularization = l2,
                L1Regularization = l1,
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

    /// <summary>
    /// The most probable class other than NONE and its probability: softmax over bias + Σ count × weight of the
    /// space-separated feature words (unknown words carry no weight, as in ML.NET's bag of words).
    /// </summary>
    public (string Class, float Probability) BestRelation(ReadOnlySpan<char> features)
    {
        int classes = _classes.Length;
        Span<float> logits = classes <= 64 ? stackalloc float[classes] : new float[classes];
        _biases.CopyTo(logits);
        var weights = _weights.AsSpan();
        foreach (var range in features.Split(' '))
        {
            var word = features[range];
            if (word.IsEmpty || !_slots.TryGetValue(word, out int slot)) continue;
            System.Numerics.Tensors.TensorPrimitives.Add(logits, weights.Slice(slot * classes, classes), logits);
        }
        float max = System.Numerics.Tensors.TensorPrimitives.Max(logits);
        float sum = 0;
        for (int i = 0; i < classes; i++) sum += logits[i] = MathF.Exp(logits[i] - max);
        int best = -1;
        for (int i = 0; i < classes; i++)
            if (_classes[i] != None && (best < 0 || logits[i] > logits[best])) best = i;
        return best < 0 ? (None, 0f) : (_classes[best], logits[best] / sum);
    }
}
