using System.Numerics;

namespace Extraction.Entities.Statistical;

/// <summary>Supplies a row of raw scores for token t after previous tag p (p = tags: sentence start), −∞ where BIO forbids the tag and in padding.</summary>
public interface ILocalScores
{
    void Fill(int t, int previous, Span<float> row);
}

/// <summary>
/// Decoding of a maximum-entropy Markov model over the BIO lattice of one sentence. The input is the local
/// distribution P(tag | previous tag, token) for every token and previous tag, restricted to the transitions BIO
/// allows (I-X only after B-X or I-X) and renormalised over them. Rows are <c>width</c> floats (the model's padded
/// stride, a whole number of vectors) at <c>(t·(tags+1) + previous)·width</c>, where previous = tags is the sentence
/// start (used at t = 0 only).
/// Because the model is locally normalised, P(sequence) = Π P(tag_t | tag_t−1, token_t): Viterbi finds the most probable
/// valid sequence and the forward pass alone gives exact marginals (each row of which sums to one, so floats do not
/// underflow), from which an exact span probability follows. Rows are computed on demand (<see cref="ILocalScores"/>).
/// </summary>
public static class NerDecoder
{
    public static int RowOf(int t, int previous, int tags, int width) => (t * (tags + 1) + previous) * width;

    /// <summary>
    /// Turns a row of scores (−∞ for forbidden tags and padding) into probabilities <paramref name="local"/> and their
    /// logarithms <paramref name="logLocal"/>: a softmax over the allowed tags, vectorised.
    /// </summary>
    public static void Normalize(ReadOnlySpan<float> scores, Span<float> local, Span<float> logLocal)
    {
        int lanes = Vector<float>.Count, width = scores.Length;
        var max = new Vector<float>(float.NegativeInfinity);
        for (int j = 0; j < width; j += lanes) max = Vector.Max(max, new Vector<float>(scores[j..]));
        float m = float.NegativeInfinity;
        for (int k = 0; k < lanes; k++) m = MathF.Max(m, max[k]);
        var shift = new Vector<float>(m);
        var sum = Vector<float>.Zero;
        for (int j = 0; j < width; j += lanes)
        {
            var e = Vector.Exp(new Vector<float>(scores[j..]) - shift);
            e.CopyTo(local[j..]);
            sum += e;
        }
        float total = Vector.Sum(sum);
        var inverse = new Vector<float>(1 / total);
        var logShift = new Vector<float>(m + MathF.Log(total));
        for (int j = 0; j < width; j += lanes)
        {
            (new Vector<float>(local[j..]) * inverse).CopyTo(local[j..]);
            (new Vector<float>(scores[j..]) - logShift).CopyTo(logLocal[j..]);
        }
    }

    /// <summary>
    /// One forward sweep that runs Viterbi (max-product, back pointers in <paramref name="back"/>, n·tags) and the
    /// forward pass (marginals in <paramref name="alpha"/>, n·width) together, computing a row of local distributions only
    /// for a previous tag whose marginal is at least <paramref name="prune"/>: in a locally normalised model the
    /// marginal of tag_t−1 is exact before token t is seen, so skipping such a tag drops at most that much probability
    /// mass, and on ordinary text most tokens expand one or two previous tags instead of all of them.
    /// Rows that were not expanded are left as they were; every row on the decoded path was expanded.
    /// </summary>
    public static void Decode<TScores>(ref TScores source, int n, int tags, int width, float prune,
        Span<float> row, Span<float> local, Span<float> logLocal, Span<float> alpha, Span<float> delta, Span<int> back, Span<int> path)
        where TScores : struct, ILocalScores, allows ref struct
    {
        if (n == 0) return;
        int lanes = Vector<float>.Count;
        Span<float> prev = delta[..tags], cur = delta.Slice(tags, tags);
        int start = RowOf(0, tags, tags, width);
        source.Fill(0, tags, row);
        Normalize(row, local.Slice(start, width), logLocal.Slice(start, width));
        logLocal.Slice(start, tags).CopyTo(prev);
        local.Slice(start, width).CopyTo(alpha);
        for (int t = 1; t < n; t++)
        {
            var bp = back.Slice(t * tags, tags);
            var a = alpha.Slice(t * width, width);
            var before = alpha.Slice((t - 1) * width, width);
            cur.Fill(float.NegativeInfinity);
            a.Clear();
            for (int p = 0; p < tags; p++)
            {
                float weight = before[p];
                if (weight < prune) continue;
                int at = RowOf(t, p, tags, width);
                source.Fill(t, p, row);
                var l = local.Slice(at, width);
                var ll = logLocal.Slice(at, width);
                Normalize(row, l, ll);
                float from = prev[p];
                for (int y = 0; y < tags; y++)
                {
                    float v = from + ll[y];
                    if (v > cur[y]) { cur[y] = v; bp[y] = p; }
                }
                var w = new Vector<float>(weight);
                for (int j = 0; j < width; j += lanes) (new Vector<float>(a[j..]) + w * new Vector<float>(l[j..])).CopyTo(a[j..]);
            }
            var swap = prev; prev = cur; cur = swap;
        }
        int best = 0;
        for (int y = 1; y < tags; y++) if (prev[y] > prev[best]) best = y;
        path[n - 1] = best;
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]];
    }

    /// <summary>
    /// Probability that tokens [<paramref name="start"/>, <paramref name="end"/>) form exactly one entity of label index
    /// <paramref name="label"/>: B at start, I through end−1, and no I of that label at end.
    /// </summary>
    public static double SpanProbability(int start, int end, int label, int n, int tags, int width, ReadOnlySpan<float> local, ReadOnlySpan<float> alpha)
    {
        int b = NerTagSet.Begin(label), i = NerTagSet.Inside(label);
        double p = alpha[start * width + b];
        int previous = b;
        for (int t = start + 1; t < end; t++)
        {
            p *= local[RowOf(t, previous, tags, width) + i];
            previous = i;
        }
        if (end < n) p *= 1 - local[RowOf(end, previous, tags, width) + i];
        return Math.Clamp(p, 0, 1);
    }
}
