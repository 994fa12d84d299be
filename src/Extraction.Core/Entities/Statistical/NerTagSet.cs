namespace Extraction.Entities.Statistical;

/// <summary>
/// BIO tags over a list of entity labels: tag 0 is O, label k has B = 1 + 2k and I = 2 + 2k.
/// The only forbidden transitions are into I-X from anything but B-X or I-X (and I-X at a sentence start),
/// which is what lets the decoders run in O(tags) per token instead of O(tags²).
/// </summary>
public sealed class NerTagSet
{
    public const int Outside = 0;

    public NerTagSet(IReadOnlyList<string> labels)
    {
        if (labels.Count == 0) throw new ArgumentException("a tag set needs at least one label", nameof(labels));
        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Count) throw new ArgumentException("duplicate label", nameof(labels));
        Labels = labels.ToArray();
    }

    public IReadOnlyList<string> Labels { get; }
    public int Count => 1 + 2 * Labels.Count;

    public static int Begin(int label) => 1 + 2 * label;
    public static int Inside(int label) => 2 + 2 * label;
    public static bool IsBegin(int tag) => tag > 0 && (tag & 1) == 1;
    public static bool IsInside(int tag) => tag > 0 && (tag & 1) == 0;
    /// <summary>The label index of a B or I tag; -1 for O.</summary>
    public static int LabelOf(int tag) => tag == Outside ? -1 : (tag - 1) >> 1;

    public int IndexOf(string label)
    {
        for (int i = 0; i < Labels.Count; i++) if (Labels[i] == label) return i;
        return -1;
    }

    public string TagName(int tag) => tag == Outside ? "O" : (IsBegin(tag) ? "B-" : "I-") + Labels[LabelOf(tag)];

    public static bool Allowed(int previous, int next) =>
        !IsInside(next) || (previous != Outside && LabelOf(previous) == LabelOf(next));
}
