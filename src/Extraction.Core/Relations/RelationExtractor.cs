using Extraction.Model;

namespace Extraction.Relations;

/// <summary>
/// Finds the relations of a segmented, tagged document within each sentence: the patterns first (they take
/// precedence), then the classifier on every remaining pair above <see cref="Threshold"/>. A pair of entities
/// (in either order) gets at most one relation, and none when it already has one (SAME_AS from the alias stage).
/// </summary>
public sealed class RelationExtractor(RelationClassifier? classifier, double threshold, int maxTokenDistance = RelationExtractor.DefaultMaxTokenDistance)
{
    /// <summary>
    /// Best micro F1 in re3d cross-validation (0.2: P 0.59 / R 0.37; 0.5 trades recall for P 0.66). Patterns are not
    /// subject to it. Raise it in pipeline.json for a more precise, sparser output.
    /// </summary>
    public const double DefaultThreshold = 0.2;
    public const int DefaultMaxTokenDistance = 40;
    public const string ClassifierRule = "classifier";

    public double Threshold { get; } = threshold;

    /// <summary>Entity labels a relation argument can have; the others (DATE) take part in events, not relations.</summary>
    public static bool IsArgument(Entity e) => e.Label != EntityLabels.Date;

    public List<FoundRelation> Extract(Document document, ISet<(string, string)>? existingPairs = null)
    {
        var taken = new HashSet<(Entity, Entity)>() /* Entity has reference equality */;
        var result = new List<FoundRelation>();
        bool Take(Entity a, Entity b)
        {
            if (existingPairs is not null && (existingPairs.Contains((a.Id, b.Id)) || existingPairs.Contains((b.Id, a.Id)))) return false;
            return taken.Add((a, b)) && taken.Add((b, a));
        }

        var features = new FeatureWriter();
        foreach (var view in SentenceView.ForDocument(document))
        {
            foreach (var r in RelationPatterns.Find(view))
                if (Take(r.Head, r.Tail)) result.Add(r);
            if (classifier is null) continue;
            var entities = view.Entities;
            for (int i = 0; i < entities.Count; i++)
            {
                if (!IsArgument(entities[i])) continue;
                for (int j = i + 1; j < entities.Count; j++)
                {
                    if (!IsArgument(entities[j])) continue;
                    if (view.FirstTokenOf(j) - view.EndTokenOf(i) > maxTokenDistance) break;
                    if (taken.Contains((entities[i], entities[j]))) continue;
                    PairFeatures.Write(view, i, j, features);
                    var (cls, p) = classifier.BestRelation(features.Written);
                    if (p < Threshold || cls == RelationClassifier.None) continue;
                    bool forward = cls[^1] == '>';
                    var (head, tail) = forward ? (entities[i], entities[j]) : (entities[j], entities[i]);
                    if (!Take(head, tail)) continue;
                    result.Add(new FoundRelation(cls[..^1], head, tail, null, Math.Round(p, 4), ClassifierRule));
                }
            }
        }
        return result;
    }

}
