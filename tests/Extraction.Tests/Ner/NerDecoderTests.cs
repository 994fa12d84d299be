using Extraction.Entities.Statistical;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Ner;

public class NerDecoderTests
{
    private const int Labels = 2, Tags = 1 + 2 * Labels;

    private static float[] RandomScores(int seed, int n)
    {
        var random = new Random(seed);
        var scores = new float[n * Tags];
        for (int i = 0; i < scores.Length; i++) scores[i] = (float)(random.NextDouble() * 6 - 3);
        return scores;
    }

    /// <summary>Every tag sequence of length n that the BIO constraints allow, with its total score.</summary>
    private static IEnumerable<(int[] Path, double Score)> AllValidPaths(float[] scores, int n)
    {
        int total = (int)Math.Pow(Tags, n);
        for (int code = 0; code < total; code++)
        {
            var path = new int[n];
            for (int t = 0, c = code; t < n; t++, c /= Tags) path[t] = c % Tags;
            bool valid = !NerTagSet.IsInside(path[0]);
            for (int t = 1; t < n && valid; t++) valid = NerTagSet.Allowed(path[t - 1], path[t]);
            if (!valid) continue;
            double score = 0;
            for (int t = 0; t < n; t++) score += scores[t * Tags + path[t]];
            yield return (path, score);
        }
    }

    private static int[] Viterbi(float[] scores, int n)
    {
        var path = new int[n];
        NerDecoder.Viterbi(scores, n, Tags, Tags, new float[2 * Tags], new int[n * Tags], path);
        return path;
    }

    [Fact]
    public void Viterbi_finds_the_best_valid_sequence_by_brute_force()
    {
        for (int seed = 0; seed < 40; seed++)
        {
            int n = 1 + seed % 4;
            var scores = RandomScores(seed, n);
            var best = AllValidPaths(scores, n).MaxBy(p => p.Score);
            Assert.Equal(best.Path, Viterbi(scores, n));
        }
    }

    [Fact]
    public void Viterbi_never_opens_an_entity_with_I()
    {
        Prop.ForAll(Gen.Choose(1, 40).Zip(Gen.Choose(0, 100000)).ToArbitrary(), pair =>
        {
            var (n, seed) = pair;
            var path = Viterbi(RandomScores(seed, n), n);
            if (NerTagSet.IsInside(path[0])) return false;
            for (int t = 1; t < n; t++) if (!NerTagSet.Allowed(path[t - 1], path[t])) return false;
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Span_probability_matches_enumeration_over_valid_sequences()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            int n = 2 + seed % 3;
            var scores = RandomScores(seed, n);
            var paths = AllValidPaths(scores, n).ToList();
            double z = paths.Sum(p => Math.Exp(p.Score));
            var potentials = new double[n * Tags];
            var alpha = new double[n * Tags];
            var beta = new double[n * Tags];
            var scale = new double[n];
            NerDecoder.ForwardBackward(scores, n, Tags, Tags, potentials, alpha, beta, scale);
            for (int label = 0; label < Labels; label++)
                for (int start = 0; start < n; start++)
                    for (int end = start + 1; end <= n; end++)
                    {
                        double expected = paths.Where(p => IsExactSpan(p.Path, start, end, label)).Sum(p => Math.Exp(p.Score)) / z;
                        double actual = NerDecoder.SpanProbability(start, end, label, n, Tags, potentials, alpha, beta, scale);
                        Assert.Equal(expected, actual, 9);
                    }
        }
    }

    private static bool IsExactSpan(int[] path, int start, int end, int label)
    {
        if (path[start] != NerTagSet.Begin(label)) return false;
        for (int t = start + 1; t < end; t++) if (path[t] != NerTagSet.Inside(label)) return false;
        return end == path.Length || path[end] != NerTagSet.Inside(label);
    }
}
