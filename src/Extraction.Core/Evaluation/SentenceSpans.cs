using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Evaluation;

/// <summary>Sentences for event scoring when neither the prediction nor the gold corpus gives them: the segmenter's.</summary>
public static class SentenceSpans
{
    private static readonly Segmenter Segmenter = new();

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<Sentence>();
        Segmenter.Segment(text, new List<TextSpan>(), sentences, new List<Token>());
        return sentences.ConvertAll(s => new TextSpan(s.Start, s.End));
    }

    /// <summary>Index of the sentence holding <paramref name="offset"/> (the last one starting at or before it), or -1.</summary>
    public static int IndexAt(IReadOnlyList<TextSpan> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sentences[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
