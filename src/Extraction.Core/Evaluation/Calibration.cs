namespace Extraction.Evaluation;

/// <summary>
/// Precision of predictions per confidence bucket ([0, 0.1), [0.1, 0.2) … [0.9, 1.0]): a calibrated model's
/// precision in each bucket is close to the bucket's confidence.
/// </summary>
public sealed class Calibration
{
    public const int Buckets = 10;
    private readonly int[] _predicted = new int[Buckets];
    private readonly int[] _matched = new int[Buckets];

    public void Add(double confidence, bool matched)
    {
        int b = Math.Clamp((int)(confidence * Buckets), 0, Buckets - 1);
        _predicted[b]++;
        if (matched) _matched[b]++;
    }

    public IEnumerable<(double From, double To, int Predicted, int Matched, double Precision)> Rows() =>
        Enumerable.Range(0, Buckets).Select(b => (
            (double)b / Buckets, (double)(b + 1) / Buckets, _predicted[b], _matched[b],
            _predicted[b] == 0 ? 0.0 : (double)_matched[b] / _predicted[b]));

    /// <summary>Whether the predictions spread over more than one bucket (all-1.0 confidences say nothing).</summary>
    public bool IsInformative => _predicted.Count(n => n > 0) > 1;
}
