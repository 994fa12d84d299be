using Extraction.Model;
using Microsoft.ML.Tokenizers;

namespace Extraction.Entities.Transformer;

/// <summary>
/// The wordpieces of a run of our tokens and the encoder windows over them. Each of our tokens is tokenized on its own
/// (lower-cased, accents stripped by <see cref="AccentFolding"/>, split at punctuation, as BERT's uncased basic tokenizer
/// does), so every wordpiece
/// belongs to exactly one token by construction and the mapping back to character offsets is the token's own span.
/// Since our tokens never span whitespace and BERT splits at every punctuation character, this differs from
/// tokenizing the whole sentence only where our tokenizer splits inside a word ("do|n't"), which costs nothing here.
/// A token that yields no wordpiece (a zero-width or control character) gets [UNK], so every token gets a vector.
/// </summary>
public sealed class WordPieces
{
    /// <summary>Wordpiece ids in order.</summary>
    public List<int> Ids { get; } = new();
    /// <summary>For each wordpiece, the index of its token (relative to the tokens given to <see cref="Add"/>, offset by <c>tokenBase</c>).</summary>
    public List<int> TokenOf { get; } = new();

    public void Clear()
    {
        Ids.Clear();
        TokenOf.Clear();
    }

    /// <summary>Appends the wordpieces of <paramref name="tokens"/>, numbering tokens from <paramref name="tokenBase"/>.</summary>
    public void Add(BertTokenizer tokenizer, string text, ReadOnlySpan<Token> tokens, int tokenBase)
    {
        Span<char> buffer = stackalloc char[64];
        for (int t = 0; t < tokens.Length; t++)
        {
            var word = AccentFolding.Fold(text.AsSpan(tokens[t].Start, tokens[t].Length), buffer);
            var ids = tokenizer.EncodeToIds(word, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);
            if (ids.Count == 0)
            {
                Ids.Add(tokenizer.UnknownTokenId);
                TokenOf.Add(tokenBase + t);
                continue;
            }
            foreach (int id in ids)
            {
                Ids.Add(id);
                TokenOf.Add(tokenBase + t);
            }
        }
    }

    /// <summary>
    /// Windows of at most <paramref name="size"/> wordpieces over [<paramref name="first"/>, <paramref name="first"/> +
    /// <paramref name="count"/>): one window when the run fits, else windows overlapping by half, the last one flush with
    /// the end. Each wordpiece is read from the window where it has the most context on both sides
    /// (<see cref="Owner"/>), so no vector comes from a window edge when a better window exists.
    /// </summary>
    public static List<(int Start, int Length)> Windows(int first, int count, int size)
    {
        var windows = new List<(int, int)>();
        if (count <= size)
        {
            windows.Add((first, count));
            return windows;
        }
        int stride = size / 2;
        for (int start = 0; ; start += stride)
        {
            if (start + size >= count)
            {
                windows.Add((first + count - size, size));
                break;
            }
            windows.Add((first + start, size));
        }
        return windows;
    }

    /// <summary>The index in <paramref name="windows"/> of the window that wordpiece <paramref name="piece"/> is read from.</summary>
    public static int Owner(List<(int Start, int Length)> windows, int piece)
    {
        int best = -1, bestMargin = -1;
        for (int w = 0; w < windows.Count; w++)
        {
            var (start, length) = windows[w];
            if (piece < start || piece >= start + length) continue;
            int margin = Math.Min(piece - start, start + length - 1 - piece);
            if (margin > bestMargin) { best = w; bestMargin = margin; }
        }
        return best;
    }
}
