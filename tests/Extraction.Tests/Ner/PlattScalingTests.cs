using Extraction.Entities.Statistical;

namespace Extraction.Tests.Ner;

public class PlattScalingTests
{
    [Fact]
    public void Fit_pulls_overconfident_probabilities_down_to_observed_precision()
    {
        // A model that says 0.99 but is right 70% of the time, and says 0.6 but is right 40% of the time.
        var points = new List<(double, bool)>();
        for (int i = 0; i < 1000; i++) points.Add((0.99, i % 10 < 7));
        for (int i = 0; i < 1000; i++) points.Add((0.6, i % 10 < 4));
        var (a, b) = PlattScaling.Fit(points);
        Assert.InRange(PlattScaling.Apply(0.99, a, b), 0.65, 0.75);
        Assert.InRange(PlattScaling.Apply(0.6, a, b), 0.35, 0.45);
    }

    [Fact]
    public void Fit_without_both_outcomes_is_the_identity()
    {
        Assert.Equal((1.0, 0.0), PlattScaling.Fit([(0.9, true), (0.8, true)]));
    }

    [Fact]
    public void Apply_is_monotone_and_stays_in_unit_interval()
    {
        double last = -1;
        for (double p = 0; p <= 1; p += 0.01)
        {
            double c = PlattScaling.Apply(p, 0.7, -0.3);
            Assert.InRange(c, 0, 1);
            Assert.True(c >= last);
            last = c;
        }
    }
}
