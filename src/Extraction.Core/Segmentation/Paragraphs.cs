using System.Buffers;
using Extraction.Model;

namespace Extraction.Segmentation;

/// <summary>
/// Paragraphs are runs of lines separated by blank lines (empty or white space only) or U+2029; each span is
/// trimmed of surrounding white space. A single line break inside a paragraph is just white space, except around a
/// byline ("By Umida Hashimova" under a headline), which is a paragraph of its own: the headline's words do not run on
/// into the author's name.
/// </summary>
public static class Paragraphs
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>
    /// Appends the paragraphs of <paramref name="text"/> to <paramref name="into"/>, in order. A metadata header that
    /// ends at <paramref name="bodyStart"/> (see Document.BodyStart) is its own paragraph even without a blank line after it.
    /// </summary>
    public static void Split(string text, List<TextSpan> into, int bodyStart = 0)
    {
        if (bodyStart > 0) Split(text, 0, bodyStart, into);
        Split(text, bodyStart, text.Length, into);
    }

    private static void Split(string text, int from, int to, List<TextSpan> into)
    {
        int start = -1, end = -1; // the open paragraph's first and past-last non-white-space offsets
        int i = from;
        while (i <= to)
        {
            int rel = text.AsSpan(i, to - i).IndexOfAny(LineBreaks);
            int lineEnd = rel < 0 ? to : i + rel;
            int first = i;
            while (first < lineEnd && char.IsWhiteSpace(text[first])) first++;
            if (first == lineEnd)
            {
                Close(ref start, end, into);
            }
            else
            {
                int last = lineEnd;
                while (char.IsWhiteSpace(text[last - 1])) last--;
                bool byline = IsByline(text.AsSpan(first, last - first));
                if (byline) Close(ref start, end, into);
                if (start < 0) start = first;
                end = last;
                if (byline) Close(ref start, end, into);
            }
            if (lineEnd == to) break;
            if (text[lineEnd] == '\u2029') Close(ref start, end, into);
            i = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < to && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        Close(ref start, end, into);
    }

    /// <summary>"By Emil Avdaliani", "By Paul Goble and Erkin Kasymov": "By" and two to eight capitalised name words (initials,
    /// particles and "and" between them), and nothing else on the line.</summary>
    internal static bool IsByline(ReadOnlySpan<char> line)
    {
        if (line.Length > 80 || !line.StartsWith("By ", StringComparison.Ordinal)) return false;
        int names = 0;
        foreach (var range in line[3..].Split(' '))
        {
            var word = line[3..][range];
            if (word.IsEmpty) continue;
            if (word is "and" or "de" or "van" or "von" or "bin" or "al" or "el") continue;
            if (!char.IsUpper(word[0])) return false;
            foreach (char ch in word)
                if (!(char.IsLetter(ch) || ch is '.' or '-' or '\'' or '’')) return false;
            names++;
        }
        return names is >= 2 and <= 8;
    }

    private static void Close(ref int start, int end, List<TextSpan> into)
    {
        if (start < 0) return;
        into.Add(new TextSpan(start, end));
        start = -1;
    }
}
