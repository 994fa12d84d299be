using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Extraction.Events;
using Extraction.Model;
using Extraction.Tests.Support;
using Xunit.Abstractions;

namespace Extraction.Tests.Events;

/// <summary>
/// Event typing on public coded sentences: the PLOVER gold-standard records (sentences from the CAMEO manual with
/// PLOVER types and source/target actor texts) and the PETRARCH2 unit-test records (CAMEO codes, mapped through
/// CAMEO2PLOVER; proper nouns of the given parse as entities). A record counts as typed when an event of an expected
/// type is found in it; accuracy = typed / records with a PLOVER type. The floors sit a little under the measured
/// figures so that regressions fail.
/// </summary>
public partial class EventTypingEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The GSR predates the 16-type naming: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT.</summary>
    private static readonly Dictionary<string, string> GsrTypes = new(StringComparer.Ordinal)
        { ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT" };

    private sealed record Result(int Records, int WithEvent, int Typed, int TypedWithActor);

    [Fact]
    public void PloverGoldStandardRecords()
    {
        var stage = new EventStage(EventTestSupport.Lexicon);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SharedData, "plover", "gold_standard_records", "PLOVER_GSR_CAMEO.txt")));
        var cases = new List<(Document Doc, HashSet<string> Types, HashSet<string> Actors)>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            string type = r.GetProperty("event").GetString()!;
            if (!r.TryGetProperty("text", out var text)) continue;
            type = GsrTypes.GetValueOrDefault(type, type);
            if (!EventTypes.All.Contains(type)) continue;
            var actors = Actors(r, "source");
            var doc = WithEntities(text.GetString()!, actors.Concat(Actors(r, "target")));
            cases.Add((doc, [type], actors.ToHashSet()));
        }
        var result = Run(stage, cases);
        Report("PLOVER GSR", result);
        Assert.True(Accuracy(result) >= 0.60, $"GSR typing accuracy {Accuracy(result):0.000}");
    }

    [Fact]
    public void PetrarchUnitTestRecords()
    {
        var stage = new EventStage(EventTestSupport.Lexicon);
        var resolve = EventLexiconBuilder.CodeResolver(TestPaths.SharedData);
        var xml = XDocument.Load(Path.Combine(TestPaths.SharedData, "petrarch2_dictionaries", "PETR.UnitTest.records.xml"));
        var cases = new List<(Document Doc, HashSet<string> Types, HashSet<string> Actors)>();
        foreach (var s in xml.Descendants("Sentence"))
        {
            var types = s.Elements("EventCoding").Select(e => (string?)e.Attribute("eventcode")).OfType<string>()
                .Select(c => resolve(c)?.Type).OfType<string>().ToHashSet();
            string? text = s.Element("Text")?.Value, parse = s.Element("Parse")?.Value;
            if (types.Count == 0 || text is null || parse is null) continue;
            text = Regex.Replace(text.Trim(), @"\s+", " ");
            cases.Add((WithEntities(text, ProperNouns(parse)), types, []));
        }
        var result = Run(stage, cases);
        Report("PETRARCH2 unit tests", result);
        Assert.True(Accuracy(result) >= 0.29, $"PETR typing accuracy {Accuracy(result):0.000}");
    }

    private static double Accuracy(Result r) => (double)r.Typed / r.Records;

    private void Report(string name, Result r) =>
        output.WriteLine($"{name}: {r.Records} records, event found in {r.WithEvent} ({(double)r.WithEvent / r.Records:0.000}), " +
                         $"expected type in {r.Typed} (accuracy {Accuracy(r):0.000})" + (r.TypedWithActor > 0 ? $", with the gold actor in {r.TypedWithActor}" : ""));

    private Result Run(EventStage stage, List<(Document Doc, HashSet<string> Types, HashSet<string> Actors)> cases)
    {
        int withEvent = 0, typed = 0, withActor = 0, misses = 0;
        foreach (var (doc, types, actors) in cases)
        {
            stage.Process(doc);
            if (doc.Events.Count > 0) withEvent++;
            // PLOVER codes intended cooperation as AGREE where CAMEO kept the cooperative code.
            var hits = doc.Events.Where(e => types.Contains(e.Type)
                || (e.Type == "AGREE" && e.Status == EventTypes.Anticipated && types.Overlaps(["CONSULT", "SUPPORT", "COOPERATE", "AID"]))).ToList();
            if (hits.Count > 0) typed++;
            else if (misses++ < 25) output.WriteLine($"miss [{string.Join(",", types)}] {doc.Text} => {string.Join(" | ", doc.Events.Select(e => EventTestSupport.Describe(doc, e)))}");
            if (hits.Any(e => e.Arguments.Any(a => a.Role == "actor" && actors.Contains(doc.EntityById(a.Entity)!.Text)))) withActor++;
        }
        return new Result(cases.Count, withEvent, typed, withActor);
    }

    private static IEnumerable<string> Actors(JsonElement record, string role)
    {
        if (!record.TryGetProperty(role, out var list) || list.ValueKind != JsonValueKind.Array) yield break;
        foreach (var a in list.EnumerateArray())
            if (a.TryGetProperty("actorText", out var t) && t.GetString() is { Length: > 0 } s) yield return s;
    }

    /// <summary>The text with each named actor tagged (first occurrence, whole words) as an ORG entity.</summary>
    private static Document WithEntities(string text, IEnumerable<string> names)
    {
        var entities = new List<Entity>();
        foreach (var name in names.Distinct())
        {
            var m = Regex.Match(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)");
            if (!m.Success || entities.Any(e => e.Start < m.Index + m.Length && m.Index < e.End)) continue;
            entities.Add(new Entity { Id = "T" + (entities.Count + 1), Start = m.Index, End = m.Index + m.Length, Label = EntityLabels.Org, Text = name, Canonical = name, Source = "test" });
        }
        return EventTestSupport.Segmented(text, entities.OrderBy(e => e.Start));
    }

    /// <summary>Runs of NNP/NNPS leaves in a Penn parse: "(NNP Arnor)" → "Arnor", adjacent ones joined.</summary>
    private static IEnumerable<string> ProperNouns(string parse)
    {
        var run = new List<string>();
        int lastEnd = -1;
        foreach (Match m in ProperNounLeaf().Matches(parse))
        {
            if (run.Count > 0 && !string.IsNullOrWhiteSpace(parse[lastEnd..m.Index])) { yield return string.Join(' ', run); run.Clear(); }
            run.Add(m.Groups[1].Value);
            lastEnd = m.Index + m.Length;
        }
        if (run.Count > 0) yield return string.Join(' ', run);
    }

    [GeneratedRegex(@"\(NNPS? ([^()\s]+)\)")]
    private static partial Regex ProperNounLeaf();
}
