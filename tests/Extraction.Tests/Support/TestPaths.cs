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

    /// <summary>A fresh empty directory under the system temp folder.</summary>
    public static string NewTempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "extraction-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
