using System.Text;
using Extraction.Tests.Sinks;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>Whole runs of the CLI over a generated archive with bad inputs mixed in, into each database.</summary>
public abstract class ArchiveRunSuite
{
    protected abstract TestDatabase NewDatabase();

    private const string CsvText = "He said \"no\", then left.\r\nNext line, second paragraph.";

    /// <summary>Good articles plus inputs that ingestion must reject or cope with; returns the archive folder.</summary>
    private static string MixedArchive(string root, out List<string> goodIds)
    {
        string archive = Path.Combine(root, "archive");
        goodIds = Archive.WriteArticles(archive, 30);
        File.WriteAllText(Path.Combine(archive, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(archive, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0xFF, 0x00, 0x01]);
        // Windows-1252: curly quotes and an e-acute that are not valid UTF-8.
        File.WriteAllBytes(Path.Combine(archive, "cp1252.txt"), [.. Encoding.ASCII.GetBytes("He said "), 0x93, .. Encoding.ASCII.GetBytes("caf"), 0xE9, 0x94, .. Encoding.ASCII.GetBytes(" in Paris.")]);
        // Two good lines, then a line cut off in the middle (no closing brace, no newline).
        File.WriteAllText(Path.Combine(archive, "feed.jsonl"),
            "{\"id\": \"j1\", \"text\": \"Moscow said on Monday that talks went well.\"}\n" +
            "{\"id\": \"j2\", \"text\": \"NATO troops left the border.\", \"metadata\": {\"source\": \"wire\"}}\n" +
            "{\"id\": \"j3\", \"text\": \"This line was trunc");
        // Quotes, commas and a line break inside quoted fields.
        File.WriteAllText(Path.Combine(archive, "table.csv"),
            "id,text,title\r\n" +
            $"c1,\"{CsvText.Replace("\"", "\"\"")}\",\"A \"\"quoted\"\", title\"\r\n" +
            "c2,Plain text in a CSV row.,Second\r\n");
        goodIds.AddRange(["cp1252", "j1", "j2", "c1", "c2"]);
        return archive;
    }

    [SkippableFact]
    public void ReadEqualsWrittenPlusRejectedAndTheDatabaseHoldsExactlyTheOutput()
    {
        using var db = NewDatabase();
        string root = TestPaths.NewTempDirectory();
        string archive = MixedArchive(root, out var goodIds);
        string outDir = Path.Combine(root, "out");

        var result = CliRunner.Run("run", archive, "--out", outDir, "--db", db.Spec, "--format", "jsonl,csv", "--workers", "3");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var (read, written, rejected, skipped) = Archive.Counts(result.Stderr);
        Assert.Equal((38, 35, 3, 0), (read, written, rejected, skipped));

        var documents = Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl"));
        Assert.Equal(goodIds.Order(StringComparer.Ordinal), documents.Keys.Order(StringComparer.Ordinal));
        var rejects = File.ReadLines(Path.Combine(outDir, "rejects.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("code").GetString()).Order();
        Assert.Equal(["E101", "E102", "E105"], rejects);
        // Output order is input order (ordinal file names, lines and rows in file order), whatever the number of workers.
        Assert.Equal(["cp1252", "doc00000", "doc00001"], documents.Keys.Take(3));
        Assert.Equal(["doc00029", "j1", "j2", "c1", "c2"], documents.Keys.TakeLast(5));
        Archive.AssertDatabaseMatches(db, documents);
        Assert.Equal([[CsvText]], db.Rows("SELECT text FROM documents WHERE id = 'c1'"));
        var metadata = System.Text.Json.JsonDocument.Parse((string)db.Rows("SELECT metadata FROM documents WHERE id = 'cp1252'")[0][0]!);
        Assert.Equal("windows-1252", metadata.RootElement.GetProperty("encoding").GetString());
        Assert.Equal(documents.Keys, CsvSinkTests.ReadCsv(Path.Combine(outDir, "csv", "documents.csv")).Select(r => r["id"]));

        // The same command again: nothing is rewritten, every document is skipped, the database is unchanged.
        var again = CliRunner.Run("run", archive, "--out", outDir, "--db", db.Spec, "--workers", "2");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal((read, 0, rejected, written), Archive.Counts(again.Stderr));
        Archive.AssertDatabaseMatches(db, documents);

        // Database only: stored documents are skipped before the pipeline runs, and no documents file is written.
        string dbOnlyOut = Path.Combine(root, "db-only");
        var dbOnly = CliRunner.Run("run", archive, "--out", dbOnlyOut, "--db", db.Spec, "--format", "none");
        Assert.Equal((read, 0, rejected, written), Archive.Counts(dbOnly.Stderr));
        Assert.False(File.Exists(Path.Combine(dbOnlyOut, "documents.jsonl")));
        Assert.Equal(rejected, File.ReadLines(Path.Combine(dbOnlyOut, "rejects.jsonl")).Count());

        // An edited article replaces its rows; the others stay skipped.
        File.AppendAllText(Path.Combine(archive, goodIds[0] + ".txt"), " An added sentence about talks.");
        var edited = CliRunner.Run("run", archive, "--out", outDir, "--db", db.Spec);
        Assert.Equal((read, 1, rejected, written - 1), Archive.Counts(edited.Stderr));
        Archive.AssertDatabaseMatches(db, Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl")));
    }

    [SkippableFact]
    public void TwoConcurrentRunsStoreEveryDocumentExactlyOnce()
    {
        using var db = NewDatabase();
        string root = TestPaths.NewTempDirectory();
        string archive = Path.Combine(root, "archive");
        var ids = Archive.WriteArticles(archive, 80, wordsPerArticle: 40);

        var runs = new[] { "a", "b" }.AsParallel().Select(name =>
            CliRunner.Run("run", archive, "--out", Path.Combine(root, name), "--db", db.Spec, "--workers", "2")).ToArray();
        foreach (var run in runs) Assert.True(run.ExitCode == 0, run.Stderr);
        var counts = runs.Select(r => Archive.Counts(r.Stderr)).ToArray();
        // Each document was stored by exactly one of the runs and found unchanged by the other.
        Assert.Equal(ids.Count, counts.Sum(c => c.Written));
        Assert.Equal(ids.Count, counts.Sum(c => c.Skipped));
        Archive.AssertDatabaseMatches(db, Archive.ReadJsonl(Path.Combine(root, "a", "documents.jsonl")));
    }
}

public sealed class SqliteArchiveRunTests : ArchiveRunSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Sqlite();

    [Fact]
    public void DefaultDatabaseIsExtractionDbInTheOutputFolder()
    {
        string root = TestPaths.NewTempDirectory();
        string outDir = Path.Combine(root, "out");
        var result = CliRunner.Run("run", TestPaths.Seeds, "--out", outDir);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var db = new TestDatabase(new Extraction.Sinks.Relational.SqliteDatabase(Path.Combine(outDir, "extraction.db")), "", () => { });
        Archive.AssertDatabaseMatches(db, Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl")));
    }

    [Fact]
    public void DbInitCreatesTheSchemaOnceAndBadDatabaseSpecsAreUsageErrors()
    {
        string path = Path.Combine(TestPaths.NewTempDirectory(), "x.db");
        var init = CliRunner.Run("db", "init", "--db", "sqlite:" + path);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("applied 001", init.Stdout);
        var migrate = CliRunner.Run("db", "migrate", "--db", "sqlite:" + path);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("already at schema version", migrate.Stdout);

        var bad = CliRunner.Run("run", TestPaths.Seeds, "--out", Path.Combine(Path.GetDirectoryName(path)!, "o"), "--db", "mysql:x");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("E004", bad.Stderr);
        var badFormat = CliRunner.Run("run", TestPaths.Seeds, "--out", Path.Combine(Path.GetDirectoryName(path)!, "o"), "--format", "xml");
        Assert.Equal(2, badFormat.ExitCode);
    }
}

public sealed class PostgresArchiveRunTests : ArchiveRunSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Postgres();
}
