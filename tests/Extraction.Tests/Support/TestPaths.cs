namespace Extraction.Tests.Support;

/// <summary>Locates the repository root (the folder holding Extraction.sln) and ../shared beside it.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();
    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
    public static string SharedData => Path.Combine(Shared, "data");
    public static string Seeds => Path.Combine(RepoRoot, "seeds");
    public static string SeedGold => Path.Combine(Shared, "gold", "seed-edm.gold.json");
    public static string PipelineConfig => Path.Combine(RepoRoot, "pipeline.json");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Extraction.sln) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// This test run's folder under the system temp folder. The test host is stopped, not shut down, so a run cannot delete
    /// its own folder; each run deletes the folders that runs over an hour old left (their databases, outputs and corpora
    /// had grown to tens of gigabytes over many runs).
    /// </summary>
    private static readonly Lazy<string> RunDirectory = new(() =>
    {
        string root = Path.Combine(Path.GetTempPath(), "extraction-tests");
        if (Directory.Exists(root))
            foreach (var old in new DirectoryInfo(root).EnumerateDirectories())
                if (old.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
                    try { old.Delete(recursive: true); }
                    catch (IOException) { }  // another run's file still open: a later run takes it
                    catch (UnauthorizedAccessException) { }
        string dir = Path.Combine(root, "run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    });

    /// <summary>A fresh empty directory inside this test run's folder.</summary>
    public static string NewTempDirectory()
    {
        string dir = Path.Combine(RunDirectory.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
