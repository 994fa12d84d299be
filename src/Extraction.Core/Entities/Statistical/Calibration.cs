namespace Extraction.Entities.Statistical;

/// <summary>
/// Platt scaling of a probability: σ(A·logit(p) + B). Fitted on held-out spans (predicted probability, was it right),
/// it turns the model's span marginals — which are over-confident for a model trained to convergence — into
/// confidences whose buckets match observed precision.
/// </summary>
public static class Calibration
{
    public static double Apply(double probability, double a, double b)
    {
        double p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        double z = a * Math.Log(p / (1 - p)) + b;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Fits A and B by Newton's method on the log-loss, with Platt's smoothed targets so that a perfectly separated
    /// held-out set does not drive the parameters to infinity. Returns (1, 0) — the identity — without both outcomes.
    /// </summary>
    public static (double A, double B) Fit(IReadOnlyList<(double Probability, bool Correct)> points)
    {
        int positives = points.Count(p => p.Correct), negatives = points.Count - positives;
        if (positives == 0 || negatives == 0) return (1, 0);
        double hi = (positives + 1.0) / (positives + 2.0), lo = 1.0 / (negatives + 2.0);
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            foreach (var (probability, correct) in points)
            {
                double p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
                double x = Math.Log(p / (1 - p));
                double q = 1 / (1 + Math.Exp(-(a * x + b)));
                double target = correct ? hi : lo;
                double d = q - target, w = q * (1 - q);
                ga += d * x; gb += d;
                haa += w * x * x; hab += w * x; hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.Abs(det) < 1e-12) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da; b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-9) break;
        }
        return (a, b);
    }
}
