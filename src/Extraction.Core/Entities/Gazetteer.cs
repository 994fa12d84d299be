using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Extraction.Model;

namespace Extraction.Entities;

/// <summary>How a gazetteer name may be matched.</summary>
[Flags]
public enum GazetteerFlags : byte
{
    None = 0,
    /// <summary>Also a common English word ("Nice", "Reading"): never sentence-initial.</summary>
    CommonWord = 1,
    /// <summary>An all-capitals abbreviation ("UK", "UN"): only matched in capitals.</summary>
    ExactCase = 2,
    /// <summary>Also a first name or another kind of name: skipped inside a longer capitalised name.</summary>
    Ambiguous = 4,
    /// <summary>A small place (below the major-city population): lower confidence.</summary>
    Minor = 8,
}

public readonly record struct GazetteerEntry(string Key, string Label, GazetteerFlags Flags, string Canonical);

/// <summary>
/// The compiled name lists: names → (label, canonical, flags), plus the common-word and first-name lists that
/// the rules use. Stored as gzip'd TSV with a version line and a provenance header (sources, licences, counts);
/// written by <see cref="GazetteerBuilder"/> (<c>extraction gazetteer build</c>), loaded once per process.
/// </summary>
public sealed class Gazetteer
{
    public const string FormatLine = "# extraction-gazetteer v1";

    private readonly string[] _labels;
    private readonly string[] _canonicals;
    private readonly GazetteerFlags[] _flags;
    private readonly HashSet<string> _commonWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;
    private readonly HashSet<string> _firstNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNameLookup;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    public Gazetteer(IReadOnlyList<GazetteerEntry> entries, IEnumerable<string> commonWords, IEnumerable<string> firstNames, IReadOnlyList<string>? notes = null)
    {
        Names = new PhraseMatcher();
        var labels = new List<string>(entries.Count);
        var canonicals = new List<string>(entries.Count);
        var flags = new List<GazetteerFlags>(entries.Count);
        var intern = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!Names.Add(e.Key, labels.Count)) continue;
            labels.Add(string.IsInterned(e.Label) ?? e.Label);
            canonicals.Add(intern.TryGetValue(e.Canonical, out var c) ? c : intern[e.Canonical] = e.Canonical);
            flags.Add(e.Flags);
        }
        _labels = labels.ToArray();
        _canonicals = canonicals.ToArray();
        _flags = flags.ToArray();
        _commonWords = new HashSet<string>(commonWords, StringComparer.Ordinal);
        _commonLookup = _commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNames = new HashSet<string>(firstNames, StringComparer.Ordinal);
        _firstNameLookup = _firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        Notes = notes ?? [];
    }

    public PhraseMatcher Names { get; }
    public int Count => _labels.Length;
    public int CommonWordCount => _commonWords.Count;
    public int FirstNameCount => _firstNames.Count;
    /// <summary>The provenance header lines (without the leading "# ").</summary>
    public IReadOnlyList<string> Notes { get; }

    public string Label(int entry) => _labels[entry];
    public string Canonical(int entry) => _canonicals[entry];
    public GazetteerFlags Flags(int entry) => _flags[entry];

    /// <summary>Whether a single word (any case) is seen mostly in lower case in English text.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => Contains(_commonLookup, word);

    public bool IsFirstName(ReadOnlySpan<char> word) => Contains(_firstNameLookup, word);

    /// <summary>The entry of an exact name (any case), or -1.</summary>
    public int Find(string name) => Names.TryGet(TextKey.Of(name), out int v) ? v : -1;

    private static bool Contains(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word)
    {
        if (word.Length > TextKey.MaxPieceLength) return false;
        Span<char> buffer = stackalloc char[word.Length];
        TextKey.Fold(word, buffer);
        return set.Contains(buffer);
    }

    // ---- storage -------------------------------------------------------------------------------------------

    private static readonly ConcurrentDictionary<string, Lazy<Gazetteer>> Cache = new(StringComparer.Ordinal);

    /// <summary>Loads a gazetteer file once per process (stages that share it share one instance).</summary>
    public static Gazetteer LoadShared(string path) =>
        Cache.GetOrAdd(Path.GetFullPath(path), p => new Lazy<Gazetteer>(() => Load(p))).Value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    public static Gazetteer Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        if (reader.ReadLine() != FormatLine)
            throw new InvalidDataException($"{path}: not an extraction gazetteer (expected first line \"{FormatLine}\")");
        var entries = new List<GazetteerEntry>(1 << 17);
        var common = new List<string>();
        var first = new List<string>();
        var notes = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal)) { notes.Add(line[2..]); continue; }
            var f = line.Split('\t');
            switch (f[0])
            {
                case "N" when f.Length == 5: entries.Add(new GazetteerEntry(f[1], f[2], ParseFlags(f[3]), f[4])); break;
                case "W" when f.Length == 2: common.Add(f[1]); break;
                case "F" when f.Length == 2: first.Add(f[1]); break;
                default: throw new InvalidDataException($"{path}: bad line \"{line}\"");
            }
        }
        return new Gazetteer(entries, common, first, notes);
    }

    /// <summary>Writes the gazetteer deterministically (sorted; gzip of identical bytes gives identical bytes).</summary>
    public static void Save(string path, IEnumerable<GazetteerEntry> entries, IEnumerable<string> commonWords, IEnumerable<string> firstNames, IEnumerable<string> notes)
    {
        var text = new StringBuilder();
        text.Append(FormatLine).Append('\n');
        foreach (var note in notes) text.Append("# ").Append(note).Append('\n');
        foreach (var e in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append("N\t").Append(e.Key).Append('\t').Append(e.Label).Append('\t').Append(FormatFlags(e.Flags)).Append('\t').Append(e.Canonical).Append('\n');
        foreach (var w in commonWords.Order(StringComparer.Ordinal)) text.Append("W\t").Append(w).Append('\n');
        foreach (var w in firstNames.Order(StringComparer.Ordinal)) text.Append("F\t").Append(w).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    private const string FlagLetters = "cxam";

    private static string FormatFlags(GazetteerFlags flags)
    {
        if (flags == GazetteerFlags.None) return "-";
        var sb = new StringBuilder(4);
        for (int i = 0; i < FlagLetters.Length; i++) if (((int)flags & (1 << i)) != 0) sb.Append(FlagLetters[i]);
        return sb.ToString();
    }

    private static GazetteerFlags ParseFlags(string s)
    {
        var flags = GazetteerFlags.None;
        foreach (char c in s)
        {
            int i = FlagLetters.IndexOf(c);
            if (i >= 0) flags |= (GazetteerFlags)(1 << i);
        }
        return flags;
    }
}
