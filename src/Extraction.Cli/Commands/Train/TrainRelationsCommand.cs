using System.CommandLine;
using Extraction.Relations;

namespace Extraction.Cli.Commands.Train;

/// <summary>
/// <c>extraction train relations [--data ../shared/data] [--out models/relations.zip] [--folds 5]</c>: trains the
/// relation classifier on re3d train, prints its cross-validated F1 per type (patterns + classifier, as at run
/// time), and saves the model trained on all of it.
/// </summary>
public static class TrainRelationsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "Folder of the corpora (re3d/, re_docred/)", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => "models/relations.zip" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by document (0: skip)", DefaultValueFactory = _ => 5 };
        var noneWeight = new Option<float>("--none-weight") { Description = "Weight of a pair without a relation", DefaultValueFactory = _ => 1f };
        var threshold = new Option<double>("--threshold") { Description = "Classifier probability needed to emit a relation (for the cross-validation)", DefaultValueFactory = _ => RelationExtractor.DefaultThreshold };
        var command = new Command("relations", "Train the relation classifier (models/relations.zip) and report cross-validated F1")
        {
            data, output, folds, noneWeight, threshold,
        };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            string re3d = Path.Combine(dataDir, "re3d", "re3d.train.jsonl");
            if (!File.Exists(re3d)) throw new UsageException($"re3d training data not found: {re3d}");
            int k = parse.GetValue(folds);
            if (k is 1 or < 0) throw new UsageException("--folds must be 0 or at least 2");
            var options = new RelationTrainingOptions { NoneWeight = parse.GetValue(noneWeight), Threshold = parse.GetValue(threshold) };

            var docs = RelationCorpora.ReadRe3d(re3d, Path.Combine(dataDir, "re3d", "labels.json"));
            stderr.WriteLine($"re3d train: {docs.Count} documents, {docs.Sum(d => d.Relations.Count)} relations");
            if (k > 0)
            {
                double[] sweep = [options.Threshold, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
                var scores = RelationTraining.CrossValidate(docs, k, options, sweep, progress: stderr.WriteLine);
                stdout.WriteLine($"{k}-fold cross-validation on re3d train (folds by document; overlap match of both arguments; SAME_AS excluded), threshold {options.Threshold}:");
                stdout.WriteLine(scores[options.Threshold].Table());
                stdout.WriteLine("micro P/R/F1 by classifier threshold: " + string.Join("; ", scores.OrderBy(s => s.Key)
                    .Select(s => $"{s.Key:0.00}: {s.Value.Micro.Precision:0.000}/{s.Value.Micro.Recall:0.000}/{s.Value.Micro.F1:0.000}")));
            }
            using var classifier = RelationTraining.Train(docs, options);
            classifier.Save(parse.GetValue(output)!);
            stderr.WriteLine($"model written: {parse.GetValue(output)} ({new FileInfo(parse.GetValue(output)!).Length / 1024} KiB)");
            return Program.ExitOk;
        }));
        return command;
    }
}
