using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extraction.Segmentation;

/// <summary>What the tokenizer needs to know about a character (or surrogate pair).</summary>
internal enum CharClass : byte
{
    /// <summary>Exactly the characters <see cref="char.IsWhiteSpace(char)"/> accepts; the only ones between tokens.</summary>
    Space,
    Letter,
    /// <summary>Decimal digits and other numerals (Nd, Nl, No).</summary>
    Digit,
    /// <summary>Combining marks: they continue the token before them.</summary>
    Mark,
    /// <summary>Han and kana letters: written without spaces, so each is a token of its own.</summary>
    Ideograph,
    /// <summary>Soft hyphen, ZWJ, ZWNJ: inside a word they continue it, elsewhere they are <see cref="Other"/>.</summary>
    Joiner,
    Punctuation,
    Symbol,
    /// <summary>Controls, formats, private use, unassigned and lone surrogates.</summary>
    Other,
}

/// <summary>Character classification with an ASCII table fast path; never splits a surrogate pair.</summary>
internal static class Chars
{
    private static readonly CharClass[] Ascii = BuildAscii();

    private static CharClass[] BuildAscii()
    {
        var table = new CharClass[128];
        for (int c = 0; c < 128; c++) table[c] = FromCategory(c, CharUnicodeInfo.GetUnicodeCategory((char)c));
        return table;
    }

    /// <summary>The class of the character at <paramref name="i"/>; <paramref name="width"/> is 2 for a surrogate pair inside [.., end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Classify(string text, int i, int end, out int width)
    {
        char c = text[i];
        if (c < 128)
        {
            width = 1;
            return Ascii[c];
        }
        return ClassifyNonAscii(text, i, end, out width);
    }

    private static CharClass ClassifyNonAscii(string text, int i, int end, out int width)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            int codePoint = char.ConvertToUtf32(c, text[i + 1]);
            return FromCategory(codePoint, CharUnicodeInfo.GetUnicodeCategory(codePoint));
        }
        width = 1;
        return FromCategory(c, CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static CharClass FromCategory(int codePoint, UnicodeCategory category)
    {
        switch (category)
        {
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return CharClass.Space;
            case UnicodeCategory.Control:
                return codePoint is (>= 0x09 and <= 0x0D) or 0x85 ? CharClass.Space : CharClass.Other;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
                return IsIdeographic(codePoint) ? CharClass.Ideograph : CharClass.Letter;
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return CharClass.Digit;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.Format:
                return codePoint is 0xAD or 0x200C or 0x200D ? CharClass.Joiner : CharClass.Other;
            case UnicodeCategory.ConnectorPunctuation:
            case UnicodeCategory.DashPunctuation:
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.ClosePunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.FinalQuotePunctuation:
            case UnicodeCategory.OtherPunctuation:
                return CharClass.Punctuation;
            case UnicodeCategory.MathSymbol:
            case UnicodeCategory.CurrencySymbol:
            case UnicodeCategory.ModifierSymbol:
            case UnicodeCategory.OtherSymbol:
                return CharClass.Symbol;
            default:
                return CharClass.Other;
        }
    }

    private static bool IsIdeographic(int codePoint) =>
        codePoint is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>Whether a word (letters, digits, marks) may continue at <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(string text, int i, int end) =>
        i < end && Classify(text, i, end, out _) is CharClass.Letter or CharClass.Digit or CharClass.Mark;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(string text, int i, int end) => i < end && Classify(text, i, end, out _) == CharClass.Digit;
}
