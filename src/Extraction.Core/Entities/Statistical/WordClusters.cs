using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Extraction.Entities.Statistical;

/// <summary>
/// Word classes for the tagger: each known word belongs to one cluster at each of a few granularities (coarse to fine),
/// so that a word seen rarely or never in the annotated corpora shares weights with words used alike ("Kyrgyzstan" with
/// "Tajikistan", "Gazprom" with other companies). This is the role Brown clusters play in classic NER systems; ours are
/// k-means clusters of a pretrained encoder's word vectors (<see cref="Training.WordClusterBuilder"/>), built once and
/// shipped as a small file, so the fast profile gets the evidence without running the encoder.
/// File (gzip, UTF-8): a line "# word-clusters" with key=value settings, then one line per word: the lower-case word and
/// its cluster number (from 1) at each granularity, tab-separated.
/// A word is looked up by the hash of its normalized form (<see cref="NerFeaturizer.HashNormalized"/>), so tagging asks
/// without allocating. The model records <see cref="Name"/> and is refused with other clusters.
/// </summary>
public sealed class WordClusters
{
    public const string DefaultPath = "models/word-clusters.tsv.gz";
    private const string HeaderMark = "# word-clusters";

    /// <summary>At most this many granularities; each cluster number must fit <see cref="BitsPerLevel"/> bits.</summary>
    public const int MaxLevels = 3;
    private const int BitsPerLevel = 10;
    public const int MaxClusters = (1 << BitsPerLevel) - 1;

    private readonly Dictionary<uint, uint> _packed;  // normalized-word hash → cluster numbers, level k in bits [10k, 10k+10)

    public WordClusters(IReadOnlyList<int> sizes, IEnumerable<(string Word, int[] Clusters)> words, string name)
    {
        if (sizes.Count is 0 or > MaxLevels || sizes.Any(s => s < 1 || s > MaxClusters))
            throw new InvalidDataException($"word clusters: 1 to {MaxLevels} granularities of at most {MaxClusters} clusters each (got {string.Join(",", sizes)})");
        Sizes = sizes.ToArray();
        Name = name;
        _packed = new Dictionary<uint, uint>();
        foreach (var (word, clusters) in words)
        {
            if (clusters.Length != sizes.Count) throw new InvalidDataException($"word clusters: \"{word}\" has {clusters.Length} cluster numbers, expected {sizes.Count}");
            uint packed = 0;
            for (int k = 0; k < clusters.Length; k++)
            {
                if (clusters[k] < 1 || clusters[k] > sizes[k]) throw new InvalidDataException($"word clusters: \"{word}\" has cluster {clusters[k]} outside 1..{sizes[k]}");
                packed |= (uint)clusters[k] << (BitsPerLevel * k);
            }
            _packed.TryAdd(NerFeaturizer.HashNormalized(word), packed);  // words that normalize alike keep the first
        }
    }

    /// <summary>Identifies the clusters: "word-clusters:" + the first 12 hex digits of the file's word lines' SHA-256.</summary>
    public string Name { get; }
    /// <summary>Number of clusters per granularity, coarse to fine.</summary>
    public IReadOnlyList<int> Sizes { get; }
    public int Count => _packed.Count;

    /// <summary>The packed cluster numbers of the word with normalized hash <paramref name="normalizedWord"/>, 0 for an unknown word.</summary>
    public uint Of(uint normalizedWord) => _packed.GetValueOrDefault(normalizedWord);

    /// <summary>The cluster number (from 1, 0 = unknown word) at granularity <paramref name="level"/> of packed numbers.</summary>
    public static uint Level(uint packed, int level) => (packed >> (BitsPerLevel * level)) & ((1u << BitsPerLevel) - 1);

    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        string header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty word-cluster file");
        if (!header.StartsWith(HeaderMark, StringComparison.Ordinal)) throw new InvalidDataException($"{path}: not a word-cluster file (no \"{HeaderMark}\" line)");
        var settings = header[HeaderMark.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!settings.TryGetValue("sizes", out var sizeList)) throw new InvalidDataException($"{path}: header has no sizes=");
        var sizes = sizeList.Split(',').Select(s => int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out int n)
            ? n : throw new InvalidDataException($"{path}: header sizes= \"{sizeList}\" is not a list of cluster counts")).ToArray();

        var words = new List<(string, int[])>();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int lineNumber = 1;
        for (string? line; (line = reader.ReadLine()) != null;)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            sha.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
            var parts = line.Split('\t');
            if (parts.Length != sizes.Length + 1) throw new InvalidDataException($"{path}:{lineNumber}: expected a word and {sizes.Length} cluster numbers");
            var clusters = new int[sizes.Length];
            for (int k = 0; k < sizes.Length; k++)
                if (!int.TryParse(parts[k + 1], System.Globalization.CultureInfo.InvariantCulture, out clusters[k]))
                    throw new InvalidDataException($"{path}:{lineNumber}: \"{parts[k + 1]}\" is not a cluster number");
            words.Add((parts[0], clusters));
        }
        string name = "word-clusters:" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
        try { return new WordClusters(sizes, words, name); }
        catch (InvalidDataException ex) { throw new InvalidDataException($"{path}: {ex.Message}", ex); }
    }

    /// <summary>Writes the file <see cref="Load"/> reads; <paramref name="settings"/> go into the header line (source, seed…).</summary>
    public static void Save(string path, IReadOnlyList<int> sizes, IEnumerable<(string Word, int[] Clusters)> words, IEnumerable<KeyValuePair<string, string>> settings)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine($"{HeaderMark} sizes={string.Join(",", sizes)} " + string.Join(" ", settings.Select(kv => $"{kv.Key}={kv.Value.Replace(' ', '_')}")));
        foreach (var (word, clusters) in words)
            writer.WriteLine(word + "\t" + string.Join("\t", clusters));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<WordClusters>> Shared = new(StringComparer.Ordinal);

    /// <summary>One instance per file for the whole process (stages of several pipelines share it).</summary>
    public static WordClusters LoadShared(string path) =>
        Shared.GetOrAdd(Path.GetFullPath(path), p => new Lazy<WordClusters>(() => Load(p))).Value;
}
