using System.Text;
using System.Text.Json;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// The seed's whole output through the real CLI against samples/seed-output/documents.jsonl. When the output changes
/// on purpose, regenerate the file with the README's first command and review the diff in the commit:
/// <c>dotnet run --project src/Extraction.Cli -c Release -- run seeds --out samples/seed-output --db none</c>
/// (then remove samples/seed-output/rejects.jsonl).
/// </summary>
public class SeedGoldenTests
{
    private static readonly string GoldenFile = Path.Combine(TestPaths.RepoRoot, "samples", "seed-output", "documents.jsonl");

    [Fact]
    public void Seed_output_matches_the_golden_file()
    {
        string outDir = TestPaths.NewTempDirectory();
        var result = CliRunner.Run("run", TestPaths.Seeds, "--out", outDir, "--db", "none", "--config", TestPaths.PipelineConfig);
        Assert.Equal(0, result.ExitCode);
        // The input path is the only machine-specific value: write it as the README's command does, relative to the repo.
        string actual = File.ReadAllText(Path.Combine(outDir, "documents.jsonl"))
            .Replace(JsonEncodedText.Encode(TestPaths.Seeds).ToString(), "seeds");
        string expected = File.ReadAllText(GoldenFile);
        if (actual != expected) Assert.Fail(ReadableDiff(expected, actual));
    }

    [Fact]
    public void Golden_file_entities_quote_the_text_exactly()
    {
        using var json = JsonDocument.Parse(File.ReadLines(GoldenFile).Single());
        string text = json.RootElement.GetProperty("text").GetString()!;
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(entities);
        foreach (var e in entities)
        {
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], e.GetProperty("text").GetString());
        }
    }

    /// <summary>Both sides pretty-printed, then the first differing lines with a little context.</summary>
    private static string ReadableDiff(string expected, string actual)
    {
        string[] e = Pretty(expected), a = Pretty(actual);
        int first = 0;
        while (first < e.Length && first < a.Length && e[first] == a[first]) first++;
        var report = new StringBuilder($"seed output differs from {GoldenFile} at pretty-printed line {first + 1}:\n");
        for (int i = Math.Max(0, first - 3); i < Math.Min(Math.Max(e.Length, a.Length), first + 8); i++)
        {
            string left = i < e.Length ? e[i] : "<end>", right = i < a.Length ? a[i] : "<end>";
            report.AppendLine(left == right ? $"  {left}" : $"- {left}\n+ {right}");
        }
        report.AppendLine("If the change is intended, regenerate the golden file (see SeedGoldenTests) and review its diff.");
        return report.ToString();
    }

    private static string[] Pretty(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => JsonSerializer.Serialize(JsonDocument.Parse(line).RootElement, new JsonSerializerOptions { WriteIndented = true }).Split('\n'))
            .ToArray();
}
