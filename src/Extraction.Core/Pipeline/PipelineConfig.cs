using System.Text.Json;

namespace Extraction.Pipeline;

/// <summary>
/// pipeline.json: the ordered stages with their settings, plus batch and output settings.
/// Every value has a default, so a stage entry may be just <c>{"name": "segmenter"}</c>.
/// Relative paths are resolved against the config file's folder, then against the program's folder
/// (where the build copies <c>models/</c>), so the CLI works from any working directory.
/// </summary>
public sealed class PipelineConfig
{
    public required string BaseDirectory { get; init; }
    public required IReadOnlyList<StageSettings> Stages { get; init; }
    public required JsonElement Root { get; init; }

    public const string DefaultFileName = "pipeline.json";

    /// <summary>Loads <paramref name="path"/>, or the pipeline.json shipped beside the program when null.</summary>
    public static PipelineConfig Load(string? path = null)
    {
        path ??= File.Exists(DefaultFileName) ? DefaultFileName : Path.Combine(AppContext.BaseDirectory, DefaultFileName);
        if (!File.Exists(path))
            throw new ConfigException(ErrorCodes.ConfigMissingFile, $"config file not found: {path}");
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(ErrorCodes.ConfigUnreadable, $"cannot read config {path}: {ex.Message}");
        }
        return Parse(json, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static PipelineConfig Parse(string json, string baseDirectory)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            root = doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ConfigException(ErrorCodes.ConfigUnreadable, $"pipeline config is not valid JSON: {ex.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object)
            throw new ConfigException(ErrorCodes.ConfigBadValue, "pipeline config must be a JSON object");
        if (!root.TryGetProperty("stages", out var stages) || stages.ValueKind != JsonValueKind.Array)
            throw new ConfigException(ErrorCodes.ConfigBadValue, "pipeline config needs a \"stages\" array");

        var list = new List<StageSettings>();
        int index = 0;
        foreach (var stage in stages.EnumerateArray())
        {
            if (stage.ValueKind != JsonValueKind.Object || !stage.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                throw new ConfigException(ErrorCodes.ConfigBadValue, $"stages[{index}] must be an object with a string \"name\"");
            list.Add(new StageSettings(name.GetString()!, stage, baseDirectory));
            index++;
        }
        return new PipelineConfig { BaseDirectory = baseDirectory, Stages = list, Root = root };
    }

    /// <summary>A top-level section such as "batch" or "output", as settings (empty when absent).</summary>
    public StageSettings Section(string name) =>
        new(name, Root.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Object ? s : default, BaseDirectory);
}

/// <summary>The settings object of one stage or section, with typed, validated getters.</summary>
public sealed class StageSettings(string name, JsonElement element, string baseDirectory)
{
    public string Name { get; } = name;
    public string BaseDirectory { get; } = baseDirectory;

    private bool TryGet(string key, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private ConfigException Bad(string key, string expected) =>
        new(ErrorCodes.ConfigBadValue, $"stage \"{Name}\": setting \"{key}\" must be {expected}");

    public string GetString(string key, string defaultValue) =>
        !TryGet(key, out var v) ? defaultValue : v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Bad(key, "a string");

    public bool GetBool(string key, bool defaultValue) =>
        !TryGet(key, out var v) ? defaultValue
        : v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw Bad(key, "true or false");

    public int GetInt(string key, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!TryGet(key, out var v)) return defaultValue;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int i) || i < min || i > max)
            throw Bad(key, $"an integer in [{min}, {max}]");
        return i;
    }

    public double GetDouble(string key, double defaultValue, double min = double.MinValue, double max = double.MaxValue)
    {
        if (!TryGet(key, out var v)) return defaultValue;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out double d) || d < min || d > max)
            throw Bad(key, $"a number in [{min}, {max}]");
        return d;
    }

    public IReadOnlyList<string> GetStrings(string key, IReadOnlyList<string> defaultValue)
    {
        if (!TryGet(key, out var v)) return defaultValue;
        if (v.ValueKind != JsonValueKind.Array) throw Bad(key, "an array of strings");
        var list = new List<string>();
        foreach (var item in v.EnumerateArray())
            list.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Bad(key, "an array of strings"));
        return list;
    }

    /// <summary>
    /// A path setting that must exist: resolved against the config folder, then the program folder.
    /// A missing file is a config error (E003) before any document is read.
    /// </summary>
    public string GetExistingPath(string key, string defaultValue)
    {
        string value = GetString(key, defaultValue);
        string? found = ResolvePath(value, BaseDirectory);
        return found ?? throw new ConfigException(ErrorCodes.ConfigMissingFile,
            $"stage \"{Name}\": file for \"{key}\" not found: {value} (looked in {BaseDirectory} and {AppContext.BaseDirectory})");
    }

    /// <summary>Resolves a relative path against <paramref name="baseDirectory"/>, then the program folder; null when neither has it.</summary>
    public static string? ResolvePath(string value, string baseDirectory)
    {
        if (Path.IsPathRooted(value)) return File.Exists(value) || Directory.Exists(value) ? value : null;
        foreach (var root in new[] { baseDirectory, AppContext.BaseDirectory })
        {
            string candidate = Path.GetFullPath(Path.Combine(root, value));
            if (File.Exists(candidate) || Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
