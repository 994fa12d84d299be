using Extraction.Tests.Support;

namespace Extraction.Tests.Entities;

public class GazetteerCommandTests
{
    [Fact]
    public void Build_without_the_data_folders_is_a_usage_error()
    {
        string empty = TestPaths.NewTempDirectory();
        var result = CliRunner.Run("gazetteer", "build", "--data", empty, "--out", Path.Combine(empty, "g.tsv.gz"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("countries_mledoze", result.Stderr);
        Assert.False(File.Exists(Path.Combine(empty, "g.tsv.gz")));
    }

    [Fact]
    public void Committed_gazetteer_records_its_sources_and_licences()
    {
        var notes = string.Join("\n", EntityTestData.Committed.Notes);
        Assert.Contains("gazetteer build", notes);
        foreach (var expected in new[] { "ODbL", "CC BY 4.0", "MIT", "CC BY-SA 3.0" }) Assert.Contains(expected, notes);
    }
}

public class GazetteerReproducibilityTests
{
    private static string Decompressed(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The committed file is what the command builds from ../shared/data today: a change to the builder without a
    /// rebuild fails here. Compared decompressed, so a different zlib build cannot fail it.
    /// </summary>
    [Fact]
    public void Build_reproduces_the_committed_gazetteer()
    {
        string output = Path.Combine(TestPaths.NewTempDirectory(), "gazetteer.tsv.gz");
        var result = CliRunner.Run("gazetteer", "build", "--data", TestPaths.SharedData, "--out", output);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(Decompressed(EntityTestData.CommittedPath) == Decompressed(output), "models/gazetteer.tsv.gz is stale: rerun `extraction gazetteer build`");
    }
}

public class GazetteerConfigTests
{
    [Fact]
    public void A_file_that_is_not_a_gazetteer_is_a_config_error()
    {
        string dir = TestPaths.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "bad.gz"), "not gzip");
        var settings = Extraction.Pipeline.PipelineConfig.Parse("""{"stages":[{"name":"gazetteer","path":"bad.gz"}]}""", dir).Stages[0];
        var ex = Assert.Throws<Extraction.Pipeline.ConfigException>(() => Extraction.Pipeline.StageRegistry.Default.Create(settings));
        Assert.Equal(Extraction.Pipeline.ErrorCodes.ConfigUnreadable, ex.Code);
    }
}
