using System.Diagnostics;
using Extraction.Tests.Sinks;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>
/// Kill -9 in the middle of a run, then the same command again: the database holds exactly one copy of every
/// document and no partial one. The first run is the real CLI in a child process, killed with its process tree.
/// </summary>
public abstract class CrashResumeSuite
{
    protected abstract TestDatabase NewDatabase();

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "extraction.dll");

    [SkippableFact]
    public void KilledRunThenRerunLeavesExactlyOneWholeCopyOfEachDocument()
    {
        using var db = NewDatabase();
        string root = TestPaths.NewTempDirectory();
        string archive = Path.Combine(root, "archive");
        var ids = Archive.WriteArticles(archive, 300);
        // Sorted last, and blocks whoever opens it: the first run cannot finish before it is killed.
        string fifo = Path.Combine(archive, "zzz-blocks.txt");
        Archive.MakeFifo(fifo);
        string outDir = Path.Combine(root, "out");
        string[] args = ["run", archive, "--out", outDir, "--db", db.Spec, "--workers", "2"];

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using (var child = Process.Start(start)!)
        {
            child.BeginErrorReadLine();
            child.BeginOutputReadLine();
            var clock = Stopwatch.StartNew();
            while (StoredCount(db) < 20 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
            Assert.False(child.HasExited, "the first run ended before it could be killed");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        long storedBeforeRerun = StoredCount(db);
        Assert.InRange(storedBeforeRerun, 20, ids.Count);
        // Even the killed run's JSONL holds only whole lines.
        Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl"));

        File.Delete(fifo);
        var rerun = CliRunner.Run(args);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        var (read, written, rejected, skipped) = Archive.Counts(rerun.Stderr);
        Assert.Equal((ids.Count, 0L), (read, rejected));
        Assert.Equal(storedBeforeRerun, skipped);
        Assert.Equal(ids.Count - storedBeforeRerun, written);
        Archive.AssertDatabaseMatches(db, Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl")));
    }

    private static long StoredCount(TestDatabase db)
    {
        try { return db.Count("SELECT COUNT(*) FROM documents"); }
        catch (System.Data.Common.DbException) { return 0; } // schema not created yet
    }
}

public sealed class SqliteCrashResumeTests : CrashResumeSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Sqlite();
}

public sealed class PostgresCrashResumeTests : CrashResumeSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Postgres();
}
