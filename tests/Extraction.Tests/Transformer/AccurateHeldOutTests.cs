using Extraction.Entities;
using Extraction.Entities.Statistical;
using Extraction.Entities.Transformer;
using Extraction.Model;
using Extraction.Tests.Support;
using Extraction.Training;

namespace Extraction.Tests.Transformer;

/// <summary>
/// The committed accurate model on the held-out corpora it was never trained on (load, encode and tag; about 12 s of
/// encoder time on an idle core). Floors sit a little under the figures in models/README.md so that a regression fails.
/// </summary>
public class AccurateHeldOutTests
{
    private static readonly string[] Names = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc];

    [Theory]
    [InlineData("uner-ewt-test", 0.69)]
    [InlineData("crossner-politics-dev", 0.76)]
    public void Exact_micro_f1_over_PERSON_ORG_LOC_stays_above_the_floor(string name, double floor)
    {
        var (tagger, gazetteer) = Ner.NerFixtures.Shipped("ner-accurate.bin");
        var source = NerCorpora.DefaultHeldOut(TestPaths.SharedData).Single(s => s.Name == name);
        var evaluation = NerEvaluation.Run(tagger, NerCorpora.Read(source, gazetteer).Documents, Names);
        Assert.True(evaluation.Exact.Micro.F1 >= floor, $"{name}: exact micro-F1 {evaluation.Exact.Micro.F1:F3} < {floor}");
    }
}
