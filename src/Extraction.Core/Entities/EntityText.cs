using Extraction.Model;

namespace Extraction.Entities;

/// <summary>Token-level facts shared by the entity stages (casing, sentence position, entity creation).</summary>
public static class EntityText
{
    /// <summary>Lower-case words allowed inside a capitalised name ("Ministry of Defence", "Abu al-Hassan").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "of" or "the" or "and" or "for" or "on" or "in" or "de" or "da" or "del" or "al" or "el" or "la" or "le" or "du"
            or "von" or "van" or "der" or "den" or "bin" or "ibn" or "&";

    public static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>A word token that begins with an upper-case letter.</summary>
    public static bool IsCapitalized(Document doc, int token)
    {
        var t = doc.Tokens[token];
        return t.Kind == TokenKind.Word && char.IsUpper(doc.Text[t.Start]);
    }

    /// <summary>Every letter upper-case ("UN", "U.S.").</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        bool letter = false;
        foreach (char c in span)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>
    /// For each token, whether it is the first word of its sentence (after opening quotes or brackets): there a capital
    /// letter says nothing about being a name.
    /// </summary>
    public static bool[] SentenceInitial(Document doc)
    {
        var initial = new bool[doc.Tokens.Count];
        foreach (var s in doc.Sentences)
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) { initial[i] = true; break; }
        return initial;
    }

    /// <summary>The first token of the body (after the metadata header line), where tagging starts.</summary>
    public static int FirstBodyToken(Document doc)
    {
        int lo = 0, hi = doc.Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (doc.Tokens[mid].Start < doc.BodyStart) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the token starting exactly at <paramref name="offset"/>, or -1.</summary>
    public static int TokenStartingAt(Document doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int s = doc.Tokens[mid].Start;
            if (s == offset) return mid;
            if (s < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Index of the token ending exactly at <paramref name="offset"/>, or -1.</summary>
    public static int TokenEndingAt(Document doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int e = doc.Tokens[mid].End;
            if (e == offset) return mid;
            if (e < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>An entity over tokens [first, end); its id is assigned by the alias stage.</summary>
    public static Entity Create(Document doc, int first, int end, string label, string? canonical, double confidence, string source)
    {
        int start = doc.Tokens[first].Start, stop = doc.Tokens[end - 1].End;
        string text = doc.Slice(start, stop);
        return new Entity { Id = "", Start = start, End = stop, Label = label, Text = text, Canonical = canonical ?? text, Confidence = confidence, Source = source };
    }
}
