using Extraction.Evaluation;
using Extraction.Model;

namespace Extraction.Tests.Evaluation;

public class EntityScorerTests
{
    private static Entity E(int start, int end, string label) =>
        new() { Id = $"T{start}", Start = start, End = end, Label = label, Text = new string('x', end - start), Canonical = "", Source = "test" };

    private static (ScoreTable Exact, ScoreTable Overlap) Score(Entity[] gold, Entity[] predicted)
    {
        var exact = new ScoreTable();
        var overlap = new ScoreTable();
        EntityScorer.Score(gold, predicted, exact, overlap);
        return (exact, overlap);
    }

    [Fact]
    public void ExactNeedsSpanAndLabelOverlapNeedsLabelAndSharedCharacters()
    {
        var (exact, overlap) = Score(
            [E(0, 10, "PERSON"), E(20, 26, "LOC"), E(30, 35, "ORG")],
            [E(0, 10, "PERSON"), E(17, 26, "LOC"), E(30, 35, "LOC")]);
        Assert.Equal((3, 3, 1), (exact.Micro.Gold, exact.Micro.Predicted, exact.Micro.Matched));
        Assert.Equal(2, overlap.Micro.Matched);
        Assert.Equal(1.0, overlap.ByKey["LOC"].Recall);
        Assert.Equal(0.5, overlap.ByKey["LOC"].Precision);
        Assert.Equal(0, overlap.ByKey["ORG"].Recall);
        Assert.Equal(1.0 / 3, exact.Micro.F1, 6);
    }

    [Fact]
    public void OverlapIsOneToOneLargestOverlapFirst()
    {
        // One long prediction over two gold mentions matches only the one it shares most with.
        var (_, overlap) = Score([E(0, 5, "ORG"), E(6, 20, "ORG")], [E(0, 20, "ORG")]);
        Assert.Equal(1, overlap.Micro.Matched);
        Assert.Equal(0.5, overlap.Micro.Recall);
        Assert.Equal(1.0, overlap.Micro.Precision);

        // Two predictions over one gold mention: one match, one false positive.
        var (_, twice) = Score([E(0, 20, "ORG")], [E(0, 8, "ORG"), E(5, 20, "ORG")]);
        Assert.Equal(1, twice.Micro.Matched);
        Assert.Equal(0.5, twice.Micro.Precision);
    }

    [Fact]
    public void EmptyPredictionScoresZeroWithoutNaN()
    {
        var (exact, overlap) = Score([E(0, 5, "ORG")], []);
        foreach (var s in new[] { exact.Micro, overlap.Micro, exact.ByKey["ORG"] })
            Assert.Equal((0.0, 0.0, 0.0), (s.Precision, s.Recall, s.F1));
        var (none, _) = Score([], []);
        Assert.Equal(0.0, none.Micro.F1);
    }

    [Fact]
    public void PerfectPredictionScoresOne()
    {
        Entity[] gold = [E(0, 5, "ORG"), E(6, 9, "PERSON"), E(6, 9, "LOC")];
        var (exact, overlap) = Score(gold, [.. gold.Reverse()]);
        Assert.Equal((1.0, 1.0, 1.0), (exact.Micro.Precision, exact.Micro.Recall, exact.Micro.F1));
        Assert.Equal(1.0, overlap.Micro.F1);
    }

    [Fact]
    public void MatchingIsDeterministicOnTies()
    {
        var matches = OneToOne.Match(new[] { 1, 1 }, new[] { 1, 1 }, (_, _) => 1);
        Assert.Equal([(0, 0), (1, 1)], matches);
    }
}

public class EntityErrorClassifierTests
{
    private static Entity E(int start, int end, string label) =>
        new() { Id = $"T{start}", Start = start, End = end, Label = label, Text = new string('x', end - start), Canonical = "", Source = "test" };

    [Fact]
    public void Unmatched_entities_are_classified_by_their_best_overlapping_partner()
    {
        Entity[] gold = [E(0, 5, "ORG"), E(10, 15, "PERSON"), E(20, 30, "LOC"), E(40, 45, "ORG"), E(50, 55, "LOC")];
        Entity[] predicted = [E(0, 5, "ORG"), E(10, 15, "LOC"), E(20, 25, "LOC"), E(40, 48, "PERSON"), E(60, 65, "ORG")];
        var exact = EntityScorer.Score(gold, predicted, new ScoreTable(), new ScoreTable());
        var errors = EntityErrorClassifier.Classify("d1", gold, predicted, exact).ToList();

        Assert.Equal(
            [EntityErrorKind.WrongLabel, EntityErrorKind.WrongSpan, EntityErrorKind.WrongLabelAndSpan, EntityErrorKind.Missed, EntityErrorKind.Spurious],
            errors.Select(e => e.Kind));
        Assert.Same(predicted[2], errors[1].Predicted);
        Assert.Same(gold[4], errors[3].Gold);
        Assert.Null(errors[3].Predicted);
        Assert.Null(errors[4].Gold);
        Assert.All(errors, e => Assert.Equal("d1", e.DocumentId));
    }

    [Fact]
    public void A_same_label_partner_wins_a_tie_so_a_boundary_error_is_not_called_a_label_error()
    {
        // Two predictions overlap the gold mention equally: the one with its label makes it a span error, the other is spurious.
        Entity[] gold = [E(10, 20, "ORG")];
        Entity[] predicted = [E(5, 15, "LOC"), E(15, 25, "ORG")];
        var errors = EntityErrorClassifier.Classify("d", gold, predicted, []).ToList();
        Assert.Equal([EntityErrorKind.Spurious, EntityErrorKind.WrongSpan], errors.Select(e => e.Kind));
    }
}

public class CalibrationTests
{
    [Fact]
    public void PrecisionPerConfidenceBucket()
    {
        var gold = new[] { Make(0, 5, 1), Make(6, 9, 1) };
        var predicted = new[] { Make(0, 5, 0.95), Make(6, 8, 0.35), Make(10, 12, 0.31), Make(6, 9, 1.0) };
        var calibration = new Calibration();
        EntityScorer.Score(gold, predicted, new ScoreTable(), new ScoreTable(), calibration);
        var rows = calibration.Rows().Where(r => r.Predicted > 0).Select(r => (r.From, r.Predicted, r.Matched)).ToList();
        Assert.Equal([(0.3, 2, 0), (0.9, 2, 2)], rows);
        Assert.True(calibration.IsInformative);
    }

    private static Entity Make(int start, int end, double confidence) =>
        new() { Id = "T", Start = start, End = end, Label = "ORG", Text = "", Canonical = "", Source = "t", Confidence = confidence };
}
