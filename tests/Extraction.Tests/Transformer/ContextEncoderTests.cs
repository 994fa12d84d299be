using Extraction.Entities.Transformer;
using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Tests.Transformer;

/// <summary>The encoder runs offline from the NuGet package's embedded model and gives every token a deterministic vector.</summary>
public class ContextEncoderTests
{
    private static readonly ContextEncoder Encoder = ContextEncoder.Shared(1);

    private static (Token[] Tokens, float[] Vectors) Encode(string text, params (int First, int Count)[] sentences) => Encode(Encoder, text, sentences);

    private static (Token[] Tokens, float[] Vectors) Encode(ContextEncoder encoder, string text, params (int First, int Count)[] sentences)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        if (sentences.Length == 0) sentences = [(0, tokens.Count)];
        var vectors = new float[tokens.Count * encoder.Dimensions];
        encoder.Encode(text, tokens.ToArray(), sentences, vectors);
        return (tokens.ToArray(), vectors);
    }

    private static ReadOnlySpan<float> Row(float[] vectors, int token, int dimensions = ContextEncoder.HiddenSize, int offset = 0) =>
        vectors.AsSpan(token * dimensions + offset, ContextEncoder.HiddenSize);

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public void The_encoder_loads_from_the_package_with_its_vocabulary()
    {
        Assert.Equal(101, Encoder.Tokenizer.ClassificationTokenId);
        Assert.Equal(102, Encoder.Tokenizer.SeparatorTokenId);
        Assert.Equal([1996, 2103, 1997, 24529, 10023, 2378, 10175, 2072, 1012], Encoder.Tokenizer.EncodeToIds("The city of Tskhinvali.".AsSpan(), addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true));
    }

    [Fact]
    public void A_fixed_sentence_gets_the_same_384_values_per_token_every_time()
    {
        const string text = "President Putin arrived in Tashkent on Monday.";
        var (tokens, first) = Encode(text);
        var (_, second) = Encode(text);
        Assert.Equal(8, tokens.Length);
        Assert.Equal(tokens.Length * 384, first.Length);
        Assert.Equal(first, second);
        for (int t = 0; t < tokens.Length; t++)
        {
            var row = Row(first, t).ToArray();
            Assert.All(row, v => Assert.True(float.IsFinite(v)));
            Assert.Contains(row, v => v != 0);
        }
    }

    [Fact]
    public void A_sentence_reads_the_same_alone_and_in_a_padded_batch()
    {
        const string text = "Putin met Karimov. Later that week the long-delayed talks between the two delegations resumed in Tashkent.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var (_, together) = Encode(text, (0, 4), (4, tokens.Count - 4));
        var (_, alone) = Encode(text, (0, 4));
        // Padding is masked out; what remains is the int8 activation scale, which is per call.
        for (int t = 0; t < 4; t++) Assert.True(Cosine(Row(together, t), Row(alone, t)) > 0.98, $"token {t}: {Cosine(Row(together, t), Row(alone, t))}");
    }

    [Fact]
    public void Vectors_depend_on_context()
    {
        var (_, a) = Encode("Washington said the deal was done.");
        var (_, b) = Encode("They flew to Washington on Friday.");
        Assert.True(Cosine(Row(a, 0), Row(b, 3)) < 0.95);
    }

    [Fact]
    public void Packed_sentences_are_read_with_their_neighbours_and_a_lone_sentence_as_before()
    {
        var packed = ContextEncoder.Shared(1, packSentences: true);
        Assert.NotEqual(Encoder.ModelName, packed.ModelName);
        const string text = "Jordan scored twice. The crowd in Amman cheered him all night.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        (int, int)[] sentences = [(0, 4), (4, tokens.Count - 4)];

        var (_, separate) = Encode(text, sentences);
        var (_, together) = Encode(packed, text, sentences);
        var (_, again) = Encode(packed, text, sentences);
        Assert.Equal(together, again);
        // "Jordan" reads differently once the next sentence is in its window; every token still gets a vector.
        Assert.True(Cosine(Row(separate, 0), Row(together, 0)) < 0.99, $"{Cosine(Row(separate, 0), Row(together, 0))}");
        for (int t = 0; t < tokens.Count; t++) Assert.Contains(Row(together, t).ToArray(), v => v != 0);

        var (_, alone) = Encode(text, (0, 4));
        var (_, alonePacked) = Encode(packed, text, (0, 4));
        Assert.Equal(alone, alonePacked);
    }

    [Fact]
    public void A_sentence_longer_than_a_window_is_read_in_overlapping_windows()
    {
        string text = string.Join(" ", Enumerable.Range(0, 300).Select(i => i % 10 == 9 ? "Moscow ." : "word"));
        var (tokens, vectors) = Encode(text);
        Assert.True(tokens.Length > 2 * ContextEncoder.MaxSequence);
        for (int t = 0; t < tokens.Length; t++) Assert.Contains(Row(vectors, t).ToArray(), v => v != 0);
        // Rows outside the sentences given are left alone.
        var (_, partial) = Encode(text, (0, 5));
        Assert.All(partial.AsSpan(5 * ContextEncoder.HiddenSize).ToArray(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Earlier_layers_are_cut_out_of_the_same_graph_and_concatenated_or_averaged()
    {
        const string text = "The delegation from Kyrgyzstan arrived in Moscow on Friday.";
        var (tokens, second) = Encode(ContextEncoder.Shared(1, EncoderLayers.Parse("2")), text);
        var (_, fourth) = Encode(ContextEncoder.Shared(1, EncoderLayers.Parse("4")), text);
        var (_, last) = Encode(text);
        var concatenated = ContextEncoder.Shared(1, EncoderLayers.Parse("2,4"));
        var (_, both) = Encode(concatenated, text);
        var (_, mean) = Encode(ContextEncoder.Shared(1, EncoderLayers.Parse("mean:2,4")), text);
        Assert.Equal(2 * ContextEncoder.HiddenSize, concatenated.Dimensions);
        Assert.Equal(tokens.Length * ContextEncoder.HiddenSize, mean.Length);
        for (int t = 0; t < tokens.Length; t++)
        {
            // The same layer reads the same whether the graph is cut right after it or later.
            Assert.True(Cosine(Row(both, t, 2 * ContextEncoder.HiddenSize), Row(second, t)) > 0.999, $"token {t}, layer 2");
            Assert.True(Cosine(Row(both, t, 2 * ContextEncoder.HiddenSize, ContextEncoder.HiddenSize), Row(fourth, t)) > 0.999, $"token {t}, layer 4");
            var average = new float[ContextEncoder.HiddenSize];
            for (int d = 0; d < average.Length; d++) average[d] = (Row(second, t)[d] + Row(fourth, t)[d]) / 2;
            Assert.True(Cosine(Row(mean, t), average) > 0.999, $"token {t}, mean");
        }
        // An early layer is not the last one under another name.
        double similarity = Enumerable.Range(0, tokens.Length).Average(t => Cosine(Row(second, t), Row(last, t)));
        Assert.True(similarity < 0.9, $"layer 2 vs layer 6: mean cosine {similarity:F3}");
    }

    [Theory]
    [InlineData("3", "3", 384)]
    [InlineData(" 4, 2 ", "2,4", 768)]
    [InlineData("mean:4,2", "mean:2,4", 384)]
    [InlineData("mean:3", "3", 384)]
    public void Layer_specs_are_parsed_to_a_canonical_name(string spec, string canonical, int dimensions)
    {
        var layers = EncoderLayers.Parse(spec);
        Assert.Equal(canonical, layers.ToString());
        Assert.Equal(dimensions, layers.Dimensions(ContextEncoder.HiddenSize));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("2,2")]
    [InlineData("last")]
    [InlineData("max:2,4")]
    public void A_bad_layer_spec_is_refused(string spec) => Assert.Throws<FormatException>(() => EncoderLayers.Parse(spec));

    [Theory]
    [InlineData("cpu", null)]
    [InlineData("CUDA", 0)]
    [InlineData(" cuda:1 ", 1)]
    public void A_device_spec_names_the_cpu_or_a_cuda_device(string spec, int? cuda) => Assert.Equal(cuda, EncoderDevice.Parse(spec).CudaDevice);

    [Theory]
    [InlineData("")]
    [InlineData("gpu")]
    [InlineData("cuda:")]
    [InlineData("cuda:-1")]
    public void A_bad_device_spec_is_refused(string spec) => Assert.Throws<FormatException>(() => EncoderDevice.Parse(spec));

    [Fact]
    public void A_head_is_read_by_the_same_encoder_at_either_precision_but_not_by_other_layers()
    {
        string int8 = Encoder.ModelName;
        Assert.Contains(", int8,", int8);
        Assert.True(Encoder.Reads(int8));
        Assert.True(Encoder.Reads(int8.Replace(", int8,", ", float32,")));  // a head trained on the GPU's float32 vectors
        Assert.False(Encoder.Reads(ContextEncoder.Shared(1, EncoderLayers.Parse("2")).ModelName));
        Assert.False(Encoder.Reads(int8.Replace(", int8,", ", int4,")));
    }

    [Fact]
    public void A_layer_deeper_than_the_model_is_refused_at_load()
    {
        var error = Assert.Throws<InvalidDataException>(() => new ContextEncoder(1, EncoderLayers.Parse("7")));
        Assert.Contains("6 layers", error.Message);
    }
}
