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

    /// <summary>"EXREL" and a format version: the file is this program's own, weights and vocabulary only.</summary>
    private static ReadOnlySpan<byte> Magic => "EXREL"u8;
    public const int FormatVersion = 1;

    private readonly string[] _classes;
    /// <summary>Feature words in slot order (the model's vocabulary).</summary>
    private readonly string[] _vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slots;
    /// <summary>Weights by feature slot then class: slot * classes + class.</summary>
    private readonly float[] _weights;
    private readonly float[] _biases;

    private RelationClassifier(string[] classes, string[] vocabulary, float[] weights, float[] biases)
    {
        if (weights.Length != vocabulary.Length * classes.Length || biases.Length != classes.Length)
            throw new InvalidDataException($"relation model: {weights.Length} weights and {biases.Length} biases for {vocabulary.Length} features × {classes.Length} classes");
        _classes = classes;
        _vocabulary = vocabulary;
        _weights = weights;
        _biases = biases;
        var slots = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int slot = 0; slot < vocabulary.Length; slot++) slots.TryAdd(vocabulary[slot], slot);
        _slots = slots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classes, vocabulary and weights of a model ML.NET trained.</summary>
    private static RelationClassifier FromTrained(ITransformer model, DataViewSchema inputSchema)
    {
        var output = model.GetOutputSchema(inputSchema);
        var classNames = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref classNames);
        string[] classes = classNames.DenseValues().Select(v => v.ToString()).ToArray();
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        output["FeatureVector"].GetSlotNames(ref slotNames);
        string[] vocabulary = slotNames.DenseValues().Select(v => v.ToString()).ToArray();

        var parameters = ((IEnumerable<ITransformer>)model).OfType<ISingleFeaturePredictionTransformer<object>>()
            .Select(t => t.Model).OfType<LinearMulticlassModelParametersBase>().Single();
        VBuffer<float>[] perClass = [];
        parameters.GetWeights(ref perClass, out int classCount);
        if (classCount != classes.Length) throw new InvalidDataException($"relation model has {classCount} weight vectors for {classes.Length} classes");
        var weights = new float[vocabulary.Length * classCount];
        for (int c = 0; c < classCount; c++)
            foreach (var (index, value) in perClass[c].Items())
                weights[index * classCount + c] = value;
        return new RelationClassifier(classes, vocabulary, weights, parameters.GetBiases().ToArray());
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
        return FromTrained(model, data.Schema);
    }

    /// <summary>
    /// Writes the model as this program's own file: magic, format version, class names, vocabulary, weights and biases
    /// (little-endian). Loading it needs no ML.NET, which kept half a second off every start.
    /// </summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new BinaryWriter(File.Create(path), System.Text.Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_classes.Length);
        foreach (var c in _classes) writer.Write(c);
        writer.Write(_vocabulary.Length);
        foreach (var word in _vocabulary) writer.Write(word);
        foreach (float w in _weights) writer.Write(w);
        foreach (float b in _biases) writer.Write(b);
    }

    /// <summary>Loads a model file; a foreign, truncated or incompatible file is an <see cref="InvalidDataException"/>.</summary>
    public static RelationClassifier Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), System.Text.Encoding.UTF8);
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException($"{path}: not an Extraction relation model");
            int format = reader.ReadInt32();
            if (format != FormatVersion)
                throw new InvalidDataException($"{path}: relation model format {format}, this program reads {FormatVersion}; retrain with `extraction train relations`");
            var classes = new string[reader.ReadInt32()];
            for (int i = 0; i < classes.Length; i++) classes[i] = reader.ReadString();
            var vocabulary = new string[reader.ReadInt32()];
            for (int i = 0; i < vocabulary.Length; i++) vocabulary[i] = reader.ReadString();
            var weights = new float[vocabulary.Length * classes.Length];
            for (int i = 0; i < weights.Length; i++) weights[i] = reader.ReadSingle();
            var biases = new float[classes.Length];
            for (int i = 0; i < biases.Length; i++) biases[i] = reader.ReadSingle();
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException($"{path}: trailing bytes after the model");
            return new RelationClassifier(classes, vocabulary, weights, biases);
        }
        catch (Exception ex) when (ex is EndOfStreamException or OverflowException or OutOfMemoryException)
        {
            throw new InvalidDataException($"{path}: not a valid relation model ({ex.Message})", ex);
        }
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
