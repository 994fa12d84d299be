using Extraction.Entities.Statistical;
using Extraction.Tests.Support;
using Extraction.Training;

namespace Extraction.Tests.Ner;

public class WordClusterTests
{
    private static readonly Lazy<WordClusters> ShippedClusters = new(() => WordClusters.Load(Path.Combine(TestPaths.RepoRoot, WordClusters.DefaultPath)));

    private static uint Cluster(WordClusters clusters, string word, int level) =>
        WordClusters.Level(clusters.Of(NerFeaturizer.HashNormalized(word)), level);

    [Fact]
    public void A_saved_file_loads_back_with_the_same_classes_and_a_name_from_its_content()
    {
        string path = Path.Combine(Path.GetTempPath(), $"wc-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            WordClusters.Save(path, [2, 3], [("paris", [1, 2]), ("london", [1, 3]), ("john", [2, 1])], [new("seed", "1")]);
            var loaded = WordClusters.Load(path);
            Assert.Equal([2, 3], loaded.Sizes);
            Assert.Equal(3, loaded.Count);
            Assert.Equal(1u, Cluster(loaded, "Paris", 0));   // looked up as the tagger hashes tokens: case-folded
            Assert.Equal(3u, Cluster(loaded, "LONDON", 1));
            Assert.Equal(0u, Cluster(loaded, "Dushanbe", 0)); // unknown word
            string name = loaded.Name;

            WordClusters.Save(path, [2, 3], [("paris", [1, 2]), ("london", [1, 2]), ("john", [2, 1])], [new("seed", "1")]);
            Assert.NotEqual(name, WordClusters.Load(path).Name);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("not a cluster file\n")]
    [InlineData("# word-clusters sizes=2\nparis\t3\n")]
    [InlineData("# word-clusters sizes=2\nparis\n")]
    [InlineData("# word-clusters sizes=2\nparis\tone\n")]
    [InlineData("# word-clusters seed=1\nparis\t1\n")]
    [InlineData("# word-clusters sizes=two\nparis\t1\n")]
    public void A_malformed_file_is_refused_with_a_clear_error(string content)
    {
        string path = Path.Combine(Path.GetTempPath(), $"wc-{Guid.NewGuid():N}.tsv.gz");
        try
        {
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
                gzip.Write(System.Text.Encoding.UTF8.GetBytes(content));
            var ex = Assert.Throws<InvalidDataException>(() => WordClusters.Load(path));
            Assert.Contains(path, ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("paris", true)]
    [InlineData("rock-n-roll", true)]
    [InlineData("o'neill", true)]
    [InlineData("##ing", false)]
    [InlineData("[CLS]", false)]
    [InlineData("1990", false)]
    [InlineData("a", false)]
    [InlineData("-ed", false)]
    [InlineData("don'", false)]
    public void Only_whole_words_of_the_vocabulary_are_clustered(string entry, bool clustered) =>
        Assert.Equal(clustered, WordClusterBuilder.IsWholeWord(entry));

    [Fact]
    public void Clustering_the_encoder_vocabulary_is_deterministic_and_covers_every_whole_word()
    {
        var first = WordClusterBuilder.Cluster([4], seed: 3, TextWriter.Null);
        var second = WordClusterBuilder.Cluster([4], seed: 3, TextWriter.Null);
        Assert.Equal(first.Select(w => w.Word), second.Select(w => w.Word));
        Assert.Equal(first.Select(w => w.Clusters[0]), second.Select(w => w.Clusters[0]));
        Assert.True(first.Count > 15_000, $"{first.Count} words");
        Assert.All(first, w => Assert.InRange(w.Clusters[0], 1, 4));
        Assert.Equal(4, first.Select(w => w.Clusters[0]).Distinct().Count());
    }

    /// <summary>The shipped classes group words used alike: what the tagger's cluster features rely on.</summary>
    [Theory]
    [InlineData(0, "france", "germany", "italy")]
    [InlineData(1, "john", "david", "michael")]
    [InlineData(1, "monday", "tuesday", "friday")]
    public void The_shipped_clusters_put_words_of_one_kind_together(int level, params string[] words)
    {
        var clusters = ShippedClusters.Value;
        uint shared = Cluster(clusters, words[0], level);
        Assert.NotEqual(0u, shared);
        Assert.All(words, w => Assert.Equal(shared, Cluster(clusters, w, level)));
        Assert.NotEqual(shared, Cluster(clusters, "the", level));
    }

    [Fact]
    public void A_model_trained_with_word_clusters_is_refused_without_them()
    {
        var model = NerFixtures.TrainTiny();
        model.Info.WordClusters = "word-clusters:000000000000";
        var ex = Assert.Throws<InvalidDataException>(() => new NerTagger(model, null));
        Assert.Contains("word clusters", ex.Message);
    }
}
