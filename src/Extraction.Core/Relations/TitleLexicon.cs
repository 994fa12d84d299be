namespace Extraction.Relations;

/// <summary>What a title says about its holder's tie to the organisation or country it is attached to.</summary>
public enum TitleKind { None, Modifier, Head, Member }

/// <summary>
/// Job titles and ranks, split into those that put their holder in charge of the attached organisation or
/// country (IN_CHARGE_OF: "Russian President X", "Hamas leader X") and those that make the holder a member of it
/// (BELONGS_TO: "Russia's Foreign Minister X", "a Pentagon spokesman X"). Modifiers ("Foreign", "Deputy",
/// "former") only extend a title. The last title word decides, except for fixed compounds ("Prime Minister",
/// "Secretary-General") checked first. A deputy or vice head is a member, not the one in charge.
/// </summary>
public static class TitleLexicon
{
    private static readonly HashSet<string> HeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "chief", "commander", "head", "chairman", "chairwoman", "chairperson", "chair",
        "premier", "chancellor", "king", "queen", "emir", "emperor", "sultan", "monarch", "prince", "governor",
        "mayor", "director", "director-general", "secretary-general", "ruler", "dictator", "boss", "ceo",
        "commander-in-chief", "supremo", "founder", "patriarch", "pope", "ayatollah", "caliph", "warlord",
        "headman", "overlord", "taoiseach", "pres.", "gov.", "archbishop", "bishop", "cardinal", "catholicos", "metropolitan",
        "imam", "rabbi", "mufti", "speaker",
    };

    private static readonly HashSet<string> MemberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "official",
        "officer", "diplomat", "adviser", "advisor", "aide", "deputy", "representative", "delegate", "negotiator",
        "member", "lawmaker", "senator", "congressman", "congresswoman", "legislator", "parliamentarian", "mp",
        "general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain",
        "capt.", "sergeant", "sgt.", "marshal", "brigadier", "brig.", "corporal", "cpl.", "soldier", "commodore", "cmdr.",
        "militant", "fighter", "commissioner", "attorney", "prosecutor", "judge", "justice", "counsellor",
        "counselor", "consul", "attaché", "analyst", "agent", "operative", "correspondent", "economist",
        "strategist", "coordinator", "staffer", "employee", "executive", "manager", "sen.", "rep.", "sens.", "reps.", "whip",
        "candidate", "nominee", "professor", "researcher", "activist", "fellow", "scholar", "lecturer",
        "reporter", "journalist", "editor", "editor-in-chief", "columnist", "photographer", "d'affaires", "d’affaires",
    };

    /// <summary>Words that only qualify a title ("Foreign Minister", "Deputy Prime Minister", "former President").</summary>
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "defense", "defence", "interior", "finance", "economy", "economic", "trade",
        "energy", "health", "education", "culture", "information", "emergency", "emergencies", "security", "policy",
        "intelligence", "military", "army", "naval", "navy", "air", "force", "armed", "forces", "border",
        "deputy", "vice", "acting", "former", "ex", "interim", "senior", "top", "chief", "prime", "first",
        "second", "state", "general", "special", "presidential", "national", "regional", "provincial",
        "federal", "supreme", "lieutenant", "major", "rear", "staff", "affairs", "external", "internal",
        "home", "agriculture", "transport", "communications", "press", "spiritual", "political", "religious",
        "party", "opposition", "rebel", "militia", "police", "ground", "joint", "commanding", "executive",
        "managing", "assistant", "permanent", "new", "incoming", "outgoing", "longtime", "veteran", "then", "current", "caretaker",
        "self-proclaimed", "elected", "designate", "of", "dr", "dr.", "mr.", "mrs.", "ms.", "sheikh", "sir", "h.e.", "crown",
        "majority", "minority", "district", "circuit", "appeals", "visiting", "research", "adjunct", "associate",
    };

    /// <summary>Compounds whose meaning differs from their last word.</summary>
    private static readonly (string[] Words, TitleKind Kind)[] Compounds =
    [
        (["prime", "minister"], TitleKind.Head),
        (["first", "minister"], TitleKind.Head),
        (["chief", "minister"], TitleKind.Head),
        (["chief", "executive"], TitleKind.Head),
        (["chief", "justice"], TitleKind.Head),
        (["secretary", "general"], TitleKind.Head),
        (["director", "general"], TitleKind.Head),
        (["secretary", "of", "state"], TitleKind.Member),
    ];

    private static readonly HashSet<string> Subordinate = new(StringComparer.OrdinalIgnoreCase)
        { "deputy", "vice", "assistant", "lieutenant" };

    /// <summary>Portfolios: a head of one ("foreign policy chief", "army commander") heads a part of the body, a member of it.</summary>
    private static readonly HashSet<string> Portfolios = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "defense", "defence", "interior", "finance", "economy", "economic", "trade", "justice", "energy", "health",
        "education", "culture", "information", "emergency", "emergencies", "security", "intelligence", "military", "army",
        "naval", "navy", "air", "border", "agriculture", "transport", "communications", "press", "opposition",
    };

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
        { "sheikh", "sir", "dr", "dr.", "mr.", "mrs.", "ms.", "h.e." };

    /// <summary>Divisions of a country, whose head a title before them names ("Krasnodar region governor").</summary>
    private static readonly HashSet<string> Divisions = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "province", "state", "district", "county", "city", "oblast", "governorate", "prefecture", "municipality",
        "republic", "territory", "canton",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = HeadWords.GetAlternateLookup<ReadOnlySpan<char>>(),
        MemberLookup = MemberWords.GetAlternateLookup<ReadOnlySpan<char>>(), ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kind of a single word (a title noun, a modifier, or nothing).</summary>
    public static TitleKind KindOf(string word) => KindOf(word.AsSpan());

    /// <summary>The kind of a single word given as a slice of the text, without allocating (the entity tagger asks per span).</summary>
    public static TitleKind KindOf(ReadOnlySpan<char> word)
    {
        if (HeadLookup.Contains(word)) return TitleKind.Head;
        if (MemberLookup.Contains(word)) return TitleKind.Member;
        return ModifierLookup.Contains(word) ? TitleKind.Modifier : TitleKind.None;
    }

    /// <summary>
    /// Classifies a run of title words ("Foreign Minister", "Deputy Prime Minister", "leader"): Head, Member,
    /// or None when it does not end in a title noun.
    /// </summary>
    public static TitleKind Classify(IReadOnlyList<string> words)
    {
        // "Qatar's Prime Minister Sheikh Mohammed": an honorific after the title is the name's, not the title's last word.
        int count = words.Count;
        while (count > 0 && Honorifics.Contains(words[count - 1])) count--;
        if (count < words.Count) words = [.. words.Take(count)];
        if (words.Count == 0) return TitleKind.None;
        var kind = KindOfTitleEnd(words);
        if (kind == TitleKind.Head)
        {
            // "Prime Minister" heads whatever its modifiers say; "chief executive" is no portfolio's head.
            bool compound = EndingCompound(words) is not null;
            // A word of no title before it is a portfolio too ("EU antitrust chief"), unless it names a division of a
            // country, which the title heads ("Krasnodar region governor").
            foreach (var w in words)
                if ((Subordinate.Contains(w) || !compound && (Portfolios.Contains(w) || KindOf(w) == TitleKind.None && !Divisions.Contains(w)))
                    && !w.Equals(words[^1], StringComparison.OrdinalIgnoreCase)) return TitleKind.Member;
        }
        return kind;
    }

    /// <summary>The compound the run ends in, if any.</summary>
    private static (string[] Words, TitleKind Kind)? EndingCompound(IReadOnlyList<string> words)
    {
        foreach (var entry in Compounds)
        {
            var compound = entry.Words;
            if (compound.Length > words.Count) continue;
            bool match = true;
            for (int i = 0; i < compound.Length && match; i++)
                match = string.Equals(words[words.Count - compound.Length + i], compound[i], StringComparison.OrdinalIgnoreCase);
            if (match) return entry;
        }
        return null;
    }

    private static TitleKind KindOfTitleEnd(IReadOnlyList<string> words)
    {
        if (EndingCompound(words) is { } compound) return compound.Kind;
        // "Minister of Foreign Affairs", "Secretary of State for Defence": the title noun may precede "of".
        for (int i = words.Count - 1; i >= 0; i--)
        {
            var k = KindOf(words[i]);
            if (k is TitleKind.Head or TitleKind.Member) return k;
            if (k == TitleKind.None) return TitleKind.None;
        }
        return TitleKind.None;
    }
}
