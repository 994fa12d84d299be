using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Tests.Support;

namespace Extraction.Tests.Relations;

public sealed class RelationStageTests
{
    private const string P = EntityLabels.Person, L = EntityLabels.Loc, N = EntityLabels.Norp;

    [Fact]
    public void Ids_continue_after_existing_relations_and_a_related_pair_is_not_related_again()
    {
        var doc = RelationPatternTests.Tagged("Russian President Vladimir Putin met Putin’s guest Emomali Rahmon in Moscow.",
            ("Russian", N), ("Vladimir Putin", P), ("Putin", P), ("Emomali Rahmon", P), ("Moscow", L));
        doc.Relations.Add(new Relation { Id = "R7", Type = RelationTypes.SameAs, Head = "T3", Tail = "T2", Source = "aliases" });
        new RelationStage(classifier: null).Process(doc);

        Assert.Equal("R7", doc.Relations[0].Id);
        Assert.Equal(Enumerable.Range(8, doc.Relations.Count - 1).Select(i => "R" + i), doc.Relations.Skip(1).Select(r => r.Id));
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.InChargeOf && r.Head == "T2" && r.Tail == "T1");
        Assert.Single(doc.Relations, r => (r.Head, r.Tail) is ("T2", "T3") or ("T3", "T2"));
    }

    [Fact]
    public void Shipped_model_gives_the_same_relations_on_every_load_without_duplicate_pairs_and_with_exact_triggers()
    {
        var (first, _) = SeedRelationTests.SeedWithGoldEntities();
        var (second, _) = SeedRelationTests.SeedWithGoldEntities();
        SeedRelationTests.ShippedStage().Process(first);
        SeedRelationTests.ShippedStage().Process(second);

        static string Render(Document d) => string.Join("\n", d.Relations.Select(r => $"{r.Id} {r.Type} {r.Head} {r.Tail} {r.Confidence} {r.Source} {r.Trigger}"));
        Assert.Equal(Render(first), Render(second));
        Assert.Contains(first.Relations, r => r.Source.StartsWith("relations/", StringComparison.Ordinal));

        var pairs = first.Relations.Select(r => string.CompareOrdinal(r.Head, r.Tail) < 0 ? (r.Head, r.Tail) : (r.Tail, r.Head)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.Equal(first.Relations.Count, first.Relations.Select(r => r.Id).Distinct().Count());
        foreach (var r in first.Relations)
        {
            Assert.Contains(r.Type, RelationTypes.All);
            Assert.InRange(r.Confidence, 0, 1);
            Assert.Empty(r.Citations);
            var head = first.EntityById(r.Head)!;
            var tail = first.EntityById(r.Tail)!;
            if (r.Source.StartsWith("relations/", StringComparison.Ordinal)) // the gold SAME_AS may span sentences
                Assert.Equal(first.SentenceIndexAt(head.Start), first.SentenceIndexAt(tail.Start));
            if (r.Trigger is { } t) Assert.Equal(first.Text[t.Start..t.End], t.Text);
        }
    }

    /// <summary>
    /// "US" in "met with US Secretary of State Antony Blinken in Washington" describes Blinken: the title pattern relates
    /// them, and the shipped classifier relates it to nothing else (it read "Ararat Mirzoyan CO_LOCATED US").
    /// </summary>
    [Fact]
    public void A_country_before_a_title_and_a_name_is_related_only_to_that_person()
    {
        var doc = RelationPatternTests.Tagged("Armenian Foreign Minister Ararat Mirzoyan met with US Secretary of State Antony Blinken in Washington on June 27.",
            ("Armenian", N), ("Ararat Mirzoyan", P), ("US", L), ("Antony Blinken", P), ("Washington", L));
        SeedRelationTests.ShippedStage().Process(doc);
        var us = doc.Entities.Single(e => e.Text == "US").Id;
        var blinken = doc.Entities.Single(e => e.Text == "Antony Blinken").Id;
        Assert.Contains(doc.Relations, r => r.Head == blinken && r.Tail == us);
        Assert.DoesNotContain(doc.Relations, r => (r.Head == us || r.Tail == us) && r.Head != blinken && r.Tail != blinken);
    }

    /// <summary>
    /// Members of one list joined by "and" are not located in one another, whatever their labels (the shipped classifier
    /// read "Jowzjan CO_LOCATED Balkh" where the tagger had Jowzjan as a person); re3d cross-validation 0.453 → 0.454.
    /// </summary>
    [Fact]
    public void Members_of_one_list_are_not_co_located()
    {
        var doc = RelationPatternTests.Tagged("The canal will irrigate desert in Balkh, Jowzjan and Faryab provinces.",
            ("Balkh", L), ("Jowzjan", P), ("Faryab", L));
        SeedRelationTests.ShippedStage().Process(doc);
        Assert.DoesNotContain(doc.Relations, r => r.Type == RelationTypes.CoLocated);
    }

    /// <summary>A place that is a reported clause's subject, or named as a companion after "along with", is no place where the
    /// other name is (the shipped classifier read "Liu Dejun CO_LOCATED China" and "ECOWAS CO_LOCATED Burkina Faso"); one ending a
    /// subject's phrase of place still is.</summary>
    [Theory]
    [InlineData("A spokesman, Liu Dejun, said China would continue to defend its sovereignty.", "Liu Dejun|PERSON;China|LOC", "Liu Dejun", "China", false)]
    [InlineData("Niger has withdrawn from the Economic Community of West African States along with Mali and Burkina Faso.",
        "Niger|LOC;Economic Community of West African States|ORG;Mali|LOC;Burkina Faso|LOC", "Economic Community of West African States", "Burkina Faso", false)]
    [InlineData("Abu Jandal al-Kuwaiti, an ISIL gang leader in Raqqah was struck and killed by a coalition airstrike.",
        "Abu Jandal al-Kuwaiti|PERSON;ISIL|ORG;Raqqah|LOC", "Abu Jandal al-Kuwaiti", "Raqqah", true)]
    public void A_place_acting_or_accompanying_is_no_location(string text, string entities, string name, string place, bool related)
    {
        var doc = RelationPatternTests.Tagged(text, entities.Split(';').Select(p => p.Split('|')).Select(p => (p[0], p[1])).ToArray());
        SeedRelationTests.ShippedStage().Process(doc);
        string nameId = doc.Entities.First(e => e.Text == name).Id, placeId = doc.Entities.First(e => e.Text == place).Id;
        Assert.Equal(related, doc.Relations.Any(r => r.Type == RelationTypes.CoLocated && (r.Head, r.Tail) == (nameId, placeId)));
    }

    /// <summary>The source an inline attribution credits reports the sentence; the shipped classifier read "Lesslie Viguerie
    /// COMMUNICATED_WITH Radio Azattyk".</summary>
    [Fact]
    public void The_source_of_an_inline_attribution_is_related_to_nothing()
    {
        var doc = RelationPatternTests.Tagged("U.S. Ambassador Lesslie Viguerie met with Foreign Minister Jeenbek Kulubaev to raise concerns (Radio Azattyk, May 20).",
            ("U.S.", L), ("Lesslie Viguerie", P), ("Jeenbek Kulubaev", P), ("Radio Azattyk", EntityLabels.Org), ("May 20", EntityLabels.Date));
        SeedRelationTests.ShippedStage().Process(doc);
        var source = doc.Entities.Single(e => e.Text == "Radio Azattyk").Id;
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.CommunicatedWith);
        Assert.DoesNotContain(doc.Relations, r => r.Head == source || r.Tail == source);
    }

    /// <summary>A place among the words right after a body's "'s" describes what the body has (a program); the shipped
    /// classifier read "CPJ CO_LOCATED Europe" and "… Central Asia".</summary>
    [Fact]
    public void A_place_describing_what_a_body_has_is_not_where_the_body_is()
    {
        var doc = RelationPatternTests.Tagged("\"These arrests show that Kyrgyzstan is moving away from a free press,\" said Gulnoza Said, CPJ's Europe and Central Asia program coordinator.",
            ("Kyrgyzstan", L), ("Gulnoza Said", P), ("CPJ", EntityLabels.Org), ("Europe", L), ("Central Asia", L));
        SeedRelationTests.ShippedStage().Process(doc);
        var body = doc.Entities.Single(e => e.Text == "CPJ").Id;
        Assert.DoesNotContain(doc.Relations, r => r.Type == RelationTypes.CoLocated && r.Head == body);
    }

    [Fact]
    public void Stage_is_created_from_pipeline_settings_and_rejects_a_missing_model()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "segmenter"}, {"name": "relations", "model": "models/relations.bin", "threshold": 0.6}]}""", TestPaths.RepoRoot);
        var stage = StageRegistry.Default.Create(config.Stages[1]);
        Assert.Equal("relations", stage.Name);

        var missing = PipelineConfig.Parse("""{"stages": [{"name": "relations", "model": "models/nope.zip"}]}""", TestPaths.RepoRoot);
        var ex = Assert.Throws<ConfigException>(() => StageRegistry.Default.Create(missing.Stages[0]));
        Assert.Equal(ErrorCodes.ConfigMissingFile, ex.Code);
    }

    [Fact]
    public void Train_relations_rejects_bad_usage_with_exit_code_2()
    {
        var folds = CliRunner.Run("train", "relations", "--folds", "1");
        Assert.Equal(2, folds.ExitCode);
        Assert.Contains("--folds", folds.Stderr);
        var data = CliRunner.Run("train", "relations", "--data", Path.Combine(TestPaths.NewTempDirectory(), "none"));
        Assert.Equal(2, data.ExitCode);
        Assert.Contains("re3d", data.Stderr);
    }

    [Fact]
    public void A_saved_classifier_loads_back_with_the_same_probabilities()
    {
        var examples = Enumerable.Range(0, 40).Select(i => new PairExample
        {
            Features = i % 2 == 0 ? $"lp=PERSON_ORG w=leader n{i % 5}" : $"lp=LOC_LOC w=near n{i % 5}",
            Label = i % 2 == 0 ? "IN_CHARGE_OF>" : RelationClassifier.None,
        });
        var trained = RelationClassifier.Train(examples, seed: 1, l2: 0.1f, l1: 0f);
        string path = Path.Combine(TestPaths.NewTempDirectory(), "relations.bin");
        trained.Save(path);
        var loaded = RelationClassifier.Load(path);

        Assert.Equal(trained.Classes, loaded.Classes);
        foreach (var features in new[] { "lp=PERSON_ORG w=leader", "lp=LOC_LOC w=near n3", "unknown words only" })
            Assert.Equal(trained.BestRelation(features), loaded.BestRelation(features));
        Assert.Equal("IN_CHARGE_OF>", loaded.BestRelation("lp=PERSON_ORG w=leader").Class);
    }

    [Fact]
    public void A_file_that_is_not_a_relation_model_is_a_config_error()
    {
        var config = PipelineConfig.Parse("""{"stages": [{"name": "segmenter"}, {"name": "relations", "model": "models/ner.bin"}]}""", TestPaths.RepoRoot);
        var error = Assert.Throws<ConfigException>(() => ExtractionPipeline.FromConfig(config));
        Assert.Equal(ErrorCodes.ConfigBadValue, error.Code);
        Assert.Contains("not an Extraction relation model", error.Message);
    }
}
