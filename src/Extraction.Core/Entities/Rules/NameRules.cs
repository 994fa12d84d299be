using System.Text.RegularExpressions;
using Extraction.Model;

namespace Extraction.Entities.Rules;

/// <summary>
/// Names the gazetteer cannot list: organisations by their head noun ("Khovar News Agency", "201st Motor Rifle
/// Division", "Ministry of Defence"), persons after a title or starting with a known first name, named events
/// ("Rubezh-2004", "Operation Desert Storm"), and news sources in inline citations "(Itar-Tass, October 7)".
/// </summary>
public static partial class NameRules
{
    private static readonly WordSet OrgHeads = new(
    [
        "Organization", "Organisation", "Agency", "Council", "Ministry", "Division", "Party", "Army", "Forces", "Guards", "Guard",
        "Committee", "Union", "Bank", "University", "Channel", "Television", "TV", "Radio", "Corporation", "Corp.", "Company", "Inc.",
        "Ltd.", "Institute", "Foundation", "Association", "Commission", "Department", "Service", "Services", "Fund", "Front",
        "Movement", "Brigade", "Brigades", "Regiment", "Battalion", "Corps", "Navy", "Command", "Alliance", "Coalition", "Court",
        "Assembly", "Parliament", "Senate", "Police", "News", "Times", "Post", "Press", "Network", "Authority", "Bureau", "Board",
        "Airlines", "Airways", "Railways", "Academy", "College", "Society", "Secretariat", "Directorate", "Fleet", "Group", "Congress",
        "Plc", "PLC", "Corp", "Inc", "Ltd", "LLC", "AG", "SA", "NV", "ASA", "Resources", "Mining", "Minerals", "Metals", "Petroleum",
        "Motors", "Pharmaceuticals", "Telecom", "Investments", "Platforms",
        "Federation", "Cabinet", "Duma", "Office", "Tribunal", "Mission", "Center", "Centre", "Industries", "Holdings", "Holding", "Forum",
        "Battery", "Squadron", "Platoon", "Detachment", "Militia", "Inspectorate", "Bloc", "Networks", "League", "Chamber",
        "Force", "Flotilla", "Embassy", "Consulate", "Church", "SE", "Co", "Co.",
    ]);

    private static readonly WordSet PossessivePronouns = new(["his", "her", "its", "their", "our", "His", "Her", "Its", "Their", "Our"]);

    /// <summary>Nouns of a party or movement that open its name in French, Spanish, Italian, German or Dutch, and of a
    /// broadcaster that opens its name in many languages' English spelling ("TV Pirveli", "Radio Azattyk").</summary>
    private static readonly WordSet HeadFirstOrgWords = new(
    [
        "Bloc", "Parti", "Partido", "Partito", "Partei", "Partij", "Partia", "Partidul", "Frente", "Fronte", "Front", "Movimiento",
        "Movimento", "Mouvement", "Rassemblement", "Lega", "Alianza", "Alleanza", "Forza", "TV", "Radio",
    ]);

    /// <summary>A title or a hyphened compound with a title in it ("Colonel-General", "Deputy-Minister").</summary>
    internal static bool HasTitlePart(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('-'))
            if (Titles.Contains(word[part])) return true;
        return false;
    }

    /// <summary>A title written before a person's name ("President", "Gen.", "Sheikh").</summary>
    private static readonly WordSet Titles = new(
    [
        "President", "Minister", "Premier", "Chancellor", "Gen.", "General", "Lt.", "Col.", "Colonel", "Maj.", "Capt.", "Captain",
        "Adm.", "Admiral", "Sgt.", "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Senator", "Rep.", "Gov.", "Governor", "Mayor", "King",
        "Queen", "Prince", "Princess", "Sheikh", "Ayatollah", "Pope", "Secretary", "Ambassador", "Commander", "Chairman", "Judge",
        "Rev.", "Marshal", "Emir", "Sultan", "Envoy", "Spokesman", "Spokeswoman", "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt",
        "Commissioner", "Adviser", "Advisor", "Prosecutor", "Speaker", "Leader", "Whip", "Sens.", "Sens", "Reps.", "Reps",
        "Archbishop", "Bishop", "Cardinal", "Patriarch", "Catholicos", "Metropolitan", "Imam", "Rabbi", "Mufti", "Pastor", "Reverend",
        "Director", "Director-General", "Secretary-General", "Administrator", "Lieutenant", "Sergeant", "Brigadier", "Inspector", "Chief",
        "Commodore", "Cmdr.",
        "Prosecutor-General", "Attorney-General", "Procurator-General", "Inspector-General", "Auditor-General", "Governor-General",
        "Staff",  // "Chief of General Staff Yuri Baluyevsky", "Chief of Staff Susie Wiles"
    ]);

    /// <summary>Titles news writes in lower case before a name ("national security adviser Musaed Al-Aiban", "army spokesman
    /// Onyema Nwachukwu"); the name after one must have two words at least, as a lone capitalised word may be anything.</summary>
    private static readonly WordSet LowerCaseTitles = new(
    [
        "adviser", "advisor", "counsel", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "envoy", "ambassador",
        "commander", "chairman", "chairwoman", "director", "secretary", "governor", "mayor", "senator", "prosecutor", "commissioner",
        "negotiator", "lawmaker", "leader", "premier", "chancellor", "diplomat", "aide", "cleric", "activist", "dissident", "blogger",
        "journalist", "economist", "analyst", "founder", "co-founder", "editor", "lawyer", "businessman", "businesswoman", "tycoon",
        "billionaire", "oligarch", "reporter", "correspondent", "writer", "professor",
    ]);

    public static void Apply(RuleContext c)
    {
        for (int s = 0; s < c.Document.Sentences.Count; s++)
        {
            var sentence = c.Document.Sentences[s];
            int from = Math.Max(sentence.FirstToken, c.FirstBodyToken), end = sentence.EndToken;
            // In a headline or a shouted line every word is capitalised, so "Great Service" is no name by its capitals alone.
            bool headline = c.Headline[s];
            for (int i = from; i < end; i++)
            {
                if (TagEvent(c, i, end, headline) is int afterEvent) { i = afterEvent - 1; continue; }
                TagTitledPerson(c, i, end, headline && c.Word(end - 1) is not "." ? sentence.End : -1);
                TagDescribedOrg(c, i, end);
                TagOrgBeforeDescriptor(c, i, end);
                TagMediumBeforeReport(c, i, end);
                if (!headline)
                {
                    TagPossessiveName(c, i, end);
                    TagPossessedAcronym(c, i);
                    TagAcronymAfterMedium(c, i);
                    TagCompanyBeforeItsParts(c, i, end);
                    TagCompanyOfShares(c, i, end);
                }
                TagOrgDescribedAfter(c, i, end);
                TagCodeNamedGroup(c, i, end);
                TagCompanyWord(c, i);
                TagNationalSubsidiary(c, i, end);
                TagSettlementName(c, i, end);
                TagFirstNamePerson(c, i, end, headline ? sentence.End : -1);
                if (!headline) TagPersonBeforeRole(c, i, end);
                if (!headline) TagPersonAfterRole(c, i, end);
                if (!headline) TagPersonAfterHeadOfABody(c, i, end);
                if (!headline) TagCounterpart(c, i, end);
                TagPatronymicPerson(c, i, end);
                TagTurkicPatronymicPerson(c, i, end);
                if (!headline) TagKnownSurname(c, i, end);
                TagPlacesBeforePlaceNouns(c, from, i);
            }
            TagHeadNounOrgs(c, from, end, headline);
            if (!headline) TagFacilities(c, from, end);
            TagCitationSources(c, from, end);
        }
    }

    // ---- organisations ------------------------------------------------------------------------------------

    /// <summary>Verbs a company's name ending in "'s" comes right before ("Moody's downgraded", "Lloyd's List reported").</summary>
    private static readonly WordSet VerbsAfterAName = new(
        ["said", "says", "reported", "reports", "downgraded", "upgraded", "cut", "raised", "lowered", "warned", "announced", "rated", "affirmed", "added", "estimated"]);

    /// <summary>
    /// "Moody's downgraded Russia", "Lloyd's List reported", "Moody's Investors Service said": a capitalised word and "'s" that
    /// no noun follows possesses nothing, the possessive is the name's own (a company's); so is one before capitalised words
    /// ending in an organisation's head noun, "List" or "Register". Not a name an earlier stage knows ("Russia's said" is no
    /// English), nor a person's surname ("Lindner's Free Democratic Party"), nor a body's head noun ("Navy's Fifth Fleet").
    /// </summary>
    private static void TagPossessiveName(RuleContext c, int i, int end)
    {
        if (i + 2 >= end || !c.IsCapitalized(i) || c.Word(i + 1) is not ("'s" or "’s") || c.SpaceBetween(i) || !c.SpaceBetween(i + 1)) return;
        if (EntityText.Overlaps(c.Document, c.Tokens[i].Start, c.Tokens[i].End)) return;
        if (!c.IsCapitalized(i + 2))
        {
            if (VerbsAfterAName.Contains(c.Word(i + 2))) c.Add(i, i + 2, EntityLabels.Org, 0.75, "possessive_name");
            return;
        }
        int runEnd = CapitalisedRunEnd(c, i + 2, end, maxWords: 3);
        if (!(OrgHeads.Contains(c.Word(runEnd - 1)) || c.Word(runEnd - 1) is "List" or "Register")) return;
        // "Lindner's Free Democratic Party": a surname, or a person's last name the article gives, possesses the name after it.
        // (A loop, not a lambda: a closure over the word would be allocated for every token this rule is asked about.)
        var possessor = c.Word(i);
        // ("The U.S. Navy's Fifth Fleet", "the Army's 82nd Airborne Division": nor a body's own head noun, which owns the unit.)
        if (c.Gazetteer.IsSurname(possessor) || OrgHeads.Contains(possessor)) return;
        foreach (var e in c.Document.Entities)
            if (e.Label == EntityLabels.Person && e.Text.AsSpan().EndsWith(possessor, StringComparison.Ordinal) && e.Text.Length > possessor.Length
                && e.Text[e.Text.Length - possessor.Length - 1] == ' ') return;
        c.Add(i, runEnd, EntityLabels.Org, 0.8, "possessive_name");
    }

    /// <summary>A head noun that an "of" phrase may complete ("Authority", "Ministry", "Bank"); not a company's legal form
    /// ("Google Inc. of Mountain View": where the company is).</summary>
    internal static bool IsHeadBeforeOf(ReadOnlySpan<char> word) => OrgHeads.Contains(word) && !LegalForms.Contains(word);

    private static readonly WordSet LegalForms = new(["Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp", "Plc", "PLC", "LLC", "AG", "SA", "NV", "ASA", "SE", "Co", "Co."]);

    /// <summary>A company's legal form written after its name ("Inc.", "Ltd", "AG", "SE").</summary>
    internal static bool IsLegalForm(ReadOnlySpan<char> word) => LegalForms.Contains(word);

    /// <summary>The source of an organisation named by its head noun ("Ministry of Energy and Water Resources").</summary>
    public const string OrgHeadSource = EntityRules.StageName + "/org_head";

    /// <summary>Head nouns of a company's trade, which also name a ministry's portfolio after "of … and".</summary>
    private static readonly WordSet TradeHeads = new(["Resources", "Mining", "Minerals", "Metals", "Petroleum", "Services", "Investments", "Industries", "Telecom"]);

    /// <summary>Nouns of groups and their gatherings that a code of letters and digits names ("M23 rebels", "G7 leaders").</summary>
    private static readonly Entities.WordSet GroupNouns = new(
    [
        "rebels", "rebel", "militants", "militia", "fighters", "group", "movement", "leaders", "summit", "members", "countries",
        "nations", "ministers", "states", "bloc", "alliance", "forces", "economies", "party", "coalition",
    ]);

    /// <summary>Endings of one-word company names: banks ("Bundesbank", "Sberbank") and the gas, oil and industry
    /// companies of the former Soviet Union ("Turkmengaz", "Naftogaz", "Rosneft", "Gazprom").</summary>
    private static readonly string[] CompanyWordEndings = ["bank", "gaz", "neft", "prom"];

    /// <summary>"the Bundesbank", "Turkmengaz", "KazMunaiGaz": one capitalised word of at least seven letters with a company's
    /// ending, perhaps written in camel case, names a company (the model missed "Bundesbank" and "KazMunaiGaz", doubted
    /// "Sberbank" and read "Turkmengaz" as a place).</summary>
    private static void TagCompanyWord(RuleContext c, int i)
    {
        var word = c.Word(i);
        if (word.Length < 7 || !char.IsUpper(word[0])) return;
        bool ending = false;
        foreach (var end in CompanyWordEndings) ending |= word.EndsWith(end, StringComparison.OrdinalIgnoreCase);
        if (!ending) return;
        foreach (char ch in word[1..]) if (!char.IsLetter(ch)) return;
        if (char.IsUpper(word[^1]) || !char.IsLower(word[1])) return;  // "UNIBANK", "MGaz": capitals, no camel case
        // A name an earlier stage read otherwise than as a place stands (loops, not lambdas: this runs for every token).
        int at = c.Tokens[i].Start;
        foreach (var e in c.Document.Entities)
            if (e.Start <= at && at < e.End && e.Label != EntityLabels.Loc) return;
        c.Add(i, i + 1, EntityLabels.Org, 0.8, "company_word");
    }

    /// <summary>
    /// "M23 rebels", "G7 leaders", "the G20 summit", "the centrist D66 party": a code of one to three capitals and one to
    /// three digits (no hyphen: "Su-30" is a weapon) before a noun of a group or its gathering names an organisation.
    /// </summary>
    private static void TagCodeNamedGroup(RuleContext c, int i, int end)
    {
        if (i + 1 >= end || !c.SpaceBetween(i) || !GroupNouns.Contains(c.Word(i + 1))) return;
        var word = c.Word(i);
        int letters = 0;
        while (letters < word.Length && char.IsAsciiLetterUpper(word[letters])) letters++;
        if (letters is < 1 or > 3 || word.Length - letters is < 1 or > 3) return;
        for (int k = letters; k < word.Length; k++)
            if (!char.IsAsciiDigit(word[k])) return;
        c.Add(i, i + 1, EntityLabels.Org, 0.8, "code_group");
    }

    /// <summary>"the Justice and Development Party", "the Union Solidarity and Development Party": one to three name words
    /// and "and" right before an organisation's name at <paramref name="start"/> open it, when they open their phrase and
    /// are no place, group, title or name found already, nor end in a head noun or a party's adjective ("Russia and United
    /// Russia", "the Labour Party and Sinn Féin", "the Liberal and National Party" stay two); else <paramref name="start"/>.</summary>
    private static int JoinedNameStart(RuleContext c, int start, int from)
    {
        if (start - 2 < from || c.Word(start - 1) is not "and" || !c.SpaceBetween(start - 2) || !c.SpaceBetween(start - 1)) return start;
        int first = start - 2;
        while (first - 1 >= from && start - 2 - first < 2 && c.IsCapitalized(first - 1) && c.SpaceBetween(first - 1)
               && !EntityText.IsDeterminer(c.Word(first - 1))) first--;
        if (first > from && c.IsCapitalized(first - 1) && !EntityText.IsDeterminer(c.Word(first - 1))) return start;
        // "between the Kuomintang and Communist Party of China", "Musavat and Azerbaijani Popular Front Party", "… en
        // Democraten and Mouvement Réformateur": a name after "and" that opens with a party's adjective, a people or its
        // head noun is one of its own.
        if (OrgHeads.Contains(c.Word(start - 2)) || PartyAdjectives.Contains(c.Word(start - 2)) || PartyAdjectives.Contains(c.Word(start))
            || IsPlaceOrGroup(c, start) || HeadFirstOrgWords.Contains(c.Word(start))) return start;
        for (int t = first; t <= start - 2; t++)
            if (!c.IsNameWord(t) || IsPlaceOrGroup(c, t) || Titles.Contains(c.Word(t)) || EntityText.Overlaps(c.Document, c.Tokens[t].Start, c.Tokens[t].End))
                return start;
        return first;
    }

    private static readonly Entities.WordSet PartyAdjectives = new(
        ["Liberal", "Conservative", "Labour", "Democratic", "Republican", "Socialist", "Communist", "Green", "National", "Progressive"]);

    private static bool IsOrdinal(RuleContext c, int t) => IsOrdinal(c.Word(t));

    /// <summary>"201st", "18th".</summary>
    internal static bool IsOrdinal(ReadOnlySpan<char> word) => Ordinal().IsMatch(word);

    /// <summary>The end of the run of capitalised words from <paramref name="from"/>, each a space after the one before (at most <paramref name="maxWords"/>).</summary>
    private static int CapitalisedRunEnd(RuleContext c, int from, int end, int maxWords = int.MaxValue)
    {
        int t = from;
        while (t < end && t - from < maxWords && c.IsCapitalized(t) && c.SpaceBetween(t - 1)) t++;
        return t;
    }

    [GeneratedRegex("^\\d+(?:st|nd|rd|th)$")]
    private static partial Regex Ordinal();

    /// <summary>
    /// A run of capitalised words (optionally opened by an ordinal) whose last head noun makes it an organisation,
    /// extended over "of/for/on/and + capitalised words" after the head ("Ministry of Foreign Affairs").
    /// </summary>
    private static void TagHeadNounOrgs(RuleContext c, int from, int end, bool headline)
    {
        int i = from;
        while (i < end)
        {
            // "Hezbollah's al-Manar TV": a name joined to the Arabic article opens a name too.
            if (!(c.IsCapitalized(i) || IsOrdinal(c, i) || EntityText.HasArabicArticle(c.Word(i)))) { i++; continue; }
            int runEnd = CapitalisedRunEnd(c, i + 1, end);
            // "the Prosecutor General's Office", "the Prime Minister's Office": an office named after the title that holds it
            // runs on over the title's possessive; so does a name over "People's" ("the People's Liberation Army").
            while (runEnd + 1 < end && c.Word(runEnd) is "'s" or "’s" && !c.SpaceBetween(runEnd - 1) && (Titles.Contains(c.Word(runEnd - 1)) || c.Word(runEnd - 1) is "People")
                   && c.SpaceBetween(runEnd) && c.IsCapitalized(runEnd + 1))
                runEnd = CapitalisedRunEnd(c, runEnd + 2, end);
            // "the Bolivian Workers' Center", "the Veterans' Party": so does a plural's possessive.
            while (runEnd + 1 < end && c.Word(runEnd) is "'" or "’" && !c.SpaceBetween(runEnd - 1) && c.Word(runEnd - 1).EndsWith("s")
                   && c.SpaceBetween(runEnd) && c.IsCapitalized(runEnd + 1))
                runEnd = CapitalisedRunEnd(c, runEnd + 2, end);
            int head = -1;
            // "Russia's 201st Military Base": after an ordinal a base is a unit, as a division is.
            for (int t = runEnd - 1; t >= i; t--)
                if (OrgHeads.Contains(c.Word(t)) || IsOrdinal(c, i) && c.Word(t) is "Base") { head = t; break; }
            // "Bloc Quebecois", "Parti Québécois", "Partido Popular": in French, Spanish, Italian, German or Dutch the noun
            // of a party comes first, and the name is the run it opens (not in a headline, whose run may go on into its verb).
            if ((head < 0 || head == i) && !headline && runEnd - i >= 2 && HeadFirstOrgWords.Contains(c.Word(i))) head = runEnd - 1;
            if (head < 0) { i = runEnd; continue; }
            int stop = head + 1;
            // "Ministry of Defence", "Organization for Security and Co-operation in Europe", "Communist Party of the
            // Russian Federation"; "and"/"in" only after an "of/for/on" phrase, so "Labour Party and Sinn Féin" stays two names.
            bool extended = false;
            // "Committee to Protect Journalists": outside a headline "to" and a capitalised common word (a verb) go on with it
            // ("sent the Army to Donbas" does not).
            while (stop + 1 < end && c.SpaceBetween(stop - 1) && c.SpaceBetween(stop)
                   && (c.Word(stop) is "of" or "for" or "on" || extended && c.Word(stop) is "and" or "in"
                       || !headline && c.Word(stop) is "to" && c.IsCapitalized(stop + 1) && c.Gazetteer.IsCommonWord(c.Word(stop + 1))))
            {
                int name = stop + 1;
                if (c.Word(name) is "the" && name + 1 < end && c.SpaceBetween(name)) name++;
                // "The European Commission on Wednesday proposed …": a date is no part of the name.
                if (!c.IsCapitalized(name) || TemporalNumericRules.IsMonthOrWeekday(c.Word(name))) break;
                // "the Economic Freedom Fighters of Julius Malema": a person's name after "of" is the leader's, not the name's.
                if (c.Word(stop) is "of" && c.Gazetteer.IsFirstName(c.Word(name))) break;
                // "the Collective Rapid Deployment Force of the Collective Security Treaty Organization": an organisation known by
                // its own name after "of" is the body this one belongs to.
                if (c.Word(stop) is "of" && StartsAKnownOrganisation(c, name)) break;
                int nameEnd = CapitalisedRunEnd(c, name + 1, end);
                // "the International Court of Justice in The Hague": a city after "in" is where the body sits ("Co-operation
                // in Europe" is a name's).
                if (c.Word(stop) is "in" && IsCity(c, name, nameEnd)) break;
                // "Communist Party of the Russian Federation and the Liberal Democratic Party": after "and", a name with a
                // head noun of its own is a second organisation; a trade's word is a portfolio's ("Ministry of Energy and
                // Water Resources", "Department of Health and Human Services"). So is one of several words ending in a place's
                // name ("Coalition for Change and Strong Georgia").
                if (c.Word(stop) is "and" && (Enumerable.Range(name, nameEnd - name).Any(t => OrgHeads.Contains(c.Word(t)) && !TradeHeads.Contains(c.Word(t)))
                                              || nameEnd - name >= 2 && IsPlaceOrGroup(c, nameEnd - 1))) break;
                // "the Committee to Protect Journalists and Human Rights Watch": a verb's object after "to" holds no "and".
                extended = c.Word(stop) is not "to";
                stop = nameEnd;
            }
            // "the Ministry of Investment, Industry and Trade": a ministry's portfolio may list its fields with commas.
            if (stop > head + 1 && EntityText.PortfolioEnd(c.Document, head + 1, c.Gazetteer) is int portfolioEnd && portfolioEnd > stop && portfolioEnd <= end)
                stop = portfolioEnd;
            int start = i;
            while (start < head && (EntityText.IsDeterminer(c.Word(start)) || EntityText.EndsInDescribingWord(c.Word(start), headline)
                                    || !c.IsNameWord(start) && !IsOrdinal(c, start) && !EntityText.HasArabicArticle(c.Word(start)))) start++;
            // In a headline a word the article writes in lower case is no part of the name: "Philippines Protests Chinese Coast Guard …";
            // nor is a describing word: "… Close Serbian-Run Post Offices", "… Bars Pro-Russian Bloc".
            if (headline)
                for (int t = head - 1; t >= start; t--)
                    if (c.IsCapitalized(t) && c.WrittenInLowerCase(t) || EntityText.EndsInDescribingWord(c.Word(t), headline) || EntityText.TakesASide(c.Word(t))
                        // "Ecuador Storms Mexican Embassy": an embassy is named by its country's words alone.
                        || c.Word(head) is "Embassy" or "Consulate" && !IsPlaceOrGroup(c, t)) { start = t + 1; break; }
            start = JoinedNameStart(c, start, from);
            // "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov": after a title and "of" the words name its
            // portfolio, no organisation ("the Ministry of Water Resources" is one whole).
            if (start >= from + 2 && c.Word(start - 1) is "of" && Titles.Contains(c.Word(start - 2))) { i = Math.Max(runEnd, stop); continue; }
            // "Pakistani Petroleum Minister Musadik Malik": a portfolio before a minister's title is no organisation.
            bool portfolio = !extended && stop < end && c.Word(stop) is "Minister" or "Ministers";
            if (stop - start >= 2 && (!headline || HasUncommonWord(c, start, head) && !BodyWritesHeadInLowerCase(c, start, head))
                && !IsRankedTitle(c, start, stop, end) && !portfolio)
                c.Add(start, stop, EntityLabels.Org, 0.8, "org_head");
            i = Math.Max(runEnd, stop);
        }
    }

    /// <summary>"Kenyan Police Fire Tear Gas …" over "Kenyan police fired …": the article writes the headline's words with the
    /// head noun in lower case, so they describe and do not name; so do a people's or a place's words before a plural head
    /// noun the article writes in lower case anywhere ("Somali Forces Retake Town" over "Somali government forces
    /// recaptured"; "Pakistan Army Says …" stays the army's name), and a people's words before a singular one ("Kazakh Court").</summary>
    private static bool BodyWritesHeadInLowerCase(RuleContext c, int start, int head)
    {
        string words = c.Document.Slice(c.Tokens[start].Start, c.Tokens[head].Start) + c.Word(head).ToString().ToLowerInvariant();
        if (c.Document.Text.Contains(words, StringComparison.Ordinal)) return true;
        var noun = c.Word(head);
        bool plural = noun.EndsWith("s") && !noun.EndsWith("ss");
        // "Kazakh Court Jails Journalist" over "A court in Almaty sentenced …": a people's word before a singular head the
        // article writes in lower case describes it too (a place's does not: "Pakistan Army Says …").
        for (int t = start; t < head; t++)
            if (!IsPlaceOrGroup(c, t, groupOnly: !plural)) return false;
        return c.WrittenInLowerCase(head);
    }

    private static readonly WordSet Ranks = new(["Chief", "Deputy", "Vice", "Acting", "Senior", "Assistant", "Principal"]);

    /// <summary>"Chief Cabinet Secretary Yoshimasa Hayashi", "Deputy Party Secretary": a rank, a body and a title name an office,
    /// not the body; so they do after a people's or a place's word ("Japanese Chief Cabinet Secretary Minoru Kihara").</summary>
    private static bool IsRankedTitle(RuleContext c, int start, int stop, int end)
    {
        while (start < stop && IsPlaceOrGroup(c, start)) start++;
        return start < stop && Ranks.Contains(c.Word(start)) && stop < end && c.SpaceBetween(stop - 1) && Titles.Contains(c.Word(stop));
    }

    /// <summary>The source of a one-word company name by its ending ("Turkmengaz", "Bundesbank"); the ner stage keeps its label.</summary>
    public const string CompanyWordSource = EntityRules.StageName + "/company_word";

    /// <summary>An earlier stage read an organisation starting at token <paramref name="first"/>.</summary>
    private static bool StartsAKnownOrganisation(RuleContext c, int first)
    {
        int at = c.Tokens[first].Start;
        foreach (var e in c.Document.Entities)
            if (e.Start == at && e.Label == EntityLabels.Org) return true;
        return false;
    }

    /// <summary>Tokens [<paramref name="first"/>, <paramref name="end"/>) are a city's or capital's name the gazetteer knows.</summary>
    private static bool IsCity(RuleContext c, int first, int end)
    {
        int entry = c.Gazetteer.Find(c.Text[c.Tokens[first].Start..c.Tokens[end - 1].End]);
        return entry >= 0 && c.Gazetteer.Label(entry) == EntityLabels.Loc
               && (c.Gazetteer.Flags(entry) & (GazetteerFlags.City | GazetteerFlags.Capital)) != 0 && !c.Gazetteer.Flags(entry).HasFlag(GazetteerFlags.Country);
    }

    /// <summary>The source of a listed company's national subsidiary ("Gazprom Armenia"); the ner stage keeps its label.</summary>
    public const string SubsidiarySource = EntityRules.StageName + "/subsidiary";

    /// <summary>The source of an organisation the text describes as one ("energy giant Gazprom"); the ner stage keeps its label.</summary>
    public const string OrgDescriptorSource = EntityRules.StageName + "/org_descriptor";

    private const string FirstNameRule = "first_name";

    /// <summary>The source of a person named by a listed given name before a capitalised word ("Adil Soz").</summary>
    private const string FirstNameSource = EntityRules.StageName + "/" + FirstNameRule;

    /// <summary>The source of a name cited in an inline citation ("(Interfax, November 8)"): a medium, an organisation throughout the document.</summary>
    public const string CitationSourceSource = EntityRules.StageName + "/citation_source";

    /// <summary>Lower-case nouns that introduce an organisation's name in news prose: "the French company Thales".</summary>
    private static readonly WordSet OrgDescriptors = new(
    [
        "company", "firm", "corporation", "conglomerate", "giant", "maker", "manufacturer", "contractor", "carrier", "airline",
        "bank", "lender", "insurer", "broadcaster", "newspaper", "daily", "agency", "group", "party", "militia", "movement",
        "think-tank", "organisation", "organization", "charity", "watchdog", "regulator", "operator", "producer", "exporter", "developer", "utility",
        "outlet", "portal", "publication", "trader", "miner", "bloc", "alliance", "coalition", "union", "magazine", "website",
        "tabloid", "weekly", "network", "channel", "club", "subsidiary", "affiliate", "unit", "branch", "arm", "wing", "division", "concern",
        "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "refiner", "shipbuilder", "startup", "start-up", "supplier",
        "service", "force", "mission", "fund", "exchange", "gazette",
    ]);

    /// <summary>
    /// "the French company Thales", "energy giant Gazprom", "news agency Interfax": after a lower-case descriptor noun, the
    /// capitalised name words that follow (not a known place or group, not a common word) are an organisation.
    /// </summary>
    private static void TagDescribedOrg(RuleContext c, int i, int end)
    {
        // "Canada-based Teck", "London-listed Glencore", "state-owned Sputnik": a compound of where a company is based or
        // listed, or of who owns it, introduces it.
        bool compound = EntityText.IsAttributiveCompound(c.Word(i)) && !c.Word(i).EndsWith("-born");
        // "Kazakhstan's state holding Baiterek": a holding is a company only after a word of its kind ("police holding
        // Ivanov" is a participle).
        bool holding = c.Word(i) is "holding" && i > 0 && c.Word(i - 1) is "state" or "investment" or "national" or "sovereign" or "financial" or "industrial";
        if (!(OrgDescriptors.Contains(c.Word(i)) || compound || holding) || i + 1 >= end) return;
        if (c.Word(i + 1) is ",")
        {
            TagOrgInApposition(c, i + 2, end);
            return;
        }
        // "the U.N. peacekeeping force in Lebanon, UNIFIL, said": so is one after where the body works.
        if (c.Word(i + 1) is "in" && i + 2 < end && c.IsCapitalized(i + 2) && CapitalisedRunEnd(c, i + 3, end, maxWords: 2) is var placeEnd
            && placeEnd + 1 < end && c.Word(placeEnd) is "," && IsPlaceOrGroup(c, i + 2))
        {
            TagOrgInApposition(c, placeEnd + 1, end);
            return;
        }
        if (!c.SpaceBetween(i)) return;
        int name = i + 1;
        // ("the official gazette Le Moniteur": a French or Spanish article opening a title is no first name, nor a common word.)
        bool article = ForeignArticles.Contains(c.Word(name)) && name + 1 < end && c.IsCapitalized(name + 1) && c.SpaceBetween(name);
        if (!c.IsCapitalized(name) || c.Gazetteer.IsFirstName(c.Word(name)) && !article) return;
        int stop = NameWords(c, article ? name + 1 : name, end);
        if (article && stop == name + 1) return;
        // ("the French broadcaster France 24", "the channel Rustavi 2": a medium's number is part of its name.)
        if (stop < end && stop > name && c.SpaceBetween(stop - 1) && MediumNumberRegex().IsMatch(c.Word(stop)) && c.Word(i) is "broadcaster" or "channel" or "network")
            stop++;
        // "the state railway company Uzbekistan Temir Yollari": a name may begin with a place if more words follow; a place
        // alone ("the company Kazakhstan's …") is no company's name.
        // ("French nuclear fuel company Orano": a word the gazetteer knows only as another spelling of a place, the Algerian
        // city Oran, is no place there.)
        bool otherSpelling = stop - name == 1 && IsAnotherSpellingOnly(c, name);
        bool opensWithPlace = IsPlaceOrGroup(c, name) && !otherSpelling;
        // ("English club Liverpool": a club is named for its town, which alone names it.)
        bool clubOfItsTown = opensWithPlace && stop - name == 1 && c.Word(i) is "club" && !(stop < end && c.Word(stop) is "'s" or "’s");
        if (opensWithPlace && !clubOfItsTown && (stop - name < 2 || IsPlaceOrGroup(c, name + 1))) return;
        int at = c.Tokens[name].Start;
        if (!opensWithPlace && !otherSpelling && EntityText.Overlaps(c.Document, at, at + 1)) return; // a date, a known name: already read
        if (otherSpelling || clubOfItsTown) RemoveGazetteerReadingAt(c.Document.Entities, at);
        // "the investigative outlet Temirov Live": after a descriptor, capitalised common words go on with the name.
        while (stop > name && stop < end && stop - name < 4 && c.IsCapitalized(stop) && c.SpaceBetween(stop - 1)
               && !Titles.Contains(c.Word(stop)) && !IsPlaceOrGroup(c, stop)) stop++;
        if (stop > name) c.Add(name, stop, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>Articles that open the titles of French, Spanish, Italian, German and Dutch media ("Le Monde", "El País").</summary>
    private static readonly WordSet ForeignArticles = new(["Le", "La", "Les", "El", "Il", "Die", "Der", "Het"]);

    /// <summary>
    /// "Gazprom Armenia", "Lukoil Uzbekistan": a company the curated list knows, right before a country's name (and no
    /// further capitalised word), names its subsidiary in that country, one organisation (the country had stood as a place).
    /// </summary>
    private static void TagNationalSubsidiary(RuleContext c, int i, int end)
    {
        // A capitalised word before it first: this runs for every token, the entity scan only then.
        if (!c.IsCapitalized(i) || i + 1 >= end || !c.IsCapitalized(i + 1)) return;
        int at = c.Tokens[i].Start;
        Entity? company = null;
        foreach (var e in c.Document.Entities)
            if (e.Start == at && e.Label == EntityLabels.Org && e.Source == GazetteerEntityTagger.InstitutionSource) { company = e; break; }
        if (company is null) return;
        int country = EntityText.TokenEndingAt(c.Document, company.End) + 1;
        if (country <= i || country >= end || !c.SpaceBetween(country - 1)) return;
        int countryEnd = c.Gazetteer.Names.MatchLongest(c.Text, c.Tokens, country, end, out int entry);
        if (countryEnd <= country || !c.Gazetteer.Flags(entry).HasFlag(GazetteerFlags.Country)
            || countryEnd < end && c.IsCapitalized(countryEnd) && c.SpaceBetween(countryEnd - 1)) return;
        // The gazetteer stage read the country there, as written ("Rosatom as the leader": "AS" is a country's code only in capitals).
        int countryStart = c.Tokens[country].Start, countryStop = c.Tokens[countryEnd - 1].End;
        bool tagged = false;
        foreach (var e in c.Document.Entities)
            tagged |= e.Start == countryStart && e.End == countryStop && e.Label == EntityLabels.Loc;
        if (!tagged) return;
        c.Add(i, countryEnd, EntityLabels.Org, 0.85, "subsidiary");
    }

    /// <summary>
    /// "a new state company, Kazakhstan Temir Zholy Logistics, to manage …": capitalised words (up to five, not a person's
    /// first name, not a known place alone) set off by commas right after a descriptor noun name the organisation it
    /// describes.
    /// </summary>
    private static void TagOrgInApposition(RuleContext c, int name, int end)
    {
        if (name >= end || !c.IsCapitalized(name) || c.Gazetteer.IsFirstName(c.Word(name))) return;
        int stop = CapitalisedRunEnd(c, name + 1, end, maxWords: 4);
        // "Galstanyan's movement, Tavush for the Homeland, has …": "for", "of" (and "the") may join the name's words.
        if (stop + 1 < end && c.Word(stop) is "for" or "of" && c.SpaceBetween(stop - 1) && c.SpaceBetween(stop))
        {
            int next = c.Word(stop + 1) is "the" && stop + 2 < end && c.SpaceBetween(stop + 1) ? stop + 2 : stop + 1;
            if (c.IsCapitalized(next)) stop = CapitalisedRunEnd(c, next + 1, end, maxWords: 3);
        }
        if (stop >= end || c.Word(stop) is not ("," or ".") || stop - name == 1 && IsPlaceOrGroup(c, name)) return;
        if (IsKnownPersonOrPlace(c, name, stop)) return;
        c.Add(name, stop, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>"Soviet-era", "Kremlin-linked", "English-speaking": a hyphenated word whose last part is lower case.</summary>
    private static bool IsCompoundWithLowerCaseHead(ReadOnlySpan<char> word) =>
        word.LastIndexOf('-') is int hyphen and > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);

    /// <summary>A descriptor noun a name may stand before ("the Sputnik news agency", "the Georgian Dream party").</summary>
    internal static bool IsDescriptorAfterName(ReadOnlySpan<char> word) => NamedBeforeDescriptors.Contains(word);

    /// <summary>Descriptor nouns a name may stand before ("the Sputnik news agency", "the Sinaloa cartel"); not those an
    /// adjective often names ("the Grand coalition", "the Red-Green alliance").</summary>
    private static readonly WordSet NamedBeforeDescriptors = new(
    [
        "agency", "newspaper", "daily", "weekly", "broadcaster", "channel", "network", "website", "magazine", "tabloid", "outlet",
        "portal", "company", "firm", "group", "militia", "movement", "corporation", "conglomerate", "airline", "operator", "party",
        "union", "carmaker", "automaker", "television", "TV", "radio", "grouping", "bloc", "gang", "cartel", "center", "centre",
        "organization", "organisation", "watchdog",
    ]);

    /// <summary>
    /// "the Sputnik news agency", "the Kommersant daily", "the Imedi television station", "the Wagner group", "the ruling
    /// Georgian Dream party": after an article or a possessive (and up to two lower-case words: "the ruling", "the main
    /// opposition"), one to three capitalised words (no known place, group or person; a place or a people may open two or
    /// more; "of" or "for" may join more: "the Democratic Choice of Kazakhstan party") followed by up to two lower-case words
    /// ending in a descriptor noun name an organisation.
    /// </summary>
    private static void TagOrgBeforeDescriptor(RuleContext c, int i, int end)
    {
        if (i <= c.FirstBodyToken) return;
        // "Zatulin told Ekho Moskvy radio", "said in an interview with Rustavi-2 television": a medium one speaks to or with
        // needs no article, its noun right after its name (or after "news", "state").
        bool spokenTo = c.Word(i - 1) is "told" or "to" or "with";
        for (int lead = i - 1; !spokenTo && !OpensANounPhrase(c.Word(lead)); lead--)
            if (i - lead >= 3 || lead <= c.FirstBodyToken || !EntityText.IsLowerCaseWord(c.Word(lead))) return;
        if (!c.IsCapitalized(i) || c.Gazetteer.IsFirstName(c.Word(i))) return;
        int stop = CapitalisedRunEnd(c, i + 1, end, maxWords: 3);
        // "the opposition Democratic Choice of Kazakhstan party": "of" or "for" may join the name's words.
        if (stop + 1 < end && c.Word(stop) is "of" or "for" && c.SpaceBetween(stop - 1) && c.SpaceBetween(stop) && c.IsCapitalized(stop + 1))
            stop = CapitalisedRunEnd(c, stop + 2, end, maxWords: 2);
        bool opensWithPlace = IsPlaceOrGroup(c, i);
        if (opensWithPlace && (stop - i < 2 || IsPlaceOrGroup(c, stop - 1))) return;
        // "a Soviet-era network", "a Kremlin-linked group": a compound with a lower-case head describes, it names nothing.
        for (int k = i; k < stop; k++)
            if (IsCompoundWithLowerCaseHead(c.Word(k))) return;
        int t = stop;
        for (int words = 0; t < end && words < 2 && !NamedBeforeDescriptors.Contains(c.Word(t)) && c.Word(t).Length > 0 && char.IsLower(c.Word(t)[0]); words++) t++;
        if (t >= end || !NamedBeforeDescriptors.Contains(c.Word(t)) || t + 1 < end && c.Word(t + 1) is "of" || spokenTo && !((t == stop || t == stop + 1 && c.Word(stop) is "news" or "state") && MediumNouns.Contains(c.Word(t)))) return;
        int at = c.Tokens[i].Start, nameEnd = c.Tokens[stop - 1].End;
        // A known name, a date: already read; but a people's or a place's name inside is part of this one ("her Pheu Thai party",
        // "the Georgian Dream party").
        foreach (var e in c.Document.Entities)
            if (e.Start < nameEnd && at < e.End && !(e.Start >= at && e.End <= nameEnd && e.Label is EntityLabels.Norp or EntityLabels.Loc)) return;
        c.Add(i, stop, EntityLabels.Org, 0.7, "org_descriptor");
    }

    private static readonly WordSet MediumNouns = new(["agency", "newspaper", "daily", "television", "TV", "radio", "broadcaster", "website", "outlet"]);
    private static readonly WordSet ReportVerbs = new(["reported", "reports", "said", "says", "quoted", "cited"]);

    /// <summary>
    /// ", Kabar news agency reported", "Xinhua news agency said": one or two capitalised words after a comma (or opening the
    /// sentence) before a medium's noun and a verb of reporting name the medium, even where a place is so named ("Kabar"
    /// is a town the gazetteer knows).
    /// </summary>
    private static void TagMediumBeforeReport(RuleContext c, int i, int end)
    {
        if (!(i == c.FirstBodyToken || i > c.FirstBodyToken && (c.Word(i - 1) is "," || c.SentenceInitial[i])) || !c.IsCapitalized(i)
            || EntityText.IsDeterminer(c.Word(i))) return;
        int stop = CapitalisedRunEnd(c, i + 1, end, maxWords: 2);
        int t = stop < end && c.Word(stop) is "news" or "state" ? stop + 1 : stop;
        if (t + 1 >= end || !MediumNouns.Contains(c.Word(t)) || !ReportVerbs.Contains(c.Word(t + 1))) return;
        int at = c.Tokens[i].Start, nameEnd = c.Tokens[stop - 1].End;
        foreach (var e in c.Document.Entities)
            if (e.Start < nameEnd && at < e.End && !(e.Start >= at && e.End <= nameEnd && e.Label is EntityLabels.Loc or EntityLabels.Person)) return;
        RemoveWithin(c.Document.Entities, at, nameEnd);
        c.Add(i, stop, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>Removes the entities inside [<paramref name="start"/>, <paramref name="end"/>) (no lambda: its closure would be
    /// allocated for every token the caller sees).</summary>
    private static void RemoveWithin(List<Entity> entities, int start, int end)
    {
        for (int k = entities.Count - 1; k >= 0; k--)
            if (entities[k].Start >= start && entities[k].End <= end) entities.RemoveAt(k);
    }

    /// <summary>
    /// "South Korea's POSCO", "Russia's FSB", "China's CATL": an acronym no list knows after a place's possessive is that
    /// place's organisation.
    /// </summary>
    private static void TagPossessedAcronym(RuleContext c, int i)
    {
        if (i < 2 || !AcronymRules.IsAcronym(c.Word(i)) || c.Word(i).Length < 3 || c.Word(i - 1) is not ("'s" or "’s")) return;
        if (c.Gazetteer.Names.MatchPiece(c.Word(i)) >= 0) return;
        int possessive = c.Tokens[i - 1].Start, at = c.Tokens[i].Start;
        bool afterPlace = false;
        foreach (var e in c.Document.Entities)
            if (e.End == possessive && e.Label == EntityLabels.Loc) { afterPlace = true; break; }
        if (!afterPlace || EntityText.Overlaps(c.Document, at, at + 1)) return;
        c.Add(i, i + 1, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>
    /// "state television ORTM reported", "the official news agency WAFA": an acronym no list knows right after a noun of a news
    /// medium names that medium.
    /// </summary>
    private static void TagAcronymAfterMedium(RuleContext c, int i)
    {
        if (i < 1 || !MediumNouns.Contains(c.Word(i - 1)) || !AcronymRules.IsAcronym(c.Word(i)) || c.Word(i).Length < 3) return;
        if (c.Gazetteer.Names.MatchPiece(c.Word(i)) >= 0 || EntityText.Overlaps(c.Document, c.Tokens[i].Start, c.Tokens[i].End)) return;
        c.Add(i, i + 1, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>A noun of a news medium ("television", "agency", "newspaper") at token <paramref name="t"/>, that names no person's
    /// work in it ("Ronna Romney, radio talk show host", "a television presenter").</summary>
    internal static bool NamesAMedium(Document document, int t)
    {
        if (t >= document.Tokens.Count || !MediumNouns.Contains(document.SpanOf(document.Tokens[t]))) return false;
        return t + 1 >= document.Tokens.Count || !MediaWork.Contains(document.SpanOf(document.Tokens[t + 1]));
    }

    private static readonly WordSet MediaWork = new(
        ["host", "presenter", "anchor", "talk", "show", "personality", "star", "journalist", "reporter", "correspondent", "interview",
         "appearance", "commentator", "programme", "program"]);

    /// <summary>What a company has and a person or a country has not: its plants, its workforce, its profits.</summary>
    private static readonly WordSet CompanyParts = new(
    [
        "subsidiary", "subsidiaries", "headquarters", "revenue", "revenues", "profit", "profits", "earnings", "workforce",
        "plant", "plants", "factory", "factories", "shareholders", "brands", "dealerships", "carmaking",
    ]);

    /// <summary>
    /// "Volkswagen's Dresden plant", "Nvidia's quarterly revenue", "Rosneft's shareholders": capitalised words (one to
    /// three, no known name, no first name, not a sentence's capitalised common word) with a possessive before up to two
    /// words and a noun of what a company has are a company. <paramref name="i"/> is the possessive.
    /// </summary>
    private static void TagCompanyBeforeItsParts(RuleContext c, int i, int end)
    {
        if (c.Word(i) is not ("'s" or "’s") || i < 1) return;
        int t = i + 1;
        while (t < end && t - i <= 2 && !CompanyParts.Contains(c.Word(t)) && c.Tokens[t].Kind is TokenKind.Word or TokenKind.Number) t++;
        if (t >= end || !CompanyParts.Contains(c.Word(t))) return;
        int start = i;
        while (start > c.FirstBodyToken && i - start < 3 && c.IsNameWord(start - 1) && (start == i || c.SpaceBetween(start - 1))) start--;
        if (start == i || c.Gazetteer.IsFirstName(c.Word(start)) || EntityText.Overlaps(c.Document, c.Tokens[start].Start, c.Tokens[i - 1].End)) return;
        c.Add(start, i, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>
    /// "Shares of Apple rose", "a stake in Rosneft", "shares in Volkswagen": the capitalised name words after shares or a
    /// stake "of"/"in" (no known name, no first name) are a company.
    /// </summary>
    private static void TagCompanyOfShares(RuleContext c, int i, int end)
    {
        if (c.Word(i) is not ("shares" or "Shares" or "stake" or "stock" or "Stock") || i + 2 >= end || c.Word(i + 1) is not ("of" or "in")) return;
        int name = i + 2;
        if (!c.IsCapitalized(name) || c.Gazetteer.IsFirstName(c.Word(name)) || IsPlaceOrGroup(c, name)) return;
        int stop = NameWords(c, name, end);
        if (stop == name || EntityText.Overlaps(c.Document, c.Tokens[name].Start, c.Tokens[stop - 1].End)) return;
        c.Add(name, stop, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>
    /// "Moldovagaz, the state gas company in which …", "Wagner, a private military company", "Novatek, Russia's largest
    /// LNG producer": a capitalised name (one to three words, not a known place or group) followed by a comma, an article
    /// or a possessor, and up to three lower-case (or acronym) words ending in a descriptor noun is an organisation.
    /// <paramref name="i"/> is the comma.
    /// </summary>
    private static void TagOrgDescribedAfter(RuleContext c, int i, int end)
    {
        if (c.Word(i) is not "," || i + 2 >= end) return;
        // "Chadema, whose leader Tundu Lissu is on trial": a name whose leader or members are named is a body's.
        bool led = c.Word(i + 1) is "whose" && BodyPeople.Contains(c.Word(i + 2));
        // "X, the state gas company", "X, Russia's largest LNG producer": a determiner or a possessor opens the description.
        int t = c.Word(i + 1) is "the" or "a" or "an" ? i + 2
            : c.IsCapitalized(i + 1) && i + 3 < end && c.Word(i + 2) is "'s" or "’s" ? i + 3
            : -1;
        if (t < 0 && !led) return;
        bool plural = false;
        // "the state gas company", "the Danish shipping giant", "the world's biggest oil exporter".
        if (!led)
        {
            int limit = Math.Min(end, t + 5);
            while (t < limit && !IsOrgDescriptor(c.Word(t), out _) && IsDescriptionWord(c, t)) t++;
            // "However, the party's majority …": a possessive noun begins a clause, no description.
            // "X, a subsidiary of Gazprom": a part of a company or a body is described by "of"; other nouns before "of" describe a
            // person. "X and Y, the state power utilities of the two countries": a plural describes both names, whatever "of" adds.
            if (t >= end || !IsOrgDescriptor(c.Word(t), out plural)
                || t + 1 < end && (c.Word(t + 1) is "'s" or "’s" || c.Word(t + 1) is "of" && !plural && !PartsOfABody.Contains(c.Word(t)))
                // "X, the driving force behind the reform": a person who drives something is no force.
                || t + 1 < end && c.Word(t + 1) is "behind"
                // "Modu Bukar, a trader whose shop was submerged", "X, a coal miner who …": a noun that may be a person's work,
                // before a relative clause of persons, describes a person.
                || t + 1 < end && (c.Word(t + 1) is "who" or "whom" || c.Word(t + 1) is "whose" && PersonsWork.Contains(c.Word(t)))
                // "… in the North Natuna Sea, the agency said", "…, Indonesia's maritime security agency Bakamla said": the
                // descriptor (and the name it introduces) is a reporting clause's subject, no appositive.
                || OpensAReportingVerb(c, t + 1, end)) return;
        }
        // Up to four name words before the comma ("Sprott Physical Uranium Trust, an investment fund"); one opening the sentence
        // must be no common word ("However, the company said …").
        // "Alternative for Germany, the largest opposition party", "the Brothers of Italy, the ruling party": "for" or "of"
        // may join two of them ("of" not after a sentence's first word: "Fighters of Wagner, a private military company").
        // ("Kazakhstan Temir Zholy (KTZ), the national railway company": the name stands before its acronym in parentheses.)
        int nameEnd = i >= 4 && c.Word(i - 1) is ")" && c.Word(i - 3) is "(" && AcronymRules.IsAcronym(c.Word(i - 2)) ? i - 3 : i;
        int start = nameEnd;
        for (int words = 0; start > c.FirstBodyToken && words < 4 && (start == nameEnd || c.SpaceBetween(start - 1)); words++)
        {
            if (c.IsNameWord(start - 1)) start--;
            else if (start < nameEnd && start - 2 >= c.FirstBodyToken && c.SpaceBetween(start - 2) && c.IsNameWord(start - 2)
                     && (c.Word(start - 1) is "for" || c.Word(start - 1) is "of" && !c.SentenceInitial[start - 2])) start -= 2;
            else break;
        }
        if (start == nameEnd || nameEnd - start == 1 && IsPlaceOrGroup(c, start) || c.Gazetteer.IsFirstName(c.Word(start))) return;
        if (IsKnownPersonOrPlace(c, start, nameEnd)) return;
        c.Add(start, nameEnd, EntityLabels.Org, 0.7, "org_descriptor");
        if (!plural || start - 2 < c.FirstBodyToken || c.Word(start - 1) is not "and") return;
        int other = start - 1;
        for (int words = 0; other > c.FirstBodyToken && words < 3 && c.SpaceBetween(other - 1) && c.IsNameWord(other - 1); words++) other--;
        if (other < start - 1 && !IsKnownPersonOrPlace(c, other, start - 1) && !(start - 1 - other == 1 && IsPlaceOrGroup(c, other)))
            c.Add(other, start - 1, EntityLabels.Org, 0.7, "org_descriptor");
    }

    /// <summary>A reporting verb stands at <paramref name="k"/>, past up to three capitalised name words.</summary>
    private static bool OpensAReportingVerb(RuleContext c, int k, int end)
    {
        for (int words = 0; k < end && words < 3 && c.IsCapitalized(k); words++) k++;
        return k < end && (ReportVerbs.Contains(c.Word(k)) || c.Word(k) is "told" or "added" or "announced");
    }

    /// <summary>A descriptor noun of <see cref="OrgDescriptors"/>, or its plural ("utilities", "companies", "banks").</summary>
    private static bool IsOrgDescriptor(ReadOnlySpan<char> word, out bool plural)
    {
        plural = false;
        if (OrgDescriptors.Contains(word)) return true;
        if (word.Length < 3 || word.Length > 32 || word[^1] != 's') return false;
        if (!word.EndsWith("ies")) return plural = OrgDescriptors.Contains(word[..^1]);
        Span<char> singular = stackalloc char[word.Length - 2];
        word[..^3].CopyTo(singular);
        singular[^1] = 'y';
        return plural = OrgDescriptors.Contains(singular);
    }

    /// <summary>Descriptor nouns that may also name a person's work ("a trader", "a miner").</summary>
    private static readonly WordSet PersonsWork = new(["trader", "miner", "producer", "developer", "contractor", "operator", "supplier", "exporter"]);

    /// <summary>Nouns of a body's people after "whose" ("Chadema, whose leader …").</summary>
    private static readonly WordSet BodyPeople = new(["leader", "leaders", "chairman", "chairwoman", "founder", "members", "leadership", "spokesman", "spokeswoman", "candidate"]);

    /// <summary>Descriptor nouns for a part of a company or body, which "of" follows ("a subsidiary of", "the armed wing of").</summary>
    private static readonly WordSet PartsOfABody = new(["subsidiary", "affiliate", "unit", "branch", "arm", "wing", "division"]);

    /// <summary>
    /// Tokens [first, end) hold a known person, or are a known place (or group) whole: no company. A name may begin with
    /// a place ("Saudi Aramco").
    /// </summary>
    private static bool IsKnownPersonOrPlace(RuleContext c, int first, int end)
    {
        int at = c.Tokens[first].Start, nameEnd = c.Tokens[end - 1].End;
        return c.Document.Entities.Any(e => e.Start < nameEnd && at < e.End && e.Label != EntityLabels.Org
                                            && (e.Label == EntityLabels.Person || e.Start <= at && nameEnd <= e.End));
    }

    /// <summary>An article, a possessive or a compound of where or by whom ("the", "her", "'s", "Canada-based").</summary>
    private static bool OpensANounPhrase(ReadOnlySpan<char> word) =>
        EntityText.IsDeterminer(word) || word is "'s" or "’s" || PossessivePronouns.Contains(word) || EntityText.IsAttributiveCompound(word);

    /// <summary>A word of a description before its noun: lower case, an acronym ("LNG"), a nationality or place
    /// ("Danish"), a compound of where or by whom ("Chinese-owned", "Shanghai-listed") or a possessive ending ("world's");
    /// no person's title and no "of".</summary>
    private static bool IsDescriptionWord(RuleContext c, int t)
    {
        var word = c.Word(t);
        if (word.Length == 0) return false;
        // "X, the head of the atomic energy agency": a person's title and its "of" describe a person.
        if (word is "of" || Relations.TitleLexicon.KindOf(word) is Relations.TitleKind.Head or Relations.TitleKind.Member) return false;
        // ("Ait Ait Dese, a YouTube channel": a brand's name written with inner capitals describes too.)
        return char.IsLower(word[0]) || word.Length > 1 && EntityText.IsAllCaps(word) || word is "'s" or "’s" || IsPlaceOrGroup(c, t)
               || EntityText.IsAttributiveCompound(word) || HasInnerCapital(word);
    }

    /// <summary>"YouTube", "TikTok", "WhatsApp": a capital after the first letter of a word with lower-case letters.</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsUpper(word[0]) && word[1..].IndexOfAnyInRange('A', 'Z') >= 0 && word[1..].IndexOfAnyInRange('a', 'z') >= 0;

    /// <summary>A word in [from, to) that is no common word ("Khovar" in "Khovar News Agency", not "Great" in "Great Service").</summary>
    private static bool HasUncommonWord(RuleContext c, int from, int to)
    {
        for (int t = from; t < to; t++)
            if (char.IsLetter(c.Word(t)[0]) && !c.Gazetteer.IsCommonWord(c.Word(t)) && !OrgHeads.Contains(c.Word(t))) return true;
        return false;
    }

    // ---- persons ------------------------------------------------------------------------------------------

    /// <summary>Up to three name words (capitalised, not common words, initials allowed) from <paramref name="first"/>; returns the end or <paramref name="first"/>.</summary>
    /// <param name="afterTitle">After a title and a first name, a capitalised common word is the surname ("Ambassador
    /// Richard Miles", "Secretary Condoleezza Rice"); before a word no list knows, the first name ("President To Lam").</param>
    private static int NameWords(RuleContext c, int first, int end, bool afterTitle = false)
    {
        int t = first, words = 0;
        // "cleric Nimr al-Nimr": a family name joined to the Arabic article is a name word in lower case.
        while (t < end && words < 3 && (c.IsCapitalized(t) || t > first && EntityText.HasArabicArticle(c.Word(t)))
               && (!Titles.Contains(c.Word(t)) || t > first && IsTitleInsideAName(c, t, end))
               && !EntityText.EndsInDescribingWord(c.Word(t))
               && (!c.Gazetteer.IsCommonWord(c.Word(t)) || afterTitle && (words == 1 && c.Gazetteer.IsFirstName(c.Word(first)) || words == 0 && BeginsAName(c, t, end))))
        {
            int next = t + 1;
            // An initial "J." when the tokenizer splits off the period.
            if (next < end && c.Word(t).Length == 1 && c.Word(next) is "." && c.Tokens[next].Start == c.Tokens[t].End) next++;
            // An initial inside the name is no word of the three ("Robert M. La Follette").
            if (!(t > first && IsInitial(c.Word(t)))) words++;
            t = next;
            if (t < end && !c.SpaceBetween(t - 1)) break;
        }
        return t;
    }

    /// <summary>"Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": after a name's word, an honorific that Arabic and Somali names
    /// carry inside them is a name word when a name word follows it.</summary>
    private static bool IsTitleInsideAName(RuleContext c, int t, int end) =>
        c.Word(t) is "Sheikh" or "Sultan" && t + 1 < end && c.SpaceBetween(t) && c.IsCapitalized(t + 1) && !Titles.Contains(c.Word(t + 1))
        && !c.Gazetteer.IsCommonWord(c.Word(t + 1));

    /// <summary>"President To Lam": after a title, a capitalised common word that a capitalised word no list knows follows
    /// (not opening the sentence) begins a name.</summary>
    private static bool BeginsAName(RuleContext c, int t, int end) =>
        t + 1 < end && c.SpaceBetween(t) && c.IsCapitalized(t + 1) && !c.Gazetteer.IsCommonWord(c.Word(t + 1)) && !Titles.Contains(c.Word(t + 1))
        && c.Gazetteer.Names.MatchPiece(c.Word(t + 1)) < 0 && !c.Headline[c.Document.SentenceIndexAt(c.Tokens[t].Start)];

    /// <summary>"M", "M.": a single capital, an initial.</summary>
    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]) || word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    /// <summary>
    /// A person's name after a title ("Minority Leader Mitch McConnell", "Sen. Lisa Murkowski"). In a headline (ending at
    /// <paramref name="headlineEnd"/>; -1 elsewhere, and for a sentence dense with names that ends in a full stop) verbs
    /// are capitalised too ("Opposition Leader Detained", "President Vetoes Law", "President Putin Signs Law"): the name
    /// ends before a word the article writes in lower case or does not write again after the headline.
    /// </summary>
    private static void TagTitledPerson(RuleContext c, int i, int end, int headlineEnd)
    {
        bool lowerCase = !c.IsCapitalized(i);
        if (lowerCase ? !LowerCaseTitles.Contains(c.Word(i)) : !Titles.Contains(c.Word(i))) return;
        // "General Dynamics", "General Motors", "Major League": before one word these titles more often begin a name.
        bool needsTwoWords = lowerCase || c.Word(i) is "General" or "Major";
        int name = i + 1;
        // "Minister of Energy Almasadam Satkaliyev": the name comes after the portfolio.
        if (!lowerCase && EntityText.PortfolioEnd(c.Document, name, c.Gazetteer) is int portfolioEnd and > 0)
        {
            if (portfolioEnd >= end || c.Word(portfolioEnd) is "," or "and") return;
            name = portfolioEnd;
            needsTwoWords = true;
        }
        // "Ambassador to the Philippines MaryKay Carlson", "Envoy to Russia Nigel Casey": the name comes after the post's country.
        else if (!lowerCase && AccreditedTo(c, i, end) is int postEnd and > 0)
        {
            name = postEnd;
            needsTwoWords = true;
        }
        // "Mr." split into "Mr" + ".".
        if (name < end && c.Word(name) is "." && c.Tokens[name].Start == c.Tokens[i].End) name++;
        if (name >= end || name > i + 1 && !c.SpaceBetween(name - 1) || name == i + 1 && !c.SpaceBetween(i)) return;
        if (IsPlaceOrGroup(c, name) && !PlaceWordBeginsName(c, name, end)) return;
        // "Chief Justice Sushila Karki": the name comes after the title's second word.
        if (c.Word(i) is "Chief" && c.Word(name) is "Justice" && name + 1 < end && c.SpaceBetween(name)) name++;
        // "Chief Executive Tim Cook": "Chief" before a common word opens a longer title.
        else if (c.Word(i) is "Chief" && (c.Gazetteer.IsCommonWord(c.Word(name)) || Titles.Contains(c.Word(name)))) return;
        int stop = NameWords(c, name, end, afterTitle: true);
        if (headlineEnd >= 0)
            for (int t = name; t < stop; t++)
                if (c.WrittenInLowerCase(t) || c.Text.IndexOf(c.Word(t).ToString(), headlineEnd, StringComparison.Ordinal) < 0) { stop = t; break; }
        // "Gen Z", "calling themselves "Gen Z."": a lone letter (or an initial closing the sentence) after a title is no name.
        if (stop == name || stop == name + 1 && (c.Word(name).Length == 1 || c.Word(name) is [_, '.'])) return;
        bool oneWord = c.Document.Text.IndexOf(' ', c.Tokens[name].Start, c.Tokens[stop - 1].End - c.Tokens[name].Start) < 0;
        // (A name after a lower-case title, "whose founder Ales Bialiatski", is a person whatever the model reads, as one
        // before a role is: the title is no part of a name.)
        // ("General Waker-Uz-Zaman": a name of capitalised parts joined by hyphens is a whole name in one word.)
        if (!(needsTwoWords && oneWord && !EntityText.IsHyphenatedName(c.Document.SpanOf(c.Tokens[name].Start, c.Tokens[stop - 1].End))))
            c.Add(name, stop, EntityLabels.Person, 0.85, lowerCase ? "role_after" : "title");
    }

    /// <summary>After an envoy's title at <paramref name="title"/>, "to" (and "the") and a country the gazetteer knows, whole:
    /// the token after the country, or -1.</summary>
    private static int AccreditedTo(RuleContext c, int title, int end)
    {
        if (c.Word(title) is not ("Ambassador" or "Envoy") || title + 2 >= end || c.Word(title + 1) is not "to") return -1;
        int country = c.Word(title + 2) is "the" ? title + 3 : title + 2;
        if (country >= end) return -1;
        int countryEnd = c.Gazetteer.Names.MatchLongest(c.Text, c.Tokens, country, end, out int entry);
        return countryEnd > country && c.Gazetteer.Flags(entry).HasFlag(GazetteerFlags.Country) ? countryEnd : -1;
    }

    /// <summary>Nouns of kinship an apposition gives a person by ("the husband of", "his daughter").</summary>
    private static readonly WordSet KinNouns = new(["husband", "wife", "son", "daughter", "brother", "sister", "widow", "father", "mother", "nephew", "niece", "son-in-law"]);

    /// <summary>
    /// "Rakhat Aliyev, Kazakhstan's ambassador to Austria", "Azimjan Askarov, a human rights activist": two or three name
    /// words no list knows, then a comma and a described person's title or kin ("the husband of …") name a person, whom the
    /// model, seeing the name for the first time, had read as a place or missed. The description opens with an article, a
    /// possessive or a place's word and runs over lower-case words and places to the title noun within six words.
    /// </summary>
    private static void TagPersonBeforeRole(RuleContext c, int i, int end)
    {
        if (!c.IsNameWord(i) || i > c.FirstBodyToken && c.IsCapitalized(i - 1) && c.SpaceBetween(i - 1)) return;
        int stop = NameWords(c, i, end);
        if (stop - i < 2 || stop + 2 >= end || c.Word(stop) is not ",") return;
        // ("Dimash Alzhanov, a political analyst": a first name may be some town's, "Dimash", if the name runs on past it.)
        bool placeOpens = PlaceWordBeginsName(c, i, end);
        if (EntityText.Overlaps(c.Document, placeOpens ? c.Tokens[i + 1].Start : c.Tokens[i].Start, c.Tokens[stop - 1].End)) return;
        for (int t = placeOpens ? i + 1 : i; t < stop; t++)
            if (HasTitlePart(c.Word(t)) || EntityText.IsDocumentNoun(c.Word(t)) || IsPlaceOrGroup(c, t) || OrgHeads.Contains(c.Word(t)) || PlaceHeads.Contains(c.Word(t)) || c.Gazetteer.Names.MatchPiece(c.Word(t)) >= 0 && !c.Gazetteer.IsFirstName(c.Word(t))) return;
        int d = stop + 1;
        // ("Lee-Anne Mulholland, Google's global head of regulatory affairs": a name's possessive opens it too.)
        if (!(EntityText.IsDeterminer(c.Word(d)) || PossessivePronouns.Contains(c.Word(d)) || IsPlaceOrGroup(c, d)
              || c.IsCapitalized(d) && d + 1 < end && c.Word(d + 1) is "'s" or "’s")) return;
        for (int t = d + 1; t < end && t <= d + 6; t++)
        {
            var word = c.Word(t);
            // ("naming Pichit Chuenban, a lawyer for …": a person's trade describes him as a title does.)
            if (Relations.TitleLexicon.KindOf(word) is Relations.TitleKind.Head or Relations.TitleKind.Member || KinNouns.Contains(word) || LowerCaseTitles.Contains(word))
            {
                // "… join the Abraham Accords, US President Donald Trump announced": a title before its own holder's
                // name opens the next clause's subject, no description of the name before the comma.
                if (t + 1 < end && c.IsNameWord(t + 1) && !HasTitlePart(c.Word(t + 1)) && !c.Gazetteer.IsCommonWord(c.Word(t + 1))) return;
                c.Add(i, stop, EntityLabels.Person, 0.8, "role_apposition");
                return;
            }
            if (!(EntityText.IsLowerCaseWord(word) || word is "'s" or "’s" || IsPlaceOrGroup(c, t))) return;
        }
    }

    /// <summary>
    /// "Hakan Fidan and his Syrian counterpart Asaad al-Shaibani": name words right after "counterpart" (or "counterparts", a
    /// comma between or not) are a person, whatever the model reads (it read nothing); not a place or a group the gazetteer
    /// knows ("his counterparts from Turkey").
    /// </summary>
    private static void TagCounterpart(RuleContext c, int i, int end)
    {
        if (c.Word(i) is not ("counterpart" or "counterparts") || i + 2 >= end) return;
        bool comma = c.Word(i + 1) is ",";
        int name = comma ? i + 2 : i + 1;
        if (!comma && !c.SpaceBetween(i) || !c.IsNameWord(name) || c.Gazetteer.Names.MatchPiece(c.Word(name)) >= 0 && !c.Gazetteer.IsFirstName(c.Word(name))) return;
        int stop = NameWords(c, name, end);
        if (stop - name < 2 || EntityText.Overlaps(c.Document, c.Tokens[name].Start, c.Tokens[stop - 1].End)) return;
        c.Add(name, stop, EntityLabels.Person, 0.8, "role_after");
    }

    /// <summary>The source of <see cref="TagPersonAfterRole"/>'s persons, whose label the model keeps.</summary>
    public const string PersonAfterRoleSource = EntityRules.StageName + "/role_after";

    /// <summary>
    /// "Acting head of the mission Stephanie Koury urged …": the head, chief or leader "of the" and one lower-case noun, then
    /// two or three name words (no place, body or title among them) name a person, whatever the model reads (it read an
    /// organisation).
    /// </summary>
    private static void TagPersonAfterHeadOfABody(RuleContext c, int i, int end)
    {
        if (i + 5 >= end || c.Word(i) is not ("head" or "Head" or "chief" or "Chief" or "leader" or "Leader") || c.Word(i + 1) is not "of"
            || c.Word(i + 2) is not "the" || !EntityText.IsLowerCaseWord(c.Word(i + 3)) || !c.IsNameWord(i + 4) || !c.SpaceBetween(i + 3)) return;
        int name = i + 4, stop = NameWords(c, name, end);
        if (stop - name is < 2 or > 3) return;
        for (int t = name; t < stop; t++)
            if (HasTitlePart(c.Word(t)) || OrgHeads.Contains(c.Word(t)) || PlaceHeads.Contains(c.Word(t)) || IsPlaceOrGroup(c, t)) return;
        if (!EntityText.Overlaps(c.Document, c.Tokens[name].Start, c.Tokens[stop - 1].End)) c.Add(name, stop, EntityLabels.Person, 0.8, "role_after");
    }

    /// <summary>
    /// "The parliament's speaker, Lasha Ashuba, announced …": a lower-case title noun after an article, a possessive or a
    /// lower-case word, then a comma, two or three name words no list knows and a comma, names a person (the mirror of
    /// <see cref="TagPersonBeforeRole"/>), whatever the model reads (it read a place, one of the words being some town's).
    /// </summary>
    private static void TagPersonAfterRole(RuleContext c, int name, int end)
    {
        int role = name - 2;
        // ("Duterte's lawyer, Salvador Panelo, said": a profession's title too.)
        if (role < 1 || role < c.FirstBodyToken || c.Word(name - 1) is not "," || !EntityText.IsLowerCaseWord(c.Word(role))
            || Relations.TitleLexicon.KindOf(c.Word(role)) is not (Relations.TitleKind.Head or Relations.TitleKind.Member) && !LowerCaseTitles.Contains(c.Word(role))) return;
        var before = c.Word(role - 1);
        if (!(before is "'s" or "’s" || EntityText.IsDeterminer(before) || PossessivePronouns.Contains(before) || EntityText.IsLowerCaseWord(before))) return;
        if (!c.IsNameWord(name)) return;
        int stop = NameWords(c, name, end);
        if (stop - name < 2 || stop >= end || c.Word(stop) is not ",") return;
        int from = c.Tokens[name].Start, to = c.Tokens[stop - 1].End;
        // An earlier rule's person over the same words (a first name it knows) keeps its label against the model too; any other
        // name over them but a place or a people inside them ("Lasha", "Christian Lindner") stands.
        foreach (var e in c.Document.Entities)
            if (e.Start == from && e.End == to && e.Label == EntityLabels.Person)
            {
                e.Source = PersonAfterRoleSource;
                return;
            }
        foreach (var e in c.Document.Entities)
            if (e.Start < to && from < e.End && !(e.Label is EntityLabels.Loc or EntityLabels.Norp && from <= e.Start && e.End < to)) return;
        // (A first name may also be some town's: "Lasha" is a name of Lashio; not every word a place's.)
        int places = 0;
        for (int t = name; t < stop; t++)
        {
            if (HasTitlePart(c.Word(t)) || OrgHeads.Contains(c.Word(t)) || PlaceHeads.Contains(c.Word(t))) return;
            if (IsPlaceOrGroup(c, t)) places++;
        }
        if (places < stop - name) c.Add(name, stop, EntityLabels.Person, 0.8, "role_after");
    }

    /// <summary>
    /// After a title, a one-word place followed by a name word that is no place is a person's first name: "Defense
    /// Minister Wellington Koo" ("Secretary Russian Federation" stays a place: the gazetteer's name runs on).
    /// </summary>
    private static bool PlaceWordBeginsName(RuleContext c, int token, int end)
    {
        int next = token + 1;
        if (next >= end || !c.SpaceBetween(token) || !c.IsCapitalized(next) || Titles.Contains(c.Word(next)) && !IsTitleInsideAName(c, next, end)
            || c.Gazetteer.IsCommonWord(c.Word(next)) || c.Gazetteer.Names.MatchPiece(c.Word(next)) >= 0) return false;
        return c.Gazetteer.Names.MatchLongest(c.Document.Text, c.Document.Tokens, token, end, out _) == token + 1;
    }

    /// <summary>
    /// "Pashinyan accused Moscow …", "Aliyev and Putin met in Dushanbe": a capitalised word standing alone (no capitalised word
    /// next to it) that is the surname of a person the gazetteer lists, of four letters or more, and no common word, first
    /// name or name of the gazetteer's own, is a person mentioned by surname, as news does after the first mention or for
    /// leaders it never names in full. Not in a headline, where every word is capitalised. A name an earlier stage holds stands.
    /// </summary>
    private static void TagKnownSurname(RuleContext c, int i, int end)
    {
        var word = c.Word(i);
        if (word.Length < 4 || !char.IsUpper(word[0])) return;
        foreach (char ch in word[1..]) if (!char.IsLower(ch)) return;
        if (i > 0 && c.IsCapitalized(i - 1) && c.SpaceBetween(i - 1) || i + 1 < end && c.IsCapitalized(i + 1) && c.SpaceBetween(i)) return;
        if (!c.Gazetteer.IsSurname(word) || c.Gazetteer.IsCommonWord(word) || c.Gazetteer.IsFirstName(word) || c.Gazetteer.Names.MatchPiece(word) >= 0
            || OrgHeads.Contains(word) || HasTitlePart(word)) return;
        // "the International", "Catalan parliament", "Green party": after an article, or before a lower-case word that is
        // no verb's form or clause word, the word describes or names something else.
        if (i > 0 && EntityText.IsDeterminer(c.Word(i - 1))) return;
        // "bin Laden": a surname after its lower-case particle is the particle's too.
        if (i > 0 && c.Word(i - 1) is "bin" or "ibn" or "bint" or "al" or "el" or "de" or "van" or "von" or "der" or "da" or "del") return;
        if (i + 1 < end && c.Document.Tokens[i + 1].Kind == TokenKind.Word && char.IsLower(c.Word(i + 1)[0]) && !OpensAPersonsPredicate(c.Word(i + 1))) return;
        if (EntityText.Overlaps(c.Document, c.Tokens[i].Start, c.Tokens[i].End)) return;
        c.Add(i, i + 1, EntityLabels.Person, 0.7, "surname");
    }

    /// <summary>A lower-case word that may follow a person's name: a past form, an auxiliary or a clause's word (not a plural
    /// noun: "Catalan nationalists"), or a preposition after a verb's object ("thanked Trump for his efforts").</summary>
    private static bool OpensAPersonsPredicate(ReadOnlySpan<char> next) =>
        next.EndsWith("ed", StringComparison.Ordinal)
        || next is "and" or "or" or "who" or "says" or "has" or "is" or "was" or "will" or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "had"
            or "did" or "told" or "said" or "met" or "made" or "took" or "gave" or "sent" or "won" or "lost" or "left" or "led" or "spoke" or "also"
            or "for" or "to" or "in" or "on" or "at" or "with" or "about" or "over" or "after" or "during" or "from" or "by" or "against" or "but" or "when" or "while";

    /// <summary>
    /// "Tamim bin Hamad Al Thani", "Hamza bin Laden", "Mohammed bin Salman": a capitalised name, "bin", "ibn" or "bint"
    /// and one to three capitalised words name one person (the model split them at the particle or found nothing).
    /// </summary>
    private static void TagPatronymicPerson(RuleContext c, int i, int end)
    {
        if (i + 2 >= end || c.Word(i + 1) is not ("bin" or "ibn" or "bint") || !c.IsNameWord(i) || Titles.Contains(c.Word(i))
            || !c.SpaceBetween(i) || !c.SpaceBetween(i + 1) || !c.IsCapitalized(i + 2)) return;
        int first = i;
        // "Sheikh Mohammed bin Abdulrahman": a given name before may open the name too, a title does not.
        if (first > c.FirstBodyToken && c.SpaceBetween(first - 1) && c.IsNameWord(first - 1) && !Titles.Contains(c.Word(first - 1))
            && !IsPlaceOrGroup(c, first - 1) && c.Gazetteer.IsFirstName(c.Word(first - 1))) first--;
        int stop = i + 3;
        while (stop < end && stop - i < 5 && c.SpaceBetween(stop - 1) && c.IsCapitalized(stop) && !Titles.Contains(c.Word(stop))) stop++;
        c.Add(first, stop, EntityLabels.Person, 0.85, "patronymic");
    }

    /// <summary>"the sentences of Makhabat Tazhibek kyzy and …": one to three capitalised words before a Turkic patronymic's
    /// lower-case word (<see cref="EntityText.IsTurkicPatronymic"/>) name a person with it, whatever the model reads there.</summary>
    private static void TagTurkicPatronymicPerson(RuleContext c, int i, int end)
    {
        if (!c.IsNameWord(i) || Titles.Contains(c.Word(i)) || i > c.FirstBodyToken && c.IsCapitalized(i - 1) && c.SpaceBetween(i - 1)) return;
        int stop = CapitalisedRunEnd(c, i + 1, end, maxWords: 3);
        if (stop >= end || !c.SpaceBetween(stop - 1) || !EntityText.IsTurkicPatronymic(c.Word(stop))) return;
        for (int t = i; t < stop; t++)
            if (Titles.Contains(c.Word(t)) || OrgHeads.Contains(c.Word(t))) return;
        c.Add(i, stop + 1, EntityLabels.Person, 0.85, "patronymic");
    }

    /// <summary>"the town of Adan Yabaal", "the village of Ulken": one to three capitalised words after a settlement's noun and
    /// "of" (<see cref="EntityText.FollowsSettlementNoun"/>) name a place; a name an earlier stage found there is left to it.</summary>
    private static void TagSettlementName(RuleContext c, int i, int end)
    {
        if (!c.IsCapitalized(i) || !EntityText.FollowsSettlementNoun(c.Document, i)) return;
        int stop = CapitalisedRunEnd(c, i + 1, end, maxWords: 2);
        for (int t = i; t < stop; t++)
            if (Titles.Contains(c.Word(t)) || OrgHeads.Contains(c.Word(t))) return;
        if (!EntityText.Overlaps(c.Document, c.Tokens[i].Start, c.Tokens[stop - 1].End)) c.Add(i, stop, EntityLabels.Loc, 0.8, "settlement");
    }

    /// <summary>
    /// A first name the gazetteer knows and the capitalised name words after it name a person. In a headline
    /// (<paramref name="headlineEnd"/> ≥ 0: where it ends), where every word is capitalised, the longest run of two or more
    /// of those words that the article writes again after it, if any ("Le Pen Loses Appeal Bid …" → "Le Pen"), and none
    /// when the article writes the first name again alone.
    /// </summary>
    private static void TagFirstNamePerson(RuleContext c, int i, int end, int headlineEnd)
    {
        if (!c.IsCapitalized(i) || !c.Gazetteer.IsFirstName(c.Word(i)) || i + 1 >= end || !c.SpaceBetween(i)) return;
        // ("Commodore Jay Tarriela": a title is no first name, whatever the list of names holds.)
        if (EntityText.FollowsSettlementNoun(c.Document, i) || Titles.Contains(c.Word(i))) return;
        // ("Justice Leona Theron said": a title that is some given name too is the title.)
        if (Relations.TitleLexicon.KindOf(c.Word(i)) is Relations.TitleKind.Head or Relations.TitleKind.Member) return;
        // ("the official gazette Le Moniteur": a foreign article after a medium's or a body's noun opens its title.)
        if (i > c.FirstBodyToken && ForeignArticles.Contains(c.Word(i)) && OrgDescriptors.Contains(c.Word(i - 1))) return;
        // "Le Pen Loses …": a word inside a person this rule has just named opens no second one ("Pen Loses").
        int at = c.Tokens[i].Start;
        foreach (var e in c.Document.Entities)
            if (e.Start < at && at < e.End && e.Label == EntityLabels.Person) return;
        if (i > c.FirstBodyToken && Titles.Contains(c.Word(i - 1))) return;
        // "Brent North Sea crude": a place's name of one word or more after the first name makes no person.
        if (IsPlaceOrGroup(c, i + 1) || PlaceNameAt(c, i + 1, end)) return;
        // "Jimmy "Barbecue" Cherizier": a nickname in quotation marks between the first name and the surname is part of the name.
        int surname = headlineEnd < 0 ? QuotedNicknameEnd(c, i + 1, end) : i + 1;
        int stop = NameWords(c, surname, end);
        if (stop == surname) return;
        // "the Abraham Accords": a document's name.
        for (int t = i + 1; t < stop; t++)
            if (OrgHeads.Contains(c.Word(t)) || PlaceHeads.Contains(c.Word(t)) || EntityText.IsDocumentNoun(c.Word(t))) return;
        // "the Abu Shouk displacement camp": a place's name (TagPlacesBeforePlaceNouns).
        if (EntityText.StartsPlaceNoun(c.Document, stop)) return;
        // "the Houthi-run Al Masirah television": a medium's.
        if (stop < end && NamesAMedium(c.Document, stop))
        {
            c.Add(i, stop, EntityLabels.Org, 0.7, "org_descriptor");
            return;
        }
        if (headlineEnd >= 0)
        {
            int repeated = stop;
            while (repeated > i + 1 && c.Text.IndexOf(c.Document.Slice(c.Tokens[i].Start, c.Tokens[repeated - 1].End), headlineEnd, StringComparison.Ordinal) < 0) repeated--;
            if (repeated > i + 1) stop = repeated;
            // "Rebels Seize Damascus as Assad Flees Syria" after "Bashar al-Assad", "… Assad and his family": a first name the
            // article writes again alone, with none of the words after it, is what the headline calls the person by.
            else if (EntityText.Occurrences(c.Text, c.Word(i).ToString(), headlineEnd, StringComparison.Ordinal) > 0) return;
        }
        // "LIBREVILLE, May 3 -- Brice Clotaire Oligui Nguema": a name word no list knows right before the first name, opening the
        // sentence or the text after a dash (a dateline's), is the person's first first name.
        int start = i;
        if (headlineEnd < 0 && i > c.FirstBodyToken && (c.SentenceInitial[i - 1] || i >= 2 && c.Word(i - 2) is "-" or "--" or "—" or "–") && c.SpaceBetween(i - 1) && c.IsNameWord(i - 1) && !c.Gazetteer.IsCommonWord(c.Word(i - 1))
            && !EntityText.IsAllCaps(c.Word(i - 1))
            && !Titles.Contains(c.Word(i - 1)) && !HasTitlePart(c.Word(i - 1)) && Relations.TitleLexicon.KindOf(c.Word(i - 1)) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)
            && !IsPlaceOrGroup(c, i - 1) && c.Gazetteer.Names.MatchPiece(c.Word(i - 1)) < 0
            && !EntityText.Overlaps(c.Document, c.Tokens[i - 1].Start, c.Tokens[i - 1].End))
            start = i - 1;
        c.Add(start, stop, EntityLabels.Person, 0.75, FirstNameRule);
    }

    /// <summary>The token after a nickname of one or two capitalised words in quotation marks opening at <paramref name="open"/>
    /// ("Jimmy "Barbecue" Cherizier"), when a word follows it; else <paramref name="open"/>.</summary>
    private static int QuotedNicknameEnd(RuleContext c, int open, int end)
    {
        if (open + 3 >= end || c.Word(open) is not ("\"" or "“")) return open;
        int close = open + 1;
        while (close < end && close - open <= 3 && c.IsCapitalized(close) && c.Tokens[close].Kind == TokenKind.Word) close++;
        return close > open + 1 && close + 1 < end && c.Word(close) is "\"" or "”" && c.SpaceBetween(close) ? close + 1 : open;
    }

    /// <summary>
    /// "in Turkmenistan's Lebap province", "Uzbekistan's Surkhandarya and Karakalpakstan regions", "the Abu Shouk
    /// displacement camp": capitalised words listed right before a noun of a country's parts or of a site
    /// (<see cref="EntityText.PlaceNamesEnd"/>) are places, up to two words each; a word an earlier stage tagged, a title,
    /// an organisation's head noun ("the Labour Party district office"), a common word at a sentence's start or a group's
    /// adjective ("the Kurdish region") is none.
    /// </summary>
    private static void TagPlacesBeforePlaceNouns(RuleContext c, int from, int noun)
    {
        int namesEnd = EntityText.PlaceNamesEnd(c.Document, noun);
        if (namesEnd - 1 < from || !c.SpaceBetween(namesEnd - 1)) return;
        for (int stop = namesEnd; ;)
        {
            int start = stop;
            // "its two English-speaking regions": a compound with a lower-case head describes the regions, it names none.
            while (start - 1 >= from && stop - start < 2 && c.IsNameWord(start - 1) && !Titles.Contains(c.Word(start - 1))
                   && !OrgHeads.Contains(c.Word(start - 1)) && !IsCompoundWithLowerCaseHead(c.Word(start - 1))
                   && (start == stop || c.SpaceBetween(start - 1))) start--;
            if (start == stop) return;
            if (!(stop - start == 1 && IsPlaceOrGroup(c, start)) && !EntityText.Overlaps(c.Document, c.Tokens[start].Start, c.Tokens[stop - 1].End))
                c.Add(start, stop, EntityLabels.Loc, 0.7, "place_list");
            // Back over ", " / "and" / "or" to the name before.
            int at = start - 1, connectors = 0;
            while (at >= from && connectors < 2 && c.Word(at) is "," or "and" or "or") { at--; connectors++; }
            if (connectors == 0) return;
            stop = at + 1;
        }
    }

    /// <summary>Last words of a facility's or a region's name, a place whatever names it bears ("Jomo Kenyatta International
    /// Airport", "the Niger Delta").</summary>
    private static readonly WordSet FacilityHeads = new(
    [
        // Not "Street": "Wall Street" is a market, "G.A. Street" a person.
        "Airport", "Airfield", "Airbase", "Stadium", "Arena", "Hall", "Bridge", "Dam", "Canal", "Port", "Square", "Avenue", "Boulevard", "Highway", "Crossing",
        "Delta", "Basin", "Plateau", "Highlands", "Coast", "Corridor",
        // ("the Gorno-Badakhshan Autonomous Region", "Kursk Oblast": a division's capitalised noun is part of its name.)
        "Region", "Oblast", "Okrug", "Krai", "Province", "Prefecture", "Governorate",
    ]);

    /// <summary>The last word of a facility's or a region's name (<see cref="FacilityHeads"/>).</summary>
    public static bool IsFacilityHead(ReadOnlySpan<char> word) => FacilityHeads.Contains(word);

    /// <summary>
    /// "at Jomo Kenyatta International Airport", "in Tahrir Square", "the Niger Delta": a run of two or more capitalised
    /// words (after a determiner) ending in a facility's or a region's noun is a place; the model, reading a person's or a
    /// country's name inside, doubted it or cut it.
    /// </summary>
    private static void TagFacilities(RuleContext c, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!c.IsCapitalized(i) || i > from && c.IsCapitalized(i - 1) && c.SpaceBetween(i - 1)) continue;
            int runEnd = CapitalisedRunEnd(c, i + 1, end);
            if (!FacilityHeads.Contains(c.Word(runEnd - 1))) continue;
            int start = i;
            while (start < runEnd && (EntityText.IsDeterminer(c.Word(start)) || !c.IsNameWord(start))) start++;
            // "R Square" is a statistic's name: a facility's first word is a word, no letter.
            if (runEnd - start < 2 || c.Word(start).Length < 2) continue;
            if (!RunsOver(c.Document, c.Tokens[start].Start, c.Tokens[runEnd - 1].End)) c.Add(start, runEnd, EntityLabels.Loc, 0.75, "facility");
        }
    }

    /// <summary>An entity overlaps [<paramref name="start"/>, <paramref name="end"/>) and reaches beyond it.</summary>
    private static bool RunsOver(Document doc, int start, int end)
    {
        foreach (var e in doc.Entities)
            if (e.Start < end && start < e.End && (e.Start < start || e.End > end)) return true;
        return false;
    }

    /// <summary>Words that end place and facility names ("Santo Niño Parish Church"), never person names.</summary>
    private static readonly WordSet PlaceHeads = new(
    [
        "Church", "Parish", "Cathedral", "Mosque", "Temple", "Airport", "Airfield", "Base", "Hospital", "Street", "Avenue", "Road",
        "Square", "Bridge", "Palace", "Stadium", "Hotel", "Park", "River", "Lake", "Mountain", "Mountains", "Island", "Islands",
        "Valley", "Province", "District", "Region", "County", "City", "Port", "Harbor", "Harbour", "Prison", "Camp", "Colony",
    ]);

    /// <summary>A place's name of several words from the gazetteer begins at <paramref name="token"/> ("North Sea").</summary>
    private static bool PlaceNameAt(RuleContext c, int token, int end) =>
        c.Gazetteer.Names.MatchLongest(c.Document.Text, c.Document.Tokens, token, end, out int entry) > token + 1 && c.Gazetteer.Label(entry) == EntityLabels.Loc;

    /// <summary>Drops the gazetteer's reading starting at <paramref name="at"/>; a loop in a method of its own, as a lambda over
    /// <c>at</c> would put a closure on the heap for every token the rule looks at.</summary>
    private static void RemoveGazetteerReadingAt(List<Entity> entities, int at)
    {
        for (int i = entities.Count - 1; i >= 0; i--)
            if (entities[i].Start == at && entities[i].Source == GazetteerEntityTagger.StageName) entities.RemoveAt(i);
    }

    /// <summary>The gazetteer knows the word at <paramref name="token"/> as a name written otherwise ("Orano" for Oran).</summary>
    private static bool IsAnotherSpellingOnly(RuleContext c, int token)
    {
        int entry = c.Gazetteer.Names.MatchPiece(c.Word(token));
        return entry >= 0 && !c.Word(token).Equals(c.Gazetteer.Canonical(entry), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The token is a place's or a people's word the gazetteer knows (not a minor place), or with
    /// <paramref name="groupOnly"/> a people's word ("Kazakh").</summary>
    private static bool IsPlaceOrGroup(RuleContext c, int token, bool groupOnly = false)
    {
        int entry = c.Gazetteer.Names.MatchPiece(c.Word(token));
        return entry >= 0 && (groupOnly ? c.Gazetteer.Label(entry) == EntityLabels.Norp
                                        : c.Gazetteer.Label(entry) is EntityLabels.Loc or EntityLabels.Norp && !c.Gazetteer.Flags(entry).HasFlag(GazetteerFlags.Minor));
    }

    [GeneratedRegex("^[0-9]{1,3}$")]
    private static partial Regex MediumNumberRegex();

    // ---- events -------------------------------------------------------------------------------------------

    // "Rubezh-2004", "Thunder-2025A" (a series' letter after the year).
    [GeneratedRegex("^\\p{Lu}\\p{Ll}+-(?:19|20)\\d\\d[A-Z]?$")]
    private static partial Regex NameYear();

    /// <summary>
    /// "Rubezh-2004" (a name joined to a year: exercises, summits), "Operation Desert Storm", and named events built on an
    /// event noun (see <see cref="TagEventPhrase"/>).
    /// </summary>
    private static int? TagEvent(RuleContext c, int i, int end, bool headline)
    {
        if (TagEventPhrase(c, i, end, headline) is int afterPhrase) return afterPhrase;
        // "Union Shield-2006": up to two capitalised words may open the name joined to its year.
        for (int k = i; k < end && k - i <= 2; k++)
        {
            int last = k;
            while (last + 1 < end && c.Tokens[last + 1].Start == c.Tokens[last].End
                   && (c.Tokens[last + 1].Kind is TokenKind.Word or TokenKind.Number || c.Word(last + 1) == "-")) last++;
            if (NameYear().IsMatch(c.Document.SpanOf(c.Tokens[k].Start, c.Tokens[last].End)))
            {
                c.Add(i, last + 1, EntityLabels.Event, 0.7, "event");
                return last + 1;
            }
            // … but not a place or a group before it ("in Kyrgyzstan Rubezh-2004 began").
            if (last != k || !c.IsNameWord(k) || IsPlaceOrGroup(c, k) || k + 1 >= end || !c.SpaceBetween(k)) break;
        }
        if (!headline && NamedExercisesEnd(c, i, end) is int exercises)
        {
            c.Add(i, exercises, EntityLabels.Event, 0.7, "event");
            return exercises;
        }
        // "the operation, named Rising Lion", "an offensive codenamed Sindoor": the name a military act is given after its noun.
        if (!headline && i >= 2 && c.IsCapitalized(i) && c.Word(i - 1) is "named" or "codenamed" or "code-named" or "dubbed"
            && (c.Word(i - 2) is "," ? i >= 3 ? c.Word(i - 3) : "" : c.Word(i - 2)) is "operation" or "offensive" or "campaign" or "exercise" or "exercises" or "drills")
        {
            int stop = CapitalisedRunEnd(c, i, end, maxWords: 3);
            // ("exercises, dubbed Conquerors of Khaybar": an "of" and the capitalised words after it.)
            if (stop + 1 < end && c.Word(stop) is "of" && c.SpaceBetween(stop - 1) && c.SpaceBetween(stop) && c.IsCapitalized(stop + 1))
                stop = CapitalisedRunEnd(c, stop + 1, end, maxWords: 3);
            c.Add(i, stop, EntityLabels.Event, 0.75, "event");
            return stop;
        }
        if (c.Word(i) is "Operation" && i + 1 < end && c.SpaceBetween(i) && c.IsCapitalized(i + 1))
        {
            int stop = CapitalisedRunEnd(c, i + 1, end, maxWords: 3);
            c.Add(i, stop, EntityLabels.Event, 0.7, "event");
            return stop;
        }
        // "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Rita": a storm is named by the word after its kind ("Storm"
        // alone only before a first name: "Storm Shadow" is a missile); it is no place ("Hurricane", Utah) and no person.
        int name = c.Word(i) is "Tropical" or "Super" && i + 1 < end && c.Word(i + 1) is "Storm" or "Typhoon" && c.SpaceBetween(i) ? i + 2 : i + 1;
        if (name < end && c.SpaceBetween(name - 1) && c.IsCapitalized(name)
            && (IsStormKind(c.Word(name - 1)) && c.Word(name - 1) is not "Storm" || c.Word(name - 1) is "Storm" && (name > i + 1 || c.Gazetteer.IsFirstName(c.Word(name)))))
        {
            c.Add(i, name + 1, EntityLabels.Event, 0.8, "event");
            return name + 1;
        }
        return null;
    }

    /// <summary>Nouns of military exercises, and the modifiers that may stand before them.</summary>
    private static readonly WordSet ExerciseNouns = new(["exercises", "exercise", "drills", "drill", "maneuvers", "manoeuvres", "wargames", "games"]);
    private static readonly WordSet ExerciseModifiers = new(["military", "joint", "naval", "war", "command-staff", "tactical", "strategic", "large-scale"]);

    /// <summary>
    /// "Peace Mission 2005 exercises", "Zapad 2021 joint drills": up to three capitalised words and a year written apart
    /// before a noun of exercises name them (as "Rubezh-2004" does joined); the end of the name, or null.
    /// </summary>
    private static int? NamedExercisesEnd(RuleContext c, int i, int end)
    {
        if (EntityText.IsDeterminer(c.Word(i))) return null;  // "The Zapad 2021 drills" opens at the name
        for (int k = i; k + 2 < end && k - i < 3 && c.IsCapitalized(k) && c.SpaceBetween(k); k++)
        {
            if (!Year().IsMatch(c.Word(k + 1)) || !c.SpaceBetween(k + 1)) continue;
            int noun = ExerciseModifiers.Contains(c.Word(k + 2)) && k + 3 < end && c.SpaceBetween(k + 2) ? k + 3 : k + 2;
            return ExerciseNouns.Contains(c.Word(noun)) ? k + 2 : null;
        }
        return null;
    }

    /// <summary>The word before a storm's name: "Hurricane Katrina", "Typhoon Haiyan", "Tropical Storm Rita".</summary>
    public static bool IsStormKind(ReadOnlySpan<char> word) => word is "Hurricane" or "Typhoon" or "Cyclone" or "Storm";

    /// <summary>Event nouns that make a dated phrase an event: "2011 Irish general election", "1964 Republican Party presidential primaries".</summary>
    private static readonly WordSet DatedEventHeads = new(
    [
        "election", "elections", "by-election", "by-elections", "primary", "primaries", "caucus", "caucuses", "referendum",
        "summit", "conference", "convention", "games", "olympics", "championship", "championships", "cup", "crisis", "talks",
        "Election", "Elections", "By-election", "Primary", "Primaries", "Caucus", "Caucuses", "Referendum", "Summit", "Conference",
        "Convention", "Games", "Olympics", "Championship", "Championships", "Cup", "Crisis", "Talks",
    ]);

    /// <summary>Event nouns that name an event after a proper name even without a year: "Cold War", "Orange Revolution", "Decembrist revolt".</summary>
    private static readonly WordSet NamedEventHeads = new(
    [
        "War", "Revolution", "Uprising", "Revolt", "Rebellion", "Intifada", "Crisis", "Summit", "Conference", "Olympics", "Games",
        "war", "revolution", "uprising", "revolt", "rebellion", "massacre", "genocide", "Massacre", "Genocide",
    ]);

    /// <summary>Nouns an event noun describes ("war memorial", "genocide victims"): the compound is no event's name.</summary>
    private static readonly WordSet NounsAfterAnEventNoun = new(
    [
        "memorial", "memorials", "monument", "cemetery", "museum", "veteran", "veterans", "crimes", "criminal", "criminals", "dead",
        "graves", "grave", "hero", "heroes", "victims", "survivors", "widows", "orphans", "refugees", "damage", "debt", "debts",
        "reparations", "tribunal", "games", "zone", "effort", "economy", "correspondent", "correspondents", "propaganda", "anniversary",
        "commemoration", "commemorations", "denial", "memory", "years", "era", "generation",
    ]);

    /// <summary>Lower-case words that may stand between a year or name and the event noun: "general", "presidential", "state".</summary>
    private static readonly WordSet EventModifiers = new(
    [
        "general", "presidential", "parliamentary", "legislative", "federal", "state", "local", "municipal", "regional",
        "provincial", "mayoral", "gubernatorial", "congressional", "senate", "midterm", "snap", "leadership", "constitutional",
        "independence", "national", "legislature", "assembly", "council", "party", "world", "summer", "winter", "civil",
    ]);

    private static readonly WordSet Months = new(Citations.DateNormalizer.MonthNames.Select(m => char.ToUpperInvariant(m[0]) + m[1..]));

    private static readonly WordSet RomanNumerals = new(["I", "II", "III", "IV", "V"]);

    [GeneratedRegex("^(?:1[5-9]|20)\\d\\d$")]
    private static partial Regex Year();

    /// <summary>
    /// A named event ending in an event noun: a year (or a proper name) followed by proper names and lower-case
    /// modifiers up to the noun, then an optional Roman numeral ("World War II") or "in/of" and a place ("2014 European
    /// Parliament election in Ireland"). A dated noun ("election", "summit") needs the year or a capitalised head; a noun
    /// of the war family needs a proper name before it. Whole-phrase events are what news corpora annotate, and they
    /// keep the place inside ("United Kingdom" in "2010 United Kingdom general election") from being a location of its own.
    /// In a headline, where every word is capitalised, only a dated phrase is a name ("Kazakhstan Holds Snap
    /// Parliamentary Election" is none).
    /// </summary>
    private static int? TagEventPhrase(RuleContext c, int i, int end, bool headline)
    {
        // "January 1910 United Kingdom general election": a month may open the date.
        int year = Months.Contains(c.Word(i)) && i + 1 < end && c.SpaceBetween(i) ? i + 1 : i;
        bool dated = Year().IsMatch(c.Word(year));
        // "a Britain-based war monitor": a describing compound is no name.
        if (!dated && (headline || !c.IsNameWord(i) || EntityText.IsAttributiveCompound(c.Word(i)))) return null;
        int names = dated ? 0 : 1;
        for (int t = (dated ? year : i) + 1; t < end && t - i <= 8 && c.SpaceBetween(t - 1); t++)
        {
            var word = c.Word(t);
            bool isHead = DatedEventHeads.Contains(word) || NamedEventHeads.Contains(word);
            if (isHead && !PhraseGoesOn(c, t, end))
            {
                // "a Soviet war memorial", "Chechen war veterans": a lower-case event noun before a noun it describes names no event.
                if (char.IsLower(word[0]) && t + 1 < end && c.SpaceBetween(t) && NounsAfterAnEventNoun.Contains(c.Word(t + 1))) return null;
                // "the Citizen Revolution movement", "the Orange Revolution party": a body's noun after it names the body, no event.
                if (t + 1 < end && c.SpaceBetween(t) && NamedBeforeDescriptors.Contains(c.Word(t + 1))) return null;
                bool named = dated
                    ? names > 0 || char.IsUpper(word[0])
                    : NamedEventHeads.Contains(word) || char.IsUpper(word[0]);
                if (!named) return null;
                int stop = t + 1;
                if (stop < end && c.SpaceBetween(t) && RomanNumerals.Contains(c.Word(stop))) stop++;
                else stop = PlaceAfter(c, t, end) ?? stop;
                c.Add(i, stop, EntityLabels.Event, 0.7, "event");
                return stop;
            }
            if (c.IsCapitalized(t)) names++;
            else if (!EventModifiers.Contains(word)) return null;
        }
        return null;
    }

    /// <summary>
    /// The end of "in/of [the] Place" after token <paramref name="t"/>, where the gazetteer stage found a location starting
    /// right there ("in Northern Ireland", "in the United Kingdom"); null when absent.
    /// </summary>
    private static int? PlaceAfter(RuleContext c, int t, int end)
    {
        int p = t + 1;
        if (p + 1 >= end || !c.SpaceBetween(t) || c.Word(p) is not ("in" or "of")) return null;
        if (c.SpaceBetween(p) && c.Word(p + 1) is "the" && p + 2 < end) p++;
        if (!c.SpaceBetween(p)) return null;
        int start = c.Tokens[p + 1].Start;
        var place = c.Document.Entities.Find(e => e.Start == start && e.Label == EntityLabels.Loc);
        int last = place is null ? -1 : EntityText.TokenEndingAt(c.Document, place.End);
        return last > p && last < end ? last + 1 : null;
    }

    /// <summary>The capitalised or modifier run goes on after token <paramref name="t"/> (so it is not the phrase's last noun).</summary>
    private static bool PhraseGoesOn(RuleContext c, int t, int end) =>
        t + 1 < end && c.SpaceBetween(t) && !RomanNumerals.Contains(c.Word(t + 1))
        && (c.IsCapitalized(t + 1) || EventModifiers.Contains(c.Word(t + 1)));

    // ---- citation sources ---------------------------------------------------------------------------------

    /// <summary>
    /// Inline attributions "(Khovar News Agency, October 12)", "(Novye izvestiya, October 4; Itar-Tass, October 7)":
    /// the capitalised words before ", DATE" inside parentheses name a news source (ORG).
    /// </summary>
    private static void TagCitationSources(RuleContext c, int from, int end)
    {
        for (int open = from; open < end; open++)
        {
            if (c.Word(open) is not "(") continue;
            int segment = open + 1;
            for (int t = segment; t < end && c.Word(t) is not ")"; t++)
            {
                if (c.Word(t) is ";") { segment = t + 1; continue; }
                if (c.Word(t) is not "," || t == segment || t + 1 >= end || !StartsDate(c, c.Tokens[t + 1].Start)) continue;
                // "(HRW press release, November 20)", "(Ekho Moskvy radio, …)": the name ends before trailing lower-case words
                // that describe the source, after an acronym or when common ("Novye izvestiya" stays whole).
                int nameEnd = t;
                bool acronym = EntityText.IsAllCaps(c.Word(segment));
                while (nameEnd - 1 > segment && !c.IsCapitalized(nameEnd - 1) && (acronym || c.Gazetteer.IsCommonWord(c.Word(nameEnd - 1)))) nameEnd--;
                // "(24.kg, April 8)": a news site by its address.
                if (c.IsCapitalized(segment) && t - segment <= 5 || t - segment <= 3 && Citations.CitationStage.IsSiteAddress(c.Document.Slice(c.Tokens[segment].Start, c.Tokens[t - 1].End)))
                {
                    // "(Adil Soz, October 22)": a medium's name that opens with a given name is no person.
                    int nameStart = c.Tokens[segment].Start, nameStop = c.Tokens[nameEnd - 1].End;
                    c.Document.Entities.RemoveAll(e => e.Start == nameStart && e.End == nameStop && e.Source == FirstNameSource);
                    c.Add(segment, nameEnd, EntityLabels.Org, 0.75, "citation_source");
                }
                segment = end;
            }
        }
    }

    private static bool StartsDate(RuleContext c, int offset) =>
        c.Document.Entities.Exists(e => e.Start == offset && e.Label == EntityLabels.Date);

    // ---- weapons ------------------------------------------------------------------------------------------

    /// <summary>Generic weapons and military platforms (plural and singular forms → singular canonical).</summary>
    private static readonly string[] WeaponTerms =
    [
        "attack helicopter", "helicopter gunship", "helicopter", "gunship", "tank", "main battle tank", "missile", "ballistic missile",
        "cruise missile", "anti-tank missile", "surface-to-air missile", "air defense system", "air defence system", "rocket launcher",
        "rocket", "mortar", "howitzer", "rifle", "assault rifle", "sniper rifle", "machine gun", "grenade", "rocket-propelled grenade",
        "bomb", "car bomb", "roadside bomb", "improvised explosive device", "drone", "fighter jet", "warplane", "bomber",
        "aircraft carrier", "warship", "frigate", "submarine", "armored vehicle", "armoured vehicle", "armored personnel carrier",
        "armoured personnel carrier", "landmine", "nuclear weapon", "chemical weapon", "artillery", "combat aircraft", "military aircraft",
        "cruiser", "destroyer", "corvette", "landing ship", "minesweeper", "minehunter", "patrol ship", "naval drone",
        "intercontinental ballistic missile", "ICBM", "drone boat", "missile launcher", "air-defense system", "air-defence system",
    ];

    /// <summary>Words that may stand between a designator and its generic term ("Tu-95 strategic bombers", "Mi-8 transport helicopters").</summary>
    private static readonly WordSet WeaponModifiers = new(
    [
        "strategic", "tactical", "transport", "multirole", "multi-role", "light", "heavy", "medium", "long-range", "medium-range",
        "short-range", "supersonic", "hypersonic", "reconnaissance", "unmanned", "stealth", "anti-ship", "anti-aircraft",
        "self-propelled", "nuclear-capable", "nuclear-powered", "interceptor", "utility", "naval", "amphibious", "modernized",
        "modernised", "upgraded", "advanced", "combat", "attack", "military", "jet", "guided", "air-defense", "air-defence", "anti-tank",
        "anti-drone",
    ]);

    /// <summary>Navies' prefixes of ships' names ("USS", "HMS", the Philippines' "BRP", Turkey's "TCG"; not "INS", also a U.S. agency).</summary>
    private static readonly WordSet ShipPrefixes = new(
        ["USS", "USNS", "USCGC", "HMS", "HMCS", "HMAS", "HMNZS", "HNLMS", "BRP", "PNS", "ROKS", "TCG", "KRI", "HTMS"]);

    /// <summary>Weapon terms for warships: a capitalised name right after one is the ship's ("the cruiser Moskva").</summary>
    private static readonly HashSet<string> VesselTerms = new(StringComparer.Ordinal)
        { "aircraft carrier", "warship", "frigate", "submarine", "cruiser", "destroyer", "corvette", "landing ship", "minesweeper", "minehunter", "patrol ship" };

    private static readonly (PhraseMatcher Matcher, string[] Canonicals) Weapons = BuildWeapons();

    private static (PhraseMatcher, string[]) BuildWeapons()
    {
        var matcher = new PhraseMatcher();
        foreach (var (term, index) in WeaponTerms.Select((t, i) => (t, i)))
        {
            matcher.Add(TextKey.Of(term), index);
            if (term != "artillery") matcher.Add(TextKey.Of(term + "s"), index);
        }
        return (matcher, WeaponTerms);
    }

    /// <summary>
    /// Military designators: "Su-27", "MiG-29", "S-400", "T-72", "AK-47", "Kh-101" (not "G-20", a group of states, nor
    /// "I-95", a road).
    /// </summary>
    [GeneratedRegex("^(?!G-|I-)[A-Z][A-Za-z]{0,2}-\\d{1,3}[A-Z]{0,3}s?$")]
    private static partial Regex Designator();

    /// <summary>
    /// The first of up to two capitalised words right before token <paramref name="term"/> that no earlier stage tagged,
    /// none opening the sentence; <paramref name="term"/> when there are none.
    /// </summary>
    private static int SystemNameStart(RuleContext c, int term, int sentenceStart)
    {
        int start = term;
        while (start > sentenceStart + 1 && term - start < 2 && c.IsCapitalized(start - 1) && c.SpaceBetween(start - 1)
               && !c.SentenceInitial[start - 1] && !Titles.Contains(c.Word(start - 1)))
        {
            int from = c.Tokens[start - 1].Start, to = c.Tokens[start - 1].End;
            if (c.Document.Entities.Exists(e => e.Start < to && from < e.End)) break;
            start--;
        }
        return start;
    }

    public static void ApplyWeapons(RuleContext c)
    {
        HashSet<string>? systemNames = null;
        for (int s = 0; s < c.Document.Sentences.Count; s++)
        {
            var sentence = c.Document.Sentences[s];
            int end = sentence.EndToken;
            // In a headline every word is capitalised: a capital before a weapon names no system ("Fires Ballistic Missile").
            bool headline = c.Headline[s];
            for (int i = Math.Max(sentence.FirstToken, c.FirstBodyToken); i < end; i++)
            {
                if (c.Tokens[i].Kind != TokenKind.Word) continue;
                // "HMS Defender", "USS Gerald R. Ford": a navy's prefix opens a ship's name, a military platform.
                if (ShipPrefixes.Contains(c.Word(i)) && i + 1 < end && c.SpaceBetween(i) && CapitalisedRunEnd(c, i + 1, end, maxWords: 4) is var shipEnd && shipEnd > i + 1)
                {
                    c.Add(i, shipEnd, EntityLabels.Weapon, 0.95, "weapon");
                    i = shipEnd - 1;
                    continue;
                }
                if (Designator().IsMatch(c.Word(i)))
                {
                    // "Su-27 fighter jets", "Tu-95 strategic bombers": the designator and the generic term after it, past up to two
                    // of a weapon's modifiers, are one weapon.
                    int term = i + 1;
                    while (term < end && term - i <= 2 && c.SpaceBetween(term - 1) && WeaponModifiers.Contains(c.Word(term))) term++;
                    int after = term < end && c.SpaceBetween(term - 1) ? Weapons.Matcher.MatchLongest(c.Text, c.Tokens, term, end, out _) : 0;
                    int last = after > 0 ? after : i + 1;
                    c.Add(i, last, EntityLabels.Weapon, 0.8, "weapon", c.Word(i).ToString());
                    i = last - 1;
                    continue;
                }
                int stop = Weapons.Matcher.MatchLongest(c.Text, c.Tokens, i, end, out int index);
                if (stop == 0) continue;
                // "an Almaty-based think tank", "fuel tanks": a tank of ideas or of liquids is no weapon.
                if (Weapons.Canonicals[index] == "tank" && i > sentence.FirstToken && c.Word(i - 1) is "think" or "fuel" or "water" or "oil" or "septic" or "storage" or "gas")
                    continue;
                // "Patriot air defense system", "Storm Shadow missiles": a system's name before the generic term is part of
                // the weapon and its canonical; a place, group or organisation there is the weapon's owner. So is one before
                // a weapon's modifiers ("Mistral air-defense missiles", "CAESAR self-propelled howitzers").
                int modified = i;
                while (modified > sentence.FirstToken && i - modified < 2 && c.SpaceBetween(modified - 1) && WeaponModifiers.Contains(c.Word(modified - 1))) modified--;
                int named = headline ? modified : SystemNameStart(c, modified, Math.Max(sentence.FirstToken, c.FirstBodyToken));
                if (named < modified)
                {
                    string system = c.Document.Slice(c.Tokens[named].Start, c.Tokens[modified - 1].End);
                    c.Add(named, stop, EntityLabels.Weapon, 0.8, "weapon", system);
                    (systemNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(system);
                }
                else c.Add(i, stop, EntityLabels.Weapon, 0.7, "weapon", Weapons.Canonicals[index]);
                // "the landing ship Tsezar Kunikov", "the cruiser Moskva": a named military platform, often after a city,
                // so it must outrank the gazetteer's place (0.9) for the same words. Only after the singular, and not in a
                // headline, where every word is capitalised ("Chinese Warships Surround Island in Drills").
                if (VesselTerms.Contains(Weapons.Canonicals[index]) && !headline
                    && c.Word(stop - 1).Equals(Weapons.Canonicals[index].AsSpan()[(Weapons.Canonicals[index].LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase))
                {
                    int name = ShipPrefixes.Contains(c.Word(stop)) ? stop : CapitalisedRunEnd(c, stop, end, maxWords: 3);
                    if (name > stop)
                    {
                        c.Add(stop, name, EntityLabels.Weapon, 0.95, "weapon");
                        stop = name;
                    }
                }
                i = stop - 1;
            }
        }
        if (systemNames is not null) TagSystemsNamedElsewhere(c, systemNames);
    }

    /// <summary>Words of a weapon system's unit that alone name no weapon ("Windows systems").</summary>
    private static readonly WordSet SystemHeads = new(
        ["system", "systems", "battery", "batteries", "launcher", "launchers", "interceptor", "interceptors",
         "System", "Systems", "Battery", "Batteries", "Launcher", "Launchers", "Interceptor", "Interceptors"]);

    /// <summary>"Germany to Deliver More Patriot Systems to Ukraine" over "two more Patriot air defence systems": a system's name the
    /// document gives a weapon (<paramref name="systemNames"/>) makes a weapon of one or two capitalised words, no earlier stage's,
    /// before a word of a system, a battery or a launcher, anywhere in it, a headline too.</summary>
    private static void TagSystemsNamedElsewhere(RuleContext c, HashSet<string> systemNames)
    {
        for (int i = c.FirstBodyToken + 1; i < c.Tokens.Count; i++)
        {
            if (!SystemHeads.Contains(c.Word(i)) || !c.SpaceBetween(i - 1)) continue;
            for (int start = i - 1; start >= Math.Max(c.FirstBodyToken, i - 2) && c.IsCapitalized(start); start--)
            {
                int from = c.Tokens[start].Start, to = c.Tokens[i].End;
                if (c.Document.Entities.Exists(e => e.Start < to && from < e.End)) break;
                string name = c.Document.Slice(from, c.Tokens[i - 1].End);
                if (!systemNames.Contains(name)) continue;
                c.Add(start, i + 1, EntityLabels.Weapon, 0.8, "weapon", name);
                break;
            }
        }
    }
}
