using Extraction.Model;

namespace Extraction.Entities.Statistical;

/// <summary>
/// The gazetteer as tagger features: every token where a gazetteer name begins (any case, longest match from that
/// token) or continues gets the bits of the name's label. Only the name lists compiled from the external
/// dictionaries are used (countries, demonyms, GeoNames, PETRARCH2 actors), not the first-name and common-word lists,
/// which are counted in the annotated corpora and would leak held-out labels into the features.
/// </summary>
public sealed class GazetteerLexicon : ITokenLexicon
{
    private static readonly string[] LabelOrder = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp];

    private readonly Gazetteer _gazetteer;
    private readonly sbyte[] _classOfEntry;  // index into Classes, -1 for labels that are no class

    public GazetteerLexicon(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        Classes = LabelOrder;
        Name = "gazetteer:" + string.Join(",", Classes);
        _classOfEntry = new sbyte[gazetteer.Count];
        for (int e = 0; e < gazetteer.Count; e++) _classOfEntry[e] = (sbyte)Array.IndexOf(LabelOrder, gazetteer.Label(e));
    }

    /// <summary>The kind of lexicon and its classes: a model is compatible with any gazetteer build of the same shape.</summary>
    public string Name { get; }
    public IReadOnlyList<string> Classes { get; }

    [ThreadStatic] private static List<Token>? _buffer;

    public void Mark(string text, ReadOnlySpan<Token> tokens, Span<uint> marks)
    {
        var list = _buffer ??= new List<Token>(64);
        list.Clear();
        foreach (var t in tokens) list.Add(t);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[tokens[i].Start])) continue;
            int end = _gazetteer.Names.MatchLongest(text, list, i, tokens.Length, out int entry);
            if (end == 0) continue;
            int k = _classOfEntry[entry];
            if (k < 0) continue;
            marks[i] |= 1u << (2 * k);
            for (int t = i + 1; t < end; t++) marks[t] |= 1u << (2 * k + 1);
        }
    }
}
