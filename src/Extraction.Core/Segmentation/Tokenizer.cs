using Extraction.Model;

namespace Extraction.Segmentation;

/// <summary>
/// Rule-based tokenizer over character offsets. Every character that is not white space belongs to exactly one
/// token and tokens never contain white space, so tokens plus the gaps between them give back the text.
/// <list type="bullet">
/// <item>Words: letters, digits and combining marks, kept whole across inner hyphens ("Itar-Tass", "Rubezh-2004")
/// and inner apostrophes ("O'Brien"). Clitics split off: "Russia’s" → "Russia" + "’s", "don't" → "do" + "n't"
/// (also 're 've 'll 'd 'm).</item>
/// <item>Numbers (<see cref="TokenKind.Number"/> = starts with a digit): "10.5", "3,000", "10:30", "10/12/2004",
/// "201st", "1990s". A currency symbol or "%" is its own token: "$300" → "$" (Symbol) + "300" (Number), so a money
/// rule reads "currency symbol directly followed by a number".</item>
/// <item>Full stops: acronyms keep theirs ("U.S.", "e.g."), as do initials ("J.") and known abbreviations
/// ("Gen.", "Oct."); otherwise "." is a token, and a run of dots ("...") is one token.</item>
/// <item>URLs and e-mail addresses are single tokens.</item>
/// <item>Any other punctuation or symbol is one character per token (dashes included), with its combining marks.
/// Han and kana characters are one token each. A surrogate pair is never split.</item>
/// </list>
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of text[start..end) to <paramref name="into"/>, with the default abbreviations.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> into) =>
        Tokenize(text, start, end, into, Abbreviations.Default);

    /// <summary>Appends the tokens of text[start..end) to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> into, Abbreviations abbreviations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);

        // URL and e-mail checks cost a look-ahead per word, so they only run when the text can contain one.
        var range = text.AsSpan(start, end - start);
        bool mayHaveEmail = range.Contains('@');
        bool mayHaveUrl = range.IndexOf("://", StringComparison.Ordinal) >= 0 || range.IndexOf("www.", StringComparison.OrdinalIgnoreCase) >= 0;

        int first = into.Count;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }
            var cls = Chars.Classify(text, i, end, out int width);
            switch (cls)
            {
                case CharClass.Space:
                    i += width;
                    break;
                case CharClass.Letter:
                case CharClass.Digit:
                case CharClass.Mark:
                    int special = -1;
                    if (mayHaveUrl && cls == CharClass.Letter) special = UrlEnd(text, i, end);
                    if (special < 0 && mayHaveEmail && cls != CharClass.Mark) special = EmailEnd(text, i, end);
                    if (special > i)
                    {
                        into.Add(new Token(i, special, TokenKind.Word));
                        i = special;
                    }
                    else i = Word(text, i, end, cls == CharClass.Digit, into, abbreviations);
                    break;
                case CharClass.Ideograph:
                    into.Add(new Token(i, i + width, TokenKind.Word));
                    i += width;
                    break;
                case CharClass.Punctuation:
                    // A clitic after a token that kept its full stop: "U.S.'s" → "U.S." + "'s".
                    if (c is '\'' or '\u2019' && into.Count > first && into[^1].End == i && into[^1].Kind == TokenKind.Word
                        && CliticEnd(text, i, i, end, out _) is int clitic and > 0)
                    {
                        into.Add(new Token(i, clitic, TokenKind.Word));
                        i = clitic;
                        break;
                    }
                    int stop = i + width;
                    if (c == '.')
                        while (stop < end && text[stop] == '.') stop++;
                    stop = AttachMarks(text, stop, end);
                    into.Add(new Token(i, stop, TokenKind.Punctuation));
                    i = stop;
                    break;
                case CharClass.Symbol:
                    stop = AttachMarks(text, i + width, end);
                    into.Add(new Token(i, stop, TokenKind.Symbol));
                    i = stop;
                    break;
                default:
                    into.Add(new Token(i, i + width, TokenKind.Other));
                    i += width;
                    break;
            }
        }
    }

    /// <summary>Scans a word or number from <paramref name="s"/>, adds its token(s) and returns where scanning resumes.</summary>
    private static int Word(string text, int s, int end, bool startsWithDigit, List<Token> into, Abbreviations abbreviations)
    {
        int j = s;
        int segment = s;         // start of the part after the last hyphen: "R-Ariz." ends in the abbreviation "Ariz."
        bool lettersOnly = true; // whether that part is a candidate for the abbreviation list
        bool lastIsDigit = false;
        while (true)
        {
            while (j < end)
            {
                var k = Chars.Classify(text, j, end, out int w);
                if (k == CharClass.Letter) lastIsDigit = false;
                else if (k == CharClass.Digit)
                {
                    lastIsDigit = true;
                    lettersOnly = false;
                }
                else if (k != CharClass.Mark && !(k == CharClass.Joiner && Chars.IsWordChar(text, j + w, end))) break;
                j += w;
            }
            if (j >= end) break;

            char d = text[j];
            if (d is '-' or '\u2010' or '\u2011')
            {
                if (!Chars.IsWordChar(text, j + 1, end)) break;
                j++;
                segment = j;
                lettersOnly = true;
                lastIsDigit = false;
                continue;
            }
            if (lastIsDigit && (d == '.' || (startsWithDigit && d is ':' or '/')) && Chars.IsDigit(text, j + 1, end))
            {
                j++;
                continue;
            }
            if (d == ',' && lastIsDigit && startsWithDigit && IsThousandsGroup(text, j + 1, end))
            {
                j++;
                continue;
            }
            if (d is '\'' or '\u2019' && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                int split = CliticEnd(text, s, j, end, out int cliticStart);
                if (split > 0)
                {
                    into.Add(new Token(s, cliticStart, startsWithDigit ? TokenKind.Number : TokenKind.Word));
                    into.Add(new Token(cliticStart, split, TokenKind.Word));
                    return split;
                }
                j++;
                lettersOnly = lastIsDigit = false;
                continue;
            }
            if (d == '.' && DomainEnd(text, j, end) is int domain and > 0)
            {
                into.Add(new Token(s, domain, TokenKind.Word));
                return domain;
            }
            if (d == '.')
            {
                int len = j - s;
                if (len == 1 && char.IsLetter(text[s]))
                {
                    // Acronym "U.S.", "e.g.": single letters each followed by a full stop.
                    int p = j + 1;
                    while (p + 1 < end && char.IsLetter(text[p]) && text[p + 1] == '.') p += 2;
                    if (p > j + 1 || char.IsUpper(text[s]))
                    {
                        into.Add(new Token(s, p, TokenKind.Word));
                        return p;
                    }
                }
                else if (lettersOnly && abbreviations.IsAbbreviation(text.AsSpan(segment, j - segment), NumberFollows(text, j + 1, end)))
                {
                    into.Add(new Token(s, j + 1, TokenKind.Word));
                    return j + 1;
                }
            }
            break;
        }
        into.Add(new Token(s, j, startsWithDigit ? TokenKind.Number : TokenKind.Word));
        return j;
    }

    /// <summary>
    /// Top-level domains that name news sites without "www." ("News.am", "24.kg", "Kun.uz", "gov.uk", "Kaktus.media"): the
    /// outlet is one word. A fixed list without the short English words ("it", "by", "us"), so that a missing space after a
    /// full stop ("home.it was") is not taken for an address; of its longer words ("media", "online") only a lower-case one
    /// right after the full stop would be.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = new HashSet<string>(StringComparer.Ordinal)
    {
        "com", "org", "net", "info", "news", "io", "tv", "eu", "uk", "ru", "ua", "kz", "kg", "uz", "tj", "tm", "am",
        "az", "ge", "md", "cn", "jp", "kr", "de", "fr", "es", "pl", "tr", "ir", "af", "pk", "gov", "edu", "media", "online", "asia",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>At a full stop inside a word: where the word ends if one or more lower-case domain labels follow, else -1.</summary>
    private static int DomainEnd(string text, int dot, int end)
    {
        int result = -1;
        while (dot < end && text[dot] == '.')
        {
            int p = dot + 1;
            while (p < end && char.IsAsciiLetterLower(text[p])) p++;
            if (p - dot - 1 is < 2 or > 6 || !TopLevelDomains.Contains(text.AsSpan(dot + 1, p - dot - 1)) || Chars.IsWordChar(text, p, end)) break;
            result = p;
            dot = p;
        }
        return result;
    }

    /// <summary>
    /// At an apostrophe inside a word: when a clitic follows and ends the word ("’s", "n't", "'ll"…), returns its end
    /// and where it starts (the apostrophe, or the "n" of "n't"); otherwise -1.
    /// </summary>
    private static int CliticEnd(string text, int wordStart, int apostrophe, int end, out int cliticStart)
    {
        cliticStart = apostrophe;
        int m = apostrophe + 1;
        while (m < end && char.IsAsciiLetter(text[m])) m++;
        if (m - apostrophe > 3 || Chars.IsWordChar(text, m, end)) return -1;
        var clitic = text.AsSpan(apostrophe + 1, m - apostrophe - 1);
        if (clitic.Equals("s", StringComparison.OrdinalIgnoreCase) || clitic.Equals("re", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase) || clitic.Equals("m", StringComparison.OrdinalIgnoreCase))
            return m;
        if (clitic.Equals("t", StringComparison.OrdinalIgnoreCase) && apostrophe - 1 > wordStart && text[apostrophe - 1] is 'n' or 'N')
        {
            cliticStart = apostrophe - 1;
            return m;
        }
        return -1;
    }

    /// <summary>Whether a digit comes next, after at most a few spaces ("No. 5", "No.5").</summary>
    private static bool NumberFollows(string text, int i, int end)
    {
        int limit = Math.Min(end, i + 3);
        while (i < limit && text[i] is ' ' or '\u00A0') i++;
        return Chars.IsDigit(text, i, end);
    }

    /// <summary>Exactly three digits at <paramref name="i"/> not followed by another digit ("3,000" but not "1,2").</summary>
    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 3 <= end && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
        && !Chars.IsDigit(text, i + 3, end);

    /// <summary>Extends a punctuation or symbol token over following combining marks, skin-tone modifiers and zero-width-joined symbols (emoji).</summary>
    private static int AttachMarks(string text, int i, int end)
    {
        while (i < end)
        {
            var cls = Chars.Classify(text, i, end, out int width);
            if (cls == CharClass.Mark || IsEmojiModifier(text, i, end)) i += width;
            else if (text[i] == '\u200D' && i + 1 < end && Chars.Classify(text, i + 1, end, out int next) == CharClass.Symbol) i += 1 + next;
            else break;
        }
        return i;
    }

    /// <summary>Skin-tone modifiers U+1F3FB..U+1F3FF (a surrogate pair D83C DFFB..DFFF).</summary>
    private static bool IsEmojiModifier(string text, int i, int end) =>
        text[i] == '\uD83C' && i + 1 < end && text[i + 1] is >= '\uDFFB' and <= '\uDFFF';

    /// <summary>End of a URL starting at <paramref name="i"/> ("scheme://…" or "www.…"), or -1.</summary>
    private static int UrlEnd(string text, int i, int end)
    {
        int p = i;
        if (end - i > 4 && text.AsSpan(i, 4).Equals("www.", StringComparison.OrdinalIgnoreCase))
        {
            if (!char.IsAsciiLetterOrDigit(text[i + 4])) return -1;
        }
        else
        {
            while (p < end && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '+' or '-' or '.')) p++;
            if (p + 3 >= end || text[p] != ':' || text[p + 1] != '/' || text[p + 2] != '/' || char.IsWhiteSpace(text[p + 3])) return -1;
        }
        int q = p;
        while (q < end && !char.IsWhiteSpace(text[q]) && text[q] is not ('<' or '>' or '"' or '\u201C' or '\u201D')) q++;

        // Trailing punctuation belongs to the sentence, except a ")" that closes a "(" inside the URL.
        int depth = 0;
        for (int k = i; k < q; k++)
            depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        while (q > p + 1)
        {
            char last = text[q - 1];
            if (last == ')' && depth < 0) depth++;
            else if (last is not ('.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ']' or '}')) break;
            q--;
        }
        return q;
    }

    /// <summary>End of an e-mail address starting at <paramref name="i"/>, or -1.</summary>
    private static int EmailEnd(string text, int i, int end)
    {
        int p = i;
        while (p < end && (char.IsAsciiLetterOrDigit(text[p]) || text[p] is '.' or '_' or '%' or '+' or '-')) p++;
        if (p >= end || text[p] != '@' || text[p - 1] == '.') return -1;
        int q = p + 1;
        while (q < end && (char.IsAsciiLetterOrDigit(text[q]) || text[q] is '.' or '-')) q++;
        while (q > p + 1 && text[q - 1] is '.' or '-') q--;
        int dot = text.AsSpan(p + 1, q - p - 1).LastIndexOf('.');
        return dot > 0 && !Chars.IsWordChar(text, q, end) ? q : -1;
    }
}
