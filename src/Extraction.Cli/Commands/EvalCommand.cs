using System.CommandLine;
using Extraction.Corpora;
using Extraction.Evaluation;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary>
/// <c>extraction eval --gold GOLD [--pred PRED] [--labels MAP.json] [--json] [--only LABELS] [--format F] [--errors FILE] [--config pipeline.json]</c>:
/// scores predictions (our documents.jsonl, or the pipeline run on the gold texts when --pred is absent) against a gold corpus.
/// </summary>
public static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Option<string>("--gold") { Description = "Gold corpus: gold .json/.jsonl (re3d with its labels.json), CoNLL/IOB2, or Re-DocRED .json", Required = true };
        var pred = new Option<string?>("--pred") { Description = "Predictions: our documents.jsonl or the run output folder holding it (matched to gold by id, else text_sha256). Default: run the pipeline on the gold texts" };
        var labels = new Option<string?>("--labels") { Description = "Label map for the gold corpus, a JSON object {\"theirLabel\": \"OURLABEL\"}" };
        var json = new Option<bool>("--json") { Description = "Write the scores as JSON instead of tables" };
        var only = new Option<string?>("--only") { Description = "Score only these entity labels, comma-separated (default: those the gold corpus annotates)" };
        var format = new Option<string?>("--format") { Description = "Gold format: gold (re3d, json, jsonl), conll (iob2) or redocred; default: from extension and content" };
        var errors = new Option<string?>("--errors") { Description = "Write every entity without an exact match (missed, spurious, wrong label or span) to this JSONL file" };
        var config = CommonOptions.Config();
        var command = new Command("eval", "Score entities, relations, events and citations against a gold corpus (one-to-one matching; exact and looser modes)")
        {
            gold, pred, labels, json, only, format, errors, config,
        };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string goldPath = parse.GetValue(gold)!;
            string? predPath = parse.GetValue(pred), labelsPath = parse.GetValue(labels);
            // An output folder of `extraction run` stands for its documents.jsonl.
            if (predPath is not null && Directory.Exists(predPath)) predPath = Path.Combine(predPath, "documents.jsonl");
            foreach (var path in new[] { goldPath, predPath, labelsPath })
                if (path is not null && !File.Exists(path)) throw new UsageException($"file not found: {path}");
            CorpusFormat? goldFormat = parse.GetValue(format) is { } f
                ? CorpusReader.ParseFormat(f) ?? throw new UsageException($"unknown format \"{f}\" (one of {string.Join(", ", CorpusReader.FormatNames)})")
                : null;
            var onlyLabels = ParseLabels(parse.GetValue(only));

            try
            {
                var corpus = CorpusReader.Read(goldPath, goldFormat, labelsPath);
                var predictions = predPath is not null
                    ? GoldJsonReader.Read(predPath, LabelMap.Identity).Documents
                    : RunPipeline(corpus, parse.GetValue(config), stderr);
                var report = Evaluator.Evaluate(corpus, predictions, predPath ?? "pipeline", onlyLabels);
                stdout.Write(parse.GetValue(json) ? EvalReportWriter.ToJson(report) + Environment.NewLine : EvalReportWriter.ToText(report));
                if (parse.GetValue(errors) is { } errorsPath)
                {
                    using var writer = new StreamWriter(errorsPath);
                    EvalReportWriter.WriteErrors(report, writer);
                }
                return Program.ExitOk;
            }
            catch (CorpusException ex)
            {
                stderr.WriteLine($"error {ex.Code}: {ex.Message}");
                return Program.ExitUsage;
            }
        }));
        return command;
    }

    private static List<string>? ParseLabels(string? value)
    {
        if (value is null) return null;
        var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToUpperInvariant()).ToList();
        foreach (var l in list)
            if (!EntityLabels.IsKnown(l)) throw new UsageException($"unknown label in --only: {l} (labels: {string.Join(", ", EntityLabels.All)})");
        return list;
    }

    /// <summary>Runs the configured pipeline over each gold text; a document whose processing fails scores as an empty prediction.</summary>
    private static List<AnnotatedDocument> RunPipeline(Corpus corpus, string? configPath, TextWriter stderr)
    {
        var pipeline = ExtractionPipeline.FromConfig(PipelineConfig.Load(configPath));
        var predictions = new List<AnnotatedDocument>(corpus.Documents.Count);
        foreach (var g in corpus.Documents)
        {
            if (g.Text.Length == 0) throw new UsageException($"gold document {g.Id} has no text to run the pipeline on (give --pred)");
            // As `extraction run` ingests a JSONL line: the given metadata, then the fields of a metadata header.
            var header = MetadataHeader.Parse(g.Text);
            var document = new Document(g.Id, g.Text, new DocumentSource(corpus.Path)) { BodyStart = header.BodyStart };
            foreach (var (key, value) in g.Metadata) document.Metadata.TryAdd(key, value);
            foreach (var (key, value) in header.Fields) document.Metadata.TryAdd(key, value);
            try
            {
                pipeline.Process(document);
                predictions.Add(AnnotatedDocument.FromDocument(document));
            }
            catch (ExtractionException ex)
            {
                stderr.WriteLine($"warning {ex.Code}: document {g.Id}: {ex.Message}");
            }
        }
        return predictions;
    }
}
