using System.Text.Json;
using Extraction.Model;
using Extraction.Relations;
using Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Extraction.Tests.Relations;

/// <summary>The seed article with its gold entities and gold SAME_AS relations: the relations stage must reach F1 ≥ 0.80.</summary>
public sealed class SeedRelationTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_relations_with_gold_entities_meet_the_floor()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.SeedGold));
        var root = json.RootElement;
        var doc = new Document("seed", root.GetProperty("text").GetString()!, new DocumentSource("seed"));
        foreach (var e in root.GetProperty("entities").EnumerateArray())
        {
            int s = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            doc.Entities.Add(new Entity { Id = e.GetProperty("id").GetString()!, Start = s, End = end, Label = e.GetProperty("label").GetString()!,
                Text = doc.Slice(s, end), Canonical = e.GetProperty("canonical").GetString()!, Source = "gold" });
        }
        var gold = root.GetProperty("relations").EnumerateArray()
            .Select(r => (Type: r.GetProperty("type").GetString()!, Head: r.GetProperty("head").GetString()!, Tail: r.GetProperty("tail").GetString()!, Id: r.GetProperty("id").GetString()!))
            .ToList();
        foreach (var g in gold.Where(g => g.Type == RelationTypes.SameAs))
            doc.Relations.Add(new Relation { Id = g.Id, Type = g.Type, Head = g.Head, Tail = g.Tail, Source = "gold" });

        new Extraction.Segmentation.Segmenter().Process(doc);
        using var classifier = RelationClassifier.Load(Path.Combine(TestPaths.RepoRoot, RelationStage.DefaultModelPath));
        new RelationStage(classifier).Process(doc);

        var predicted = doc.Relations.Select(r => (r.Type, r.Head, r.Tail)).ToHashSet();
        var expected = gold.Select(g => (g.Type, g.Head, g.Tail)).ToHashSet();
        foreach (var r in doc.Relations)
            output.WriteLine($"{(expected.Contains((r.Type, r.Head, r.Tail)) ? "OK " : "FP ")} {r.Id} {r.Type} {doc.EntityById(r.Head)!.Text} -> {doc.EntityById(r.Tail)!.Text} [{r.Trigger?.Text}] {r.Confidence} {r.Source}");
        foreach (var g in expected.Where(g => !predicted.Contains(g)))
            output.WriteLine($"FN  {g.Type} {doc.EntityById(g.Head)!.Text} -> {doc.EntityById(g.Tail)!.Text}");
        int tp = predicted.Count(expected.Contains);
        double p = (double)tp / predicted.Count, rc = (double)tp / expected.Count, f1 = 2 * p * rc / (p + rc);
        output.WriteLine($"P {p:0.000} R {rc:0.000} F1 {f1:0.000}");
        Assert.True(f1 >= 0.80, $"seed relation F1 {f1:0.000} < 0.80");
    }
}
