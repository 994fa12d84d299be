using Extraction.Entities.Statistical;
using Extraction.Model;
using Extraction.Tests.Support;
using Extraction.Training;

namespace Extraction.Tests.Ner;

/// <summary>A tiny smoke training on a fixture: ML.NET learns, the weights export, the file round-trips, the tagger decodes.</summary>
public class NerTrainingTests
{
    private static readonly string[] Labels = NerFixtures.TinyLabels;

    private static List<(string Text, string Label)> Tag(NerModel model, string sentence)
    {
        var document = NerFixtures.Document("t", Labels, sentence);
        var spans = new List<NerSpan>();
        new NerTagger(model, null).Tag(document.Text, document.Tokens.ToArray(), spans);
        return spans.Select(s => (document.Text[document.Tokens[s.FirstToken].Start..document.Tokens[s.EndToken - 1].End], model.Tags.Labels[s.Label])).ToList();
    }

    [Fact]
    public void Tiny_training_learns_the_fixture_and_round_trips_through_the_model_file()
    {
        var model = NerFixtures.TrainTiny();
        Assert.Equal([("Putin", "PERSON"), ("Tashkent", "LOC")], Tag(model, "President Putin arrived in Tashkent on a visit ."));

        string path = Path.Combine(TestPaths.NewTempDirectory(), "ner.bin");
        model.Save(path);
        var loaded = NerModel.Load(path);
        Assert.Equal(model.RowCount, loaded.RowCount);
        Assert.Equal(Tag(model, "In Bishkek , Lavrov said the talks went well ."), Tag(loaded, "In Bishkek , Lavrov said the talks went well ."));
    }

    [Fact]
    public void Train_command_trains_on_a_users_conll_file_and_records_its_own_command_line()
    {
        string dir = TestPaths.NewTempDirectory();
        string conll = Path.Combine(dir, "mine.iob2");
        var lines = new List<string>();
        for (int i = 0; i < 30; i++)
            lines.AddRange(["President\tO", i % 2 == 0 ? "Putin\tB-PER" : "Akayev\tB-PER", "visited\tO", i % 3 == 0 ? "Tashkent\tB-LOC" : "Bishkek\tB-LOC", ".\tO", ""]);
        File.WriteAllLines(conll, lines);
        string output = Path.Combine(dir, "mine.bin");

        var result = CliRunner.Run("train", "ner", "--train", conll, "--out", output, "--labels", "PERSON,LOC", "--no-gazetteer",
            "--calibration-every", "0", "--iterations", "30");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var info = NerModel.Load(output).Info;
        Assert.Equal($"extraction train ner --train {conll} --out {output} --labels PERSON,LOC --no-gazetteer --calibration-every 0 --iterations 30", info.Command);
        Assert.Equal(["PERSON", "LOC"], info.Labels);
    }

    /// <summary>
    /// A re3d-style file (its labels.json beside it) given to --train is read names-only, as the default re3d corpus is,
    /// and its cross-validation is scored twice: against the gold as annotated (pronouns included) and against the names.
    /// </summary>
    [Fact]
    public void A_re3d_style_file_is_read_names_only_and_cross_validated_against_both_readings()
    {
        string dir = TestPaths.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "labels.json"), """{"Person": "PERSON", "Location": "LOC"}""");
        var lines = new List<string>();
        for (int i = 0; i < 8; i++)
        {
            string name = i % 2 == 0 ? "Putin" : "Akayev", place = i % 3 == 0 ? "Tashkent" : "Bishkek";
            string text = $"President {name} visited {place} . He spoke .";
            int n = text.IndexOf(name, StringComparison.Ordinal), p = text.IndexOf(place, StringComparison.Ordinal), he = text.IndexOf("He ", StringComparison.Ordinal);
            lines.Add(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = $"d{i}", text,
                entities = new object[]
                {
                    new { id = "T1", start = n, end = n + name.Length, label = "Person", text = name },
                    new { id = "T2", start = p, end = p + place.Length, label = "Location", text = place },
                    new { id = "T3", start = he, end = he + 2, label = "Person", text = "He" },
                },
            }));
        }
        string corpus = Path.Combine(dir, "corpus.jsonl");
        File.WriteAllLines(corpus, lines);

        var result = CliRunner.Run("train", "ner", "--train", corpus, "--cv", "2", "--out", Path.Combine(dir, "m.bin"), "--labels", "PERSON,LOC",
            "--no-gazetteer", "--no-clusters", "--calibration-every", "0", "--iterations", "20");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var tables = result.Stdout.Split("cross-validation on").Skip(1).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Contains("gold as annotated", tables[0]);
        Assert.Contains("names only", tables[1]);
        // 8 names + 8 pronouns as annotated; the 8 names only as the training reads them.
        static int PersonGold(string table) => int.Parse(table.Split('\n').First(l => l.StartsWith("PERSON")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(16, PersonGold(tables[0]));
        Assert.Equal(8, PersonGold(tables[1]));
    }

    [Fact]
    public void A_corpus_weight_changes_the_training_and_is_recorded_in_the_model()
    {
        string dir = TestPaths.NewTempDirectory();
        string mine = Path.Combine(dir, "mine.iob2"), general = Path.Combine(dir, "general.iob2");
        File.WriteAllLines(mine, Enumerable.Range(0, 20).SelectMany(i => new[] { "Lavrov\tB-PER", "spoke\tO", "" }));
        File.WriteAllLines(general, Enumerable.Range(0, 20).SelectMany(i => new[] { "Lavrov\tB-LOC", "spoke\tO", "" }));
        string Train(string output, params string[] extra)
        {
            var result = CliRunner.Run(["train", "ner", "--train", mine, general, "--out", output, "--labels", "PERSON,LOC", "--no-gazetteer",
                "--no-clusters", "--calibration-every", "0", "--iterations", "30", .. extra]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            return output;
        }
        var plain = NerModel.Load(Train(Path.Combine(dir, "plain.bin")));
        var weighted = NerModel.Load(Train(Path.Combine(dir, "weighted.bin"), "--corpus-weight", "mine=5"));
        Assert.Contains("mine (mine.iob2) weight 5", weighted.Info.Corpora);
        Assert.Contains("general (general.iob2)", weighted.Info.Corpora);
        Assert.DoesNotContain(plain.Info.Corpora, c => c.Contains("weight"));
        // "Lavrov spoke" is PERSON in one corpus and LOC in the other: the weighted corpus wins.
        Assert.Equal("PERSON", LabelOfLavrov(weighted));
        Assert.Equal("LOC", LabelOfLavrov(NerModel.Load(Train(Path.Combine(dir, "general.bin"), "--corpus-weight", "general=5"))));
    }

    private static string LabelOfLavrov(NerModel model)
    {
        var spans = new List<NerSpan>();
        var document = NerFixtures.Document("t", Labels, "Lavrov spoke");
        new NerTagger(model, null).Tag(document.Text, document.Tokens.ToArray(), spans);
        return model.Tags.Labels[Assert.Single(spans).Label];
    }

    [Theory]
    [InlineData("--corpus-weight", "nosuch=2", "no training corpus named")]
    [InlineData("--corpus-weight", "mine=0", "positive weight")]
    [InlineData("--corpus-weight", "mine", "NAME=W")]
    [InlineData("--dense-scale", "0", "--dense-scale must be positive")]
    [InlineData("--lowercase-copies", "-1", "--lowercase-copies must be 0 or positive")]
    public void A_bad_training_setting_is_a_usage_error(string option, string setting, string message)
    {
        string dir = TestPaths.NewTempDirectory();
        string mine = Path.Combine(dir, "mine.iob2");
        File.WriteAllLines(mine, ["Putin\tB-PER", ".\tO", ""]);
        var result = CliRunner.Run("train", "ner", "--train", mine, "--out", Path.Combine(dir, "m.bin"), "--no-gazetteer", "--no-clusters", option, setting);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_model_bytes()
    {
        string dir = TestPaths.NewTempDirectory();
        NerFixtures.TrainTiny().Save(Path.Combine(dir, "a.bin"));
        NerFixtures.TrainTiny().Save(Path.Combine(dir, "b.bin"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.bin")), File.ReadAllBytes(Path.Combine(dir, "b.bin")));
    }

    [Fact]
    public void Confidence_is_a_probability_and_higher_for_clear_cases()
    {
        var model = NerFixtures.TrainTiny();
        var document = NerFixtures.Document("t", Labels, "President Putin arrived in Tashkent on a visit .");
        var spans = new List<NerSpan>();
        new NerTagger(model, null).Tag(document.Text, document.Tokens.ToArray(), spans);
        Assert.All(spans, s => Assert.InRange(s.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_a_clear_error()
    {
        string path = Path.Combine(TestPaths.NewTempDirectory(), "ner.bin");
        File.WriteAllText(path, "not a model");
        var ex = Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        Assert.Contains("not an Extraction NER model", ex.Message);

        NerFixtures.TrainTiny().Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^3]);
        Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
    }

    [Fact]
    public void A_model_is_refused_with_a_lexicon_other_than_the_one_it_was_trained_with()
    {
        var model = NerFixtures.TrainTiny();
        var ex = Assert.Throws<InvalidDataException>(() => new NerTagger(model, new FixedLexicon()));
        Assert.Contains("retrain", ex.Message);
    }

    private sealed class FixedLexicon : ITokenLexicon
    {
        public string Name => "fixed";
        public IReadOnlyList<string> Classes => ["LOC"];
        public void Mark(string text, ReadOnlySpan<Token> tokens, Span<uint> marks) => marks.Clear();
    }
}
