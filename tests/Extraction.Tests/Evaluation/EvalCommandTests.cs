using System.Text.Json;
using Extraction.Tests.Support;

namespace Extraction.Tests.Evaluation;

public class EvalCommandTests
{
    [Fact]
    public void GoldAgainstItselfScoresOneAsJson()
    {
        var result = CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--pred", TestPaths.SeedGold, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("documents").GetProperty("matched").GetInt32());
        foreach (var (section, mode) in new[] { ("entities", "exact"), ("entities", "overlap"), ("relations", "exact"), ("relations", "overlap"),
                     ("events", "strict"), ("events", "loose"), ("citations", "exact"), ("citations", "overlap"), ("citation_sources", "exact") })
        {
            var micro = root.GetProperty(section).GetProperty(mode).GetProperty("micro");
            Assert.True(micro.GetProperty("gold").GetInt32() > 0);
            Assert.Equal(1.0, micro.GetProperty("f1").GetDouble());
        }
        Assert.Equal(96, root.GetProperty("entities").GetProperty("exact").GetProperty("micro").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void OnlyRestrictsLabelsAndTheTableIsPrinted()
    {
        var result = CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--pred", TestPaths.SeedGold, "--only", "PERSON,org");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("entity labels scored: PERSON, ORG", result.Stdout);
        var micro = result.Stdout.Split('\n').First(l => l.StartsWith("micro"));
        Assert.Contains(" 27 ", micro); // 5 PERSON + 22 ORG
        Assert.DoesNotContain("\nLOC ", result.Stdout);
    }

    [Fact]
    public void PredictionMatchesGoldByTextHashWhenIdsDiffer()
    {
        string pred = Path.Combine(TestPaths.NewTempDirectory(), "documents.jsonl");
        string line = File.ReadAllLines(Path.Combine(TestPaths.Shared, "gold", "seed-edm.gold.jsonl"))[0];
        using (var doc = JsonDocument.Parse(line))
            File.WriteAllText(pred, line.Replace("\"id\": \"" + doc.RootElement.GetProperty("id").GetString() + "\"", "\"id\": \"other\""));
        Assert.Contains("\"id\": \"other\"", File.ReadAllText(pred));
        var result = CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--pred", pred, "--json");
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetProperty("matched").GetInt32());
        Assert.Equal(1.0, json.RootElement.GetProperty("entities").GetProperty("exact").GetProperty("micro").GetProperty("f1").GetDouble());
    }

    [Fact]
    public void WithoutPredItRunsThePipeline()
    {
        var result = CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--config", TestPaths.PipelineConfig, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("pipeline", json.RootElement.GetProperty("predictions").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetProperty("matched").GetInt32());
    }

    [Fact]
    public void ConllGoldWithFormatAndLabelMap()
    {
        string dir = TestPaths.NewTempDirectory();
        string gold = Path.Combine(dir, "gold.data");
        File.WriteAllText(gold, "Putin B-leader\nvisited O\nParis B-city\n");
        string map = Path.Combine(dir, "map.json");
        File.WriteAllText(map, """{"leader": "PERSON", "city": "LOC"}""");
        string pred = Path.Combine(dir, "documents.jsonl");
        File.WriteAllText(pred, """{"id": "gold-1", "text": "Putin visited Paris", "entities": [{"id": "T1", "start": 0, "end": 5, "label": "PERSON", "text": "Putin"}, {"id": "T2", "start": 14, "end": 19, "label": "ORG", "text": "Paris"}]}""" + "\n");

        var result = CliRunner.Run("eval", "--gold", gold, "--format", "conll", "--labels", map, "--pred", pred, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var exact = json.RootElement.GetProperty("entities").GetProperty("exact");
        Assert.Equal(["PERSON", "LOC"], json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(1.0, exact.GetProperty("by_type").GetProperty("PERSON").GetProperty("f1").GetDouble());
        Assert.Equal(0.0, exact.GetProperty("by_type").GetProperty("LOC").GetProperty("recall").GetDouble());
        // ORG is not annotated in this gold file, so the ORG prediction is not counted against it.
        Assert.False(exact.GetProperty("by_type").TryGetProperty("ORG", out _));
        Assert.Equal(1, exact.GetProperty("micro").GetProperty("predicted").GetInt32());
    }

    [Fact]
    public void ErrorsFileListsEveryEntityWithoutAnExactMatch()
    {
        string dir = TestPaths.NewTempDirectory();
        string gold = Path.Combine(dir, "gold.iob2");
        File.WriteAllText(gold, "Putin B-PER\nvisited O\nParis B-LOC\nand O\nRome B-LOC\n");
        string pred = Path.Combine(dir, "documents.jsonl");
        File.WriteAllText(pred, """{"id": "gold-1", "text": "Putin visited Paris and Rome", "entities": [{"id": "T1", "start": 0, "end": 13, "label": "PERSON", "text": "Putin visited", "source": "ner", "confidence": 0.5}, {"id": "T2", "start": 24, "end": 28, "label": "LOC", "text": "Rome", "source": "gazetteer"}]}""" + "\n");
        string errors = Path.Combine(dir, "errors.jsonl");

        var result = CliRunner.Run("eval", "--gold", gold, "--format", "conll", "--pred", pred, "--errors", errors);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("entity errors by source", result.Stdout);
        var lines = File.ReadAllLines(errors).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["wrong_span", "missed"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal("Putin", lines[0].GetProperty("gold").GetProperty("text").GetString());
        Assert.Equal("ner", lines[0].GetProperty("predicted").GetProperty("source").GetString());
        Assert.Equal(13, lines[0].GetProperty("predicted").GetProperty("end").GetInt32());
        Assert.Equal("Paris", lines[1].GetProperty("gold").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("predicted").ValueKind);
    }

    [Fact]
    public void RunOutputFolderIsAcceptedAsPredictions()
    {
        string outDir = Path.Combine(TestPaths.NewTempDirectory(), "out");
        Assert.Equal(0, CliRunner.Run("run", TestPaths.Seeds, "--out", outDir, "--config", TestPaths.PipelineConfig).ExitCode);
        var result = CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--pred", outDir, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetProperty("matched").GetInt32());
    }

    [Theory]
    [InlineData("--gold", "/no/such/gold.json")]
    [InlineData("--pred", "/no/such/pred.jsonl")]
    [InlineData("--labels", "/no/such/map.json")]
    public void MissingFileIsOneLineAndExitCode2(string option, string path)
    {
        var args = new List<string> { "eval", "--gold", TestPaths.SeedGold };
        if (option == "--gold") args[2] = path; else args.AddRange([option, path]);
        var result = CliRunner.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path, result.Stderr);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void UnknownLabelOrFormatIsExitCode2()
    {
        Assert.Equal(2, CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--only", "PLANET").ExitCode);
        Assert.Equal(2, CliRunner.Run("eval", "--gold", TestPaths.SeedGold, "--format", "xml").ExitCode);
    }
}
