using System.Runtime.CompilerServices;
using Extraction.Model;

namespace Extraction.Entities.Statistical;

/// <summary>
/// Turns the tokens of one sentence into hashed sparse features, a fixed number of slots per token (0 = no feature).
/// Nothing is allocated: words are hashed straight from the text, lower-cased and with digits folded to 0 on the fly,
/// and each feature is a 32-bit mix of a template id and the hashes it combines. Training and tagging share this code,
/// so what the model saw is exactly what it gets. Changing any template changes <see cref="Version"/>, which the model
/// file records.
/// Besides the observation features there are <see cref="TransitionFeatures"/> that pair the previous token's tag with
/// the token (a maximum-entropy Markov model): in training the previous tag is the gold one, in decoding every
/// previous tag is tried.
/// </summary>
public static class NerFeaturizer
{
    /// <summary>
    /// Bumped whenever a template changes: a model trained on other features is refused at load. (Adding templates that
    /// fire only with an input an older model does not record, as the word-cluster ones, leaves it valid.)
    /// </summary>
    public const int Version = 1;

    private enum T : uint
    {
        Word, ExactWord, WordPrev, WordNext, WordPrev2, WordNext2,
        Shape, ShortShape, ShapePrev, ShapeNext, ShapeTrigram,
        Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4,
        BigramPrev, BigramNext, SentenceStart, Lexicon, LexiconPrev, LexiconNext, PrevWordShape, NextWordShape,
        Length, LexiconShape,
        ClusterCoarse, ClusterMiddle, ClusterFine, ClusterPrev, ClusterNext, ClusterShape,
        SentenceCaseShape,
        Count,
        PrevTag = 64, PrevTagWord, PrevTagShape,
    }

    public const int FeaturesPerToken = (int)T.Count;
    public const int TransitionFeaturesPerToken = 3;

    /// <summary>The "previous tag" of the first token of a sentence (tags are 0..count−1).</summary>
    public const int StartTag = 255;

    // Neighbours beyond the sentence edge.
    private const uint Bos = 0x6b43a9b5, Eos = 0x2f7e1d53;

    /// <summary>Per-token hashes computed once and shared by the templates of the token and its neighbours.</summary>
    public struct TokenHashes
    {
        public uint Word, Exact, Shape, ShortShape, Lexicon, Cluster;
    }

    /// <summary>
    /// Writes <see cref="FeaturesPerToken"/> feature hashes per token of <paramref name="tokens"/> into <paramref name="features"/>.
    /// <paramref name="lexicon"/> holds the lexicon marks per token (empty when the model uses no lexicon);
    /// <paramref name="clusters"/> are the word classes the model reads, or null for none;
    /// <paramref name="scratch"/> must hold at least one entry per token.
    /// </summary>
    public static void Featurize(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> lexicon, WordClusters? clusters,
        Span<TokenHashes> scratch, Span<uint> features)
    {
        int n = tokens.Length;
        uint sentenceCase = (uint)EntityText.CaseOf(text, tokens);
        for (int i = 0; i < n; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            ref var h = ref scratch[i];
            HashWord(word, out h.Word, out h.Exact, out h.Shape, out h.ShortShape);
            h.Lexicon = lexicon.IsEmpty ? 0 : lexicon[i];
            h.Cluster = clusters?.Of(h.Word) ?? 0;
        }

        for (int i = 0; i < n; i++)
        {
            var f = features.Slice(i * FeaturesPerToken, FeaturesPerToken);
            f.Clear();  // the optional templates below leave their slots empty, whatever a reused buffer held
            ref readonly var h = ref scratch[i];
            uint prev = i > 0 ? scratch[i - 1].Word : Bos, next = i + 1 < n ? scratch[i + 1].Word : Eos;
            uint prev2 = i > 1 ? scratch[i - 2].Word : Bos, next2 = i + 2 < n ? scratch[i + 2].Word : Eos;
            uint prevShape = i > 0 ? scratch[i - 1].ShortShape : Bos, nextShape = i + 1 < n ? scratch[i + 1].ShortShape : Eos;

            f[(int)T.Word] = F(T.Word, h.Word);
            f[(int)T.ExactWord] = F(T.ExactWord, h.Exact);
            f[(int)T.WordPrev] = F(T.WordPrev, prev);
            f[(int)T.WordNext] = F(T.WordNext, next);
            f[(int)T.WordPrev2] = F(T.WordPrev2, prev2);
            f[(int)T.WordNext2] = F(T.WordNext2, next2);
            f[(int)T.Shape] = F(T.Shape, h.Shape);
            f[(int)T.ShortShape] = F(T.ShortShape, h.ShortShape);
            f[(int)T.ShapePrev] = F(T.ShapePrev, prevShape);
            f[(int)T.ShapeNext] = F(T.ShapeNext, nextShape);
            f[(int)T.ShapeTrigram] = F(T.ShapeTrigram, prevShape, h.ShortShape, nextShape);

            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            for (int k = 1; k <= 4; k++)
            {
                bool fits = k < word.Length;  // an affix as long as the word would just repeat the word feature
                f[(int)T.Prefix1 + k - 1] = fits ? F(T.Prefix1 + (uint)(k - 1), HashNormalized(word[..k])) : 0;
                f[(int)T.Suffix1 + k - 1] = fits ? F(T.Suffix1 + (uint)(k - 1), HashNormalized(word[^k..])) : 0;
            }

            f[(int)T.BigramPrev] = F(T.BigramPrev, prev, h.Word);
            f[(int)T.BigramNext] = F(T.BigramNext, h.Word, next);
            // A capital at the sentence start says little; let the model learn that word by word.
            f[(int)T.SentenceStart] = i == 0 ? F(T.SentenceStart, h.Word) : 0;
            f[(int)T.Lexicon] = h.Lexicon != 0 ? F(T.Lexicon, h.Lexicon) : 0;
            f[(int)T.LexiconPrev] = i > 0 && scratch[i - 1].Lexicon != 0 ? F(T.LexiconPrev, scratch[i - 1].Lexicon) : 0;
            f[(int)T.LexiconNext] = i + 1 < n && scratch[i + 1].Lexicon != 0 ? F(T.LexiconNext, scratch[i + 1].Lexicon) : 0;
            f[(int)T.PrevWordShape] = F(T.PrevWordShape, prev, h.ShortShape);
            f[(int)T.NextWordShape] = F(T.NextWordShape, h.ShortShape, next);
            f[(int)T.Length] = F(T.Length, (uint)Math.Min(word.Length, 12));
            // A gazetteer hit means more in capitals than in lower case ("Bay" vs "bay").
            f[(int)T.LexiconShape] = h.Lexicon != 0 ? F(T.LexiconShape, h.Lexicon, h.ShortShape) : 0;
            // A capital means less in a headline or a shouted sentence, and more where everything else is lower case.
            f[(int)T.SentenceCaseShape] = sentenceCase != (uint)SentenceCase.Ordinary ? F(T.SentenceCaseShape, sentenceCase, h.ShortShape) : 0;
            if (clusters is null) continue;
            // Word classes: every granularity of the word, its neighbours' middle one, and the middle one with the
            // shape ("a country-like word in capitals"). Cluster 0, a word outside the clusters' vocabulary, is
            // evidence too: capitalised words the encoder's vocabulary lacks are mostly rare names.
            f[(int)T.ClusterCoarse] = F(T.ClusterCoarse, WordClusters.Level(h.Cluster, 0));
            f[(int)T.ClusterMiddle] = F(T.ClusterMiddle, WordClusters.Level(h.Cluster, 1));
            f[(int)T.ClusterFine] = F(T.ClusterFine, WordClusters.Level(h.Cluster, 2));
            f[(int)T.ClusterPrev] = F(T.ClusterPrev, i > 0 ? WordClusters.Level(scratch[i - 1].Cluster, 1) : Bos);
            f[(int)T.ClusterNext] = F(T.ClusterNext, i + 1 < n ? WordClusters.Level(scratch[i + 1].Cluster, 1) : Eos);
            f[(int)T.ClusterShape] = F(T.ClusterShape, WordClusters.Level(h.Cluster, 1), h.ShortShape);
        }
    }

    /// <summary>
    /// Features of the token with hashes <paramref name="h"/> that depend on the previous token's tag
    /// (<see cref="StartTag"/> at a sentence start): the tag alone (<see cref="PreviousTagFeature"/>), with the word,
    /// and with the word's shape.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TransitionFeatures(in TokenHashes h, int previousTag, Span<uint> into)
    {
        into[0] = PreviousTagFeature(previousTag);
        into[1] = F(T.PrevTagWord, (uint)previousTag, h.Word);
        into[2] = F(T.PrevTagShape, (uint)previousTag, h.ShortShape);
    }

    /// <summary>The one transition feature that does not depend on the token, so a model can fold it in once.</summary>
    public static uint PreviousTagFeature(int previousTag) => F(T.PrevTag, (uint)previousTag);

    /// <summary>
    /// One pass over the characters: normalized word (lower case, digits as 0), exact word, shape with runs capped at
    /// four ("Xxxxx" for "Dushanbe") and short shape with runs collapsed ("Xx").
    /// </summary>
    private static void HashWord(ReadOnlySpan<char> word, out uint normalized, out uint exact, out uint shape, out uint shortShape)
    {
        uint n = FnvOffset, e = FnvOffset, s = FnvOffset, ss = FnvOffset;
        char lastClass = '\0';
        int run = 0;
        foreach (char c in word)
        {
            e = (e ^ c) * FnvPrime;
            n = (n ^ Normalize(c)) * FnvPrime;
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (cls == lastClass) run++;
            else { run = 1; ss = (ss ^ cls) * FnvPrime; lastClass = cls; }
            if (run <= 4) s = (s ^ cls) * FnvPrime;
        }
        normalized = n; exact = e; shape = s; shortShape = ss;
    }

    /// <summary>The hash of a word's normalized form (lower case, digits as 0), as <see cref="TokenHashes.Word"/> holds it.</summary>
    public static uint HashNormalized(ReadOnlySpan<char> part)
    {
        uint h = FnvOffset;
        foreach (char c in part) h = (h ^ Normalize(c)) * FnvPrime;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Normalize(char c) => char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);

    private const uint FnvOffset = 2166136261, FnvPrime = 16777619;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint F(T template, uint a) => NonZero(Mix(a * 0x9E3779B1u + (uint)template * 0x632BE5ABu));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint F(T template, uint a, uint b) => F(template, Mix(a) ^ (b * 0x85EBCA77u));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint F(T template, uint a, uint b, uint c) => F(template, Mix(Mix(a) ^ (b * 0x85EBCA77u)) ^ (c * 0xC2B2AE3Du));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h)
    {
        h ^= h >> 16; h *= 0x85EBCA6Bu;
        h ^= h >> 13; h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NonZero(uint h) => h == 0 ? 1 : h;
}
