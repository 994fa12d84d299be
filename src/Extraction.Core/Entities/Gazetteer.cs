using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Extraction.Model;
using Extraction.Pipeline;

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
    /// <summary>An institution from the curated list ("Kremlin", "Bundestag"): an organisation whatever its context.</summary>
    Institution = 16,
    /// <summary>A country's name ("Tajikistan", "United States", "U.S."): a place no other country or city lies in.</summary>
    Country = 32,
    /// <summary>A capital's name ("Dushanbe", "Moscow"): a city no other capital lies in.</summary>
    Capital = 64,
    /// <summary>A city's or town's name from the city list ("Gyumri", "Johannesburg"): a place no country lies in.</summary>
    City = 128,
}

public readonly record struct GazetteerEntry(string Key, string Label, GazetteerFlags Flags, string Canonical);

/// <summary>
/// The compiled name lists: names → (label, canonical, flags), plus the common-word and first-name lists that
/// the rules use. Stored as gzip'd TSV with a version line and a provenance header (sources, licences, counts);
/// written by <see cref="GazetteerBuilder"/> (<c>extraction gazetteer build</c>), loaded once per process.
/// </summary>
public sealed class Gazetteer
{
    public const string FormatLine = "# extraction-gazetteer v2";

    private readonly List<string> _labels = new();
    private readonly List<string> _canonicals = new();
    private readonly List<GazetteerFlags> _flags = new();
    private readonly Dictionary<string, string> _canonicalPool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _canonicalLookup;
    private readonly HashSet<string> _commonWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _commonLookup;
    private readonly HashSet<string> _firstNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNameLookup;
    /// <summary>Last words of the persons' names (<see cref="IsSurname"/>).</summary>
    private readonly HashSet<string> _surnames = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    public Gazetteer(IReadOnlyList<GazetteerEntry> entries, IEnumerable<string> commonWords, IEnumerable<string> firstNames, IReadOnlyList<string>? notes = null)
        : this(commonWords, firstNames, notes ?? [])
    {
        foreach (var e in entries) AddName(e.Key, e.Label, e.Flags, e.Canonical);
    }

    private Gazetteer(IEnumerable<string> commonWords, IEnumerable<string> firstNames, IReadOnlyList<string> notes)
    {
        _commonWords = new HashSet<string>(commonWords, StringComparer.Ordinal);
        _commonLookup = _commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstNames = new HashSet<string>(firstNames, StringComparer.Ordinal);
        _firstNameLookup = _firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _canonicalLookup = _canonicalPool.GetAlternateLookup<ReadOnlySpan<char>>();
        _surnameLookup = _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        Notes = notes;
    }

    /// <summary>Every name of a country (<see cref="GazetteerFlags.Country"/>: "turkey", "britain") → the list's name for it.</summary>
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);

    private bool AddName(ReadOnlySpan<char> key, string label, GazetteerFlags flags, ReadOnlySpan<char> canonical)
    {
        if (!Names.Add(key, _labels.Count)) return false;
        if (label == EntityLabels.Loc && flags.HasFlag(GazetteerFlags.Country)) _countryNames[key.ToString()] = canonical.ToString();
        _labels.Add(label);
        if (label == EntityLabels.Person && key.LastIndexOf(' ') is int space and > 0) _surnames.Add(TextKey.Of(key[(space + 1)..].ToString()));
        // Many names share one canonical ("Moskva", "Moscou" → "Moscow"): keep one string per canonical.
        if (!_canonicalLookup.TryGetValue(canonical, out var shared))
        {
            shared = canonical.ToString();
            _canonicalPool.Add(shared, shared);
        }
        _canonicals.Add(shared);
        _flags.Add(flags);
        return true;
    }

    public PhraseMatcher Names { get; } = new();
    /// <summary>Every name of a country, as a key ("turkey", "u.s."), → the list's name for it ("Türkiye", "United States").</summary>
    public IReadOnlyDictionary<string, string> CountryNames => _countryNames;
    public int Count => _labels.Count;
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

    private readonly Dictionary<string, string> _countryOfCapital = new(StringComparer.Ordinal);

    /// <summary>The country (its canonical name) whose capital <paramref name="capital"/> is, or null ("Dushanbe" → "Tajikistan").</summary>
    public string? CountryOfCapital(string capital) => _countryOfCapital.GetValueOrDefault(TextKey.Of(capital));

    /// <summary>The word is the last word of a name of a person the gazetteer lists ("Aliyev" of "Ilham Aliyev", "Rahmon" of
    /// "Emomali Rahmon"), folded as its keys are.</summary>
    public bool IsSurname(ReadOnlySpan<char> word) => Contains(_surnameLookup, word);

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

    /// <summary>The gazetteer named by a stage setting; a missing or unreadable file is a config error before any document is read.</summary>
    public static Gazetteer ForStage(StageSettings settings, string key, string defaultPath)
    {
        string path = settings.GetExistingPath(key, defaultPath);
        try
        {
            return LoadShared(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(ErrorCodes.ConfigUnreadable, $"stage \"{settings.Name}\": cannot load gazetteer {path}: {ex.Message}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    public static Gazetteer Load(string path)
    {
        string text;
        using (var file = File.OpenRead(path))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
            text = reader.ReadToEnd();
        var lines = text.AsSpan();
        int eol = lines.IndexOf('\n');
        if (eol < 0 || !lines[..eol].SequenceEqual(FormatLine))
            throw new InvalidDataException($"{path}: not an extraction gazetteer (expected first line \"{FormatLine}\")");
        var notes = new List<string>();
        var common = new List<string>();
        var first = new List<string>();
        var names = new List<Range>(1 << 17);
        var capitals = new List<(string Capital, string Country)>();
        int offset = eol + 1;
        while (offset < text.Length)
        {
            int end = text.IndexOf('\n', offset);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(offset, end - offset);
            if (line.StartsWith("# ")) notes.Add(line[2..].ToString());
            else if (line.StartsWith("N\t")) names.Add(new Range(offset, end));
            else if (line.StartsWith("W\t")) common.Add(line[2..].ToString());
            else if (line.StartsWith("F\t")) first.Add(line[2..].ToString());
            else if (line.StartsWith("K\t") && line[2..].IndexOf('\t') is int tab and > 0) capitals.Add((line[2..][..tab].ToString(), line[(tab + 3)..].ToString()));
            else if (!line.IsEmpty) throw new InvalidDataException($"{path}: bad line \"{line}\"");
            offset = end + 1;
        }
        var gazetteer = new Gazetteer(common, first, notes);
        foreach (var range in names) gazetteer.AddLine(text.AsSpan(range), path);
        foreach (var (capital, country) in capitals) gazetteer._countryOfCapital[capital] = country;
        return gazetteer;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    private void AddLine(ReadOnlySpan<char> line, string path)
    {
        Span<Range> fields = stackalloc Range[6];
        if (line.Split(fields, '\t') != 5) throw new InvalidDataException($"{path}: bad line \"{line}\"");
        string? label = null;
        foreach (var known in EntityLabels.All) if (line[fields[2]].SequenceEqual(known)) label = known;
        if (label is null) throw new InvalidDataException($"{path}: unknown label \"{line[fields[2]]}\"");
        AddName(line[fields[1]], label, ParseFlags(line[fields[3]]), line[fields[4]]);
    }

    /// <summary>Writes the gazetteer deterministically (sorted; gzip of identical bytes gives identical bytes).</summary>
    public static void Save(string path, IEnumerable<GazetteerEntry> entries, IEnumerable<string> commonWords, IEnumerable<string> firstNames, IEnumerable<string> notes,
        IReadOnlyDictionary<string, string>? countryOfCapital = null)
    {
        var text = new StringBuilder();
        text.Append(FormatLine).Append('\n');
        foreach (var note in notes) text.Append("# ").Append(note).Append('\n');
        foreach (var e in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append("N\t").Append(e.Key).Append('\t').Append(e.Label).Append('\t').Append(FormatFlags(e.Flags)).Append('\t').Append(e.Canonical).Append('\n');
        foreach (var w in commonWords.Order(StringComparer.Ordinal)) text.Append("W\t").Append(w).Append('\n');
        foreach (var w in firstNames.Order(StringComparer.Ordinal)) text.Append("F\t").Append(w).Append('\n');
        foreach (var (capital, country) in (countryOfCapital ?? new Dictionary<string, string>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            text.Append("K\t").Append(TextKey.Of(capital)).Append('\t').Append(country).Append('\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        gzip.Write(new UTF8Encoding(false).GetBytes(text.ToString()));
    }

    private const string FlagLetters = "cxamisky";

    private static string FormatFlags(GazetteerFlags flags)
    {
        if (flags == GazetteerFlags.None) return "-";
        var sb = new StringBuilder(4);
        for (int i = 0; i < FlagLetters.Length; i++) if (((int)flags & (1 << i)) != 0) sb.Append(FlagLetters[i]);
        return sb.ToString();
    }

    private static GazetteerFlags ParseFlags(ReadOnlySpan<char> s)
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
