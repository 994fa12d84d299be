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
        foreach (var (section, mode) in new[] { ("entities", "exact"), ("entities", "overlap"), ("relations", "exact"), ("relations", "overlap") })
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
