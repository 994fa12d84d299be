using System.CommandLine;
using Extraction.Corpora;
using Extraction.Relations;
using Extraction.Segmentation;

namespace Extraction.Cli.Commands.Train;

/// <summary>
/// <c>extraction train relations [--data ../shared/data] [--out models/relations.bin] [--folds 5] [--docred-weight W]</c>:
/// trains the relation classifier on re3d train (plus Re-DocRED dev when its weight is above 0), prints the
/// cross-validated F1 per type of patterns + classifier as run at run time, and saves the model trained on all of it.
/// </summary>
public static class TrainRelationsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CommonOptions.Data("re3d, re_docred");
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => RelationStage.DefaultModelPath };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds by re3d document (0: skip)", DefaultValueFactory = _ => 5 };
        var defaults = new RelationTrainingOptions();
        var noneWeight = new Option<float>("--none-weight") { Description = "Weight of a pair without a relation", DefaultValueFactory = _ => defaults.NoneWeight };
        var docredWeight = new Option<float>("--docred-weight") { Description = "Weight of Re-DocRED dev examples (0: re3d only)", DefaultValueFactory = _ => defaults.DocRedWeight };
        var threshold = new Option<double>("--threshold") { Description = "Classifier probability needed to emit a relation (for the cross-validation)", DefaultValueFactory = _ => RelationExtractor.DefaultThreshold };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the maximum-entropy classifier", DefaultValueFactory = _ => defaults.L2 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation of the maximum-entropy classifier", DefaultValueFactory = _ => defaults.L1 };
        var command = new Command("relations", "Train the relation classifier (models/relations.bin) and report cross-validated F1 on re3d train")
        {
            data, output, folds, noneWeight, docredWeight, threshold, l2, l1,
        };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            string re3dPath = Path.Combine(dataDir, "re3d", "re3d.train.jsonl");
            string docredPath = Path.Combine(dataDir, "re_docred", "dev_revised.json");
            int k = parse.GetValue(folds);
            if (k is 1 or < 0) throw new UsageException("--folds must be 0 or at least 2");
            var options = new RelationTrainingOptions
            {
                NoneWeight = parse.GetValue(noneWeight), DocRedWeight = parse.GetValue(docredWeight), Threshold = parse.GetValue(threshold),
                L2 = parse.GetValue(l2), L1 = parse.GetValue(l1),
            };
            if (!File.Exists(re3dPath)) throw new UsageException($"re3d training data not found: {re3dPath}");
            if (options.DocRedWeight > 0 && !File.Exists(docredPath)) throw new UsageException($"Re-DocRED dev not found: {docredPath} (or pass --docred-weight 0)");

            var segmenter = new Segmenter();
            var re3d = RelationCorpora.FromGold(CorpusReader.Read(re3dPath), segmenter);
            stderr.WriteLine($"re3d train: {re3d.Count} documents, {re3d.Sum(d => d.Relations.Count)} relations");
            List<RelationTrainingDocument> extra = [];
            if (options.DocRedWeight > 0)
            {
                extra = RelationCorpora.FromReDocRed(CorpusReader.Read(docredPath), segmenter, options.DocRedWeight);
                stderr.WriteLine($"Re-DocRED dev: {extra.Count} documents, {extra.Sum(d => d.Relations.Count)} mapped mention-pair relations, weight {options.DocRedWeight}");
            }
            if (k > 0)
            {
                double[] sweep = [options.Threshold, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
                var scores = RelationTraining.CrossValidate(re3d, k, options, sweep, extra, stderr.WriteLine);
                stdout.WriteLine($"{k}-fold cross-validation on re3d train (folds by document; overlap match of both arguments; SAME_AS excluded), threshold {options.Threshold}:");
                stdout.WriteLine(scores[options.Threshold].Table());
                stdout.WriteLine("micro P/R/F1 by classifier threshold: " + string.Join("; ", scores.OrderBy(s => s.Key)
                    .Select(s => $"{s.Key:0.00}: {s.Value.Micro.Precision:0.000}/{s.Value.Micro.Recall:0.000}/{s.Value.Micro.F1:0.000}")));
            }
            string outPath = parse.GetValue(output)!;
            var classifier = RelationTraining.Train(re3d.Concat(extra), options);
            classifier.Save(outPath);
            stderr.WriteLine($"model written: {outPath} ({new FileInfo(outPath).Length / 1024} KiB)");
            return Program.ExitOk;
        }));
        return command;
    }
}
