using System.Text.Json;
using Extraction.Benchmarking;
using Extraction.Tests.Support;

namespace Extraction.Tests.Benchmarking;

public class BenchTests
{
    [Fact]
    public void Generated_corpus_is_deterministic_and_made_of_seed_sentences()
    {
        var a = SyntheticCorpus.FromEmbeddedSeeds();
        var b = SyntheticCorpus.FromEmbeddedSeeds();
        Assert.True(a.PoolSentences > 20);
        Assert.Equal(a.Create(7).Text, b.Create(7).Text);
        Assert.NotEqual(a.Create(7).Text, a.Create(8).Text);
        string seed = File.ReadAllText(Directory.GetFiles(TestPaths.Seeds, "*.txt").Single());
        foreach (var paragraph in a.Create(3).Text.Split("\n\n"))
            Assert.Contains(paragraph[..30], seed);
    }

    [Fact]
    public void Bench_command_reports_each_worker_count_as_json()
    {
        var result = CliRunner.Run("bench", "--docs", "4", "--workers", "1,2", "--json", "--config", TestPaths.PipelineConfig);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal([1, 2], runs.Select(r => r.GetProperty("workers").GetInt32()));
        Assert.All(runs, r =>
        {
            Assert.Equal(4, r.GetProperty("documents").GetInt64());
            Assert.True(r.GetProperty("words").GetInt64() > 4 * 100);
            Assert.True(r.GetProperty("words_per_second").GetDouble() > 0);
        });
    }

    [Fact]
    public void Export_writes_the_generated_corpus_as_an_archive_that_run_reads_back()
    {
        string dir = TestPaths.NewTempDirectory();
        string archive = Path.Combine(dir, "archive.jsonl");
        Assert.Equal(0, CliRunner.Run("bench", "--docs", "3", "--export", archive).ExitCode);
        var ingested = new Extraction.Ingestion.InputReader().Read([archive]).Select(r => r.Document!).ToList();
        var corpus = SyntheticCorpus.FromEmbeddedSeeds();
        Assert.Equal(Enumerable.Range(0, 3).Select(i => (corpus.Create(i).Id, corpus.Create(i).Text)), ingested.Select(d => (d.Id, d.Text)));
    }

    [Fact]
    public void Bench_rejects_a_bad_worker_list()
    {
        var result = CliRunner.Run("bench", "--workers", "0");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--workers", result.Stderr);
    }
}
