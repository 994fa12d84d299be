using System.CommandLine;
using Extraction.Cli.Commands.Train;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train &lt;what&gt;</c>: builds a model under models/ from ../shared/data; one subcommand per model, each in Commands/Train/.</summary>
public static class TrainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("train", "Train a model from the corpora and write it under models/")
        {
            TrainRelationsCommand.Create(stdout, stderr),
            TrainNerCommand.Create(stdout, stderr),
            TrainClustersCommand.Create(stdout, stderr),
        };
}
