namespace Extraction.Entities.Statistical;

/// <summary>
/// Platt scaling of a probability: σ(A·logit(p) + B). Fitted on held-out spans (predicted probability, was it right),
/// it turns the model's span marginals — which are over-confident for a model trained to convergence — into
/// confidences whose buckets match observed precision.
/// </summary>
public static class PlattScaling
{
    public static double Apply(double probability, double a, double b) => Sigmoid(a * Logit(probability) + b);

    private static double Logit(double probability)
    {
        double p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double Loss(double[] xs, double[] targets, double a, double b)
    {
        double loss = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            double q = Math.Clamp(Sigmoid(a * xs[i] + b), 1e-15, 1 - 1e-15);
            loss -= targets[i] * Math.Log(q) + (1 - targets[i]) * Math.Log(1 - q);
        }
        return loss;
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
        var xs = points.Select(p => Logit(p.Probability)).ToArray();
        var targets = points.Select(p => p.Correct ? hi : lo).ToArray();
        double a = 1, b = 0, loss = Loss(xs, targets, a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < xs.Length; i++)
            {
                double q = Sigmoid(a * xs[i] + b);
                double d = q - targets[i], w = q * (1 - q);
                ga += d * xs[i]; gb += d;
                haa += w * xs[i] * xs[i]; hab += w * xs[i]; hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.Abs(det) < 1e-12) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            // Backtracking: Newton steps on a logistic loss can overshoot from a poor start.
            double step = 1, next = Loss(xs, targets, a - da, b - db);
            while (next > loss && step > 1e-8)
            {
                step /= 2;
                next = Loss(xs, targets, a - step * da, b - step * db);
            }
            if (next > loss) break;
            a -= step * da; b -= step * db;
            bool converged = loss - next < 1e-12;
            loss = next;
            if (converged) break;
        }
        return (a, b);
    }
}
