using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extraction.Pipeline;

namespace Extraction.Sinks;

/// <summary>
/// Identifies what produced a document's results: the library build (its deterministic module version id changes
/// with the code), the pipeline config (stages and settings) and the bundled models. A stored document whose
/// version differs is reprocessed and replaced; one with the same version and text is skipped.
/// </summary>
public static class PipelineVersion
{
    private static readonly Lazy<string> ModelsHash = new(HashModels);

    public static string Of(PipelineConfig config)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(typeof(PipelineVersion).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        sha.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(config.Root)));
        sha.AppendData(Encoding.UTF8.GetBytes(ModelsHash.Value));
        string assembly = typeof(PipelineVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return $"{assembly}+{Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}";
    }

    private static string HashModels()
    {
        string models = Path.Combine(AppContext.BaseDirectory, "models");
        if (!Directory.Exists(models)) return "";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in Directory.EnumerateFiles(models, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(models, file)));
            using var stream = File.OpenRead(file);
            sha.AppendData(SHA256.HashData(stream));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
