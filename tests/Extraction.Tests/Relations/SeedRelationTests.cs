using Extraction.Corpora;
using Extraction.Model;
using Extraction.Relations;
using Extraction.Segmentation;
using Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Extraction.Tests.Relations;

/// <summary>
/// The relations stage on the seed article given its gold entities and the gold SAME_AS relations (the alias
/// stage's part), with the shipped model: relation F1 (type + both arguments exact) must reach 0.80.
/// </summary>
public sealed class SeedRelationTests(ITestOutputHelper output)
{
    internal static (Document Document, AnnotatedDocument Gold) SeedWithGoldEntities()
    {
        var gold = CorpusReader.Read(TestPaths.SeedGold).Documents.Single();
        var doc = new Document(gold.Id, gold.Text, new DocumentSource(TestPaths.SeedGold));
        doc.Entities.AddRange(gold.Entities);
        foreach (var r in gold.Relations.Where(r => r.Type == RelationTypes.SameAs))
            doc.Relations.Add(new Relation { Id = r.Id, Type = r.Type, Head = r.Head.EntityId!, Tail = r.Tail.EntityId!, Source = "gold" });
        new Segmenter().Process(doc);
        return (doc, gold);
    }

    internal static RelationStage ShippedStage() =>
        new(RelationClassifier.Load(Path.Combine(TestPaths.RepoRoot, RelationStage.DefaultModelPath)));

    [Fact]
    public void Seed_relations_with_gold_entities_meet_the_floor()
    {
        var (doc, gold) = SeedWithGoldEntities();
        ShippedStage().Process(doc);

        var expected = gold.Relations.Select(r => (r.Type, r.Head.EntityId, r.Tail.EntityId)).ToHashSet();
        var predicted = doc.Relations.Select(r => (r.Type, (string?)r.Head, (string?)r.Tail)).ToHashSet();
        foreach (var r in doc.Relations)
            output.WriteLine($"{(expected.Contains((r.Type, r.Head, r.Tail)) ? "OK" : "FP")} {r.Id} {r.Type} {doc.EntityById(r.Head)!.Text} -> {doc.EntityById(r.Tail)!.Text} [{r.Trigger?.Text}] {r.Confidence} {r.Source}");
        foreach (var g in expected.Where(g => !predicted.Contains(g)))
            output.WriteLine($"FN {g.Type} {doc.EntityById(g.Item2!)!.Text} -> {doc.EntityById(g.Item3!)!.Text}");

        int tp = predicted.Count(expected.Contains);
        double p = (double)tp / predicted.Count, rc = (double)tp / expected.Count, f1 = 2 * p * rc / (p + rc);
        output.WriteLine($"P {p:0.000} R {rc:0.000} F1 {f1:0.000}");
        Assert.True(f1 >= 0.80, $"seed relation F1 {f1:0.000} < 0.80");
    }
}
