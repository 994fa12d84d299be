using Extraction.Pipeline;
using Extraction.Sinks.Relational;

namespace Extraction.Sinks;

/// <summary>
/// Which sinks a run writes to: file formats (jsonl, csv, or none) and one database (sqlite by default).
/// From pipeline.json's "output" section ({"formats": ["jsonl"], "db": "sqlite"}), overridden by --format and --db.
/// rejects.jsonl is always written.
/// </summary>
public sealed record OutputSettings(IReadOnlyList<string> Formats, string Db)
{
    public static readonly string[] KnownFormats = ["jsonl", "csv"];

    public static OutputSettings From(PipelineConfig config, string? formats, string? db)
    {
        var section = config.Section("output");
        var list = formats is not null
            ? formats.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : section.GetStrings("formats", ["jsonl"]);
        var normalized = list.Select(f => f.ToLowerInvariant()).Where(f => f != "none").Distinct().ToList();
        foreach (var f in normalized)
            if (!KnownFormats.Contains(f))
                throw new ConfigException(ErrorCodes.ConfigBadValue, $"unknown output format \"{f}\": use {string.Join(", ", KnownFormats)} or none");
        return new OutputSettings(normalized, db ?? section.GetString("db", "sqlite"));
    }

    public bool HasFileFormats => Formats.Count > 0;

    /// <summary>Creates the sinks; the caller disposes them. Returns the database sink too (null with --db none).</summary>
    public List<ISink> CreateSinks(string outputDirectory, string pipelineVersion, out DatabaseSink? database)
    {
        var sinks = new List<ISink>();
        database = null;
        try
        {
            sinks.Add(new JsonlSink(outputDirectory, writeDocuments: Formats.Contains("jsonl")));
            if (Formats.Contains("csv")) sinks.Add(new CsvSink(outputDirectory, pipelineVersion));
            if (Database.Parse(Db, outputDirectory) is { } db)
            {
                // A batch run stores each group while the next one forms (the batch runner calls Complete at the end).
                database = new DatabaseSink(db, pipelineVersion) { CommitsInBackground = true };
                sinks.Add(database);
            }
            return sinks;
        }
        catch
        {
            foreach (var sink in sinks) sink.Dispose();
            throw;
        }
    }
}
