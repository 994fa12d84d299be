using Extraction.Corpora;
using Extraction.Evaluation;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    public void SeedGoldAgainstItselfIsPerfectInEverySection()
    {
        var corpus = CorpusReader.Read(TestPaths.SeedGold);
        var report = Evaluator.Evaluate(corpus, CorpusReader.Read(TestPaths.SeedGold).Documents, "self");
        foreach (var (section, modes) in report.Sections())
            foreach (var (mode, table) in modes)
            {
                Assert.True(table.Micro.Gold > 0, $"{section} {mode} has no gold items");
                Assert.True(table.Micro.F1 == 1.0, $"{section} {mode}: F1 {table.Micro.F1}");
            }
        Assert.Equal((11, 4), (report.EventsStrict.Micro.Gold, report.CitationSources.Micro.Gold));
    }

    [Fact]
    public void Re3dAgainstItselfIsPerfect()
    {
        var corpus = CorpusReader.Read(Path.Combine(TestPaths.SharedData, "re3d", "re3d.train.jsonl"));
        var report = Evaluator.Evaluate(corpus, corpus.Documents, "self");
        Assert.Equal((2200, 1.0), (report.EntitiesExact.Micro.Gold, report.EntitiesExact.Micro.F1));
        Assert.Equal((909, 1.0), (report.RelationsExact.Micro.Gold, report.RelationsExact.Micro.F1));
    }

    [Fact]
    public void LabelsTheCorpusDoesNotAnnotateAreNotScored()
    {
        string path = Path.Combine(TestPaths.NewTempDirectory(), "x.iob2");
        File.WriteAllText(path, "Putin\tB-PER\nvisited\tO\nParis\tB-LOC\nin\tO\nMay\tO\n");
        var corpus = CorpusReader.Read(path);
        var gold = corpus.Documents[0];
        var predicted = new AnnotatedDocument(gold.Id, gold.Text);
        predicted.Entities.Add(new Entity { Id = "T1", Start = 0, End = 5, Label = "PERSON", Text = "Putin", Canonical = "Putin", Source = "t" });
        predicted.Entities.Add(new Entity { Id = "T2", Start = 23, End = 26, Label = "DATE", Text = "May", Canonical = "May", Source = "t" });

        var report = Evaluator.Evaluate(corpus, [predicted], "p");
        Assert.Equal(["PERSON", "LOC"], report.Labels);
        Assert.Equal((2, 1, 1), (report.EntitiesExact.Micro.Gold, report.EntitiesExact.Micro.Predicted, report.EntitiesExact.Micro.Matched));

        var onlyPerson = Evaluator.Evaluate(corpus, [predicted], "p", [EntityLabels.Person]);
        Assert.Equal(1.0, onlyPerson.EntitiesExact.Micro.F1);
    }

    [Fact]
    public void MissingPredictionCountsAsEmpty()
    {
        var corpus = CorpusReader.Read(TestPaths.SeedGold);
        var report = Evaluator.Evaluate(corpus, [], "none");
        Assert.Equal((1, 0), (report.GoldDocuments, report.MatchedDocuments));
        Assert.Equal((96, 0, 0.0), (report.EntitiesExact.Micro.Gold, report.EntitiesExact.Micro.Predicted, report.EntitiesExact.Micro.F1));
    }
}
