using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Ingestion;

/// <summary>
/// Turns the date of a metadata header into ISO 8601: "October 12, 2004", "Tue, 12 Oct. 2004", "12th October 2004" →
/// "2004-10-12"; "October 2004" → "2004-10"; a time is kept ("2004-10-12T09:30:00", with its offset when given).
/// Numeric day/month orders that are ambiguous ("10/12/2004") are left as written.
/// </summary>
internal static partial class HeaderDate
{
    private static readonly string[] DayFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy",
        "dddd MMMM d yyyy", "ddd MMMM d yyyy", "ddd MMM d yyyy", "dddd d MMMM yyyy", "ddd d MMMM yyyy", "ddd d MMM yyyy",
    ];

    private static readonly string[] MonthFormats = ["yyyy-MM", "MMMM yyyy", "MMM yyyy"];

    private static readonly string[] LocalTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private static readonly string[] OffsetTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "ddd d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd d MMM yyyy HH:mm:ss 'GMT'",
    ];

    public static bool TryNormalize(string raw, [NotNullWhen(true)] out string? iso)
    {
        string s = Clean(raw);
        var culture = CultureInfo.InvariantCulture;
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces;
        iso = DateTime.TryParseExact(s, DayFormats, culture, styles, out var day) ? day.ToString("yyyy-MM-dd", culture)
            : DateTime.TryParseExact(s, MonthFormats, culture, styles, out var month) ? month.ToString("yyyy-MM", culture)
            : DateTime.TryParseExact(s, LocalTimeFormats, culture, styles, out var local) ? local.ToString("yyyy-MM-dd'T'HH:mm:ss", culture)
            : DateTimeOffset.TryParseExact(s, OffsetTimeFormats, culture, styles | DateTimeStyles.AssumeUniversal, out var offset)
                ? offset.ToString("yyyy-MM-dd'T'HH:mm:sszzz", culture)
            : null;
        return iso is not null;
    }

    /// <summary>Drops what the formats need not spell out: commas, the full stop of "Oct.", ordinal suffixes, "Sept".</summary>
    private static string Clean(string raw)
    {
        string s = raw.Replace(',', ' ');
        s = AbbreviationStop().Replace(s, "");
        s = Ordinal().Replace(s, "");
        s = Sept().Replace(s, "Sep");
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"(?<=\p{L})\.")]
    private static partial Regex AbbreviationStop();

    [GeneratedRegex(@"(?<=\b\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sept();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
