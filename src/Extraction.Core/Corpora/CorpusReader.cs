using Extraction.Pipeline;

namespace Extraction.Corpora;

/// <summary>
/// Reads any supported annotated corpus file. The format comes from <c>--format</c> when given, else from the
/// extension and the first bytes: <c>.jsonl</c> is the gold format; JSON holding "vertexSet" is Re-DocRED, other
/// JSON the gold format; anything else is CoNLL/IOB2. The label map comes from <c>--labels</c> when given, else the
/// format's default: for the gold format a <c>labels.json</c> beside the file (as re3d ships) or our labels as they are;
/// <see cref="LabelMap.ConllDefault"/>; <see cref="LabelMap.ReDocRedDefault"/>.
/// </summary>
public static class CorpusReader
{
    public const string LabelsFileName = "labels.json";

    public static readonly string[] FormatNames = ["gold", "re3d", "json", "jsonl", "conll", "iob2", "redocred", "docred"];

    public static Corpus Read(string path, CorpusFormat? format = null, string? labelsPath = null)
    {
        if (!File.Exists(path)) throw new CorpusException(ErrorCodes.InputUnreadable, $"file not found: {path}");
        var resolved = format ?? Detect(path);
        var map = labelsPath is not null ? LabelMap.Load(labelsPath) : DefaultMap(path, resolved);
        return resolved switch
        {
            CorpusFormat.Gold => GoldJsonReader.Read(path, map),
            CorpusFormat.Conll => ConllReader.Read(path, map),
            CorpusFormat.ReDocRed => ReDocRedReader.Read(path, map),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    public static LabelMap DefaultMap(string path, CorpusFormat format) => format switch
    {
        CorpusFormat.Conll => LabelMap.ConllDefault,
        CorpusFormat.ReDocRed => LabelMap.ReDocRedDefault,
        _ => LabelMapBeside(path) is { } beside ? LabelMap.Load(beside) : LabelMap.Identity,
    };

    /// <summary>The <c>labels.json</c> beside a gold file (a re3d-style corpus with its own labels), or null.</summary>
    public static string? LabelMapBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, LabelsFileName) is var beside && File.Exists(beside) ? beside : null;

    /// <summary>Parses a <c>--format</c> value; null when it names no format.</summary>
    public static CorpusFormat? ParseFormat(string name) => name.ToLowerInvariant() switch
    {
        "gold" or "re3d" or "json" or "jsonl" => CorpusFormat.Gold,
        "conll" or "iob2" => CorpusFormat.Conll,
        "redocred" or "re-docred" or "docred" => CorpusFormat.ReDocRed,
        _ => null,
    };

    public static CorpusFormat Detect(string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return CorpusFormat.Gold;
        // The head of the file is enough: a DocRED document names "vertexSet" within its first few kilobytes.
        var head = new char[64 * 1024];
        int n;
        using (var reader = new StreamReader(path)) n = reader.ReadBlock(head, 0, head.Length);
        var text = head.AsSpan(0, n).TrimStart();
        if (text.Length == 0 || (text[0] != '{' && text[0] != '[')) return CorpusFormat.Conll;
        return text.IndexOf("\"vertexSet\"", StringComparison.Ordinal) >= 0 ? CorpusFormat.ReDocRed : CorpusFormat.Gold;
    }
}
