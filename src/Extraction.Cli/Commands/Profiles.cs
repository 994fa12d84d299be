using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary>
/// The named pipeline profiles: <c>fast</c> (pipeline.json, the default) and <c>accurate</c> (pipeline.accurate.json:
/// the same stages, with an entity tagger that also reads contextual embeddings from all-MiniLM-L6-v2). Each file is
/// looked up in the working directory first, then beside the program, as pipeline.json is.
/// </summary>
public static class Profiles
{
    public const string Fast = "fast", Accurate = "accurate";
    public const string AccurateFileName = "pipeline.accurate.json";

    public static Option<string?> Option(string also = "") =>
        new("--profile") { Description = $"Pipeline profile: fast (default: pipeline.json) or accurate (pipeline.accurate.json){also}" };

    /// <summary>
    /// The config path for <c>--profile</c> and <c>--config</c>: null (the default pipeline.json) when neither is given.
    /// With <paramref name="allowPath"/> the profile may also be a config file path (bench's older usage).
    /// </summary>
    public static string? ConfigPath(string? profile, string? config, bool allowPath = false)
    {
        if (profile is null) return config;
        if (config is not null) throw new UsageException("give --profile or --config, not both");
        return profile switch
        {
            Fast => null,
            Accurate => File.Exists(AccurateFileName) ? AccurateFileName : Path.Combine(AppContext.BaseDirectory, AccurateFileName),
            _ when allowPath && (profile.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(profile)) => profile,
            _ => throw new UsageException($"unknown profile \"{profile}\" (fast or accurate{(allowPath ? ", or a pipeline.json path" : "")})"),
        };
    }
}
