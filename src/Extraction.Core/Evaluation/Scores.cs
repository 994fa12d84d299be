namespace Extraction.Evaluation;

/// <summary>Counts for one label or type: gold items, predicted items, one-to-one matches. Empty counts score 0, never NaN.</summary>
public sealed class Score
{
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int Matched { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal void Add(int gold, int predicted, int matched)
    {
        Gold += gold;
        Predicted += predicted;
        Matched += matched;
    }
}

/// <summary>Per-key (label, relation or event type) scores and their micro average.</summary>
public sealed class ScoreTable
{
    private readonly SortedDictionary<string, Score> _byKey = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Score> ByKey => _byKey;
    public Score Micro { get; } = new();

    public void AddGold(string key) => Add(key, 1, 0, 0);
    public void AddPredicted(string key) => Add(key, 0, 1, 0);
    public void AddMatch(string key) => Add(key, 0, 0, 1);

    private void Add(string key, int gold, int predicted, int matched)
    {
        if (!_byKey.TryGetValue(key, out var score)) _byKey[key] = score = new Score();
        score.Add(gold, predicted, matched);
        Micro.Add(gold, predicted, matched);
    }

    /// <summary>Adds the counts of one document: every gold and predicted item under its key, and the matches under the gold item's key.</summary>
    public void Add<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, string> goldKey, Func<TP, string> predictedKey,
        IEnumerable<(int Gold, int Predicted)> matches)
    {
        foreach (var g in gold) AddGold(goldKey(g));
        foreach (var p in predicted) AddPredicted(predictedKey(p));
        foreach (var (g, _) in matches) AddMatch(goldKey(gold[g]));
    }
}

/// <summary>Deterministic greedy one-to-one matching: best-scoring pairs first, ties broken by gold then prediction order.</summary>
public static class OneToOne
{
    /// <param name="score">How well a gold and a predicted item match; 0 or less means they do not.</param>
    public static List<(int Gold, int Predicted)> Match<TG, TP>(IReadOnlyList<TG> gold, IReadOnlyList<TP> predicted, Func<TG, TP, double> score)
    {
        var candidates = new List<(double Score, int Gold, int Predicted)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
                if (score(gold[g], predicted[p]) is var s && s > 0) candidates.Add((s, g, p));
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));

        var usedGold = new bool[gold.Count];
        var usedPredicted = new bool[predicted.Count];
        var matches = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedGold[g] || usedPredicted[p]) continue;
            usedGold[g] = usedPredicted[p] = true;
            matches.Add((g, p));
        }
        return matches;
    }
}
