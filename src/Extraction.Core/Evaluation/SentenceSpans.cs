using Extraction.Model;

namespace Extraction.Evaluation;

/// <summary>
/// Sentences for event scoring when neither the prediction nor the gold corpus gives them: a plain split after
/// . ! or ? (and any closing quotes or brackets) followed by whitespace, and at line breaks. Gold and predicted
/// triggers are placed with the same split, so its occasional errors (abbreviations) rarely change a match.
/// </summary>
public static class SentenceSpans
{
    public static List<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int end;
            if (c == '\n') end = i;
            else if (c is '.' or '!' or '?')
            {
                end = i + 1;
                while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '”' or '’') end++;
                if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            }
            else continue;
            Add(start, end);
            start = i = end;
        }
        Add(start, text.Length);
        return spans;

        void Add(int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) spans.Add(new TextSpan(s, e));
        }
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
