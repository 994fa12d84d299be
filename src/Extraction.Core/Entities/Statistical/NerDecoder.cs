namespace Extraction.Entities.Statistical;

/// <summary>
/// Decoding of a maximum-entropy Markov model over the BIO lattice of one sentence. The input is the local
/// distribution P(tag | previous tag, token) for every token and previous tag, already restricted to the transitions
/// BIO allows (I-X only after B-X or I-X) and renormalised over them. Row layout: <c>[(t·(tags+1) + previous)·tags + tag]</c>,
/// where previous = tags is the sentence start (used at t = 0 only).
/// Because the model is locally normalised, P(sequence) = Π P(tag_t | tag_t−1, token_t): Viterbi finds the most probable
/// valid sequence and the forward pass alone gives exact marginals, from which an exact span probability follows.
/// </summary>
public static class NerDecoder
{
    public static int RowOf(int t, int previous, int tags) => (t * (tags + 1) + previous) * tags;

    /// <summary>
    /// Fills <paramref name="local"/> and <paramref name="logLocal"/> for token <paramref name="t"/> and one previous tag
    /// from raw scores (softmax over the allowed tags).
    /// </summary>
    public static void Normalize(ReadOnlySpan<float> scores, int t, int previous, int tags, Span<double> local, Span<double> logLocal)
    {
        int row = RowOf(t, previous, tags);
        bool start = previous == tags;
        float max = float.NegativeInfinity;
        for (int y = 0; y < tags; y++)
            if (Allowed(start, previous, y) && scores[y] > max) max = scores[y];
        double sum = 0;
        for (int y = 0; y < tags; y++)
        {
            double e = Allowed(start, previous, y) ? Math.Exp(scores[y] - max) : 0;
            local[row + y] = e;
            sum += e;
        }
        double logSum = Math.Log(sum) + max;
        for (int y = 0; y < tags; y++)
        {
            local[row + y] /= sum;
            logLocal[row + y] = Allowed(start, previous, y) ? scores[y] - logSum : double.NegativeInfinity;
        }
    }

    private static bool Allowed(bool start, int previous, int tag) =>
        start ? !NerTagSet.IsInside(tag) : NerTagSet.Allowed(previous, tag);

    /// <summary>Most probable valid tag sequence; <paramref name="delta"/> needs 2·tags entries, <paramref name="back"/> n·tags.</summary>
    public static void Viterbi(ReadOnlySpan<double> logLocal, int n, int tags, Span<double> delta, Span<int> back, Span<int> path)
    {
        if (n == 0) return;
        Span<double> prev = delta[..tags], cur = delta.Slice(tags, tags);
        logLocal.Slice(RowOf(0, tags, tags), tags).CopyTo(prev);
        for (int t = 1; t < n; t++)
        {
            var bp = back.Slice(t * tags, tags);
            cur.Fill(double.NegativeInfinity);
            for (int p = 0; p < tags; p++)
            {
                if (double.IsNegativeInfinity(prev[p])) continue;
                var row = logLocal.Slice(RowOf(t, p, tags), tags);
                for (int y = 0; y < tags; y++)
                {
                    double v = prev[p] + row[y];
                    if (v > cur[y]) { cur[y] = v; bp[y] = p; }
                }
            }
            var swap = prev; prev = cur; cur = swap;
        }
        int best = 0;
        for (int y = 1; y < tags; y++) if (prev[y] > prev[best]) best = y;
        path[n - 1] = best;
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]];
    }

    /// <summary>Marginals P(tag_t = y) into <paramref name="alpha"/> (n·tags).</summary>
    public static void Forward(ReadOnlySpan<double> local, int n, int tags, Span<double> alpha)
    {
        local.Slice(RowOf(0, tags, tags), tags).CopyTo(alpha);
        for (int t = 1; t < n; t++)
        {
            var a = alpha.Slice(t * tags, tags);
            a.Clear();
            var previous = alpha.Slice((t - 1) * tags, tags);
            for (int p = 0; p < tags; p++)
            {
                double weight = previous[p];
                if (weight == 0) continue;
                var row = local.Slice(RowOf(t, p, tags), tags);
                for (int y = 0; y < tags; y++) a[y] += weight * row[y];
            }
        }
    }

    /// <summary>
    /// Probability that tokens [<paramref name="start"/>, <paramref name="end"/>) form exactly one entity of label index
    /// <paramref name="label"/>: B at start, I through end−1, and no I of that label at end.
    /// </summary>
    public static double SpanProbability(int start, int end, int label, int n, int tags, ReadOnlySpan<double> local, ReadOnlySpan<double> alpha)
    {
        int b = NerTagSet.Begin(label), i = NerTagSet.Inside(label);
        double p = alpha[start * tags + b];
        int previous = b;
        for (int t = start + 1; t < end; t++)
        {
            p *= local[RowOf(t, previous, tags) + i];
            previous = i;
        }
        if (end < n) p *= 1 - local[RowOf(end, previous, tags) + i];
        return Math.Clamp(p, 0, 1);
    }
}
