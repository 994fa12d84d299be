using Extraction.Model;

namespace Extraction.Entities;

/// <summary>How a sentence is capitalised as a whole, which says how much a capital on one of its words means.</summary>
public enum SentenceCase { Ordinary = 1, TitleCase, AllCaps, LowerCase }

/// <summary>Token-level facts shared by the entity stages (casing, sentence position, entity creation).</summary>
public static class EntityText
{
    /// <summary>Lower-case words allowed inside a capitalised name ("Ministry of Defence", "Abu al-Hassan").</summary>
    public static bool IsConnector(ReadOnlySpan<char> word) =>
        word is "of" or "the" or "and" or "for" or "on" or "in" or "de" or "da" or "del" or "al" or "el" or "la" or "le" or "du"
            or "von" or "van" or "der" or "den" or "bin" or "ibn" or "&";

    /// <summary>Lower-case nouns of the parts of a country, which the names listed before them are places of ("Balkh,
    /// Jowzjan and Faryab provinces"; <see cref="PlaceNamesEnd"/> also takes "state" where it ends its phrase: "Benue state");
    /// sub-national only: before "countries" or "states" an organisation names its members.</summary>
    public static readonly WordSet RegionNouns = new(
    [
        "province", "provinces", "region", "regions", "district", "districts", "oblast", "oblasts", "governorate", "governorates",
        "prefecture", "prefectures", "county", "counties", "municipality", "municipalities", "raion", "raions",
    ]);

    /// <summary>Nouns of sites named by the name before them: camps, oil or gas fields, checkpoints and crossings, enclaves, and
    /// buildings and works that are named for where they stand rather than for an owner ("La Moneda palace", "the Evin
    /// prison"; not "plant" or "mine": "the Tesla plant"); bases only after their kind ("air base").</summary>
    private static readonly WordSet SiteNouns = new(
        ["camp", "camps", "field", "fields", "checkpoint", "checkpoints", "crossing", "crossings", "exclave", "exclaves", "enclave", "enclaves",
         "palace", "airport", "stadium", "square", "mosque", "cathedral", "dam", "prison", "port", "airbase", "airbases", "airfield", "airfields"]);
    private static readonly WordSet SiteModifiers = new(
        ["refugee", "displacement", "displaced", "detention", "migrant", "military", "oil", "gas", "condensate", "border", "air", "naval", "army"]);

    /// <summary>
    /// Where a list of place names must end when token <paramref name="t"/> is a noun of a country's parts ("Faryab
    /// provinces": <paramref name="t"/>) or of a site, perhaps after what kind it is ("the Abu Shouk displacement camp",
    /// "the Galkynysh gas field": the modifier's token; "the Kyzyl-Bel and Karamyk checkpoints", "the Vorukh exclave");
    /// -1 when it is neither.
    /// </summary>
    public static int PlaceNamesEnd(Document doc, int t)
    {
        var word = doc.SpanOf(doc.Tokens[t]);
        if (RegionNouns.Contains(word) || word is "state" && EndsANounPhrase(doc, t)) return t;
        bool modified = t > 0 && SiteModifiers.Contains(doc.SpanOf(doc.Tokens[t - 1]));
        // "the Manas air base", "the Tartus naval base"; not "the MAGA base", a following.
        if (!SiteNouns.Contains(word) && !(modified && word is "base" or "bases")) return -1;
        return modified ? t - 1 : t;
    }

    /// <summary>"Benue state", "in Plateau state and …": no noun follows the word at <paramref name="t"/>, which ends its phrase
    /// (not "Texas state troopers", "Kremlin state media": there "state" describes the noun after it).</summary>
    private static bool EndsANounPhrase(Document doc, int t) =>
        t + 1 >= doc.Tokens.Count || doc.Tokens[t + 1].Kind != TokenKind.Word
        || doc.SpanOf(doc.Tokens[t + 1]) is "and" or "or" or "in" or "on" or "at" or "of" or "to" or "from" or "where" or "which" or "that" or "who"
            or "with" or "near" or "after" or "before" or "since" or "by" or "last" or "this";

    /// <summary>The lower-case words of a Turkic patronymic, "son of" and "daughter of" (Kyrgyz "uulu", "kyzy"; Azerbaijani
    /// "oglu", "ogly", "qizi", "gyzy"; Uzbek "ugli"), written after the father's name.</summary>
    private static readonly WordSet TurkicPatronymics = new(["uulu", "kyzy", "oglu", "ogly", "oğlu", "qizi", "gyzy", "ugli"]);

    public static bool IsTurkicPatronymic(ReadOnlySpan<char> word) => TurkicPatronymics.Contains(word);

    /// <summary>Nouns of settlements and areas that "of" and a name follow ("the town of Adan Yabaal", "the port of Alat"), and
    /// their plurals, which a list of names follows ("the villages of Touline and Qlayaa").</summary>
    private static readonly WordSet SettlementNouns = new(
        ["town", "city", "village", "hamlet", "port", "capital", "settlement", "suburb", "island", "province", "region", "district", "county", "state"]);
    private static readonly WordSet SettlementNounsInThePlural = new(
        ["towns", "cities", "villages", "hamlets", "ports", "settlements", "suburbs", "islands", "provinces", "regions", "districts", "counties", "states"]);

    /// <summary>The name at token <paramref name="t"/> follows "the town of", "the northern city of", "the port of", or is listed
    /// after "the villages of" and a name: a place's name, whatever its words would say alone ("Adan" is a first name).</summary>
    public static bool FollowsSettlementNoun(Document doc, int t)
    {
        if (t < 3) return false;
        if (doc.SpanOf(doc.Tokens[t - 1]) is "of") return SettlementNouns.Contains(doc.SpanOf(doc.Tokens[t - 2])) || SettlementNounsInThePlural.Contains(doc.SpanOf(doc.Tokens[t - 2]));
        if (doc.SpanOf(doc.Tokens[t - 1]) is not ("and" or ",")) return false;
        for (int k = t - 2; k >= 2 && t - k <= 10; k--)
        {
            var word = doc.SpanOf(doc.Tokens[k]);
            if (word is "of") return SettlementNounsInThePlural.Contains(doc.SpanOf(doc.Tokens[k - 1]));
            if (!(word is "and" or "," || IsCapitalized(doc, k))) return false;
        }
        return false;
    }

    /// <summary>Tokens <paramref name="a"/> and <paramref name="a"/>+1 are separated by spaces only (no punctuation, no line break).</summary>
    public static bool SpaceBetween(Document doc, int a)
    {
        int from = doc.Tokens[a].End, to = doc.Tokens[a + 1].Start;
        if (to <= from) return false;
        foreach (char c in doc.Text.AsSpan(from, to - from)) if (c is not (' ' or '\u00A0')) return false;
        return true;
    }

    /// <summary>Token <paramref name="t"/> opens the nouns <see cref="PlaceNamesEnd"/> reads ("province", "displacement camp").</summary>
    public static bool StartsPlaceNoun(Document doc, int t) =>
        t < doc.Tokens.Count && (PlaceNamesEnd(doc, t) == t || t + 1 < doc.Tokens.Count && PlaceNamesEnd(doc, t + 1) == t);

    private static readonly string[] AttributiveEndings = ["-based", "-led", "-backed", "-owned", "-funded", "-controlled", "-born", "-listed", "-registered", "-run"];

    /// <summary>
    /// "KYIV, May 23 (AP) —", "TOKYO/PITTSBURGH (Reuters) -": a name in capitals opening a line (after other places of
    /// the dateline and their slashes) before a dateline's comma, parenthesis, dash or slash is the dateline's place.
    /// </summary>
    public static bool IsDatelinePlace(Document doc, int start, int end)
    {
        if (!IsAllCaps(doc.Text.AsSpan(start, end - start))) return false;
        int lineStart = start == 0 ? 0 : doc.Text.LastIndexOf('\n', start - 1) + 1;
        foreach (char ch in doc.Text.AsSpan(lineStart, start - lineStart))
            if (!(char.IsUpper(ch) || ch is '/' or ' ' or '.')) return false;
        int after = end;
        while (after < doc.Text.Length && doc.Text[after] == ' ') after++;
        return after < doc.Text.Length && doc.Text[after] is ',' or '(' or '—' or '–' or '-' or '/';
    }

    /// <summary>"SEOUL, Oct 30 (Reuters) -": the date at [start, end) follows a dateline's place and its comma, on the line's
    /// first words, and is the day of the report, not of what it tells.</summary>
    public static bool IsDatelineDate(Document doc, int start)
    {
        int lineStart = start == 0 ? 0 : doc.Text.LastIndexOf('\n', start - 1) + 1;
        var lead = doc.Text.AsSpan(lineStart, start - lineStart).TrimEnd();
        if (lead.Length == 0 || lead[^1] != ',') return false;
        lead = lead[..^1];
        // "VEVEY, Switzerland, Sept 1": a country may follow the place.
        int comma = lead.IndexOf(',');
        var place = comma > 0 ? lead[..comma] : lead;
        return place.Length > 1 && IsAllCaps(place) && lead.Length < 60;
    }

    /// <summary>"the U.S.-backed SDF", "the Taliban-run Bakhtar News Agency": a name ending at <paramref name="end"/> is
    /// hyphenated to a lower-case word, a compound that describes the noun after it.</summary>
    public static bool IsHyphenatedToLowerCase(string text, int end) => end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]);

    private static readonly WordSet DocumentNouns =
        new(["Accords", "Accord", "Agreement", "Agreements", "Protocol", "Convention", "Charter", "Act", "Declaration", "Index", "Statute", "Covenant", "Doctrine",
             "Prize", "Award"]);

    /// <summary>The noun of an agreement, a law, a doctrine, an index or an award, which ends a document's name ("Abraham Accords",
    /// "Digital Markets Act", "Rome Statute", "World Press Freedom Index", "Nobel Peace Prize"; not
    /// "Pact" or "Treaty", which end parties' and alliances' names too: "Segni Pact", "Warsaw Pact", the seed's "Collective
    /// Security Treaty").</summary>
    public static bool IsDocumentNoun(ReadOnlySpan<char> word) => DocumentNouns.Contains(word);

    /// <summary>
    /// "Minister of Roads and Urban Development", "Ministry of Investment, Industry and Trade": after a minister's, a
    /// secretary's or a commissioner's title, or a ministry's or a department's noun, and "of" or "for" (token
    /// <paramref name="of"/>), capitalised words joined by "and" or commas name the office's portfolio, no place or body
    /// of its own, up to the last of them that is a portfolio's word or
    /// a common word ("Minister of Energy Almasadam Satkaliyev": the name's words follow), and not past a first name.
    /// Returns the token after the portfolio, or -1 (also after "of the": "Secretary of the Security Council" names a body).
    /// </summary>
    public static int PortfolioEnd(Document doc, int of, Gazetteer commonWords)
    {
        var tokens = doc.Tokens;
        if (of < 1 || of + 1 >= tokens.Count || doc.SpanOf(tokens[of]) is not ("of" or "for")
            || doc.SpanOf(tokens[of - 1]) is not ("Minister" or "Ministers" or "Secretary" or "Commissioner" or "minister" or "secretary" or "commissioner"
                                                  or "Ministry" or "Department")) return -1;
        int end = -1;
        for (int t = of + 1; t < tokens.Count; t++)
        {
            var word = doc.SpanOf(tokens[t]);
            if (word is "and" or "," && t > of + 1 && t + 1 < tokens.Count && IsCapitalized(doc, t + 1)) continue;
            if (!IsCapitalized(doc, t)) break;
            if (PortfolioWords.Contains(word) || commonWords.IsCommonWord(word)) end = t + 1;
            else if (commonWords.IsFirstName(word)) break;
        }
        return end;
    }

    /// <summary>Words of government portfolios, which the corpora's common words mostly lack.</summary>
    private static readonly WordSet PortfolioWords = new(
    [
        "Foreign", "Affairs", "Defence", "Defense", "Interior", "Internal", "Home", "Justice", "Finance", "Finances", "Economy", "Economic",
        "Development", "Trade", "Commerce", "Industry", "Industries", "Investment", "Investments", "Energy", "Mines", "Mining", "Oil", "Gas",
        "Petroleum", "Minerals", "Agriculture", "Food", "Fisheries", "Health", "Education", "Science", "Labour", "Labor", "Employment",
        "Social", "Protection", "Welfare", "Transport", "Transportation", "Roads", "Urban", "Housing", "Construction", "Infrastructure",
        "Communications", "Information", "Digital", "Technology", "Technologies", "Innovation", "Culture", "Tourism", "Sport", "Sports",
        "Youth", "Environment", "Ecology", "Natural", "Resources", "Water", "Emergency", "Emergencies", "Situations", "Security",
        "State", "Public", "Works", "Planning", "Migration", "Family", "Women", "Veterans", "Religious", "Cooperation", "Integration",
        "Relations", "Budget", "Treasury", "Reform", "Reforms", "Climate", "Maritime", "Aviation", "Civil", "Service", "Land",
    ]);

    /// <summary>"Almaty-based", "Russia-led", "state-owned": a compound that describes the name after it and is no part of it.</summary>
    public static bool IsAttributiveCompound(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('-') <= 0) return false;
        foreach (var ending in AttributiveEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>An entity of the document overlaps the characters [start, end). A loop, not a lambda: the entity rules ask at
    /// every token, and a lambda capturing the offsets would allocate its closure on each call.</summary>
    public static bool Overlaps(Document doc, int start, int end)
    {
        foreach (var e in doc.Entities)
            if (e.Start < end && start < e.End) return true;
        return false;
    }

    /// <summary>
    /// Where the text before "(" ends when [start, end) stands alone in parentheses ("Collective Security Treaty
    /// Organization (CSTO)": the end of "Organization"), else -1: the place of an acronym's long form.
    /// </summary>
    public static int EndBeforeParentheses(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length == 0 || before[^1] != '(' || !text.AsSpan(end).StartsWith(")")) return -1;
        return before[..^1].TrimEnd().Length;
    }

    public static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A personal or possessive pronoun ("I", "We", "their"): never a name under our conventions, although re3d annotates
    /// them as mentions and "I" and sentence-initial "We" are capitalised.
    /// </summary>
    public static bool IsPronoun(ReadOnlySpan<char> word)
    {
        // "US", "IT" in capitals are the United States and information technology.
        if (word.Length > 1 && IsAllCaps(word)) return false;
        foreach (var p in Pronouns)
            if (word.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Every token of <paramref name="tokens"/> is a pronoun ("I", "We", "their"): the span names nothing.</summary>
    public static bool ArePronouns(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens)
            if (!IsPronoun(text.AsSpan(t.Start, t.Length))) return false;
        return true;
    }

    /// <summary>
    /// "FYI", "ASAP", "CEO", "GDP": abbreviations of common words, written in capitals like an organisation's acronym, that
    /// name nothing. A span of one such token is no entity.
    /// </summary>
    public static bool IsCommonAbbreviation(ReadOnlySpan<char> word) => CommonAbbreviationLookup.Contains(word);

    private static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "FYI", "ASAP", "LOL", "LMAO", "OMG", "BTW", "IMO", "IMHO", "TBD", "TBA", "RSVP", "FAQ", "PDF", "AKA", "ETA", "NB",
        "CEO", "CFO", "COO", "CTO", "VP", "SVP", "EVP", "HR", "TV", "DVD", "GPS", "ATM", "USB", "URL", "GDP", "CPI",
        "IPO", "RFP", "RFQ", "LNG", "LPG", "IRR", "ROI", "YOY", "Q&A", "DIY", "AM", "PM", "ID", "PIN", "SMS",
    };  // not "PS" or "GNP", which are parties' too (Portugal's Socialists, Korea's Grand National Party), nor "OK" (Oklahoma)

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonAbbreviationLookup = CommonAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Pronouns =
        ["i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers",
         "it", "its", "they", "them", "their", "theirs", "myself", "ourselves", "yourself", "himself", "herself", "itself", "themselves"];

    /// <summary>
    /// Title case when at least 70 % of the words of four letters or more after the first begin with a capital (there
    /// are three or more), all caps when 80 % of the words are in capitals, lower case when no word is capitalised.
    /// </summary>
    public static SentenceCase CaseOf(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitals = 0, longWords = 0, longCapitalised = 0, allCaps = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (!char.IsLetter(word[0])) continue;
            words++;
            bool capital = char.IsUpper(word[0]);
            if (capital) capitals++;
            if (capital && word.Length > 1 && !word.ContainsAnyInRange('a', 'z')) allCaps++;
            if (i > 0 && word.Length >= 4)
            {
                longWords++;
                if (capital) longCapitalised++;
            }
        }
        if (words >= 3 && allCaps * 5 >= words * 4) return SentenceCase.AllCaps;
        if (longWords >= 3 && longCapitalised * 10 >= longWords * 7) return SentenceCase.TitleCase;
        if (words >= 3 && capitals == 0) return SentenceCase.LowerCase;
        return SentenceCase.Ordinary;
    }

    /// <summary>
    /// A headline or a shouted line, where capitals mark no names: all capitals, or title case with at most one lower-case
    /// word of five letters or more. <see cref="CaseOf"/>'s title case alone also takes a sentence dense with names ("As
    /// agreed with the Allies of World War II at the Tehran Conference …"), whose lower-case words are content words.
    /// </summary>
    public static bool IsHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens) => IsHeadline(text, tokens, CaseOf(text, tokens));

    /// <summary>How often <paramref name="word"/> stands in the text from <paramref name="from"/> on as a whole word (in any
    /// case unless <paramref name="comparison"/> says otherwise).</summary>
    public static int Occurrences(string text, string word, int from = 0, StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        int count = 0;
        for (int at = text.IndexOf(word, from, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]))) count++;
        return count;
    }

    /// <summary>The document's headlines (<see cref="IsHeadline(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>), in order.</summary>
    public static List<Sentence> Headlines(Document doc)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens);
        var headlines = new List<Sentence>();
        foreach (var sentence in doc.Sentences)
            if (IsHeadline(doc.Text, tokens[sentence.FirstToken..sentence.EndToken])
                || headlines.Count == 0 && sentence.Start == doc.Sentences[0].Start && IsShortTitle(doc.Text, tokens[sentence.FirstToken..sentence.EndToken]))
                headlines.Add(sentence);
        return headlines;
    }

    /// <summary>"Armenia Turns to the West": a document's opening line too short for <see cref="CaseOf"/>'s title case, whose
    /// words of four letters or more after the first are two and both capitalised, with no full stop.</summary>
    private static bool IsShortTitle(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3 || text.Slice(tokens[^1].Start, tokens[^1].Length) is "." or "!" or "?") return false;
        int longWords = 0;
        for (int i = 1; i < tokens.Length; i++)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Length);
            if (word.Length < 4 || !char.IsLetter(word[0])) continue;
            if (!char.IsUpper(word[0])) return false;
            longWords++;
        }
        return longWords == 2;
    }

    /// <summary>The sentence's last token is a full stop: prose, where a title-case line of names may look like a headline.</summary>
    public static bool EndsWithFullStop(Document doc, Sentence sentence) =>
        sentence.EndToken > sentence.FirstToken && doc.SpanOf(doc.Tokens[sentence.EndToken - 1]) is ".";

    /// <summary>Character offset <paramref name="at"/> lies in one of <paramref name="headlines"/>.</summary>
    public static bool InHeadline(List<Sentence> headlines, int at) => headlines.Exists(s => s.Start <= at && at < s.End);

    /// <summary><see cref="IsHeadline(ReadOnlySpan{char}, ReadOnlySpan{Token})"/> for a sentence whose <see cref="CaseOf"/> is known.</summary>
    public static bool IsHeadline(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, SentenceCase sentenceCase)
    {
        if (sentenceCase == SentenceCase.AllCaps) return true;
        if (sentenceCase != SentenceCase.TitleCase) return false;
        int longLowerCase = 0;
        foreach (var token in tokens)
            if (token.Length >= 5 && char.IsLower(text[token.Start])) longLowerCase++;
        return longLowerCase <= 1;
    }

    /// <summary>
    /// The capitalised words of a document's headlines (<see cref="IsHeadline(ReadOnlySpan{char}, ReadOnlySpan{Token})"/>),
    /// lower-cased, that the document writes in lower case somewhere, in the singular or the plural, or in the past or as a
    /// participle ("Storm" as "stormed"): in a headline every
    /// word is capitalised, so such a word ("Protests", "Island") is the common word, not a name. One pass over the
    /// tokens against the few headline words, with no string per token.
    /// </summary>
    public static HashSet<string> HeadlineWordsInLowerCase(Document doc)
    {
        var asWritten = new Dictionary<string, string>(StringComparer.Ordinal);  // "protests" → itself
        var singular = new Dictionary<string, string>(StringComparer.Ordinal);   // "protest" → "protests"
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens);
        foreach (var sentence in doc.Sentences)
        {
            var words = tokens[sentence.FirstToken..sentence.EndToken];
            if (!IsHeadline(doc.Text, words)) continue;
            foreach (var token in words)
            {
                if (!char.IsUpper(doc.Text[token.Start])) continue;
                string word = doc.Slice(token.Start, token.End).ToLowerInvariant();
                asWritten.TryAdd(word, word);
                if (word.Length > 3 && word.EndsWith('s')) singular.TryAdd(word[..^1], word);
            }
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (asWritten.Count == 0) return found;
        var asWrittenLookup = asWritten.GetAlternateLookup<ReadOnlySpan<char>>();
        var singularLookup = singular.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in doc.Tokens)
        {
            if (token.Kind != TokenKind.Word || !char.IsLower(doc.Text[token.Start])) continue;
            var written = doc.Text.AsSpan(token.Start, token.Length);
            if (asWrittenLookup.TryGetValue(written, out var word)) found.Add(word);
            if (singularLookup.TryGetValue(written, out word)) found.Add(word);
            if (written.Length > 1 && written[^1] == 's' && asWrittenLookup.TryGetValue(written[..^1], out word)) found.Add(word);
            // "Protesters Storm Parliament" over "supporters stormed the parliament", "Leader Resigns" over "resigned": a headline's
            // verb the article writes in the past ("-ed", or "-d" after an "e", short too: "TikTok Sues …" over "sued") or as a
            // participle ("-ing").
            if (written.Length > 5 && written.EndsWith("ed") && HeadlineVerb(written[..^2], out word)
                || written.Length > 3 && written.EndsWith("ed") && HeadlineVerb(written[..^1], out word)
                || written.Length > 6 && written.EndsWith("ing") && HeadlineVerb(written[..^3], out word))
                found.Add(word);
        }
        return found;

        bool HeadlineVerb(ReadOnlySpan<char> stem, out string headlineWord) =>
            asWrittenLookup.TryGetValue(stem, out headlineWord!) || singularLookup.TryGetValue(stem, out headlineWord!);
    }

    /// <summary>
    /// Whether the document, from token <paramref name="from"/> on, writes <paramref name="word"/> (in any case but capitals)
    /// only next to another capitalised word, as part of a longer name ("Fleet" in "the Black Sea Fleet"), and at least once.
    /// </summary>
    public static bool WrittenOnlyInsideNames(Document doc, ReadOnlySpan<char> word, int from)
    {
        bool seen = false;
        for (int t = from; t < doc.Tokens.Count; t++)
        {
            var written = doc.SpanOf(doc.Tokens[t]);
            if (!written.Equals(word, StringComparison.OrdinalIgnoreCase) || IsAllCaps(written)) continue;
            bool capitalBefore = t > 0 && SpaceBetween(doc, t - 1) && IsCapitalized(doc, t - 1);
            bool capitalAfter = t + 1 < doc.Tokens.Count && SpaceBetween(doc, t) && IsCapitalized(doc, t + 1);
            if (!capitalBefore && !capitalAfter) return false;
            seen = true;
        }
        return seen;
    }

    /// <summary>Whether a headline's <paramref name="word"/> is among <see cref="HeadlineWordsInLowerCase"/>.</summary>
    public static bool WrittenInLowerCase(HashSet<string> headlineWordsInLowerCase, string word) => headlineWordsInLowerCase.Contains(word.ToLowerInvariant());

    /// <summary>A word token that begins with an upper-case letter.</summary>
    public static bool IsCapitalized(Document doc, int token)
    {
        var t = doc.Tokens[token];
        return t.Kind == TokenKind.Word && char.IsUpper(doc.Text[t.Start]);
    }

    /// <summary>A word of lower-case letters and hyphens ("ruling", "far-right", "émigré").</summary>
    public static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsLower(word[0])) return false;
        foreach (char c in word)
            if (!char.IsLetter(c) && c != '-') return false;
        return true;
    }

    /// <summary>Every letter upper-case ("UN", "U.S.").</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> span)
    {
        bool letter = false;
        foreach (char c in span)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    /// <summary>
    /// For each token, whether it is the first word of its sentence (after opening quotes or brackets): there a capital
    /// letter says nothing about being a name.
    /// </summary>
    public static bool[] SentenceInitial(Document doc)
    {
        var initial = new bool[doc.Tokens.Count];
        foreach (var s in doc.Sentences)
            for (int i = s.FirstToken; i < s.EndToken; i++)
                if (doc.Tokens[i].Kind is TokenKind.Word or TokenKind.Number) { initial[i] = true; break; }
        return initial;
    }

    /// <summary>
    /// Whether the text is written informally (a forum post, an e-mail, a transcript): a sentence of its body begins
    /// in lower case, or "i" stands for "I". Edited text (news) capitalises names, so there a lower-case word is no name.
    /// </summary>
    public static bool IsInformal(Document doc, bool[] initial)
    {
        for (int t = FirstBodyToken(doc); t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word || !char.IsLower(doc.Text[token.Start])) continue;
            if (initial[t] || (token.Length == 1 && doc.Text[token.Start] == 'i')) return true;
        }
        return false;
    }

    /// <summary>The Arabic article as a word of its own ("al Qaeda", "AL QA'IDA"), any case.</summary>
    public static bool IsArabicArticle(ReadOnlySpan<char> word) =>
        word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("el", StringComparison.OrdinalIgnoreCase);

    /// <summary>The lower-case Arabic article as names write it, assimilated ("ash-Sham", "an-Nusra"), after "and" ("wal-Muslimin") or
    /// after a case ending ("Hizb ut-Tahrir", "Ansar ul-Islam").</summary>
    private static readonly string[] ArabicArticlePrefixes = ["al-", "el-", "wal-", "ad-", "ash-", "as-", "at-", "ar-", "an-", "az-", "ut-", "ud-", "ul-", "ur-", "us-"];

    /// <summary>A name joined to the lower-case Arabic article: "al-Assad", "el-Sisi", "Tahrir al-Sham", "wal-Muslimin".</summary>
    public static bool HasArabicArticle(ReadOnlySpan<char> word)
    {
        foreach (var prefix in ArabicArticlePrefixes)
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length])) return true;
        return false;
    }

    /// <summary>"Waker-Uz-Zaman", "Waker-uz-Zaman", "Zia-ul-Haq": three parts or more joined by hyphens, capitalised but for
    /// inner particles of three letters at most.</summary>
    public static bool IsHyphenatedName(ReadOnlySpan<char> words)
    {
        int parts = 0;
        bool lastCapitalised = false;
        foreach (var part in words.Split('-'))
        {
            var piece = words[part];
            if (piece.Length == 0 || !char.IsLower(piece[^1])) return false;
            lastCapitalised = char.IsUpper(piece[0]);
            if (lastCapitalised ? piece.Length < 2 : parts == 0 || piece.Length > 3) return false;
            parts++;
        }
        return parts >= 3 && lastCapitalised;
    }

    /// <summary>The first token of the body (after the metadata header line), where tagging starts.</summary>
    public static int FirstBodyToken(Document doc)
    {
        int lo = 0, hi = doc.Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (doc.Tokens[mid].Start < doc.BodyStart) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The lower-case words after a hyphen, besides participles in -ed, that make a describing word ("Soviet-era"),
    /// and the participles that do so in a headline's title case too ("Saudi-Led"; not every one: "Al-Rasheed" is a name).</summary>
    private static readonly string[] DescribingTails = ["era", "style", "made", "born", "built", "run", "held", "bound", "wide", "friendly", "speaking", "leaning", "centric"];
    private static readonly string[] TitleCaseDescribingTails = ["Led", "Backed", "Based", "Owned", "Funded", "Controlled", "Brokered", "Aligned", "Allied", "Linked",
        "Run", "Held", "Made", "Built", "Born", "Era", "Style", "Wide", "Friendly", "Leaning", "Speaking"];

    /// <summary>"Saudi-led", "Dhabi-based", "Kremlin-friendly", "Soviet-era": a word whose last hyphen joins a participle
    /// or one of <see cref="DescribingTails"/>, which describes the noun after it; no name ends in it ("Itar-Tass",
    /// "Rubezh-2004" and the given names "Kai-shek", "Dae-jung" do). In a headline also "Saudi-Led" (<paramref name="headline"/>;
    /// elsewhere "Non-Aligned Movement" is a name).</summary>
    public static bool EndsInDescribingWord(ReadOnlySpan<char> word, bool headline = false)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0) return false;
        var tail = word[(hyphen + 1)..];
        if (tail.Length >= 3 && tail.EndsWith("ed", StringComparison.Ordinal) && !tail.ContainsAnyExceptInRange('a', 'z')) return true;
        foreach (var describing in headline && tail.Length > 0 && char.IsUpper(tail[0]) ? TitleCaseDescribingTails : DescribingTails)
            if (tail.SequenceEqual(describing)) return true;
        return false;
    }

    /// <summary>Prefixes that a hyphen joins to a name they take a stance on or date by ("pro-Russian", "post-Soviet").</summary>
    private static readonly string[] StancePrefixes = ["pro", "anti", "non", "post", "pre", "ex", "pan", "trans"];

    /// <summary>"pro", "Anti": one of <see cref="StancePrefixes"/>, in any case.</summary>
    public static bool IsStancePrefix(ReadOnlySpan<char> word)
    {
        foreach (var prefix in StancePrefixes)
            if (word.Equals(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"Pro-Russian", "anti-Western": "pro" or "anti" hyphened to a capitalised word, which takes a side and describes
    /// the noun after it ("Non-Aligned Movement", "Pan-African Parliament" are names).</summary>
    public static bool TakesASide(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
               && (word[..hyphen].Equals("pro", StringComparison.OrdinalIgnoreCase) || word[..hyphen].Equals("anti", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Saudi" in "Saudi-led", "Russian" in "pro-Russian": a mention that is part of a hyphenated word, which
    /// describes the noun after it (<see cref="GazetteerEntityTagger"/> finds such mentions).</summary>
    public static bool IsPartOfAWord(string text, Entity e) =>
        e.Start >= 2 && text[e.Start - 1] == '-' && char.IsLetter(text[e.Start - 2])
        || e.End + 1 < text.Length && text[e.End] == '-' && char.IsLetter(text[e.End + 1]);

    /// <summary>Index of the token starting exactly at <paramref name="offset"/>, or -1.</summary>
    public static int TokenStartingAt(Document doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int s = doc.Tokens[mid].Start;
            if (s == offset) return mid;
            if (s < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>Index of the token ending exactly at <paramref name="offset"/>, or -1.</summary>
    public static int TokenEndingAt(Document doc, int offset)
    {
        int lo = 0, hi = doc.Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int e = doc.Tokens[mid].End;
            if (e == offset) return mid;
            if (e < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>An entity over tokens [first, end); its id is assigned by the alias stage.</summary>
    public static Entity Create(Document doc, int first, int end, string label, string? canonical, double confidence, string source)
    {
        int start = doc.Tokens[first].Start, stop = doc.Tokens[end - 1].End;
        string text = doc.Slice(start, stop);
        return new Entity { Id = "", Start = start, End = stop, Label = label, Text = text, Canonical = canonical ?? text, Confidence = confidence, Source = source };
    }
}
