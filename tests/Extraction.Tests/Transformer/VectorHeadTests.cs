using Extraction.Entities.Statistical;
using Extraction.Model;
using Extraction.Tests.Ner;
using Extraction.Training;

namespace Extraction.Tests.Transformer;

/// <summary>The tagger's dense part: trained from per-token vectors with the sparse features, saved, loaded and scored.</summary>
public class VectorHeadTests
{
    private const int Dimensions = 3;

    /// <summary>Every word is "w", so only the vectors tell PERSON (axis 0) and LOC (axis 1) from O (axis 2).</summary>
    private static (NerDocument Document, float[] Vectors) Fixture()
    {
        var random = new Random(7);
        var lines = new List<string>();
        var axes = new List<int>();
        for (int s = 0; s < 80; s++)
        {
            var words = new List<string>();
            for (int i = 0; i < 8; i++)
            {
                int kind = random.Next(4);  // 0 PERSON, 1 LOC, else O
                words.Add(kind switch { 0 => "[w|PERSON]", 1 => "[w|LOC]", _ => "w" });
                axes.Add(Math.Min(kind, 2));
            }
            lines.Add(string.Join(" ", words));
        }
        var document = NerFixtures.Document("vectors", NerFixtures.TinyLabels, lines.ToArray());
        var vectors = new float[axes.Count * Dimensions];
        for (int t = 0; t < axes.Count; t++) vectors[t * Dimensions + axes[t]] = 1;
        return (document, vectors);
    }

    private static NerModel Train(NerDocument document, float[] vectors, float denseScale = 1f)
    {
        var examples = new NerExampleBuilder(new NerTagSet(NerFixtures.TinyLabels), null).Build(document, vectors).ToList();
        var info = new NerModelInfo { Labels = NerFixtures.TinyLabels, EmbeddingDimensions = Dimensions };
        return NerTrainer.Train(examples, info, null, null, new NerTrainerOptions { MinFeatureCount = 1, MaxIterations = 100, DenseScale = denseScale });
    }

    private static List<(int, int, string)> Spans(NerModel model, NerDocument document, float[] vectors)
    {
        var spans = new List<NerSpan>();
        var tagger = new NerTagger(model, null);
        var tokens = document.Tokens.ToArray();
        foreach (var (first, count) in document.Sentences.Take(10))
        {
            int before = spans.Count;
            tagger.Tag(document.Text, tokens.AsSpan(first, count), spans, vectors.AsSpan(first * Dimensions, count * Dimensions));
            for (int i = before; i < spans.Count; i++) spans[i] = spans[i] with { FirstToken = spans[i].FirstToken + first, EndToken = spans[i].EndToken + first };
        }
        return spans.Select(s => (s.FirstToken, s.EndToken, model.Tags.Labels[s.Label])).ToList();
    }

    [Fact]
    public void The_model_learns_from_the_vectors_and_keeps_them_through_save_and_load()
    {
        var (document, vectors) = Fixture();
        var model = Train(document, vectors);
        var expected = document.Mentions.Select(m => (document.Tokens.ToList().FindIndex(t => t.Start == m.Start), m.Label!)).ToList();
        var spans = Spans(model, document, vectors);
        int tokensInTen = document.Sentences.Take(10).Sum(s => s.Count);
        var goldInTen = expected.Where(e => e.Item1 < tokensInTen).ToList();
        // Adjacent same-label words merge into one span under BIO without B evidence, so compare the labelled tokens.
        var tagged = spans.SelectMany(s => Enumerable.Range(s.Item1, s.Item2 - s.Item1).Select(t => (t, s.Item3))).ToList();
        Assert.Equal(goldInTen.OrderBy(g => g.Item1), tagged.OrderBy(g => g.Item1));

        string path = Path.Combine(Support.TestPaths.NewTempDirectory(), "vectors.bin");
        model.Save(path);
        var loaded = NerModel.Load(path);
        Assert.Equal(Dimensions, loaded.Info.EmbeddingDimensions);
        Assert.Equal(spans, Spans(loaded, document, vectors));
    }

    [Fact]
    public void A_dense_scale_is_folded_back_into_the_weights_so_the_model_reads_the_vectors_as_given()
    {
        // Training with scale s on vectors v is training on s·v; the saved model must then score v as that model scores s·v.
        var (document, vectors) = Fixture();
        var halved = vectors.Select(v => v * 0.5f).ToArray();
        var scaled = Train(document, vectors, denseScale: 0.5f);
        var onHalved = Train(document, halved);

        var tokens = document.Tokens.Take(8).ToArray();
        var a = new List<NerSpan>();
        var b = new List<NerSpan>();
        new NerTagger(scaled, null).Tag(document.Text, tokens, a, vectors.AsSpan(0, 8 * Dimensions));
        new NerTagger(onHalved, null).Tag(document.Text, tokens, b, halved.AsSpan(0, 8 * Dimensions));
        Assert.NotEmpty(a);
        Assert.Equal(b.Select(s => (s.FirstToken, s.EndToken, s.Label)), a.Select(s => (s.FirstToken, s.EndToken, s.Label)));
        Assert.All(a.Zip(b), pair => Assert.Equal(pair.Second.Probability, pair.First.Probability, 4));
    }

    [Fact]
    public void A_model_that_reads_vectors_refuses_to_score_without_them()
    {
        var (document, vectors) = Fixture();
        var model = Train(document, vectors);
        var tokens = document.Tokens.Take(8).ToArray();
        Assert.Throws<ArgumentException>(() => new NerTagger(model, null).Tag(document.Text, tokens, new List<NerSpan>()));
    }
}
