using Extraction.Entities.Statistical;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Ner;

public class NerDecoderTests
{
    private const int Labels = 2, Tags = 1 + 2 * Labels;

    /// <summary>Random local distributions P(tag | previous, token), normalised over the allowed tags by the decoder itself.</summary>
    private static (double[] Local, double[] LogLocal) RandomLattice(int seed, int n)
    {
        var random = new Random(seed);
        var local = new double[n * (Tags + 1) * Tags];
        var logLocal = new double[local.Length];
        var scores = new float[Tags];
        for (int t = 0; t < n; t++)
            for (int p = t == 0 ? Tags : 0; p < (t == 0 ? Tags + 1 : Tags); p++)
            {
                for (int y = 0; y < Tags; y++) scores[y] = (float)(random.NextDouble() * 6 - 3);
                NerDecoder.Normalize(scores, t, p, Tags, local, logLocal);
            }
        return (local, logLocal);
    }

    /// <summary>Every tag sequence of length n, with its probability (0 for sequences BIO forbids).</summary>
    private static IEnumerable<(int[] Path, double Probability)> AllPaths(double[] local, int n)
    {
        int total = (int)Math.Pow(Tags, n);
        for (int code = 0; code < total; code++)
        {
            var path = new int[n];
            for (int t = 0, c = code; t < n; t++, c /= Tags) path[t] = c % Tags;
            double probability = local[NerDecoder.RowOf(0, Tags, Tags) + path[0]];
            for (int t = 1; t < n; t++) probability *= local[NerDecoder.RowOf(t, path[t - 1], Tags) + path[t]];
            yield return (path, probability);
        }
    }

    private static int[] Viterbi(double[] logLocal, int n)
    {
        var path = new int[n];
        NerDecoder.Viterbi(logLocal, n, Tags, new double[2 * Tags], new int[n * Tags], path);
        return path;
    }

    [Fact]
    public void Forbidden_transitions_get_no_probability_and_the_rest_sums_to_one()
    {
        var (local, _) = RandomLattice(7, 3);
        var paths = AllPaths(local, 3).ToList();
        Assert.Equal(1.0, paths.Sum(p => p.Probability), 9);
        Assert.All(paths.Where(p => NerTagSet.IsInside(p.Path[0]) || !NerTagSet.Allowed(p.Path[0], p.Path[1]) || !NerTagSet.Allowed(p.Path[1], p.Path[2])),
            p => Assert.Equal(0.0, p.Probability));
    }

    [Fact]
    public void Viterbi_finds_the_most_probable_sequence_by_brute_force()
    {
        for (int seed = 0; seed < 40; seed++)
        {
            int n = 1 + seed % 4;
            var (local, logLocal) = RandomLattice(seed, n);
            var best = AllPaths(local, n).MaxBy(p => p.Probability);
            Assert.Equal(best.Path, Viterbi(logLocal, n));
        }
    }

    [Fact]
    public void Viterbi_never_opens_an_entity_with_I()
    {
        Prop.ForAll(Gen.Choose(1, 40).Zip(Gen.Choose(0, 100000)).ToArbitrary(), pair =>
        {
            var (n, seed) = pair;
            var path = Viterbi(RandomLattice(seed, n).LogLocal, n);
            if (NerTagSet.IsInside(path[0])) return false;
            for (int t = 1; t < n; t++) if (!NerTagSet.Allowed(path[t - 1], path[t])) return false;
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Span_probability_matches_enumeration()
    {
        for (int seed = 0; seed < 20; seed++)
        {
            int n = 2 + seed % 3;
            var (local, _) = RandomLattice(seed, n);
            var paths = AllPaths(local, n).ToList();
            var alpha = new double[n * Tags];
            NerDecoder.Forward(local, n, Tags, alpha);
            for (int label = 0; label < Labels; label++)
                for (int start = 0; start < n; start++)
                    for (int end = start + 1; end <= n; end++)
                    {
                        double expected = paths.Where(p => IsExactSpan(p.Path, start, end, label)).Sum(p => p.Probability);
                        Assert.Equal(expected, NerDecoder.SpanProbability(start, end, label, n, Tags, local, alpha), 9);
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
