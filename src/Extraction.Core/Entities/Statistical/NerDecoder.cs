namespace Extraction.Entities.Statistical;

/// <summary>
/// Decoding over the BIO lattice of one sentence, given per-token tag scores (log-potentials of a per-token softmax).
/// Because the only constraint is "I-X follows B-X or I-X", every step is O(tags): O and B tags share the best (or
/// summed) predecessor, an I tag has two candidates. Viterbi gives the best valid tag sequence; scaled
/// forward–backward gives the probability that an exact span carries a label, used as the entity confidence.
/// </summary>
public static class NerDecoder
{
    /// <summary>Best valid tag sequence for <paramref name="n"/> tokens; <paramref name="back"/> needs n·tags entries.</summary>
    public static void Viterbi(ReadOnlySpan<float> scores, int n, int stride, int tags, Span<float> delta, Span<int> back, Span<int> path)
    {
        if (n == 0) return;
        Span<float> prev = delta[..tags], cur = delta.Slice(tags, tags);
        for (int y = 0; y < tags; y++) prev[y] = NerTagSet.IsInside(y) ? float.NegativeInfinity : scores[y];
        for (int t = 1; t < n; t++)
        {
            int best = Argmax(prev);
            var s = scores.Slice(t * stride, tags);
            var bp = back.Slice(t * tags, tags);
            for (int y = 0; y < tags; y++)
            {
                if (NerTagSet.IsInside(y))
                {
                    int b = y - 1;  // B of the same label
                    int from = prev[b] >= prev[y] ? b : y;
                    cur[y] = s[y] + prev[from];
                    bp[y] = from;
                }
                else
                {
                    cur[y] = s[y] + prev[best];
                    bp[y] = best;
                }
            }
            var swap = prev; prev = cur; cur = swap;
        }
        path[n - 1] = Argmax(prev);
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t * tags + path[t]];
    }

    /// <summary>
    /// Scaled forward–backward. Fills <paramref name="potentials"/> (exp of scores, row-normalized by the row maximum),
    /// <paramref name="alpha"/>, <paramref name="beta"/> (n·tags each) and the scale factors <paramref name="scale"/> (n),
    /// from which <see cref="SpanProbability"/> reads marginals.
    /// </summary>
    public static void ForwardBackward(ReadOnlySpan<float> scores, int n, int stride, int tags,
        Span<double> potentials, Span<double> alpha, Span<double> beta, Span<double> scale)
    {
        for (int t = 0; t < n; t++)
        {
            var s = scores.Slice(t * stride, tags);
            float max = s[Argmax(s)];
            var p = potentials.Slice(t * tags, tags);
            for (int y = 0; y < tags; y++) p[y] = Math.Exp(s[y] - max);
        }

        for (int t = 0; t < n; t++)
        {
            var a = alpha.Slice(t * tags, tags);
            var p = potentials.Slice(t * tags, tags);
            double total = 0;
            if (t == 0)
            {
                for (int y = 0; y < tags; y++) a[y] = NerTagSet.IsInside(y) ? 0 : p[y];
            }
            else
            {
                var prev = alpha.Slice((t - 1) * tags, tags);
                double all = 0;
                foreach (double v in prev) all += v;
                for (int y = 0; y < tags; y++)
                    a[y] = p[y] * (NerTagSet.IsInside(y) ? prev[y - 1] + prev[y] : all);
            }
            foreach (double v in a) total += v;
            scale[t] = total;
            for (int y = 0; y < tags; y++) a[y] /= total;
        }

        beta.Slice((n - 1) * tags, tags).Fill(1);
        for (int t = n - 2; t >= 0; t--)
        {
            var b = beta.Slice(t * tags, tags);
            var next = beta.Slice((t + 1) * tags, tags);
            var p = potentials.Slice((t + 1) * tags, tags);
            double c = scale[t + 1];
            // Successors that are always allowed: O and every B.
            double open = p[0] * next[0];
            for (int y = 1; y < tags; y += 2) open += p[y] * next[y];
            b[0] = open / c;
            for (int y = 1; y < tags; y += 2)
            {
                double stay = p[y + 1] * next[y + 1];  // I of the same label may follow B or I
                b[y] = (open + stay) / c;
                b[y + 1] = (open + stay) / c;
            }
        }
    }

    /// <summary>
    /// Probability that tokens [<paramref name="start"/>, <paramref name="end"/>) form exactly one entity of label index
    /// <paramref name="label"/>: B at start, I through end−1, and no I of that label at end.
    /// </summary>
    public static double SpanProbability(int start, int end, int label, int n, int tags,
        ReadOnlySpan<double> potentials, ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta, ReadOnlySpan<double> scale)
    {
        int b = NerTagSet.Begin(label), i = NerTagSet.Inside(label);
        double p = alpha[start * tags + b];
        for (int t = start + 1; t < end; t++) p *= potentials[t * tags + i] / scale[t];
        if (end < n)
        {
            var pot = potentials.Slice(end * tags, tags);
            var bet = beta.Slice(end * tags, tags);
            double closing = 0;
            for (int y = 0; y < tags; y++)
                if (!NerTagSet.IsInside(y)) closing += pot[y] * bet[y];
            p *= closing / scale[end];
        }
        return Math.Clamp(p, 0, 1);
    }

    private static int Argmax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++) if (values[i] > values[best]) best = i;
        return best;
    }
}
