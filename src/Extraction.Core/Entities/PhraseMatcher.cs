using System.Runtime.CompilerServices;
using Extraction.Model;

namespace Extraction.Entities;

/// <summary>
/// A token-level trie over normalized names (see <see cref="TextKey"/>), longest match. A name is a sequence of
/// pieces (its whitespace-separated chunks); in a document a piece is a run of adjacent tokens with no gap, so
/// "U.S." matches whether the tokenizer keeps it whole or splits it, and "Russia’s" yields "Russia".
/// Built once; <see cref="MatchLongest"/> allocates nothing (span lookups into the piece dictionary).
/// Reads are thread-safe once building is finished.
/// </summary>
public sealed class PhraseMatcher
{
    /// <summary>Most tokens one piece may span ("U.S.A." split as six tokens).</summary>
    private const int MaxTokensPerPiece = 8;

    private readonly Dictionary<string, int> _pieces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _pieceLookup;
    private readonly Dictionary<long, int> _edges = new(EdgeComparer.Instance);
    private readonly List<int> _values = [-1];

    public PhraseMatcher() => _pieceLookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="key"/> (already a <see cref="TextKey.Of"/> key) with a non-negative value; an existing key keeps its first value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once at startup over ~100k names: skip tier-0 code
    public bool Add(ReadOnlySpan<char> key, int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        int node = 0;
        foreach (var range in key.Split(' '))
        {
            var piece = key[range];
            if (piece.Length > TextKey.MaxPieceLength) return false;
            if (!_pieceLookup.TryGetValue(piece, out int pieceId)) _pieces.Add(piece.ToString(), pieceId = _pieces.Count);
            long edge = ((long)node << 32) | (uint)pieceId;
            if (!_edges.TryGetValue(edge, out int child))
            {
                child = _values.Count;
                _values.Add(-1);
                _edges.Add(edge, child);
            }
            node = child;
        }
        if (_values[node] >= 0) return false;
        _values[node] = value;
        Count++;
        return true;
    }

    /// <summary>Whether the exact key (one piece or several) is present; build-time and test helper.</summary>
    public bool TryGet(string key, out int value)
    {
        int node = 0;
        value = -1;
        foreach (var piece in key.Split(' '))
        {
            if (!_pieces.TryGetValue(piece, out int pieceId) || !_edges.TryGetValue(((long)node << 32) | (uint)pieceId, out node)) return false;
        }
        value = _values[node];
        return value >= 0;
    }

    /// <summary>The value of a one-piece name given as text (any case), or -1; allocation-free.</summary>
    public int MatchPiece(ReadOnlySpan<char> piece) => piece.Contains(' ') ? -1 : MatchPhrase(piece);

    /// <summary>The value of a name given as text of pieces separated by single spaces ("New York"), any case, or -1;
    /// allocation-free.</summary>
    public int MatchPhrase(ReadOnlySpan<char> phrase)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxPieceLength];
        int node = 0;
        foreach (var range in phrase.Split(' '))
        {
            var piece = phrase[range];
            if (piece.Length == 0 || piece.Length > TextKey.MaxPieceLength) return -1;
            TextKey.Fold(piece, buffer);
            if (!_pieceLookup.TryGetValue(buffer[..piece.Length], out int pieceId) || !_edges.TryGetValue(((long)node << 32) | (uint)pieceId, out node)) return -1;
        }
        return node == 0 ? -1 : _values[node];
    }

    /// <summary>
    /// The longest name starting at token <paramref name="first"/> and ending before token <paramref name="limit"/>.
    /// Returns the exclusive end token index (0 when nothing matches) and the value of that name.
    /// Pieces of a name are separated in the text by spaces only (no line break).
    /// </summary>
    public int MatchLongest(string text, List<Token> tokens, int first, int limit, out int value)
    {
        int bestEnd = 0;
        value = -1;
        Walk(text, tokens, 0, first, limit, ref bestEnd, ref value);
        return bestEnd;
    }

    private void Walk(string text, List<Token> tokens, int node, int first, int limit, ref int bestEnd, ref int bestValue)
    {
        Span<char> buffer = stackalloc char[TextKey.MaxPieceLength];
        int start = tokens[first].Start;
        for (int k = first; k < limit && k - first < MaxTokensPerPiece; k++)
        {
            if (k > first && tokens[k].Start != tokens[k - 1].End) break;
            int length = tokens[k].End - start;
            if (length > TextKey.MaxPieceLength) break;
            TextKey.Fold(text.AsSpan(start, length), buffer);
            if (!_pieceLookup.TryGetValue(buffer[..length], out int pieceId)) continue;
            if (!_edges.TryGetValue(((long)node << 32) | (uint)pieceId, out int child)) continue;
            if (_values[child] >= 0 && k + 1 > bestEnd)
            {
                bestEnd = k + 1;
                bestValue = _values[child];
            }
            if (k + 1 < limit && IsSpaceGap(text, tokens[k].End, tokens[k + 1].Start))
                Walk(text, tokens, child, k + 1, limit, ref bestEnd, ref bestValue);
        }
    }

    private static bool IsSpaceGap(string text, int from, int to)
    {
        if (to <= from) return false;
        foreach (char c in text.AsSpan(from, to - from))
            if (c is not (' ' or '\u00A0' or '\t')) return false;
        return true;
    }

    /// <summary>
    /// long's own hash XORs its halves, and node and piece ids grow together, so edges would pile into few buckets:
    /// mix the bits instead.
    /// </summary>
    private sealed class EdgeComparer : IEqualityComparer<long>
    {
        public static readonly EdgeComparer Instance = new();
        public bool Equals(long x, long y) => x == y;
        public int GetHashCode(long edge) => (int)((ulong)(edge * -7046029254386353131L) >> 32);
    }
}
