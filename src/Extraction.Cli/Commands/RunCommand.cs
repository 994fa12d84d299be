using System.CommandLine;
using Extraction.Ingestion;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction run &lt;inputs&gt;... [--out DIR] [--config pipeline.json]</c></summary>
public static class RunCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files (.txt, .jsonl, .csv) or directories (recursive)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output directory", DefaultValueFactory = _ => "out" };
        var config = CommonOptions.Config();
        var command = new Command("run", "Run the pipeline over documents and write OUT/documents.jsonl and OUT/rejects.jsonl") { inputs, output, config };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string[] paths = parse.GetValue(inputs)!;
            CommonOptions.CheckInputsExist(paths);
            var pipelineConfig = PipelineConfig.Load(parse.GetValue(config));
            var pipeline = ExtractionPipeline.FromConfig(pipelineConfig);
            string outDir = parse.GetValue(output)!;
            using var jsonl = new JsonlSink(outDir);
            var summary = new BatchRunner(pipeline, [jsonl]).Run(new InputReader(IngestionOptions.FromConfig(pipelineConfig), excluded: [outDir]).Read(paths));
            SummaryPrinter.Print(stderr, summary, outDir);
            return summary.Written > 0 ? Program.ExitOk : Program.ExitNothingWritten;
        }));
        return command;
    }
}
