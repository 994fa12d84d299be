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

    /// <summary>
    /// Long enough that the run is still going when the first groups are stored: the first commit comes about 250 ms
    /// after the first document, the whole archive takes seconds. (A FIFO no longer blocks a run: it is rejected unopened.)
    /// </summary>
    private const int LongArchive = 3000;

    [SkippableFact]
    public void KilledRunThenRerunLeavesExactlyOneWholeCopyOfEachDocument()
    {
        using var db = NewDatabase();
        string root = TestPaths.NewTempDirectory();
        string archive = Path.Combine(root, "archive");
        var ids = Archive.WriteArticles(archive, LongArchive, wordsPerArticle: 60);
        string outDir = Path.Combine(root, "out");
        string[] args = ["run", archive, "--out", outDir, "--db", db.Spec, "--workers", "2"];

        using (var child = StartCli(args))
        {
            child.BeginErrorReadLine();
            WaitUntilStored(db, child, 10);
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        long storedBeforeRerun = StoredCount(db);
        Assert.InRange(storedBeforeRerun, 10, ids.Count);
        // Even the killed run's JSONL holds only whole lines.
        Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl"));

        var rerun = CliRunner.Run(args);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        var (read, written, rejected, skipped) = Archive.Counts(rerun.Stderr);
        Assert.Equal((ids.Count, 0L), (read, rejected));
        Assert.Equal(storedBeforeRerun, skipped);
        Assert.Equal(ids.Count - storedBeforeRerun, written);
        Archive.AssertDatabaseMatches(db, Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl")));
    }

    [SkippableFact]
    public void CtrlCStopsCleanlyWithEverythingCountedStored()
    {
        using var db = NewDatabase();
        string root = TestPaths.NewTempDirectory();
        string archive = Path.Combine(root, "archive");
        // Longer articles than the kill test's: the whole archive takes tens of seconds, so the run cannot finish between
        // the tenth stored document and the signal, even on a loaded machine (with 60 words it once did: exit code 0).
        Archive.WriteArticles(archive, LongArchive, wordsPerArticle: 600);
        string outDir = Path.Combine(root, "out");

        using var child = StartCli(["run", archive, "--out", outDir, "--db", db.Spec, "--workers", "2"]);
        var stderr = new System.Text.StringBuilder();
        child.ErrorDataReceived += (_, e) => { lock (stderr) stderr.AppendLine(e.Data); };
        child.BeginErrorReadLine();
        WaitUntilStored(db, child, 10);
        Assert.Equal(0, Interrupt(child.Id));
        Assert.True(child.WaitForExit(60_000), "the run did not stop after SIGINT");
        child.WaitForExit(); // the timed overload returns before the redirected stderr is drained

        Assert.Equal(Extraction.Cli.Commands.RunCommand.ExitInterrupted, child.ExitCode);
        string log;
        lock (stderr) log = stderr.ToString();
        Assert.Contains("interrupted", log);
        var (read, written, rejected, _) = Archive.Counts(log);
        Assert.Equal(read, written + rejected);
        // Exactly what the summary counts is stored, whole, in the database and in the JSONL file.
        var documents = Archive.ReadJsonl(Path.Combine(outDir, "documents.jsonl"));
        Assert.Equal(written, documents.Count);
        Archive.AssertDatabaseMatches(db, documents);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    private static int Interrupt(int pid) => Kill(pid, 2 /* SIGINT */);

    /// <summary>The real CLI in a child process (stderr left for the caller to read).</summary>
    private static Process StartCli(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        var child = Process.Start(start)!;
        child.BeginOutputReadLine();
        return child;
    }

    /// <summary>Waits until the run has committed at least <paramref name="count"/> documents; it must still be running.</summary>
    private static void WaitUntilStored(TestDatabase db, Process child, long count)
    {
        var clock = Stopwatch.StartNew();
        while (StoredCount(db) < count && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
        Assert.False(child.HasExited, "the run ended before the test could stop it");
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
