using Extraction.Corpora;
using Extraction.Evaluation;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

/// <summary>The configured pipeline (pipeline.json) on the seed article against its hand annotation.</summary>
public class SeedEntityTests
{
    private static readonly string[] BaselineLabels =
        [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp, EntityLabels.Date, EntityLabels.Money];

    private static (Corpus Gold, Document Predicted) RunSeed()
    {
        var gold = CorpusReader.Read(TestPaths.SeedGold);
        var g = Assert.Single(gold.Documents);
        var doc = new Document(g.Id, g.Text, new DocumentSource(TestPaths.SeedGold));
        ExtractionPipeline.FromConfig(PipelineConfig.Load(TestPaths.PipelineConfig)).Process(doc);
        return (gold, doc);
    }

    [Fact]
    public void Baseline_exact_micro_f1_on_the_seed_stays_above_the_floor()
    {
        var (gold, doc) = RunSeed();
        var report = Evaluator.Evaluate(gold, [AnnotatedDocument.FromDocument(doc)], "pipeline", BaselineLabels);
        // Achieved 0.99 (issue 2 asks for 0.80); the floor catches regressions.
        Assert.True(report.EntitiesExact.Micro.F1 >= 0.95, $"seed entity micro-F1 {report.EntitiesExact.Micro.F1:F3}");
    }

    [Fact]
    public void Every_entity_is_its_text_span_with_a_valid_confidence_and_id()
    {
        var (_, doc) = RunSeed();
        Assert.NotEmpty(doc.Entities);
        for (int i = 0; i < doc.Entities.Count; i++)
        {
            var e = doc.Entities[i];
            Assert.Equal(doc.Text[e.Start..e.End], e.Text);
            Assert.Equal($"T{i + 1}", e.Id);
            Assert.InRange(e.Confidence, 0, 1);
            Assert.True(i == 0 || doc.Entities[i - 1].End <= e.Start, "entities overlap or are out of order");
        }
    }
}
