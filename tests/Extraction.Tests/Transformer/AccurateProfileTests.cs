using System.Text.Json;
using Extraction.Entities.Statistical;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Transformer;

/// <summary>The accurate profile: its config, its model, and choosing it from the command line.</summary>
public class AccurateProfileTests
{
    private static string AccurateConfig => Path.Combine(TestPaths.RepoRoot, "pipeline.accurate.json");

    [Fact]
    public void The_accurate_config_is_the_default_one_with_the_accurate_tagger()
    {
        // Everything but the ner stage's model and encoder settings must stay in step with pipeline.json.
        static string Normalized(string path)
        {
            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
            foreach (var stage in root["stages"]!.AsArray())
                if ((string?)stage!["name"] == NerStage.StageName)
                {
                    stage.AsObject().Remove("model");
                    stage.AsObject().Remove("encoder_threads");
                    stage.AsObject().Remove("encoder_layers");
                    stage.AsObject().Remove("encoder_pack_sentences");
                }
            return root.ToJsonString();
        }
        Assert.Equal(Normalized(TestPaths.PipelineConfig), Normalized(AccurateConfig));
        var ner = PipelineConfig.Load(AccurateConfig).Stages.Single(s => s.Name == NerStage.StageName);
        var model = NerModel.Load(ner.GetExistingPath("model", ""));
        Assert.Equal(NerStage.EncoderFor(ner).ModelName, model.Info.Encoder);
    }

    [Fact]
    public void A_head_trained_on_other_encoder_layers_is_refused_at_load_with_the_setting_to_fix()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(AccurateConfig))!;
        var ner = root["stages"]!.AsArray().Single(s => (string?)s!["name"] == NerStage.StageName)!;
        string shipped = (string?)ner["encoder_layers"] ?? "6";
        ner["encoder_layers"] = shipped == "1" ? "2" : "1";
        var config = PipelineConfig.Parse(root.ToJsonString(), TestPaths.RepoRoot);
        var error = Assert.Throws<ConfigException>(() => NerStage.Create(config.Stages.Single(s => s.Name == NerStage.StageName)));
        Assert.Equal(ErrorCodes.ConfigBadValue, error.Code);
        Assert.Contains($"layers {shipped}", error.Message);
        Assert.Contains("encoder_layers", error.Message);
    }

    [Fact]
    public void A_head_trained_with_other_sentence_packing_is_refused_at_load_with_the_setting_to_fix()
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(AccurateConfig))!;
        var ner = root["stages"]!.AsArray().Single(s => (string?)s!["name"] == NerStage.StageName)!;
        ner["encoder_pack_sentences"] = !((bool?)ner["encoder_pack_sentences"] ?? false);
        var config = PipelineConfig.Parse(root.ToJsonString(), TestPaths.RepoRoot);
        var error = Assert.Throws<ConfigException>(() => NerStage.Create(config.Stages.Single(s => s.Name == NerStage.StageName)));
        Assert.Equal(ErrorCodes.ConfigBadValue, error.Code);
        Assert.Contains("encoder_pack_sentences", error.Message);
    }

    [Theory]
    [InlineData("cuda", "OnnxRuntimeGpu")]  // this build has ONNX Runtime's CPU package only: the error says how to get the GPU one
    [InlineData("tpu", "\"cuda:N\"")]
    public void An_encoder_device_the_build_cannot_serve_is_refused_at_load_with_the_setting_to_fix(string device, string hint)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(AccurateConfig))!;
        var ner = root["stages"]!.AsArray().Single(s => (string?)s!["name"] == NerStage.StageName)!;
        ner["encoder_device"] = device;
        var config = PipelineConfig.Parse(root.ToJsonString(), TestPaths.RepoRoot);
        var error = Assert.Throws<ConfigException>(() => NerStage.Create(config.Stages.Single(s => s.Name == NerStage.StageName)));
        Assert.Equal(ErrorCodes.ConfigBadValue, error.Code);
        Assert.Contains("encoder_device", error.Message);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void The_accurate_pipeline_finds_the_names_in_a_news_sentence()
    {
        var pipeline = ExtractionPipeline.FromConfig(PipelineConfig.Load(AccurateConfig));
        var document = new Extraction.Model.Document("t", "German Chancellor Angela Merkel met Emmanuel Macron in Paris on Tuesday, the Elysee said.",
            new Extraction.Model.DocumentSource("t"));
        pipeline.Process(document);
        var pairs = Annotate.EntityPairs(document).ToList();
        Assert.Contains(("Angela Merkel", "PERSON"), pairs);
        Assert.Contains(("Emmanuel Macron", "PERSON"), pairs);
        Assert.Contains(("Paris", "LOC"), pairs);
        Assert.All(document.Entities.Where(e => e.Source == NerStage.StageName), e => Assert.InRange(e.Confidence, 0.5, 1));
    }

    [Fact]
    public void Run_and_bench_select_the_accurate_profile_by_name()
    {
        string dir = TestPaths.NewTempDirectory();
        string input = Path.Combine(dir, "in.txt");
        File.WriteAllText(input, "Angela Merkel met Emmanuel Macron in Paris on Tuesday.");
        string output = Path.Combine(dir, "out");
        var run = CliRunner.Run("run", input, "--profile", "accurate", "--out", output, "--db", "none");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var line = JsonDocument.Parse(File.ReadLines(Path.Combine(output, "documents.jsonl")).First());
        var texts = line.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Contains("Emmanuel Macron", texts);

        var bench = CliRunner.Run("bench", "--profile", "accurate", "--input", input, "--workers", "1", "--json");
        Assert.True(bench.ExitCode == 0, bench.Stderr);
        Assert.Contains("words_per_second", bench.Stdout);
    }

    [Theory]
    [InlineData("run", "--profile", "precise")]
    [InlineData("run", "--profile", "accurate", "--config", "pipeline.json")]
    [InlineData("bench", "--profile", "precise", "--docs", "1")]
    public void An_unknown_profile_or_a_profile_with_a_config_is_a_usage_error(params string[] args)
    {
        string input = Path.Combine(TestPaths.NewTempDirectory(), "in.txt");
        File.WriteAllText(input, "Text.");
        var result = CliRunner.Run(args[0] == "run" ? [.. args, input] : args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("profile", result.Stderr);
    }
}
