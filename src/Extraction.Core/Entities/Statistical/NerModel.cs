using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Entities.Statistical;

/// <summary>What a model file says about itself (the JSON block of its header).</summary>
public sealed class NerModelInfo
{
    public int FormatVersion { get; set; } = NerModel.FormatVersion;
    public int FeaturizerVersion { get; set; } = NerFeaturizer.Version;
    public required string[] Labels { get; set; }
    /// <summary>The <see cref="ITokenLexicon.Name"/> the model was trained with, or null for none.</summary>
    public string? Lexicon { get; set; }
    /// <summary>The <see cref="Statistical.WordClusters.Name"/> of the word classes the model was trained with, or null for none.</summary>
    public string? WordClusters { get; set; }
    public string TrainedAt { get; set; } = "";
    public string[] Corpora { get; set; } = [];
    public string Command { get; set; } = "";
    public int Seed { get; set; }
    /// <summary>Platt scaling of entity confidence: calibrated = σ(A·logit(p) + B); identity when A = 1, B = 0.</summary>
    public double CalibrationA { get; set; } = 1;
    public double CalibrationB { get; set; }
    /// <summary>
    /// The contextual encoder whose token vectors the model also reads (<see cref="Transformer.ContextEncoder.ModelName"/>),
    /// or null for a model of sparse features only; <see cref="EmbeddingDimensions"/> is the length of those vectors.
    /// </summary>
    public string? Encoder { get; set; }
    public int EmbeddingDimensions { get; set; }
    /// <summary>Held-out scores measured when the model was built, for the model card.</summary>
    public Dictionary<string, double> Scores { get; set; } = new();
}

/// <summary>
/// A linear tagger's weights: for every kept feature hash one row of per-tag weights, plus per-tag biases.
/// File layout (little-endian): magic "EXNER\0", int32 format version, int32 JSON length, the <see cref="NerModelInfo"/>
/// JSON, int32 rows, int32 tags, uint32[rows] feature hashes, float32[rows·tags] weights, float32[tags] biases, and for a
/// model that reads token vectors (<see cref="NerModelInfo.EmbeddingDimensions"/> = D &gt; 0) float32[D·tags] dense weights.
/// Only features that survived training with a non-zero weight are stored; at load they go into an open-addressing
/// table so that scoring a token is a handful of probes and vector adds, with no allocation.
/// </summary>
public sealed class NerModel
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "EXNER\0"u8.ToArray();

    private readonly uint[] _slots;      // feature hash per slot, 0 = empty
    private readonly int[] _rows;        // row index per slot
    private readonly int _shift;
    private readonly float[] _weights;   // rows × Stride, padded with zeros so rows are whole vectors
    private readonly float[] _biases;    // Stride, padded
    private readonly float[] _transitionBase;  // (tags + 1) × Stride, see TransitionBase
    private readonly float[] _dense;     // EmbeddingDimensions × Stride: per vector dimension, its per-tag weights

    public NerModelInfo Info { get; }
    public NerTagSet Tags { get; }
    public int Stride { get; }
    public int RowCount { get; }
    private readonly uint[] _keys;

    public NerModel(NerModelInfo info, ReadOnlySpan<uint> keys, ReadOnlySpan<float> weights, ReadOnlySpan<float> biases, ReadOnlySpan<float> dense = default)
    {
        Info = info;
        Tags = new NerTagSet(info.Labels);
        int tags = Tags.Count;
        if (biases.Length != tags || weights.Length != keys.Length * tags || dense.Length != info.EmbeddingDimensions * tags)
            throw new ArgumentException($"model shape mismatch: {keys.Length} rows, {tags} tags, {weights.Length} weights, {biases.Length} biases, " +
                                        $"{dense.Length} dense weights for {info.EmbeddingDimensions} dimensions");
        RowCount = keys.Length;
        _keys = keys.ToArray();
        int lanes = Vector<float>.Count;
        Stride = (tags + lanes - 1) / lanes * lanes;
        _weights = new float[RowCount * Stride];
        for (int r = 0; r < RowCount; r++) weights.Slice(r * tags, tags).CopyTo(_weights.AsSpan(r * Stride));
        _biases = new float[Stride];
        biases.CopyTo(_biases);
        _dense = new float[info.EmbeddingDimensions * Stride];
        for (int d = 0; d < info.EmbeddingDimensions; d++) dense.Slice(d * tags, tags).CopyTo(_dense.AsSpan(d * Stride));

        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, RowCount * 2));
        _shift = 32 - BitOperations.Log2((uint)capacity);
        _slots = new uint[capacity];
        _rows = new int[capacity];
        for (int r = 0; r < RowCount; r++)
        {
            uint key = keys[r];
            if (key == 0) throw new ArgumentException("feature hash 0 is reserved for 'no feature'");
            int slot = Home(key);
            while (_slots[slot] != 0)
            {
                if (_slots[slot] == key) throw new ArgumentException($"duplicate feature hash {key}");
                slot = (slot + 1) & (capacity - 1);
            }
            _slots[slot] = key;
            _rows[slot] = r;
        }

        _transitionBase = new float[(tags + 1) * Stride];
        for (int p = 0; p <= tags; p++)
        {
            var baseRow = _transitionBase.AsSpan(p * Stride, Stride);
            int row = Row(NerFeaturizer.PreviousTagFeature(p == tags ? NerFeaturizer.StartTag : p));
            for (int y = 0; y < Stride; y++)
            {
                bool allowed = y < tags && (p == tags ? !NerTagSet.IsInside(y) : NerTagSet.Allowed(p, y));
                baseRow[y] = !allowed ? float.NegativeInfinity : row >= 0 ? _weights[row * Stride + y] : 0;
            }
        }
    }

    /// <summary>
    /// Per-tag weights of the previous-tag feature for previous tag <paramref name="previous"/> (<c>Tags.Count</c> = the
    /// sentence start), with −∞ where BIO forbids the transition and in the padding lanes: added to a token's scores it
    /// leaves only the transition features that depend on the token itself.
    /// </summary>
    public ReadOnlySpan<float> TransitionBase(int previous) => _transitionBase.AsSpan(previous * Stride, Stride);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Row(uint key)
    {
        int mask = _slots.Length - 1;
        for (int slot = Home(key); ; slot = (slot + 1) & mask)
        {
            uint k = _slots[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
        }
    }

    /// <summary>
    /// Per-tag scores of the observation features of each token: <paramref name="scores"/>[t·Stride + tag] =
    /// bias + Σ weights of the token's <see cref="NerFeaturizer.FeaturesPerToken"/> features (+ the dense weights · the
    /// token's vector in <paramref name="embeddings"/>, <see cref="NerModelInfo.EmbeddingDimensions"/> floats per token,
    /// for a model that reads them).
    /// </summary>
    public void Score(ReadOnlySpan<uint> features, int tokenCount, Span<float> scores, ReadOnlySpan<float> embeddings = default)
    {
        int per = NerFeaturizer.FeaturesPerToken, dimensions = Info.EmbeddingDimensions;
        if (embeddings.Length != tokenCount * dimensions)
            throw new ArgumentException($"the model reads {dimensions} values per token; got {embeddings.Length} for {tokenCount} tokens");
        int lanes = Vector<float>.Count;
        for (int t = 0; t < tokenCount; t++)
        {
            var acc = scores.Slice(t * Stride, Stride);
            _biases.CopyTo(acc);
            Accumulate(features.Slice(t * per, per), acc);
            var vector = embeddings.Slice(t * dimensions, dimensions);
            for (int d = 0; d < dimensions; d++)
            {
                var x = new Vector<float>(vector[d]);
                var row = _dense.AsSpan(d * Stride, Stride);
                for (int j = 0; j < Stride; j += lanes) (new Vector<float>(acc[j..]) + x * new Vector<float>(row[j..])).CopyTo(acc[j..]);
            }
        }
    }

    /// <summary>Adds the weight rows of <paramref name="features"/> (0 = none) to <paramref name="acc"/> (<see cref="Stride"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Accumulate(ReadOnlySpan<uint> features, Span<float> acc)
    {
        int lanes = Vector<float>.Count;
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref float a0 = ref MemoryMarshal.GetReference(acc);
        foreach (uint f in features)
        {
            if (f == 0) continue;
            int row = Row(f);
            if (row < 0) continue;
            ref float r0 = ref Unsafe.Add(ref w0, row * Stride);
            for (int j = 0; j < Stride; j += lanes)
            {
                var sum = Vector.LoadUnsafe(ref a0, (nuint)j) + Vector.LoadUnsafe(ref r0, (nuint)j);
                sum.StoreUnsafe(ref a0, (nuint)j);
            }
        }
    }

    /// <summary>Calibrated confidence for a raw span probability (see <see cref="NerModelInfo.CalibrationA"/>).</summary>
    public double Calibrate(double probability) => PlattScaling.Apply(probability, Info.CalibrationA, Info.CalibrationB);

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(Info, JsonOptions);
        writer.Write(json.Length);
        writer.Write(json);
        writer.Write(RowCount);
        writer.Write(Tags.Count);
        writer.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        for (int r = 0; r < RowCount; r++) writer.Write(MemoryMarshal.AsBytes(_weights.AsSpan(r * Stride, Tags.Count)));
        writer.Write(MemoryMarshal.AsBytes(_biases.AsSpan(0, Tags.Count)));
        for (int d = 0; d < Info.EmbeddingDimensions; d++) writer.Write(MemoryMarshal.AsBytes(_dense.AsSpan(d * Stride, Tags.Count)));
    }

    /// <summary>Loads a model file; a foreign, truncated or incompatible file is an <see cref="InvalidDataException"/>.</summary>
    public static NerModel Load(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return Read(bytes, path);
        }
        catch (Exception ex) when (ex is ArgumentException or JsonException or EndOfStreamException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"{path}: not a valid NER model ({ex.Message})", ex);
        }
    }

    private static NerModel Read(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length < Magic.Length + 8 || !bytes[..Magic.Length].SequenceEqual(Magic))
            throw new InvalidDataException($"{path}: not an Extraction NER model");
        int pos = Magic.Length;
        int format = ReadInt(bytes, ref pos);
        if (format != FormatVersion)
            throw new InvalidDataException($"{path}: model format {format}, this program reads {FormatVersion}; retrain with `extraction train ner`");
        int jsonLength = ReadInt(bytes, ref pos);
        var info = JsonSerializer.Deserialize<NerModelInfo>(bytes.Slice(pos, jsonLength), JsonOptions)
                   ?? throw new InvalidDataException($"{path}: empty model header");
        pos += jsonLength;
        if (info.FeaturizerVersion != NerFeaturizer.Version)
            throw new InvalidDataException($"{path}: trained with featurizer v{info.FeaturizerVersion}, this program has v{NerFeaturizer.Version}; retrain with `extraction train ner`");
        int rows = ReadInt(bytes, ref pos), tags = ReadInt(bytes, ref pos);
        var keys = MemoryMarshal.Cast<byte, uint>(bytes.Slice(pos, rows * 4));
        pos += rows * 4;
        var weights = MemoryMarshal.Cast<byte, float>(bytes.Slice(pos, rows * tags * 4));
        pos += rows * tags * 4;
        var biases = MemoryMarshal.Cast<byte, float>(bytes.Slice(pos, tags * 4));
        pos += tags * 4;
        var dense = MemoryMarshal.Cast<byte, float>(bytes.Slice(pos, info.EmbeddingDimensions * tags * 4));
        pos += info.EmbeddingDimensions * tags * 4;
        if (pos != bytes.Length) throw new InvalidDataException($"{path}: {bytes.Length - pos} trailing bytes");
        return new NerModel(info, keys, weights, biases, dense);
    }

    private static int ReadInt(ReadOnlySpan<byte> bytes, ref int pos)
    {
        int value = BitConverter.ToInt32(bytes.Slice(pos, 4));
        pos += 4;
        if (value < 0) throw new InvalidDataException("negative length in model file");
        return value;
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
