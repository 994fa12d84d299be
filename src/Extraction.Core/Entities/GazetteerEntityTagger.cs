using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>
/// Stage "gazetteer": tags the longest gazetteer names (countries, regions, demonyms, cities, persons and
/// organisations from the dictionaries) with their label and canonical name, under ambiguity guards:
/// every name word capitalised, abbreviations in capitals, common-word names ("Nice") never sentence-initial,
/// ambiguous names ("Florence") not inside a longer capitalised name. Also "Tajik-Afghan"-style compounds of two
/// known nationalities or places → NORP, and names inside describing words ("Saudi-led", "pro-Russian") with the
/// offsets of their characters.
/// </summary>
public sealed class GazetteerEntityTagger(Gazetteer gazetteer) : IStage
{
    public const string StageName = "gazetteer";
    public const string DefaultPath = "models/gazetteer.tsv.gz";
    /// <summary>The confidence of a name that is neither ambiguous, a common word nor a minor place ("Israel", "NATO").</summary>
    public const double UnambiguousConfidence = 0.9;

    public static GazetteerEntityTagger Create(StageSettings settings) =>
        new(Gazetteer.ForStage(settings, "path", DefaultPath));

    /// <summary>
    /// The first words (lower case) of the places a lower-case match may find (<see cref="TagLowerCasePlace"/>): most
    /// words of a text are lower case, and this lookup turns nearly all of them away before the gazetteer is searched.
    /// </summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowerCaseStarts = LowerCaseStarts(gazetteer);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseStarts(Gazetteer gazetteer)
    {
        var starts = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        for (int e = 0; e < gazetteer.Count; e++)
        {
            if (gazetteer.Label(e) != EntityLabels.Loc || (gazetteer.Flags(e) & Doubts) != 0) continue;
            string name = gazetteer.Canonical(e);
            tokens.Clear();
            Segmentation.Tokenizer.Tokenize(name, 0, name.Length, tokens);
            if (tokens.Count > 0) starts.Add(name.Substring(tokens[0].Start, tokens[0].Length).ToLowerInvariant());
        }
        return starts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities];

    public void Process(Document doc)
    {
        var initial = EntityText.SentenceInitial(doc);
        bool informal = EntityText.IsInformal(doc, initial);
        int bodyStart = EntityText.FirstBodyToken(doc);
        HashSet<string>? lowerCaseWords = null;
        foreach (var sentence in doc.Sentences)
        {
            int end = sentence.EndToken;
            var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens)[sentence.FirstToken..end];
            // In a line of capitals ("RUGBY UNION - CUTTITTA BACK FOR ITALY"), a short name in capitals is no abbreviation.
            var sentenceCase = EntityText.CaseOf(doc.Text, tokens);
            bool shouted = sentenceCase == SentenceCase.AllCaps;
            // In a headline a one-word name the article writes in lower case elsewhere is that word ("… Near Island" with
            // "around the island" in the text; "Island" is Iceland's name in other languages).
            var headlineWords = EntityText.IsHeadline(doc.Text, tokens, sentenceCase) ? lowerCaseWords ??= EntityText.HeadlineWordsInLowerCase(doc) : null;
            for (int i = Math.Max(sentence.FirstToken, bodyStart); i < end;)
            {
                if (!EntityText.IsCapitalized(doc, i) && !StartsWithArabicArticle(doc, i))
                {
                    i = TagNameInCompound(doc, i, headlineWords is not null) ? i + 1 : informal && TagLowerCasePlace(doc, i, end) is int after and > 0 ? after : i + 1;
                    continue;
                }
                int stop = TagCompound(doc, i, end) ?? TagRegionalPeople(doc, i, end) ?? TagName(doc, i, end, initial, shouted, headlineWords);
                if (stop == 0 && TagNameInCompound(doc, i, headlineWords is not null)) stop = i + 1;
                i = stop > i ? stop : i + 1;
            }
        }
    }

    private int TagName(Document doc, int first, int limit, bool[] initial, bool shouted, HashSet<string>? headlineWords)
    {
        int end = gazetteer.Names.MatchLongest(doc.Text, doc.Tokens, first, limit, out int entry);
        if (end == 0) return 0;
        if (headlineWords is not null && end == first + 1 && EntityText.WrittenInLowerCase(headlineWords, doc.Slice(doc.Tokens[first].Start, doc.Tokens[first].End))) return 0;
        // "Independence Day", "Victory Day", "Labor Day": a holiday, no place named Independence.
        if (end < limit && doc.SpanOf(doc.Tokens[end]) is "Day" && doc.Tokens[end].Start == doc.Tokens[end - 1].End + 1) return 0;
        var flags = gazetteer.Flags(entry);
        if (!Accept(doc, first, end, limit, flags, initial, shouted, gazetteer.Label(entry) == EntityLabels.Org, headlineWords is not null)) return 0;
        // "KHARKIV DEAL EXTENDS FLEET'S STAY": a small place's one word in a headline that the body writes only inside a
        // longer name after it ("the Russian Black Sea Fleet") is that name's word.
        if (headlineWords is not null && end == first + 1 && flags.HasFlag(GazetteerFlags.Minor) && EntityText.WrittenOnlyInsideNames(doc, doc.SpanOf(doc.Tokens[first]), limit)) return 0;
        if (headlineWords is null && IsSurnameAfterFirstName(doc, first, end, gazetteer.Label(entry))) return 0;
        if (flags.HasFlag(GazetteerFlags.Minor) && !WrittenAsNamed(doc.SpanOf(doc.Tokens[first].Start, doc.Tokens[end - 1].End), gazetteer.Canonical(entry))) return 0;
        double confidence = flags.HasFlag(GazetteerFlags.Ambiguous) || flags.HasFlag(GazetteerFlags.CommonWord) ? 0.6
            : flags.HasFlag(GazetteerFlags.Minor) ? 0.75 : UnambiguousConfidence;
        // A person is known by the name as the text writes it: the dictionaries' transliteration ("Sergey Lavrov" for
        // "Sergei Lavrov") is one of several, and the article's own spelling is what its reader searches for.
        string label = gazetteer.Label(entry);
        if (label == EntityLabels.Person && end == first + 1 && headlineWords is null) first = WithFirstName(doc, first, initial);
        // "North Waziristan", "South Kordofan", "East Jerusalem": a compass word before a place the lists know names its part.
        bool compass = label == EntityLabels.Loc && first > 0 && doc.Tokens[first - 1].End + 1 == doc.Tokens[first].Start
                       && doc.SpanOf(doc.Tokens[first - 1]) is "North" or "South" or "East" or "West" && !EntityText.Overlaps(doc, doc.Tokens[first - 1].Start, doc.Tokens[first - 1].End);
        if (compass) first--;
        doc.Entities.Add(EntityText.Create(doc, first, end, label, label == EntityLabels.Person || compass ? null : CanonicalFor(doc.SpanOf(doc.Tokens[first].Start, doc.Tokens[end - 1].End), entry, shouted), confidence,
            flags.HasFlag(GazetteerFlags.Institution) ? InstitutionSource : StageName));
        return end;
    }

    /// <summary>
    /// "Kay Mann", "George Washington": a one-word place right after a first name that names no place itself is that
    /// person's surname ("Austin Texas", "Florence Italy" open with a place and stay two places).
    /// </summary>
    private bool IsSurnameAfterFirstName(Document doc, int first, int end, string label)
    {
        if (label != EntityLabels.Loc || end != first + 1 || first < 1 || !EntityText.SpaceBetween(doc, first - 1) || !EntityText.IsCapitalized(doc, first - 1)) return false;
        var before = doc.SpanOf(doc.Tokens[first - 1]);
        return gazetteer.IsFirstName(before) && gazetteer.Names.MatchPiece(before) < 0;
    }

    /// <summary>
    /// "spokesman Turki al-Maliki": the person lists hold surnames that many people share ("al-Maliki", "Khan"), and one
    /// capitalised word right before one such word, after a word in lower case, is this person's first name where it is no other
    /// name the gazetteer knows (a first name aside), common word, title or date ("of State Edmund Muskie",
    /// "Secretary-General Mark Rutte" have a capitalised word or a title before the name). Not in a headline, whose verbs
    /// are capitalised too ("Kerry Meets Maliki").
    /// </summary>
    private int WithFirstName(Document doc, int first, bool[] initial)
    {
        int k = first - 1;
        if (k < 1 || initial[first] || initial[k] || doc.Tokens[k].End + 1 != doc.Tokens[first].Start || doc.Text[doc.Tokens[k].End] != ' '
            || doc.Tokens[k].Kind != TokenKind.Word || !EntityText.IsCapitalized(doc, k) || !char.IsLower(doc.Text[doc.Tokens[k - 1].Start])) return first;
        var word = doc.SpanOf(doc.Tokens[k]);
        if (gazetteer.IsCommonWord(word) || Rules.TemporalNumericRules.IsMonthOrWeekday(word) || gazetteer.Names.MatchPiece(word) >= 0 && !gazetteer.IsFirstName(word)
            || EntityText.Overlaps(doc, doc.Tokens[k].Start, doc.Tokens[k].End) || Rules.NameRules.HasTitlePart(word)) return first;
        return k;
    }

    /// <summary>
    /// The dictionaries write many names in capitals; where the canonical name differs from the text only in case
    /// ("HAMAS" for "Hamas"), the text's own casing is the name. An acronym written in capitals stays as it is. A place
    /// is known by the name the text gives it ("Turkey", not the list's "Türkiye"; "Washington", not "Washington, D.C.";
    /// as the annotation conventions write it), in capitals title-cased ("KHARTOUM" → "Khartoum"), unless the text
    /// abbreviates it ("U.S." → "United States").
    /// </summary>
    private string CanonicalFor(ReadOnlySpan<char> span, int entry, bool shouted)
    {
        string canonical = gazetteer.Canonical(entry);
        if (gazetteer.Label(entry) == EntityLabels.Loc)
        {
            if (!EntityText.IsAllCaps(span)) return span.ToString();
            // A dateline in capitals ("KHARTOUM —") names the place as the body does ("Khartoum", not the list's "Al Khartoum"),
            // in the list's casing where the list writes the same name ("PORT-AU-PRINCE" is "Port-au-Prince").
            if (span.Equals(canonical, StringComparison.OrdinalIgnoreCase) && !EntityText.IsAllCaps(canonical)) return canonical;
            if (!gazetteer.Flags(entry).HasFlag(GazetteerFlags.ExactCase)) return GazetteerBuilder.TitleCase(span.ToString());
        }
        if (!span.Equals(canonical, StringComparison.OrdinalIgnoreCase)) return canonical;
        // "HAMAS" in the list is "Hamas" in the text; "UNESCO", which the list title-cases, is an acronym where the text
        // writes it in capitals among words that are not ("a UNESCO World Heritage site").
        return EntityText.IsAllCaps(canonical) && !EntityText.IsAllCaps(span) || EntityText.IsAllCaps(span) && !shouted
            ? span.ToString() : canonical;
    }

    /// <summary>The flags that cast doubt on a name (a country's, a capital's or a city's flag does not).</summary>
    private const GazetteerFlags Doubts = GazetteerFlags.CommonWord | GazetteerFlags.ExactCase | GazetteerFlags.Ambiguous | GazetteerFlags.Minor
                                          | GazetteerFlags.Institution;

    /// <summary>
    /// Informal text writes well-known places in lower case ("we flew to san francisco", "back in florida"); edited text
    /// does not ("the lira weakened": not the Ugandan town), so only an informal text is searched. A lower-case
    /// match is taken only for a place the gazetteer knows without any doubt: no flag of <see cref="Doubts"/> (not a common
    /// word, a first name, a minor place, an abbreviation or an institution), written as its own name (no alternate), every
    /// word in lower case, one word of at least four letters. Lower confidence than a capitalised match; the model's own
    /// spans still win.
    /// </summary>
    private int TagLowerCasePlace(Document doc, int first, int limit)
    {
        var token = doc.Tokens[first];
        if (token.Kind != TokenKind.Word || !char.IsLower(doc.Text[token.Start]) || !_lowerCaseStarts.Contains(doc.SpanOf(token))) return 0;
        int end = gazetteer.Names.MatchLongest(doc.Text, doc.Tokens, first, limit, out int entry);
        if (end == 0 || gazetteer.Label(entry) != EntityLabels.Loc || (gazetteer.Flags(entry) & Doubts) != 0) return 0;
        if (end - first == 1 && token.Length < 4) return 0;
        // The place's own name, not one of its alternates ("island" is Iceland's name in other languages, "pets" Pécs's).
        var span = doc.SpanOf(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        if (TextKey.Of(span.ToString()) != TextKey.Of(gazetteer.Canonical(entry))) return 0;
        for (int t = first; t < end; t++)
            if (doc.Tokens[t].Kind == TokenKind.Word && doc.SpanOf(doc.Tokens[t]).ContainsAnyExceptInRange('a', 'z')) return 0;
        doc.Entities.Add(EntityText.Create(doc, first, end, EntityLabels.Loc, gazetteer.Canonical(entry), LowerCaseConfidence, StageName));
        return end;
    }

    private const double LowerCaseConfidence = 0.55;

    /// <summary>The source of a curated institution (<see cref="GazetteerFlags.Institution"/>), whose label the tagger does not override.</summary>
    public const string InstitutionSource = StageName + "/institution";

    /// <summary>Short English words that are also codes in the lists ("AS", "IN", "IT"), read as words in a line of capitals.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShoutedWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "AS", "IN", "IT", "TO", "OR", "ON", "BY", "NO", "IS", "AT", "BE", "DO", "IF", "OF", "SO", "UP", "WE", "MY", "ME", "HE", "AN", "AM", "GO", "ALL", "AND", "ARE", "CAN", "NOT",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Accept(Document doc, int first, int end, int limit, GazetteerFlags flags, bool[] initial, bool shouted, bool organisation, bool headline)
    {
        for (int t = first; t < end; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word) continue;
            var word = doc.SpanOf(token);
            // "Sharm el-Sheikh", "Hayat Tahrir al-Sham": the Arabic article joined to a name inside one is written in lower case.
            if (!char.IsUpper(word[0]) && !(t > first && (EntityText.IsConnector(word) || EntityText.HasArabicArticle(word))) && !char.IsDigit(word[0])
                && !(t == first && StartsWithArabicArticle(doc, t))) return false;
        }
        var span = doc.SpanOf(doc.Tokens[first].Start, doc.Tokens[end - 1].End);
        // An organisation's short name is often written in capitals ("NATO", "HAMAS"): only a place's is then suspect.
        if (flags.HasFlag(GazetteerFlags.ExactCase) ? !EntityText.IsAllCaps(span) : IsShortCapitals(span) && !shouted && !organisation && !EntityText.IsDatelinePlace(doc, doc.Tokens[first].Start, doc.Tokens[end - 1].End))
            return false;
        if (flags.HasFlag(GazetteerFlags.CommonWord) && (initial[first] || EntityText.IsAllCaps(span))) return false;
        // "MOSCOW HOSTS TALKS ON KARABAKH AS MINSK GROUP PRESSES FOR DEAL": in a line of capitals a code that is an English
        // word in capitals is the word ("AS" read American Samoa; "US" stays the United States).
        if (shouted && flags.HasFlag(GazetteerFlags.ExactCase) && ShoutedWords.Contains(span)) return false;
        // A place that is also a first name, or outside a headline (whose every word is capitalised) a common word, is
        // part of another name inside a run of capitals ("Radical Independence Campaign", "Mobile World Congress").
        if (flags.HasFlag(GazetteerFlags.Ambiguous) || flags.HasFlag(GazetteerFlags.CommonWord) && !headline)
        {
            bool capitalBefore = first > 0 && !initial[first] && EntityText.IsCapitalized(doc, first - 1) && !initial[first - 1];
            bool capitalAfter = end < limit && EntityText.IsCapitalized(doc, end);
            if (capitalBefore || capitalAfter) return false;
        }
        return true;
    }

    /// <summary>
    /// Names match with their accents folded ("Sao Paulo" for "São Paulo"), but a small place whose name has diacritics
    /// is taken only as written: "God" in a text is the word, not the Hungarian town of Göd.
    /// </summary>
    private static bool WrittenAsNamed(ReadOnlySpan<char> span, string canonical)
    {
        foreach (char c in canonical)
            if (c > '\u007f' && char.IsLetter(c)) return span.Equals(canonical, StringComparison.OrdinalIgnoreCase);
        return true;
    }

    /// <summary>"al Qaeda", "al-Shabaab", "el-Sisi": a name that begins with the Arabic article in lower case.</summary>
    private static bool StartsWithArabicArticle(Document doc, int t)
    {
        var word = doc.SpanOf(doc.Tokens[t]);
        if (EntityText.HasArabicArticle(word)) return true;
        return EntityText.IsArabicArticle(word) && t + 1 < doc.Tokens.Count && doc.Tokens[t + 1].Start == doc.Tokens[t].End + 1
               && EntityText.IsCapitalized(doc, t + 1);
    }

    /// <summary>"ODE", "NICE" in capitals are abbreviations or shouting, not the place names "Ode", "Nice".</summary>
    private static bool IsShortCapitals(ReadOnlySpan<char> span) => span.Length <= 5 && span.Length > 1 && EntityText.IsAllCaps(span);

    /// <summary>"Tajik-Afghan", "Russian-American": a hyphenated run of two known nationalities/places, at least one a
    /// nationality → NORP (two places, "the Igdir-Nakhchivan railway", are a route, no nationality).</summary>
    private int? TagCompound(Document doc, int first, int limit)
    {
        int last = first;
        while (last + 1 < limit && doc.Tokens[last + 1].Start == doc.Tokens[last].End) last++;
        var run = doc.SpanOf(doc.Tokens[first].Start, doc.Tokens[last].End);
        int hyphen = run.IndexOf('-');
        if (hyphen <= 0 || hyphen == run.Length - 1 || run[(hyphen + 1)..].Contains('-')) return null;
        foreach (char c in run) if (!char.IsLetter(c) && c != '-') return null;
        if (!IsPlaceOrGroup(run[..hyphen], out bool firstGroup) || !IsPlaceOrGroup(run[(hyphen + 1)..], out bool secondGroup)
            || !(firstGroup || secondGroup)) return null;
        // A compound the gazetteer knows itself ("Guinea-Bissau") is left to the name lookup.
        if (gazetteer.Names.MatchPiece(run) >= 0) return null;
        doc.Entities.Add(EntityText.Create(doc, first, last + 1, EntityLabels.Norp, null, 0.8, StageName));
        return last + 1;
    }

    private static readonly WordSet CompassWords = new(
    [
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest",
        "Southeast", "Southwest",
    ]);

    /// <summary>"West African", "Southeast Asian", "East European": a point of the compass before a people's word the gazetteer
    /// knows names a people of a region → NORP (the model read "West African" as a place); a pair the gazetteer knows whole
    /// ("South Korean") is left to the name lookup.</summary>
    private int? TagRegionalPeople(Document doc, int first, int limit)
    {
        if (first + 1 >= limit || !CompassWords.Contains(doc.SpanOf(doc.Tokens[first])) || !EntityText.SpaceBetween(doc, first)
            || !EntityText.IsCapitalized(doc, first + 1)) return null;
        var people = doc.SpanOf(doc.Tokens[first + 1]);
        if (!IsPlaceOrGroup(people, out bool group) || !group) return null;
        if (gazetteer.Names.MatchLongest(doc.Text, doc.Tokens, first, limit, out _) >= first + 2) return null;
        doc.Entities.Add(EntityText.Create(doc, first, first + 2, EntityLabels.Norp, null, 0.8, StageName));
        return first + 2;
    }

    /// <summary>
    /// "Saudi-led", "US-backed", "Kremlin-friendly", "Soviet-era"; "pro-Russian", "anti-Taliban", "post-Soviet": a known
    /// name joined by a hyphen to a lower-case word or after a prefix is a mention inside the word, its offsets those of
    /// the name's characters. The name must be one the gazetteer knows as a name first (no common word, first name or
    /// minor place: "Long-term", "Mark-up"), in its case ("US", not "Us-based").
    /// </summary>
    private bool TagNameInCompound(Document doc, int t, bool headline)
    {
        var token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word) return false;
        var word = doc.SpanOf(token);
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || word[(hyphen + 1)..].Contains('-')) return false;
        ReadOnlySpan<char> before = word[..hyphen], after = word[(hyphen + 1)..];
        int start;
        if (char.IsUpper(before[0]) && EntityText.EndsInDescribingWord(word, headline)) start = 0;
        else if (char.IsUpper(after[0]) && EntityText.IsStancePrefix(before)) start = hyphen + 1;
        else return false;
        var name = start == 0 ? before : after;
        int nameStart = token.Start + start;
        int entry = gazetteer.Names.MatchPiece(name);
        // "New York-based", "South Korea-made": the words before the hyphenated one may begin the name.
        if (start == 0)
            for (int k = t - 1; k >= 0 && t - k <= 3 && doc.Tokens[k].End + 1 == doc.Tokens[k + 1].Start && EntityText.IsCapitalized(doc, k)
                                && doc.Text[doc.Tokens[k].End] == ' ' && !EntityText.Overlaps(doc, doc.Tokens[k].Start, doc.Tokens[k].End); k--)
                if (gazetteer.Names.MatchPhrase(doc.SpanOf(doc.Tokens[k].Start, token.Start + hyphen)) is int longer and >= 0)
                    (entry, nameStart) = (longer, doc.Tokens[k].Start);
        if (entry < 0) return false;
        int nameEnd = start == 0 ? token.Start + hyphen : token.End;
        name = doc.SpanOf(nameStart, nameEnd);
        var flags = gazetteer.Flags(entry);
        if ((flags & (GazetteerFlags.CommonWord | GazetteerFlags.Ambiguous | GazetteerFlags.Minor)) != 0) return false;
        if (flags.HasFlag(GazetteerFlags.ExactCase) ? !EntityText.IsAllCaps(name) : IsShortCapitals(name) && gazetteer.Label(entry) != EntityLabels.Org) return false;
        string text = doc.Slice(nameStart, nameEnd), label = gazetteer.Label(entry);
        string canonical = label == EntityLabels.Person ? text : CanonicalFor(name, entry, shouted: false);
        doc.Entities.Add(new Entity { Id = "", Start = nameStart, End = nameEnd, Label = label, Text = text, Canonical = canonical, Confidence = UnambiguousConfidence, Source = StageName });
        return true;
    }

    private bool IsPlaceOrGroup(ReadOnlySpan<char> word, out bool group)
    {
        group = false;
        if (!char.IsUpper(word[0])) return false;
        int entry = gazetteer.Names.MatchPiece(word);
        if (entry < 0 || gazetteer.Label(entry) is not (EntityLabels.Norp or EntityLabels.Loc) || gazetteer.Flags(entry).HasFlag(GazetteerFlags.Minor)) return false;
        group = gazetteer.Label(entry) == EntityLabels.Norp;
        return true;
    }
}
