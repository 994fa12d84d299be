using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Entities.Rules;

/// <summary>DATE, MONEY and QUANTITY expressions, by patterns over the body text, kept when they fall on token boundaries.</summary>
public static partial class TemporalNumericRules
{
    private const string Month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private const string MonthWithoutStop = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    // "in 2019 and 2021", "from 2016 to 2018": the second of two years joined to the first (group "v" is the second year).
    private const string YearAndYear = "(?<=\\b" + Year + ",?\\s)(?:and|or)|(?<=\\b[Ff]rom\\s" + Year + "\\s)(?:to|until|through)";
    // "in October and November", "from March to May": the second of two months joined to the first (group "v"), not
    // before a day, which the first alternative takes ("October 5 and November 7").
    private const string MonthAndMonth = "(?<=\\b" + Month + ",?\\s)(?:and|or|to|through|until)";
    // "in October Square", "the May Day parade": a month that names a place or a feast is no date.
    private const string NamedAfterMonth = "(?:Square|Street|Avenue|Prospect|Bridge|Park|Station|Palace|Revolution|Manifesto|Day)\\b";
    private const string Year = "(?:1[6-9]\\d\\d|20\\d\\d)";
    private const string Number = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    // Any case: headlines write "$4.5 BILLION".
    private const string Scale = "(?i:million|billion|trillion|thousand|hundred)";

    // A year as a modifier needs its determiner ("a 2020 coup", "his 2022 bid"): a bare number before a noun may count.
    // Longest alternatives first: "October 18, 2004" before "October 18". Context words ("in 2004") are matched,
    // not looked behind for, so the engine can skip ahead by first character; the date itself is group "v".
    [GeneratedRegex(
        "\\b(?:" + Weekday + ",?\\s+)?" + Month + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?(?:,?\\s+" + Year + ")?(?!\\d)" +
        // The wires' datelines abbreviate without a stop ("SEOUL, Oct 30 (Reuters)"): only before a day.
        "|\\b" + MonthWithoutStop + "\\s+\\d{1,2}(?:,?\\s+" + Year + ")?(?![\\d:.,]\\d)" +
        "|\\b(?:" + Weekday + ",?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + "(?:,?\\s+" + Year + ")?(?!\\w)" +
        "|\\b" + Month + ",?\\s+" + Year + "\\b" +
        "|\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Bb]efore|[Aa]fter|" + MonthAndMonth + ")\\s(?<v>" + Month + "(?:,?\\s+" + Year + "\\b)?)(?![\\w-])(?!,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?!\\s+" + NamedAfterMonth + ")" +
        "|\\b(?:1[5-9]|20)\\d0s\\b" +
        "|\\b\\d{4}-\\d{2}-\\d{2}\\b" +
        "|\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Oo]f|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id-?|[Bb]etween|[Yy]ear|" + YearAndYear + ")\\s(?<v>" + Year + "(?:\\s*[-–]\\s*" + Year + ")?)(?![\\w%-])(?!\\s+(?:" + Scale + "|percent|people|troops|soldiers)\\b)" +
        "|\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat)\\s(?<v>" + Year + ")(?=\\s+\\p{L})(?!\\s+(?:" + Scale + "|percent|people|troops|soldiers)\\b)" +
        "|\\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Pp]revious|[Cc]oming|[Ee]arlier|[Ll]ater)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter|decade)\\b" +
        // "signed last Thursday": the weekday's modifier is part of the date.
        "|\\b(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+" + Weekday + "\\b" +
        "|\\b" + Weekday + "\\b" +
        "|\\b(?:[Yy]esterday|[Tt]omorrow)\\b")]
    private static partial Regex DatePattern();

    /// <summary>A month's or a weekday's name ("Wednesday", "Oct."): a name that runs on to one has run into a date.</summary>
    public static bool IsMonthOrWeekday(ReadOnlySpan<char> word) => MonthOrWeekday().IsMatch(word);

    [GeneratedRegex("^(?:" + Month + "|" + Weekday + ")$")]
    private static partial Regex MonthOrWeekday();

    [GeneratedRegex(
        "(?:US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥)\\s?(?:" + Number + ")(?:\\s?(?:" + Scale + "|bn|mn|m|b|k)\\b)?" +
        // Any case too: headlines write "2.95 Billion Euros".
        "|\\b(?:" + Number + ")\\s?(?:" + Scale + "\\s|bn\\s|mn\\s)?(?:(?:US|U\\.S\\.)\\s)?(?i:dollars|euros|pounds(?: sterling)?|rubles|roubles|yen|yuan|rupees|dinars|riyals|dirhams|francs|lira|manats|somoni|tenge|soms|hryvnias|shekels|rials|dollar|euro|ruble|rouble|rupee|dinar|riyal|dirham|franc|shekel|rial|hryvnia" +
        "|pesos|peso|naira|baht|ringgit|rupiah|kronor|kroner|krona|zlotys|zloty|forints|forint|reais|rand|shillings|kwacha|cedis|birr|taka|lari|drams|dram|leva|lei)\\b" +
        // "450 trillion won": the Korean currency is a verb's past too ("D66 won 26 seats"), so only after a scale.
        "|\\b(?:" + Number + ")\\s(?:" + Scale + ")\\s(?:(?:South\\s)?Korean\\s)?won\\b")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(
        "\\b(?:" + Number + ")(?:\\s" + Scale + ")?(?:\\s?%|\\s(?:percent|per cent)\\b" +
        "|\\s?(?:barrels per day|bpd|cubic (?:meters|metres)|bcm|km|kilometers|kilometres|miles|meters|metres|kg|kilograms|tons|tonnes|barrels|hectares|acres|feet|mm|cm|liters|litres|gallons|megawatts|gigawatts|MW|GW|degrees)\\b" +
        "|\\s(?:troops|soldiers|servicemen|personnel|people|civilians|refugees|fighters|militants|policemen|police officers|border guards|officers|men|tanks|aircraft|vehicles|casualties|deaths|dead|wounded)\\b)")]
    private static partial Regex QuantityPattern();

    public static void Apply(RuleContext context)
    {
        var doc = context.Document;
        int body = doc.BodyStart;
        var taken = new List<TextSpan>();
        AddAll(context, MoneyPattern(), EntityLabels.Money, 0.95, "money", body, taken);
        AddAll(context, QuantityPattern(), EntityLabels.Quantity, 0.85, "quantity", body, taken);
        AddAll(context, DatePattern(), EntityLabels.Date, 0.9, "date", body, taken);
    }

    private static void AddAll(RuleContext context, Regex pattern, string label, double confidence, string rule, int body, List<TextSpan> taken)
    {
        foreach (Match m in pattern.Matches(context.Text, body))
        {
            var value = m.Groups["v"] is { Success: true } v ? v : m;
            var span = new TextSpan(value.Index, value.Index + value.Length);
            if (taken.Exists(t => t.Overlaps(span))) continue;
            if (context.AddSpan(span.Start, span.End, label, confidence, rule) is not null) taken.Add(span);
        }
    }
}
