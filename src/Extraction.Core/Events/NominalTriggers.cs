namespace Extraction.Events;

/// <summary>
/// Event nouns ("a meeting with", "Tajikistan’s insistence", "sanctions on"): the CAMEO verb dictionary only codes
/// verbs, so these nouns are mapped here to the CAMEO code of the act they name and then through the same
/// CAMEO2PLOVER table as verbs. Kept to nouns that name an act between parties; abstract nouns such as
/// "cooperation" or "security" are left out because they mostly describe policy areas, not events.
/// </summary>
public static class NominalTriggers
{
    /// <summary>Singular lower-case noun → CAMEO code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // CONSULT (04x)
        ["meeting"] = "040", ["talks"] = "046", ["negotiation"] = "046", ["consultation"] = "040", ["visit"] = "042",
        // AGREE (03x): an agreement or deal is a commitment to future cooperation
        ["agreement"] = "030", ["deal"] = "030", ["accord"] = "030", ["pact"] = "030", ["treaty"] = "030", ["ceasefire"] = "0356",
        // REQUEST (10x)
        ["insistence"] = "100", ["demand"] = "100", ["request"] = "100", ["ultimatum"] = "139", ["appeal"] = "020",
        // ACCUSE, THREATEN, PROTEST
        ["accusation"] = "112", ["condemnation"] = "111", ["criticism"] = "111", ["threat"] = "130",
        ["protest"] = "141", ["demonstration"] = "141", ["boycott"] = "143",
        // SANCTION / COERCE (CAMEO2PLOVER puts 163 under COERCE)
        ["sanction"] = "163", ["embargo"] = "163", ["blockade"] = "191", ["arrest"] = "173", ["expulsion"] = "166", ["deportation"] = "174",
        ["seizure"] = "171", ["annexation"] = "192",
        // REJECT (12x): "Kazakhstan's refusal to join the sanctions"
        ["refusal"] = "120",
        // MOBILIZE, RETREAT
        ["deployment"] = "154", ["mobilization"] = "154", ["withdrawal"] = "0872",
        // drills and exercises are a show of force (CAMEO 150), often one's own ("launched live-fire drills around Taiwan");
        // PLOVER's manual codes single-country exercises MOBILIZE and joint ones COOPERATE (SentenceEvents reads "joint")
        ["drills"] = "150", ["wargames"] = "150", ["exercise"] = "150", ["exercises"] = "150",
        // ASSAULT
        ["attack"] = "190", ["assault"] = "190", ["clash"] = "190", ["clashes"] = "190", ["skirmish"] = "190", ["skirmishes"] = "190", ["offensive"] = "190", ["raid"] = "190", ["invasion"] = "192",
        ["bombing"] = "183", ["airstrike"] = "195", ["strike"] = "190", ["shelling"] = "194", ["assassination"] = "186", ["massacre"] = "202",
    };

    /// <summary>Words before "strike" that make it a stoppage of work, a protest (CAMEO 143), not a military strike.</summary>
    private static readonly HashSet<string> StoppageModifiers = new(StringComparer.Ordinal)
    {
        "on", "general", "hunger", "labor", "labour", "workers", "workers'", "nationwide", "national", "one-day", "24-hour",
        "teachers", "miners", "doctors", "rail", "transport",
    };

    /// <summary>"a seven-week strike", "a 48-hour strike", "a weeks-long strike": a stoppage lasts; an attack is not measured so.</summary>
    private static bool IsDuration(string word) =>
        word.Contains('-') && (word.EndsWith("-day", StringComparison.Ordinal) || word.EndsWith("-week", StringComparison.Ordinal)
                               || word.EndsWith("-month", StringComparison.Ordinal) || word.EndsWith("-hour", StringComparison.Ordinal)
                               || word.EndsWith("-long", StringComparison.Ordinal));

    /// <summary>Words before "demand" that make it a market's demand, no one's request ("global demand from China").</summary>
    private static readonly HashSet<string> MarketModifiers = new(StringComparer.Ordinal)
    {
        "global", "world", "domestic", "consumer", "weak", "weaker", "strong", "stronger", "tepid", "robust", "sluggish", "rising",
        "falling", "slowing", "growing", "seasonal", "peak", "oil", "gas", "energy", "fuel", "crude", "power", "electricity",
        "export", "import", "market", "investor", "travel",
    };

    /// <summary>The CAMEO code of a noun in context: "went on strike", "a general strike", "a seven-week strike" are protests; "global demand" is none.</summary>
    public static string? CodeOf(string lower, string? previous) => lower switch
    {
        // ("went on strike" is the idiom; "comments on strikes inside Russia" names attacks.)
        "strike" or "strikes" when previous is not null && (StoppageModifiers.Contains(previous) && !(previous == "on" && lower == "strikes") || IsDuration(previous)) => "143",
        "demand" or "demands" when previous is not null && MarketModifiers.Contains(previous) => null,
        // "during a phone call with Mirziyoyev": a call by telephone or video is a consultation (CAMEO 040); a call alone may
        // be an appeal ("calls for restraint").
        "call" or "calls" when previous is "phone" or "telephone" or "video" => "040",
        // "staged war games around Taiwan": war games are drills, as "wargames" are.
        "games" when previous == "war" => "150",
        // "flew a joint patrol near Alaska": a patrol held together is military cooperation (CAMEO 062), as joint drills are; one's
        // own patrol is no act between parties.
        "patrol" or "patrols" when previous == "joint" => "062",
        _ => CodeOf(lower),
    };

    /// <summary>The CAMEO code of a lower-case noun form (plural folded), or null.</summary>
    public static string? CodeOf(string lower)
    {
        if (Codes.TryGetValue(lower, out var code)) return code;
        if (lower.Length > 3 && lower.EndsWith('s') && Codes.TryGetValue(lower[..^1], out code)) return code;
        return null;
    }
}
