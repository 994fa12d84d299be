using Extraction.Training;

namespace Extraction.Tests.Ner;

public class LowerCaseCopiesTests
{
    /// <summary>
    /// Trained on edited text only, the tagger reads names by their capitals; with lower-cased copies of the same
    /// documents it also learns the contexts, and finds unseen names written in lower case.
    /// </summary>
    [Fact]
    public void Lower_cased_copies_teach_the_tagger_names_written_in_lower_case()
    {
        string[] names = ["Putin", "Akayev", "Lavrov", "Rakhmonov", "Nazarbayev", "Karimov"];
        string[] places = ["Dushanbe", "Bishkek", "Moscow", "Tashkent", "Astana", "Kazan"];
        var lines = new List<string>();
        for (int i = 0; i < 60; i++)
        {
            lines.Add($"President [{names[i % names.Length]}|PERSON] arrived in [{places[(i * 5 + 1) % places.Length]}|LOC] on a visit .");
            lines.Add("The talks went well and the ministers said so .");
        }
        var document = NerFixtures.Document("fixture", NerFixtures.TinyLabels, lines.ToArray());

        List<(string, string)> Tagged(float copies, string text)
        {
            var options = new NerTrainingOptions
            {
                Labels = NerFixtures.TinyLabels, CalibrationEvery = 0, LowerCaseCopies = copies,
                Trainer = new NerTrainerOptions { MinFeatureCount = 1, MaxIterations = 100 },
            };
            var training = new NerTraining(options, null, null, TextWriter.Null);
            var tagger = training.Tagger(training.Train([document], ["fixture"]));
            var probe = NerFixtures.Document("probe", NerFixtures.TinyLabels, text);
            var spans = new List<Extraction.Entities.Statistical.NerSpan>();
            tagger.Tag(probe.Text, probe.Tokens.ToArray(), spans);
            return spans.Select(s => (probe.Text[probe.Tokens[s.FirstToken].Start..probe.Tokens[s.EndToken - 1].End], NerFixtures.TinyLabels[s.Label])).ToList();
        }

        const string lower = "president medvedev arrived in samara on a visit .";
        Assert.Equal([("medvedev", "PERSON"), ("samara", "LOC")], Tagged(0.5f, lower));
        Assert.NotEqual([("medvedev", "PERSON"), ("samara", "LOC")], Tagged(0, lower));
        // Capitalised text is read as before.
        Assert.Equal([("Medvedev", "PERSON"), ("Samara", "LOC")], Tagged(0.5f, "President Medvedev arrived in Samara on a visit ."));
    }
}
