using Extraction.Entities.Statistical;
using Extraction.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Extraction.Training;

public sealed record NerTrainerOptions
{
    public int Seed { get; init; } = 1;
    /// <summary>Features seen on fewer unmasked tokens than this are dropped before training (noise, and model size).</summary>
    public int MinFeatureCount { get; init; } = 2;
    public float L1 { get; init; } = 0.1f;
    /// <summary>
    /// Chosen on text unlike the training data (a model trained without UNER dev, scored on it: L2 0.1 / 0.5 / 2 / 5 gave
    /// 0.600 / 0.608 / 0.616 / 0.615 exact micro-F1; docs/accuracy.md): a firmer prior generalizes better.
    /// </summary>
    public float L2 { get; init; } = 2f;
    public int MaxIterations { get; init; } = 300;
    /// <summary>
    /// Token vectors are multiplied by this in training and the learned dense weights by it afterwards, so the model
    /// scores the vectors as given: a scale under 1 regularizes the dense weights more than the sparse ones. Chosen on
    /// the two development protocols of docs/accuracy.md (scale 2 / 1 / 0.5 / 0.25: UNER dev 0.659 / 0.670 / 0.673 /
    /// 0.668, CrossNER train 0.794 / 0.800 / 0.791 at 1 / 0.5 / 0.25).
    /// </summary>
    public float DenseScale { get; init; } = 0.5f;
    public float Tolerance { get; init; } = 1e-6f;
}

/// <summary>
/// Trains the tagger's weights with Microsoft.ML: each unmasked token is one example of a multinomial logistic
/// regression (L-BFGS maximum entropy, L1+L2) over its hashed sparse features, its gold BIO tag as the class and its
/// weight as the example weight. The learned weights are then copied out of the ML.NET model into a
/// <see cref="NerModel"/>, which the pipeline evaluates with its own code.
/// </summary>
public static class NerTrainer
{
    private sealed class Row
    {
        public string Tag = "";
        public VBuffer<float> Features;
        public float Weight;
    }

    public static NerModel Train(IReadOnlyList<NerExample> examples, NerModelInfo info, ITokenLexicon? lexicon, WordClusters? clusters,
        NerTrainerOptions options, TextWriter? log = null)
    {
        var tags = new NerTagSet(info.Labels);
        int per = NerFeaturizer.FeaturesPerToken + NerFeaturizer.TransitionFeaturesPerToken;

        // Featurize once; count each feature over the tokens that carry loss.
        var featurized = new List<uint[]>(examples.Count);
        var counts = new Dictionary<uint, int>();
        foreach (var example in examples)
        {
            var features = Featurize(example, lexicon, clusters);
            featurized.Add(features);
            for (int t = 0; t < example.Tokens.Length; t++)
            {
                if (example.Weights[t] <= 0) continue;
                foreach (uint f in features.AsSpan(t * per, per))
                    if (f != 0) counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }
        // Sorted by hash: the column order, and so the trained weights, depend only on the data.
        var kept = counts.Where(kv => kv.Value >= options.MinFeatureCount).Select(kv => kv.Key).Order().ToArray();
        var column = new Dictionary<uint, int>(kept.Length);
        for (int i = 0; i < kept.Length; i++) column[kept[i]] = i;

        int dimensions = info.EmbeddingDimensions;
        var rows = new List<Row>();
        var indices = new List<int>(per);
        for (int e = 0; e < examples.Count; e++)
        {
            var example = examples[e];
            for (int t = 0; t < example.Tokens.Length; t++)
            {
                if (example.Weights[t] <= 0) continue;
                indices.Clear();
                foreach (uint f in featurized[e].AsSpan(t * per, per))
                    if (f != 0 && column.TryGetValue(f, out int c)) indices.Add(c);
                indices.Sort();
                var unique = indices.Distinct().ToArray();
                // The token's contextual vector, if the model reads one, follows the sparse columns.
                var vector = example.Vectors.Span.Slice(t * dimensions, dimensions);
                var values = new float[unique.Length + dimensions];
                Array.Fill(values, 1f, 0, unique.Length);
                for (int d = 0; d < dimensions; d++) values[unique.Length + d] = vector[d] * options.DenseScale;
                var at = new int[unique.Length + dimensions];
                unique.CopyTo(at, 0);
                for (int d = 0; d < dimensions; d++) at[unique.Length + d] = kept.Length + d;
                rows.Add(new Row
                {
                    Tag = TagKey(example.Tags[t]),
                    Features = new VBuffer<float>(kept.Length + dimensions, at.Length, values, at),
                    Weight = example.Weights[t],
                });
            }
        }
        log?.WriteLine($"train: {examples.Count:N0} sentences, {rows.Count:N0} unmasked tokens, {kept.Length:N0} features (of {counts.Count:N0} seen), {tags.Count} tags");

        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, kept.Length + dimensions);
        // The class of each ML.NET output is read back from the key's values rather than assumed, so a tag that never
        // occurs in the data (a tiny training set) simply gets no weights.
        var raw = ml.Data.LoadFromEnumerable(rows, schema);
        var data = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Tag), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Fit(raw).Transform(raw);
        data = ml.Data.Cache(data);  // L-BFGS makes one pass per iteration
        VBuffer<ReadOnlyMemory<char>> keyValues = default;
        data.Schema["Label"].GetKeyValues(ref keyValues);
        var classTags = keyValues.DenseValues().Select(v => int.Parse(v.Span)).ToArray();
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.MaxIterations,
            OptimizationTolerance = options.Tolerance,
            HistorySize = 20,
            NumberOfThreads = 1,  // a fixed summation order keeps training bit-for-bit reproducible
        });
        var parameters = trainer.Fit(data).Model;

        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out int classes);
        var classBiases = parameters.GetBiases().ToArray();
        if (classes != classTags.Length) throw new InvalidOperationException($"trainer returned {classes} classes for {classTags.Length} tags");

        // Tags absent from the data never win: zero weights and a very low bias.
        var dense = new float[tags.Count][];
        var biases = new float[tags.Count];
        Array.Fill(biases, -30f);
        for (int y = 0; y < tags.Count; y++) dense[y] = new float[kept.Length + dimensions];
        for (int c = 0; c < classes; c++)
        {
            dense[classTags[c]] = weights[c].DenseValues().ToArray();
            biases[classTags[c]] = classBiases[c];
        }

        // Keep only features with a weight for some tag (L1 zeroes most), as rows of per-tag weights.
        var keys = new List<uint>();
        var table = new List<float>();
        for (int c = 0; c < kept.Length; c++)
        {
            bool any = false;
            for (int y = 0; y < tags.Count && !any; y++) any = dense[y][c] != 0;
            if (!any) continue;
            keys.Add(kept[c]);
            for (int y = 0; y < tags.Count; y++) table.Add(dense[y][c]);
        }
        log?.WriteLine($"train: {keys.Count:N0} features with non-zero weights kept in the model");
        var vectorWeights = new float[dimensions * tags.Count];
        for (int d = 0; d < dimensions; d++)
            for (int y = 0; y < tags.Count; y++) vectorWeights[d * tags.Count + y] = dense[y][kept.Length + d] * options.DenseScale;
        return new NerModel(info, keys.ToArray(), table.ToArray(), biases, vectorWeights);
    }

    /// <summary>Zero-padded so that ordering the keys by value orders them by tag.</summary>
    private static string TagKey(int tag) => tag.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Observation features plus the transition features for the gold previous tag (teacher forcing). After a masked
    /// token the previous tag is unknown, so the transition slots stay empty.
    /// </summary>
    private static uint[] Featurize(NerExample example, ITokenLexicon? lexicon, WordClusters? clusters)
    {
        int n = example.Tokens.Length, observed = NerFeaturizer.FeaturesPerToken, per = observed + NerFeaturizer.TransitionFeaturesPerToken;
        var marks = lexicon is null ? [] : new uint[n];
        lexicon?.Mark(example.Text, example.Tokens, marks);
        var hashes = new NerFeaturizer.TokenHashes[n];
        var features = new uint[n * observed];
        NerFeaturizer.Featurize(example.Text, example.Tokens, marks, clusters, hashes, features);
        var all = new uint[n * per];
        for (int t = 0; t < n; t++)
        {
            features.AsSpan(t * observed, observed).CopyTo(all.AsSpan(t * per));
            if (t > 0 && example.Weights[t - 1] <= 0) continue;
            NerFeaturizer.TransitionFeatures(hashes[t], t == 0 ? NerFeaturizer.StartTag : example.Tags[t - 1], all.AsSpan(t * per + observed, NerFeaturizer.TransitionFeaturesPerToken));
        }
        return all;
    }
}
