using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Citations;

/// <summary>
/// Normalizes the date expressions found in attributions ("October 12", "March 3, 2004", "12 Oct 2004",
/// "2004-10-12") to ISO 8601; a range of days ("October 4-5") is dated by its first. A missing year is taken from the
/// reference date (the document's date) — the year that puts the date on or shortly before it — and stays explicit
/// ("XXXX-10-12") when there is none.
/// </summary>
public static partial class DateNormalizer
{
    /// <summary>
    /// The date a document's yearless dates are read against: its publication date from metadata, or else the latest
    /// full date its text reports, which the article can only be written on or after (<paramref name="IsPublication"/> false).
    /// </summary>
    public readonly record struct DocumentDate(DateOnly Date, bool IsPublication);

    /// <summary>The English month names in lower case, January first: the one list the rules and the training cues share.</summary>
    public static readonly IReadOnlyList<string> MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Month name or abbreviation ("Oct", "Sept.") → 1..12, else 0.</summary>
    public static int MonthNumber(string word)
    {
        string w = word.TrimEnd('.').ToLowerInvariant();
        if (w.Length < 3) return 0;
        for (int i = 0; i < MonthNames.Count; i++)
            if (MonthNames[i].StartsWith(w, StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    /// <summary>A regex fragment for a date expression, shared with the citation finder.</summary>
    public const string Pattern =
        @"(?:\d{4}-\d{2}-\d{2}" +
        @"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+\d{4})?" +
        @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?" +
        @"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})";

    /// <summary>
    /// ISO form of <paramref name="text"/> ("2004-10-12", "XXXX-10-12", "2004-10"), or null when it is not a date.
    /// <paramref name="referenceIsPublication"/> false: the reference is only the earliest the article can be written.
    /// </summary>
    public static string? Normalize(string text, DateOnly? reference, bool referenceIsPublication = true)
    {
        var m = DateRegex().Match(text.Trim());
        if (!m.Success) return null;
        if (m.Groups["iso"].Success)
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        int month = MonthNumber(m.Groups["month"].Value);
        if (month == 0) return null;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (!m.Groups["day"].Success)
            return year is { } y ? $"{y:0000}-{month:00}" : null;
        int day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > 31) return null;
        if (year is null && reference is { } r)
        {
            // Sources are cited on or before the article's date: a month/day later than it belongs to the year before.
            // A date the text reports is no such bound ("the attack on March 22, 2024 … (24.kg, April 10)"): its year.
            year = r.Year;
            if (referenceIsPublication && day <= DateTime.DaysInMonth(r.Year, month) && new DateOnly(r.Year, month, day) > r.AddDays(7)) year--;
        }
        if (year is { } yy && day > DateTime.DaysInMonth(yy, month)) return null;
        return year is { } yr ? $"{yr:0000}-{month:00}-{day:00}" : $"XXXX-{month:00}-{day:00}";
    }

    /// <summary>
    /// The document's reference date: metadata "date" when it parses, else the latest full date in the text outside
    /// parentheses. An inline citation writes its year only when it is not the article's ("(Radio Azattyq, March 28,
    /// 2021)" in a later article), so its date would give every yearless date a wrong year: those stay "XXXX".
    /// </summary>
    public static DocumentDate? ReferenceDate(IReadOnlyDictionary<string, string> metadata, string text)
    {
        if (metadata.TryGetValue("date", out var meta) && FullDate(meta) is { } fromMeta) return new DocumentDate(fromMeta, true);
        DateOnly? latest = null;
        foreach (Match m in FullDateRegex().Matches(text))
            if (!InParentheses(text, m.Index) && FullDate(m.Value) is { } d && (latest is null || d > latest)) latest = d;
        return latest is { } l ? new DocumentDate(l, false) : null;
    }

    /// <summary>An unclosed "(" before <paramref name="at"/> in its line.</summary>
    private static bool InParentheses(string text, int at)
    {
        for (int i = at - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] == ')') return false;
            if (text[i] == '(') return true;
        }
        return false;
    }

    private static DateOnly? FullDate(string text)
    {
        if (DateOnly.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return Normalize(text, null) is { Length: 10 } iso && !iso.StartsWith('X') ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:(?<iso>\d{4}-\d{2}-\d{2})" +
                    @"|(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?(?:,?\s+(?<year>\d{4}))?" +
                    @"|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]{3,9})\.?(?:,?\s+(?<year>\d{4}))?" +
                    @"|(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4}))$")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"\b(?:\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b")]
    private static partial Regex FullDateRegex();
}
