using Extraction.Entities.Statistical;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Ner;

public class NerDecoderTests
{
    private const int Labels = 2, Tags = 1 + 2 * Labels;
    private static readonly int Width = (Tags + System.Numerics.Vector<float>.Count - 1) / System.Numerics.Vector<float>.Count * System.Numerics.Vector<float>.Count;

    /// <summary>Random scores per token and previous tag, −∞ where BIO forbids the transition and in the padding (as the model supplies them).</summary>
    private readonly struct RandomScores(int seed, int n, float spread = 3) : ILocalScores
    {
        private readonly float[] _scores = Make(seed, n, spread);

        private static float[] Make(int seed, int n, float spread)
        {
            var random = new Random(seed);
            var scores = new float[n * (Tags + 1) * Width];
            for (int t = 0; t < n; t++)
                for (int p = 0; p <= Tags; p++)
                    for (int y = 0; y < Width; y++)
                    {
                        bool allowed = y < Tags && (p == Tags ? !NerTagSet.IsInside(y) : NerTagSet.Allowed(p, y));
                        scores[NerDecoder.RowOf(t, p, Tags, Width) + y] = allowed ? (float)(random.NextDouble() * 2 - 1) * spread : float.NegativeInfinity;
                    }
            return scores;
        }

        public void Fill(int t, int previous, Span<float> row) => _scores.AsSpan(NerDecoder.RowOf(t, previous, Tags, Width), Width).CopyTo(row);

        /// <summary>All rows normalised, for brute-force enumeration.</summary>
        public float[] Local()
        {
            var local = new float[_scores.Length];
            var log = new float[_scores.Length];
            for (int row = 0; row < _scores.Length; row += Width)
                NerDecoder.Normalize(_scores.AsSpan(row, Width), local.AsSpan(row, Width), log.AsSpan(row, Width));
            return local;
        }
    }

    private static (int[] Path, float[] Local, float[] Alpha) Decode(int seed, int n, float prune = 0, float spread = 3)
    {
        var source = new RandomScores(seed, n, spread);
        var local = new float[n * (Tags + 1) * Width];
        var alpha = new float[n * Width];
        var path = new int[n];
        NerDecoder.Decode(ref source, n, Tags, Width, prune, new float[Width], local, new float[local.Length], alpha, new float[2 * Tags], new int[n * Tags], path);
        return (path, local, alpha);
    }

    /// <summary>Every tag sequence of length n, with its probability (0 for sequences BIO forbids).</summary>
    private static IEnumerable<(int[] Path, double Probability)> AllPaths(float[] local, int n)
    {
        int total = (int)Math.Pow(Tags, n);
        for (int code = 0; code < total; code++)
        {
            var path = new int[n];
            for (int t = 0, c = code; t < n; t++, c /= Tags) path[t] = c % Tags;
            double probability = local[NerDecoder.RowOf(0, Tags, Tags, Width) + path[0]];
            for (int t = 1; t < n; t++) probability *= local[NerDecoder.RowOf(t, path[t - 1], Tags, Width) + path[t]];
            yield return (path, probability);
        }
    }

    [Fact]
    public void Forbidden_transitions_get_no_probability_and_the_rest_sums_to_one()
    {
        var local = new RandomScores(7, 3).Local();
        var paths = AllPaths(local, 3).ToList();
        Assert.Equal(1.0, paths.Sum(p => p.Probability), 5);
        Assert.All(paths.Where(p => NerTagSet.IsInside(p.Path[0]) || !NerTagSet.Allowed(p.Path[0], p.Path[1]) || !NerTagSet.Allowed(p.Path[1], p.Path[2])),
            p => Assert.Equal(0.0, p.Probability));
    }

    [Fact]
    public void Viterbi_finds_the_most_probable_sequence_by_brute_force()
    {
        for (int seed = 0; seed < 40; seed++)
        {
            int n = 1 + seed % 4;
            var best = AllPaths(new RandomScores(seed, n).Local(), n).MaxBy(p => p.Probability);
            Assert.Equal(best.Path, Decode(seed, n).Path);
        }
    }

    [Fact]
    public void Viterbi_never_opens_an_entity_with_I()
    {
        Prop.ForAll(Gen.Choose(1, 40).Zip(Gen.Choose(0, 100000)).ToArbitrary(), pair =>
        {
            var (n, seed) = pair;
            var path = Decode(seed, n, NerTagger.PruneBelow).Path;
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
            var paths = AllPaths(new RandomScores(seed, n).Local(), n).ToList();
            var (_, local, alpha) = Decode(seed, n);
            for (int label = 0; label < Labels; label++)
                for (int start = 0; start < n; start++)
                    for (int end = start + 1; end <= n; end++)
                    {
                        double expected = paths.Where(p => IsExactSpan(p.Path, start, end, label)).Sum(p => p.Probability);
                        Assert.Equal(expected, NerDecoder.SpanProbability(start, end, label, n, Tags, Width, local, alpha), 5);
                    }
        }
    }

    [Fact]
    public void Pruning_unlikely_previous_tags_changes_neither_path_nor_marginals_noticeably()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            // Peaked scores, as trained models give: many previous tags fall under the pruning threshold.
            var exact = Decode(seed, 30, spread: 12);
            var pruned = Decode(seed, 30, NerTagger.PruneBelow, spread: 12);
            Assert.Equal(exact.Path, pruned.Path);
            for (int i = 0; i < exact.Alpha.Length; i++) Assert.True(Math.Abs(exact.Alpha[i] - pruned.Alpha[i]) < 1e-4);
        }
    }

    private static bool IsExactSpan(int[] path, int start, int end, int label)
    {
        if (path[start] != NerTagSet.Begin(label)) return false;
        for (int t = start + 1; t < end; t++) if (path[t] != NerTagSet.Inside(label)) return false;
        return end == path.Length || path[end] != NerTagSet.Inside(label);
    }
}
