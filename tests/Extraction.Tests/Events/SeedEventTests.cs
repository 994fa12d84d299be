using System.Text.Json;
using Extraction.Events;
using Extraction.Model;
using Xunit.Abstractions;

namespace Extraction.Tests.Events;

/// <summary>The seed acceptance target: events F1 ≥ 0.70 against the gold, with gold entities as input.</summary>
public class SeedEventTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Symmetric = ["AGREE", "CONSULT", "COOPERATE"];

    private sealed record Key(string Type, int Sentence, string Actor, string Recipient);

    [Fact]
    public void SeedEventsReachF1Target()
    {
        var (doc, gold) = EventTestSupport.SeedWithGoldEntities();
        new EventStage(EventTestSupport.Lexicon).Process(doc);

        var canonical = gold.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("canonical").GetString()!);
        var goldKeys = gold.GetProperty("events").EnumerateArray().Select(e =>
        {
            string Arg(string role) => e.GetProperty("arguments").EnumerateArray().FirstOrDefault(a => a.GetProperty("role").GetString() == role) is { ValueKind: JsonValueKind.Object } a
                ? canonical[a.GetProperty("entity").GetString()!] : "";
            return KeyOf(e.GetProperty("type").GetString()!, doc.SentenceIndexAt(e.GetProperty("trigger").GetProperty("start").GetInt32()), Arg("actor"), Arg("recipient"));
        }).ToList();
        var predicted = doc.Events.Select(ev =>
        {
            string Arg(string role) => ev.Arguments.FirstOrDefault(a => a.Role == role) is { } a ? doc.EntityById(a.Entity)!.Canonical : "";
            return KeyOf(ev.Type, doc.SentenceIndexAt(ev.Trigger.Start), Arg("actor"), Arg("recipient"));
        }).ToList();

        var unmatched = new List<Key>(goldKeys);
        int tp = 0;
        for (int i = 0; i < predicted.Count; i++)
        {
            bool hit = unmatched.Remove(predicted[i]);
            if (hit) tp++;
            output.WriteLine($"{(hit ? "TP" : "FP")} s{predicted[i].Sentence} {EventTestSupport.Describe(doc, doc.Events[i])}");
        }
        foreach (var miss in unmatched) output.WriteLine($"FN {miss}");
        double p = predicted.Count == 0 ? 0 : (double)tp / predicted.Count, r = (double)tp / goldKeys.Count;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        output.WriteLine($"events: P={p:0.000} R={r:0.000} F1={f1:0.000} ({tp}/{predicted.Count} predicted, {goldKeys.Count} gold)");
        Assert.True(f1 >= 0.70, $"seed events F1 {f1:0.000} < 0.70");
    }

    private static Key KeyOf(string type, int sentence, string actor, string recipient) =>
        Symmetric.Contains(type) && string.CompareOrdinal(actor, recipient) > 0 ? new Key(type, sentence, recipient, actor) : new Key(type, sentence, actor, recipient);
}
