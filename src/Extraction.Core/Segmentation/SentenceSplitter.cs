using System.Runtime.InteropServices;
using Extraction.Model;

namespace Extraction.Segmentation;

/// <summary>
/// Splits the tokens of one paragraph into sentences. A sentence ends at ".", "?", "!", "…" or "..." (with any
/// closing quotes and brackets right after it: <c>He left." Then</c>, <c>(see above.) Next</c>) unless the next word
/// starts with a lower-case letter or the next token is punctuation such as "," (<c>"Why?", he asked</c>).
/// A token that keeps its full stop (abbreviation "Gen.", acronym "U.S.", initial "J.") ends a sentence only when
/// the next word is a capitalised common sentence opener (<c>… in the U.S. The talks</c>), so "Gen. Ivanov",
/// "Oct. 12", "No. 5" and "J. R. Smith" stay inside their sentence.
/// </summary>
public sealed class SentenceSplitter(Abbreviations abbreviations)
{
    public static SentenceSplitter Default { get; } = new(Abbreviations.Default);

    private enum Stop : byte { None, Hard, Abbreviation }

    /// <summary>
    /// Appends to <paramref name="into"/> the sentences of tokens[first .. first + count), which must be the tokens of
    /// one paragraph (a sentence never spans two). Every token lands in exactly one sentence.
    /// </summary>
    public void Split(string text, List<Token> tokens, int first, int count, int paragraph, List<Sentence> into)
    {
        var span = CollectionsMarshal.AsSpan(tokens).Slice(first, count);
        int sentenceStart = 0;
        for (int t = 0; t < span.Length; t++)
        {
            var stop = StopOf(text, span[t]);
            if (stop == Stop.None) continue;

            // Closing quotes, brackets and further stops written right after it belong to this sentence.
            int next = t + 1;
            while (next < span.Length && span[next].Start == span[next - 1].End)
            {
                var more = StopOf(text, span[next]);
                if (more == Stop.Hard) stop = Stop.Hard;
                else if (more == Stop.None && !IsCloser(text, span[next])) break;
                next++;
            }
            // "wrote on X. Hungary's prime minister …": the platform's one letter after "on" is no initial of a name.
            if (stop == Stop.Abbreviation && IsPlatformLetter(text, span, t)) stop = Stop.Hard;
            t = next - 1;
            if (next < span.Length && !EndsBefore(text, span, next, stop)) continue;
            Add(span, first, sentenceStart, next, paragraph, into);
            sentenceStart = next;
        }
        if (sentenceStart < span.Length) Add(span, first, sentenceStart, span.Length, paragraph, into);
    }

    private static void Add(ReadOnlySpan<Token> span, int first, int from, int to, int paragraph, List<Sentence> into) =>
        into.Add(new Sentence(span[from].Start, span[to - 1].End, first + from, to - from, paragraph));

    /// <summary>Whether a sentence that closed just before token <paramref name="next"/> really ends there.</summary>
    private bool EndsBefore(string text, ReadOnlySpan<Token> span, int next, Stop stop)
    {
        int w = next;
        while (w < span.Length && IsOpener(text, span[w])) w++;
        if (w == span.Length) return true;
        var word = span[w];
        char first = text[word.Start];
        if (char.IsLower(first)) return false;
        if (stop == Stop.Abbreviation)
            return char.IsUpper(first) && abbreviations.IsSentenceStarter(text.AsSpan(word.Start, word.Length));
        // After a hard stop, only punctuation that continues the sentence (",", ";", ")", a dash…) keeps it open.
        return w > next || word.Kind != TokenKind.Punctuation;
    }

    /// <summary>"X." right after "on" or "via": the social network, whose stop ends the sentence as a hard one would.</summary>
    private static bool IsPlatformLetter(string text, ReadOnlySpan<Token> span, int t) =>
        t > 0 && text.AsSpan(span[t].Start, span[t].Length) is "X." && text.AsSpan(span[t - 1].Start, span[t - 1].Length) is "on" or "via";

    private static Stop StopOf(string text, in Token token)
    {
        char c = text[token.Start];
        char last = text[token.End - 1];
        if (token.Kind == TokenKind.Punctuation)
        {
            if (token.Length == 1)
                return c is '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F' or '\u061F'
                    or '.' ? Stop.Hard : Stop.None;
            return c == '.' && last == '.' ? Stop.Hard : Stop.None;
        }
        return token.Kind == TokenKind.Word && token.Length > 1 && last == '.' ? Stop.Abbreviation : Stop.None;
    }

    private static bool IsCloser(string text, in Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}'
            or '\u300D' or '\u300F' or '\uFF09';

    private static bool IsOpener(string text, in Token token) =>
        token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '(' or '[' or '{'
            or '\u300C' or '\u300E' or '\uFF08';
}
