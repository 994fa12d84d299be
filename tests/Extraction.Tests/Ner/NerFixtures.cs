using Extraction.Entities;
using Extraction.Entities.Statistical;
using Extraction.Model;
using Extraction.Tests.Support;
using Extraction.Training;

namespace Extraction.Tests.Ner;

/// <summary>Small in-memory training documents: "[Vladimir Putin|PERSON] met …" markup, split on spaces.</summary>
internal static class NerFixtures
{
    /// <summary>
    /// Parses one line per sentence; "[words|LABEL]" marks a mention ("[words|?]" one of unknown type).
    /// Tokens are the space-separated words, so tests do not depend on the tokenizer.
    /// </summary>
    public static NerDocument Document(string corpus, IEnumerable<string> annotated, params string[] lines)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var sentences = new List<(int, int)>();
        var mentions = new List<NerMention>();
        foreach (var line in lines)
        {
            int first = tokens.Count;
            int mentionStart = -1;
            foreach (var raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string word = raw;
                if (word.StartsWith('[')) { word = word[1..]; mentionStart = text.Length + (text.Length > 0 ? 1 : 0); }
                string? label = null;
                bool closes = false;
                int bar = word.IndexOf('|');
                if (bar >= 0 && word.EndsWith(']'))
                {
                    label = word[(bar + 1)..^1];
                    word = word[..bar];
                    closes = true;
                }
                if (text.Length > 0) text.Append(' ');
                int start = text.Length;
                text.Append(word);
                tokens.Add(new Token(start, text.Length, char.IsDigit(word[0]) ? TokenKind.Number : char.IsLetter(word[0]) ? TokenKind.Word : TokenKind.Punctuation));
                if (closes)
                {
                    mentions.Add(new NerMention(mentionStart, text.Length, label == "?" ? null : label));
                    mentionStart = -1;
                }
            }
            sentences.Add((first, tokens.Count - first));
        }
        return new NerDocument
        {
            Corpus = corpus, Id = corpus, Text = text.ToString(), Tokens = tokens, Sentences = sentences, Mentions = mentions,
            AnnotatedLabels = annotated.ToHashSet(),
        };
    }

    public static readonly string[] TinyLabels = ["PERSON", "LOC"];

    /// <summary>
    /// A committed model under models/ with the gazetteer and word clusters it was trained with (as the ner stage pairs
    /// them), and the shared encoder for a model that reads contextual vectors.
    /// </summary>
    public static (NerTagger Tagger, Gazetteer? Gazetteer) Shipped(string modelFile)
    {
        var model = NerModel.Load(Path.Combine(TestPaths.RepoRoot, "models", modelFile));
        var gazetteer = model.Info.Lexicon is null ? null : Gazetteer.LoadShared(Path.Combine(TestPaths.RepoRoot, GazetteerEntityTagger.DefaultPath));
        var clusters = model.Info.WordClusters is null ? null : WordClusters.LoadShared(Path.Combine(TestPaths.RepoRoot, WordClusters.DefaultPath));
        var encoder = model.Info.Encoder is null ? null : NerStage.EncoderFor(ShippedAccurateNerSettings());
        return (new NerTagger(model, gazetteer is null ? null : new GazetteerLexicon(gazetteer), clusters, encoder), gazetteer);
    }

    /// <summary>The settings of the accurate profile's ner stage (pipeline.accurate.json): its encoder's layers and packing.</summary>
    public static Extraction.Pipeline.StageSettings ShippedAccurateNerSettings() =>
        Extraction.Pipeline.PipelineConfig.Load(Path.Combine(TestPaths.RepoRoot, "pipeline.accurate.json")).Stages.Single(s => s.Name == NerStage.StageName);

    /// <summary>A model trained in a second or two on a fixture of "President X arrived in Y" sentences.</summary>
    public static NerModel TrainTiny(int seed = 1)
    {
        string[] names = ["Putin", "Akayev", "Lavrov", "Rakhmonov", "Nazarbayev", "Karimov"];
        string[] places = ["Dushanbe", "Bishkek", "Moscow", "Tashkent", "Astana", "Kazan"];
        var lines = new List<string>();
        for (int i = 0; i < 60; i++)
        {
            string name = names[i % names.Length], place = places[(i * 5 + 1) % places.Length];
            lines.Add($"President [{name}|PERSON] arrived in [{place}|LOC] on a visit .");
            lines.Add($"In [{place}|LOC] , [{name}|PERSON] said the talks went well .");
        }
        var document = Document("fixture", TinyLabels, lines.ToArray());
        var examples = new NerExampleBuilder(new NerTagSet(TinyLabels), null).Build(document).ToList();
        var options = new NerTrainerOptions { Seed = seed, MinFeatureCount = 1, MaxIterations = 50 };
        return NerTrainer.Train(examples, new NerModelInfo { Labels = TinyLabels }, null, null, options);
    }
}
