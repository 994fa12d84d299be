using Extraction.Entities.Statistical;
using Extraction.Model;

namespace Extraction.Training;

/// <summary>
/// Cheap evidence that an O token of a corpus which does not annotate a label might belong to it. Used only to mask
/// such tokens out of the loss (<see cref="NerExampleBuilder"/>), so erring towards masking costs a little data, while
/// missing a cue teaches the model a false negative. PERSON, ORG and LOC have no cue: every corpus annotates them.
/// </summary>
public static class UnannotatedCues
{
    private static readonly HashSet<string> Months = new(Citations.DateNormalizer.MonthNames, StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "tonight", "weekend", "week", "month", "year", "years", "decade", "century",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "dozen", "dozens", "half", "percent", "per", "cent", "%",
    };

    private static readonly HashSet<string> Currency = new(StringComparer.OrdinalIgnoreCase)
    {
        "$", "£", "€", "¥", "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "rubles", "roubles", "yuan",
        "usd", "eur", "gbp", "cents", "bucks",
    };

    public static bool MayBe(string label, string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<uint> lexiconMarks, ITokenLexicon? lexicon)
    {
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        switch (label)
        {
            case EntityLabels.Date:
                return IsIn(Months, word) || IsYearLike(word) || (IsNumber(word) && Near(Months, text, tokens, i));
            case EntityLabels.Money:
                return IsIn(Currency, word) || word.IndexOfAny("$£€¥") >= 0 || (IsNumber(word) && Near(Currency, text, tokens, i));
            case EntityLabels.Quantity:
                return IsNumber(word) || IsIn(NumberWords, word);
            case EntityLabels.Norp:
                int norp = lexicon is null ? -1 : IndexOf(lexicon.Classes, EntityLabels.Norp);
                if (norp >= 0 && !lexiconMarks.IsEmpty) return (lexiconMarks[i] & (3u << (2 * norp))) != 0;
                return word.Length > 3 && char.IsUpper(word[0]) &&
                       (word.EndsWith("an") || word.EndsWith("ese") || word.EndsWith("ish") || word.EndsWith("i"));
            default:
                return false;
        }
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }

    private static bool IsIn(HashSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));

    private static bool IsNumber(ReadOnlySpan<char> word) => word.Length > 0 && char.IsDigit(word[0]);

    /// <summary>Years and decades: 1000–2099, "1990s", "'90s".</summary>
    private static bool IsYearLike(ReadOnlySpan<char> word)
    {
        var w = word.TrimStart('\'').TrimEnd('s');
        if (w.Length == 2 && word.Length == 4 && word[0] == '\'' && char.IsDigit(w[0]) && char.IsDigit(w[1])) return true;
        return w.Length == 4 && int.TryParse(w, out int year) && year is >= 1000 and < 2100;
    }

    private static bool Near(HashSet<string> set, string text, ReadOnlySpan<Token> tokens, int i)
    {
        for (int j = Math.Max(0, i - 2); j <= Math.Min(tokens.Length - 1, i + 2); j++)
            if (j != i && IsIn(set, text.AsSpan(tokens[j].Start, tokens[j].Length))) return true;
        return false;
    }
}
