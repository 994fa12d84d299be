using System.Globalization;
using Onnx;

namespace Extraction.Entities.Transformer;

/// <summary>
/// Which hidden states of the encoder make a token's vector: one layer ("3"), several concatenated ("2,4": 384 values
/// each), or their mean ("mean:2,4": 384 values). Layers are numbered from 1 (after the first transformer block) to the
/// model's depth. At load the ONNX graph is cut after the deepest chosen layer (<see cref="Cut"/>), so the layers
/// above it cost nothing: the encoder's time is roughly proportional to that layer's number.
/// The spec is the ner stage's <c>encoder_layers</c> setting, the <c>--encoder-layers</c> option of
/// <c>train ner</c>, and part of <see cref="ContextEncoder.ModelName"/>, which a trained head records.
/// </summary>
public sealed class EncoderLayers
{
    private const string MeanPrefix = "mean:";

    /// <summary>The last layer of all-MiniLM-L6-v2: its <c>last_hidden_state</c>, the whole model.</summary>
    public static readonly EncoderLayers Last = Parse("6");

    private EncoderLayers(int[] layers, bool mean)
    {
        Layers = layers;
        Mean = mean;
    }

    /// <summary>Layer numbers, ascending, distinct.</summary>
    public IReadOnlyList<int> Layers { get; }
    /// <summary>True: the layers' states are averaged; false: concatenated (in <see cref="Layers"/> order).</summary>
    public bool Mean { get; }
    public int Deepest => Layers[^1];

    /// <summary>Values per token for a model of <paramref name="hiddenSize"/> values per layer.</summary>
    public int Dimensions(int hiddenSize) => Mean ? hiddenSize : hiddenSize * Layers.Count;

    /// <summary>Parses "3", "2,4" or "mean:2,4"; throws <see cref="FormatException"/> with what is expected.</summary>
    public static EncoderLayers Parse(string spec)
    {
        string text = spec.Trim();
        bool mean = text.StartsWith(MeanPrefix, StringComparison.Ordinal);
        if (mean) text = text[MeanPrefix.Length..];
        var layers = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int layer) || layer < 1 || !layers.Add(layer))
                throw new FormatException($"encoder layers \"{spec}\": expected distinct layer numbers from 1, e.g. \"3\", \"2,4\" (concatenated) or \"mean:2,4\"");
        // The mean of one layer is that layer.
        return new EncoderLayers(layers.ToArray(), mean && layers.Count > 1);
    }

    public override string ToString() => (Mean ? MeanPrefix : "") + string.Join(",", Layers);

    /// <summary>
    /// Makes the chosen layers' hidden states the graph's outputs and removes every node and weight that no longer feeds
    /// them (the deeper layers and the pooler). Returns the output names, in <see cref="Layers"/> order.
    /// A layer's state is the output of its final LayerNorm, found by the bias it adds (<c>encoder.layer.{i}.output.LayerNorm.bias</c>,
    /// i from 0), as exported by Hugging Face's BERT.
    /// </summary>
    public string[] Cut(ModelProto model)
    {
        var graph = model.Graph;
        var stateOf = new Dictionary<int, string>();
        foreach (var node in graph.Node)
            foreach (var input in node.Input)
                if (input.StartsWith("encoder.layer.", StringComparison.Ordinal) && input.EndsWith(".output.LayerNorm.bias", StringComparison.Ordinal) &&
                    int.TryParse(input.AsSpan("encoder.layer.".Length, input.Length - "encoder.layer.".Length - ".output.LayerNorm.bias".Length),
                        NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                    stateOf[index + 1] = node.Output[0];
        if (stateOf.Count == 0 || !stateOf.ContainsKey(Deepest))
            throw new InvalidDataException($"encoder layers \"{this}\": the model has {stateOf.Count} layers");
        var outputs = Layers.Select(l => stateOf[l]).ToArray();

        // Every output is a float [batch, sequence, hidden] tensor like the one the model already declares.
        var template = graph.Output[0].Type;
        graph.Output.Clear();
        foreach (var name in outputs) graph.Output.Add(new ValueInfoProto { Name = name, Type = template.Clone() });

        // Walk back from the outputs: a node is kept when something kept reads one of its outputs.
        var needed = new HashSet<string>(outputs, StringComparer.Ordinal);
        var kept = new List<NodeProto>();
        for (int i = graph.Node.Count - 1; i >= 0; i--)
        {
            var node = graph.Node[i];
            if (!node.Output.Any(needed.Contains)) continue;
            kept.Add(node);
            needed.UnionWith(node.Input);
        }
        kept.Reverse();
        graph.Node.Clear();
        graph.Node.Add(kept);
        var unused = graph.Initializer.Where(t => !needed.Contains(t.Name)).ToList();
        foreach (var tensor in unused) graph.Initializer.Remove(tensor);
        var staleInfo = graph.ValueInfo.Where(v => !needed.Contains(v.Name)).ToList();
        foreach (var info in staleInfo) graph.ValueInfo.Remove(info);
        return outputs;
    }
}
