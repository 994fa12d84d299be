using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Relations;

// THROWAWAY until branch seg lands: crude tokens and sentences so the relation code can be exercised.
internal static partial class InterimSegmenter
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+)*\.?|['’]s\b|\S")]
    private static partial Regex TokenRx();

    private static readonly HashSet<string> Abbrev = new(StringComparer.OrdinalIgnoreCase)
    { "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "U.S.", "U.K.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "St.", "Sgt.", "Capt.", "Maj.", "Adm.", "No.", "U.N." };

    public static void Process(Document d)
    {
        d.Tokens.Clear(); d.Sentences.Clear();
        foreach (Match m in TokenRx().Matches(d.Text))
        {
            string v = m.Value;
            if (v.Length > 1 && v.EndsWith('.') && !Abbrev.Contains(v) && !(v.Length == 2 && char.IsUpper(v[0])))
            {
                d.Tokens.Add(new Token(m.Index, m.Index + v.Length - 1, TokenKind.Word));
                d.Tokens.Add(new Token(m.Index + v.Length - 1, m.Index + v.Length, TokenKind.Punctuation));
            }
            else d.Tokens.Add(new Token(m.Index, m.Index + v.Length, char.IsLetterOrDigit(v[0]) ? TokenKind.Word : TokenKind.Punctuation));
        }
        int first = 0;
        for (int i = 0; i < d.Tokens.Count; i++)
        {
            var t = d.Tokens[i];
            bool end = i == d.Tokens.Count - 1;
            if (!end && t.Length == 1 && d.Text[t.Start] is '.' or '!' or '?')
                end = true;
            if (!end && i + 1 < d.Tokens.Count && d.Text.AsSpan(t.End, d.Tokens[i + 1].Start - t.End).Contains('\n'))
                end = true;
            if (end)
            {
                d.Sentences.Add(new Sentence(d.Tokens[first].Start, t.End, first, i - first + 1, 0));
                first = i + 1;
            }
        }
    }
}
