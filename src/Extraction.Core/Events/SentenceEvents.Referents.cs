using Extraction.Model;

namespace Extraction.Events;

// What unnamed words stand for: bodies named by their kind, a state's ruling body, pronouns; and the token and phrase tests they share.
internal sealed partial class SentenceEvents
{
    /// <summary>Where the sentence <paramref name="n"/> before this one begins (this one's start when there are fewer).</summary>
    private int StartOfSentencesBack(int n) => _doc.Sentences[Math.Max(0, _sentenceIndex - n)].Start;

    /// <summary>Head nouns by which an article goes on naming a body it has named in full ("the U.N. Security Council … urged
    /// the council to …").</summary>
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "council", "court", "commission", "committee", "ministry", "parliament", "assembly", "agency", "bank", "fund", "alliance",
        "bloc", "union", "organization", "organisation", "party", "movement", "front", "group", "company", "corporation",
        "tribunal", "senate", "congress", "service", "authority",
    };

    /// <summary>Words of an alliance's or a union's name ("Collective Security Treaty Organization", "Shanghai Cooperation
    /// Organisation"), which states join; a state's own forces ("Caspian Flotilla", "Russian Navy") have none.</summary>
    private static readonly HashSet<string> AllianceNameWords = new(StringComparer.Ordinal)
        { "Organization", "Organisation", "Treaty", "Alliance", "Pact", "Union", "Cooperation", "Community", "Commonwealth" };

    /// <summary>Words of an armed group's name and of a watchdog's (declared, as the alliance's are, in this file before
    /// <see cref="DescribedBodies"/>, which reads them).</summary>
    private static readonly HashSet<string> ArmedGroupNameWords = new(StringComparer.Ordinal)
        { "Forces", "Army", "Front", "Movement", "Brigade", "Brigades", "Militia", "Group", "Liberation", "Mujahideen", "Jihad" };

    private static readonly HashSet<string> WatchdogNameWords = new(StringComparer.Ordinal) { "Agency", "Commission", "Authority" };

    /// <summary>Nouns an article calls a body by that it has named in full, for bodies whose name (canonical, as "CSTO" is
    /// "Collective Security Treaty Organization") holds one of the words given: "the CSTO … the bloc", "the Rapid Support
    /// Forces … the paramilitary group", "the IAEA … the watchdog".</summary>
    private static readonly Dictionary<string, HashSet<string>> DescribedBodies = new(StringComparer.Ordinal)
    {
        ["bloc"] = AllianceNameWords, ["alliance"] = AllianceNameWords, ["organization"] = AllianceNameWords,
        ["organisation"] = AllianceNameWords, ["grouping"] = AllianceNameWords,
        ["group"] = ArmedGroupNameWords, ["militia"] = ArmedGroupNameWords, ["movement"] = ArmedGroupNameWords,
        ["watchdog"] = WatchdogNameWords, ["agency"] = WatchdogNameWords,
    };

    /// <summary>Words after "the" that pick out another body than the one named ("the other group", "the new bloc"); "the same
    /// court" is the one named.</summary>
    private static readonly HashSet<string> OtherBodyWords = new(StringComparer.Ordinal)
        { "other", "first", "second", "third", "last", "next", "new", "former", "whole", "entire", "rival", "opposing" };

    /// <summary>"the council", "the court": the noun at <paramref name="i"/>, after "the" (and at most one modifier: "the
    /// paramilitary group") and heading its own phrase (or, with <paramref name="possessorToo"/>, owning the next: "the court's
    /// prosecutor"), stands for the latest organisation named with it as its last word in this sentence or the three before
    /// ("the Constitutional Court"), or, for a noun an article calls a body by (<see cref="DescribedBodies"/>), with a word of
    /// its kind in its name anywhere before in the document; or null.</summary>
    private Entity? BodyNamedBefore(int i, bool possessorToo = false)
    {
        DescribedBodies.TryGetValue(_low[i], out var kindWords);
        if (i < 1 || !BodyHeads.Contains(_low[i]) && kindWords is null || !IsLowerCasePlainWord(i)
            || !possessorToo && i + 1 < _count && _low[i + 1] is "'s" or "’s") return null;
        // (A possessor only as a subject's, "The court's prosecutor had accused …"; not an object's: "pay protesters during
        // the party's campaign".)
        bool modified = _low[i - 1] != "the";
        // ("the Moscow-led bloc": a hyphenated modifier describes it too.)
        if (modified && !(i >= 2 && _low[i - 2] == "the" && (IsLowerCasePlainWord(i - 1) || IsHyphenatedModifier(i - 1)) && !OtherBodyWords.Contains(_low[i - 1])
                          && _lexicon.VerbLemma(_low[i - 1]) is null)) return null;
        // "the council members", "the court ruling": the noun describes another.
        if (i + 1 < _count && IsLowerCasePlainWord(i + 1) && !Prepositions.Contains(_low[i + 1]) && _lexicon.VerbLemma(_low[i + 1]) is null
            && !IsAuxiliaryOrAdverb(i + 1) && _low[i + 1] is not ("and" or "or" or "that" or "which" or "who" or "later")) return null;
        // (An article names a bloc or an agency in full once, near its top, and calls it by its kind thereafter; "the same court"
        // looks back as far.)
        int from = kindWords is null && _low[i - 1] != "same" ? StartOfSentencesBack(3) : 0, limit = _doc.Tokens[_first + i].Start;
        // "The ELN, which has about 6,000 fighters, said its forces had clashed with dissidents of the former Revolutionary Armed
        // Forces of Colombia (FARC) … The group denied targeting civilians": a body's noun opening the sentence goes on with the
        // body the sentence before opened with, when that one fits, rather than the one named last.
        int previousOpening = (i == 1 || i == 2 && modified) && _sentenceIndex > 0 ? _doc.Sentences[_sentenceIndex - 1].Start : -1;
        Entity? latest = null;
        foreach (var e in _entities)
        {
            if (e.Start >= limit) break;
            if (e.Start < from || e.Label != EntityLabels.Org) continue;
            // ("Hezbollah confirmed Aqil's death. The group fired about 140 rockets": a body of one word, which says nothing of its
            // kind, opening the sentence before fits any noun an article calls a body by.)
            if (kindWords is not null && previousOpening >= 0 && !e.Canonical.Contains(' ') && OpensTheSentenceAt(e, previousOpening)) return e;
            if (e.Text.Contains(' ') && e.Text.AsSpan(e.Text.LastIndexOf(' ') + 1).Equals(_low[i], StringComparison.OrdinalIgnoreCase)
                || kindWords is not null && NameHoldsAnyOf(e.Canonical, kindWords))
            {
                if (previousOpening >= 0 && OpensTheSentenceAt(e, previousOpening)) return e;
                latest = e;
            }
        }
        return latest;
    }

    /// <summary><paramref name="e"/> is the first name of the sentence starting at <paramref name="sentenceStart"/>, at most an
    /// article before it ("The ELN, …").</summary>
    private bool OpensTheSentenceAt(Entity e, int sentenceStart)
    {
        int first = Entities.EntityText.TokenStartingAt(_doc, sentenceStart), at = Entities.EntityText.TokenStartingAt(_doc, e.Start);
        // ("BEIRUT (Reuters) - Hezbollah fired …": past the sentence's dateline and its credit.)
        for (int k = first + 1; first >= 0 && k < at && k - first <= 10; k++)
            if (_doc.SpanOf(_doc.Tokens[k]) is "-" or "—" or "–" && _doc.SpanOf(_doc.Tokens[k - 1]) is ")") first = k + 1;
        return first >= 0 && at >= first && at - first <= 1 && (at == first || _doc.SpanOf(_doc.Tokens[first]) is "The" or "the");
    }

    /// <summary>A word of <paramref name="name"/> is among <paramref name="words"/>. A loop over the spaces, no split: this runs
    /// for every organisation before a body's noun and before exercises.</summary>
    private static bool NameHoldsAnyOf(string name, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int start = 0; start < name.Length;)
        {
            int space = name.IndexOf(' ', start);
            int end = space < 0 ? name.Length : space;
            if (lookup.Contains(name.AsSpan(start, end - start))) return true;
            start = end + 1;
        }
        return false;
    }

    /// <summary>Nouns of a state's ruling bodies that an article goes on naming after "the" ("Niger's military government … The
    /// junta accused Paris").</summary>
    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal) { "junta", "government", "regime", "military", "authorities", "police", "army", "ministry" };

    /// <summary>"the junta": after "the", a noun of a state's ruling body stands for the country named before it with such a
    /// noun ("Niger's military government", "Niger junta", "the Malian authorities" not: a people's word is no state) in this
    /// sentence or the three before, or anywhere before with the same noun ("Sudan's army" … "accusing the army"); failing
    /// one (and with <paramref name="datelineToo"/>), for the state of a wire story's dateline ("YAOUNDE, Oct 27 (Reuters) - …
    /// The government banned all demonstrations": Cameroon, by its first mention if any), else for the capital the sentence
    /// names (<see cref="CapitalOfTheSentence"/>); or null.</summary>
    private Entity? StateOfItsBody(int i, bool datelineToo = true)
    {
        // ("TBILISI (Reuters) - Police detained …", "On September 10, police detained …", "a day after police raided …": the
        // police need no article opening the sentence, or its clause after an opening phrase or a conjunction.)
        // (So do "security forces": "KHARTOUM (Reuters) - Security forces fired tear gas …", prosecutors: "Prosecutors have
        // banned him from leaving the country", and authorities: "Authorities banned demonstrations in Istanbul".)
        // ("Parliament impeached Yoon 11 days later": and the legislature.)
        int opens = _low[i] is "police" or "officers" or "prosecutors" or "authorities" or "parliament" or "lawmakers" or "legislators" ? i : _low[i] == "forces" && i >= 1 && _low[i - 1] == "security" ? i - 1 : -1;
        bool police = opens >= 0 && (opens == AfterDateline(opens) || opens >= 2 && _low[opens - 1] == "," && Prepositions.Contains(_low[OpeningPhraseStart(opens - 1)])
                                     || opens >= 1 && (TimeConjunctions.Contains(_low[opens - 1]) || _low[opens - 1] is "when" or "as" or "that")
                                     // ("Lawmakers impeached Yoon on December 14, and prosecutors later arrested him": or ", and".)
                                     || opens >= 2 && _low[opens - 1] == "and" && _low[opens - 2] == ",");
        // ("urged the transitional authorities to …": one modifier may stand between.)
        if (!StateBodies.Contains(_low[i]) && !police || !(i >= 1 && IsLowerCasePlainWord(i) && (_low[i - 1] == "the" || i >= 2 && _low[i - 2] == "the"
                && IsLowerCasePlainWord(i - 1) && _lexicon.VerbLemma(_low[i - 1]) is null && !StateBodies.Contains(_low[i - 1])) || police)) return null;
        return StateRuledBy(_low[i], _doc.Tokens[_first + i].Start, datelineToo, police);
    }

    /// <summary>The state whose ruling body <paramref name="body"/> ("junta", "police") is, as <see cref="StateOfItsBody"/> reads
    /// it from the names before character <paramref name="limit"/>; or null.</summary>
    private Entity? StateRuledBy(string body, int limit, bool datelineToo, bool police)
    {
        int from = StartOfSentencesBack(3);
        Entity? latest = null, latestOfThisBody = null;
        foreach (var e in _entities)
        {
            if (e.Start >= limit) break;
            if (e.Label != EntityLabels.Loc || !_lexicon.IsCountry(e.Canonical)) continue;
            // The country, its "'s" if any, up to two modifiers, then a ruling body's noun.
            int t = Entities.EntityText.TokenEndingAt(_doc, e.End) + 1;
            if (t <= 0) continue;
            if (t < _doc.Tokens.Count && _doc.SpanOf(_doc.Tokens[t]) is "'s" or "’s") t++;
            for (int words = 0; t < _doc.Tokens.Count && words <= 2; t++, words++)
            {
                var word = _doc.SpanOf(_doc.Tokens[t]);
                // (A ministry is one body of a state among many: only "the ministry" stands for the state whose ministry was named.)
                if (StateBodiesLookup.Contains(word) && (e.Start >= from && !word.SequenceEqual("ministry") || word.SequenceEqual(body)))
                {
                    latest = e;
                    if (word.SequenceEqual(body)) latestOfThisBody = e;
                    break;
                }
                // ("France said the junta …": a verb or an article after the name opens no phrase of its body.)
                if (word.Length == 0 || !char.IsLower(word[0]) || DeterminerLookup.Contains(word)
                    || !word.EndsWith("ing", StringComparison.Ordinal) && _lexicon.VerbLemma(word.ToString()) is not null) break;
            }
        }
        if (!datelineToo) return latest;
        // "ABU DHABI … Protesters gathered … in Yerevan on Saturday. Police detained at least 40 people": the police act where
        // the story is, in a capital this sentence or the one before it in its paragraph names, whatever the dateline.
        // ("LA PAZ (AFP) - … Argentina's government questioned … Prosecutors said they would seek 20 years": not for a state
        // whose other body was named; only one with its police, prosecutors or authorities, "Argentina's prosecutors".)
        if (police) return latestOfThisBody ?? CapitalOfTheSentence() ?? CapitalOfThePreviousSentence() ?? DatelineState() ?? latest;
        return latest ?? DatelineState() ?? CapitalOfTheSentence();
    }

    /// <summary>The pronoun at <paramref name="token"/> opens a relative clause on the lower-case noun before it, with no relative
    /// pronoun or with "that" ("an officer it detained", "the officer that it detained"): a past form follows it. The noun is
    /// one <see cref="IsNounOfAContactClause"/> allows, with no verb's reading at all, and no conjunction that joins clauses
    /// ("but it detained").</summary>
    private bool OpensAContactClause(int token)
    {
        int noun = _low[token - 1] == "that" ? token - 2 : token - 1;
        return noun >= 1 && IsNounOfAContactClause(noun) && LemmaOf(noun) is null && !IsPastForm(noun)
               && _low[noun] is not ("but" or "until" or "though" or "although")
               && token + 1 < _count && _entityAt[token + 1] is null && IsPastForm(token + 1);
    }

    /// <summary>The state where an act told from <paramref name="from"/> on happened: a country or a capital named after "in"
    /// in its clause ("was arrested in Lebanon", "in Minsk"), a city's country where the article names it, else the dateline's
    /// state (<see cref="DatelineState"/>); or null.</summary>
    private Entity? StateWhereItHappened(int from)
    {
        for (int k = from; k + 1 < _count && !IsClauseBreak(k); k++)
        {
            if (_low[k] != "in") continue;
            int at = _low[k + 1] == "the" ? k + 2 : k + 1;
            if (at >= _count || _entityAt[at] is not { Label: EntityLabels.Loc } place) continue;
            if (_lexicon.IsCountry(place.Canonical) || _lexicon.CountryOfCapital(place.Canonical) is not null) return place;
            if (_lexicon.CountryOfCity(place.Canonical) is { } country)
                foreach (var e in _entities)
                    if (e.Label == EntityLabels.Loc && _lexicon.CountryNamed(e.Canonical) == country) return e;
        }
        return DatelineState();
    }

    /// <summary>The last capital the sentence before this one in its paragraph names right after a preposition of place
    /// ("in Yerevan"); or null.</summary>
    private Entity? CapitalOfThePreviousSentence()
    {
        if (_sentenceIndex == 0 || _doc.Sentences[_sentenceIndex - 1] is var previous && previous.Paragraph != _sentence.Paragraph) return null;
        Entity? last = null;
        foreach (var e in _entities)
        {
            if (e.Start >= previous.End) break;
            if (e.Start < previous.Start || e.Label != EntityLabels.Loc || _lexicon.CountryOfCapital(e.Canonical) is null) continue;
            int before = Entities.EntityText.TokenStartingAt(_doc, e.Start) - 1;
            if (before >= previous.FirstToken && LocationPrepositions.Contains(_doc.SpanOf(_doc.Tokens[before]).ToString().ToLowerInvariant())) last = e;
        }
        return last;
    }

    /// <summary>"police detained 14 members of the youth movement Zubr during a protest … in Minsk": a capital named in the
    /// sentence after a preposition of place stands for its state, where the article names none with the body; or null.</summary>
    private Entity? CapitalOfTheSentence()
    {
        foreach (var e in _entities)
        {
            if (e.Start >= _sentence.End) break;
            if (e.Start >= _sentence.Start && e.Label == EntityLabels.Loc && _lexicon.CountryOfCapital(e.Canonical) is not null
                && PrecededBy(TokenIndexOf(e.Start), LocationPrepositions)) return e;
        }
        return null;
    }

    /// <summary>The state whose capital (or itself) is the document's dateline place, as its first mention in the document
    /// (the dateline's own entity if the state is never named); null without a dateline.</summary>
    private Entity? DatelineState()
    {
        foreach (var dateline in _entities)
        {
            if (dateline.Label != EntityLabels.Loc || !Entities.EntityText.IsDatelinePlace(_doc, dateline.Start, dateline.End)) continue;
            // ("TRIPOLI, Lebanon": a country named after the place is its; "ISTANBUL (AFP)": a major city's is, when the story
            // names that country, the city itself standing for no state.)
            string? named = _lexicon.CountryNamed(dateline.Canonical) ?? CountryAfterTheDatelinePlace(dateline);
            string? capitalOf = _lexicon.CountryOfCapital(dateline.Canonical);
            string? state = named ?? capitalOf ?? _lexicon.CountryOfCity(dateline.Canonical);
            if (state is null) return null;
            foreach (var e in _entities)
                if (e.Label == EntityLabels.Loc && _lexicon.CountryNamed(e.Canonical) == state) return e;
            return named is null && capitalOf is null ? null : dateline;
        }
        return null;
    }

    /// <summary>"JOS, Nigeria, April 14 (Reuters) -": the country named after a dateline's place and its comma, or null.</summary>
    private string? CountryAfterTheDatelinePlace(Entity place)
    {
        foreach (var e in _entities)
        {
            if (e.Start <= place.Start) continue;
            return e.Label == EntityLabels.Loc && _doc.Text.AsSpan(place.End, e.Start - place.End).Trim() is "," ? _lexicon.CountryNamed(e.Canonical) : null;
        }
        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateBodiesLookup = StateBodies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The subject named right after the comma that closes the sentence's opening phrase of a preposition ("During
    /// his visit to Abu Dhabi, Uzbek President Shavkat Mirziyoyev secured …"), when <paramref name="token"/> lies in that phrase.</summary>
    private Entity? OpeningPhraseSubject(int token)
    {
        if (token < 1 || _low[0] is not ("during" or "in" or "on" or "at" or "after" or "before" or "following" or "upon" or "while" or "since")) return null;
        int comma = token + 1;
        while (comma < _count && _low[comma] != "," && !IsClauseBreak(comma)) comma++;
        if (comma >= _count || _low[comma] != ",") return null;
        int k = comma + 1;
        if (k < _count && Determiners.Contains(_low[k])) k++;
        if (k < _count && _entityAt[k] is { Label: EntityLabels.Norp } people) k = LastToken(k, people) + 1;
        for (int titles = 0; titles < 3 && k < _count && _entityAt[k] is null && IsTitleWord(k); titles++) k++;
        if (k >= _count || _entityAt[k] is not { } subject || !ActorLabels.Contains(subject.Label)) return null;
        // ("… Mirziyoyev secured pledges": any verb in the past, which the lexicon need not know.)
        int verb = LastToken(k, subject) + 1;
        while (verb < _count && IsAuxiliaryOrAdverb(verb)) verb++;
        return verb < _count && (IsClauseVerb(verb) || IsLowerCasePlainWord(verb) && IsPastForm(verb)) ? subject : null;
    }

    /// <summary>Nearest earlier subject-like mention of a compatible kind (this sentence, then the previous one).</summary>
    private Entity? ResolvePronoun(int token, Entity? other = null)
    {
        string w = _low[token];
        bool person = w is "he" or "she" or "his" or "her" or "him";
        int limit = _doc.Tokens[_first + token].Start;
        int from = StartOfSentencesBack(1);
        // "The E3 have said they will reimpose sanctions": "they" stands for people or a body, a place only failing those.
        bool plural = w is "they" or "their" or "them";
        // "He signed a letter of resignation and later moved to Minsk, where Lukashenko granted him protection": "him" or
        // "his" goes on with the "he" that opens the sentence (so "her" with "she"), whom another named since is not.
        if (token > 0 && (w is "him" or "his" && _low[0] == "he" || w == "her" && _low[0] == "she")
            && ResolvePronoun(0) is { } opener && !(other is not null && Same(opener, other)))
            return opener;
        // "During his visit to Abu Dhabi, Uzbek President Shavkat Mirziyoyev secured pledges": a possessive in the sentence's
        // opening phrase looks ahead to the subject of the clause after its comma.
        if (w is "his" or "her" or "its" or "their" && OpeningPhraseSubject(token) is { } ahead
            && (person ? ahead.Label == EntityLabels.Person && !OfTheOtherGender(ahead, w) : ahead.Label != EntityLabels.Person || plural)
            && !(other is not null && Same(ahead, other)))
            return ahead;
        // "Tshisekedi thanked Trump for his efforts and said he hoped to visit Washington": "he" or "she" right after a verb of
        // saying (and its "that") is its speaker, whoever was named since; so is "it" a body's or a state's ("JNIM, al-Qaeda's
        // affiliate in the Sahel, said separately that it had ambushed the convoy").
        // ("The Chinese coast guard said it had "expelled" the vessels": a people's name before an acting body speaks for it.)
        // ("Burhan's government said it would not send a delegation": so is it the body of a possessor, who acts through it.)
        // ("Houthi spokesman Yahya Saree said its forces had launched drones": "it" or "its" after a spokesperson's verb of saying
        // is the body they speak for.)
        if (w is "it" or "its" && token >= 1 && SayingVerbBefore(token) is var told and >= 0 && Subject(FirstVerbOfItsSubject(told), out _) is { Possessive: false } teller
            && BodyOfItsSpokesperson(teller) is { } spokenFor && !(other is not null && Same(spokenFor, other)))
            return spokenFor;
        if (w is "he" or "she" or "it" && token >= 1 && SayingVerbBefore(token) is var said and >= 0)
        {
            var spoken = Subject(FirstVerbOfItsSubject(said), out _);
            if (spoken is { Entity: var speaker }
                && (w == "it" ? spoken.Possessive ? BeforeAnActingBody(speaker)
                                                  : speaker.Label is EntityLabels.Org or EntityLabels.Loc || speaker.Label == EntityLabels.Norp && BeforeAnActingBody(speaker)
                              : !spoken.Possessive && speaker.Label == EntityLabels.Person && !OfTheOtherGender(speaker, w))
                && !(other is not null && Same(speaker, other)))
                return speaker;
            // "An ethnic armed group in Myanmar said it had captured …": "it" after a verb of saying whose subject is a body
            // left unnamed stands for that body, no name.
            if (w == "it" && spoken is null && UnnamedSingularSpeaker(FirstVerbOfItsSubject(said))) return null;
        }
        // "sought to ban the United National Movement and two other parties, which it accuses of …": the subject pronoun of a
        // relative clause on the object stands for the subject of the sentence, not for a name in that object.
        // ("has released a French intelligence officer it detained last year": so does one of a relative clause with no pronoun, or
        // with "that", right after the object's noun.)
        if (w is "it" or "he" or "she" && token >= 2 && (_low[token - 1] is "which" or "whom" && _low[token - 2] == "," || OpensAContactClause(token)))
            foreach (var e in _entities)
            {
                if (e.Start < _sentence.Start) continue;
                if (e.Start >= limit) break;
                // ("OUAGADOUGOU (Reuters) - Burkina Faso's military government has released an officer it detained": not the
                // dateline's place; the possessor of an acting body.)
                if (ActorLabels.Contains(e.Label) && e.Label != EntityLabels.Norp && person == (e.Label == EntityLabels.Person) && !PrecededByPreposition(e)
                    && (!IsPossessive(e) || BeforeAnActingBody(e)) && !IsInlineCredit(e) && !Entities.EntityText.IsDatelinePlace(_doc, e.Start, e.End))
                    return other is not null && Same(e, other) ? null : e;
            }
        // "The Advantage Sweet, chartered by Chevron, was sailing to Houston when it was stopped": "it" in a sentence opened by a
        // name the tagger missed stands for that name, no party named.
        if (w == "it" && token > 2 && _low[0] == "the" && _entityAt[1] is null && char.IsUpper(_doc.Text[_doc.Tokens[_first + 1].Start])
            && _entityAt[2] is null && char.IsUpper(_doc.Text[_doc.Tokens[_first + 2].Start])) return null;
        // "The war between the military and the RSF erupted in April 2023 in Khartoum. It has killed more than 20,000 people":
        // "It" opening a sentence goes on with the unnamed thing the sentence before opened with, no name in it.
        if (w == "it" && token == 0 && PreviousSentenceOpensWithAnUnnamedThing()) return null;
        // "The junta … expelled French troops. It has also withdrawn from ECOWAS": "It" opening a sentence goes on with the
        // state's ruling body the sentence before opened with, not a name in that sentence's object.
        if (w == "it" && token == 0 && PreviousSentenceOpeningBody() is { } ruling)
            return StateRuledBy(ruling, _sentence.Start, datelineToo: true, police: false) is { } ruled && !(other is not null && Same(ruled, other)) ? ruled : null;
        // "Several television stations were taken off air after they defied an order": "they" after a clause whose subject is
        // an unnamed plural opening the sentence stands for it, no name.
        if (plural && OpensWithAnUnnamedPlural(token)) return null;
        // "The two neighbours, both NATO members, have long been at odds … They agreed to resume talks": "They" opening a sentence
        // goes on with the unnamed plural the sentence before opened with, no name in it.
        if (w == "they" && token == 0 && PreviousSentenceOpensWithAnUnnamedPlural()) return null;
        // "the opposition ended its boycott": "its" or "their" after a verb whose subject is an unnamed body stands for that
        // body, no name.
        if (w is "its" or "their" && token >= 3 && _entityAt[token - 1] is null && IsPastForm(token - 1) && WordBeforeAuxiliaries(token - 1) is var body and >= 1
            && _entityAt[body] is null && _low[body - 1] == "the" && (ActingBodies.Contains(_low[body]) || PeopleOfABody.Contains(_low[body]) || _low[body] is "opposition" or "party" or "bloc" or "coalition" or "company"))
            return null;
        // "Paz … defeated conservative Jorge Quiroga in a runoff. He has promised …": a sentence's opening "he" or "she"
        // goes on with the person the sentence before opened with, not the one it named last.
        // So does "its" with the body or state: "The Azadliq bloc, which unites the Popular Front Party, … has accused …. Its
        // leaders asked …".
        // "Tokayev arrived in Moscow. He met Putin. He then flew to Minsk": a sentence before that opened with the same
        // pronoun hands it on from the sentence before it.
        // ("Russia's defence ministry said Ukrainian drones had attacked airfields. It said it had detained several suspects": and
        // "it" with the body or state, not a people's name that describes drones.)
        if (token == 0 && w is "he" or "she" or "its" or "it" && _sentenceIndex > 0)
            for (int back = 1; back <= 3 && back <= _sentenceIndex; back++)
            {
                int opening = StartOfSentencesBack(back), end = StartOfSentencesBack(back - 1);
                if (w != "its" && OpensWith(opening, w)) continue;
                foreach (var e in _entities)
                {
                    if (e.Start < opening) continue;
                    if (e.Start >= end) break;
                    if ((w is "its" or "it" ? e.Label is EntityLabels.Org or EntityLabels.Loc : e.Label == EntityLabels.Person && !OfTheOtherGender(e, w)) && !FollowsAPreposition(e)
                        && !(other is not null && Same(e, other)) && !IsInlineCredit(e)) return e;
                }
                break;
            }
        // "had called the junta "illegitimate" and accused it of using mercenaries": "it" after an unnamed body that an earlier
        // verb of the sentence takes as its object stands for that body (and the state it rules, if known), no name before it.
        // ("thanked the other leaders and urged them to …": so does "them" after an unnamed plural object, which no name is.)
        if (w == "them" && UnnamedPluralObjectBefore(token)) return null;
        if (w is "it" or "its" && UnnamedBodyObjectBefore(token) is var bodyNoun and >= 0)
            return (BodyNamedBefore(bodyNoun) ?? StateOfItsBody(bodyNoun)) is { } unnamed && !(other is not null && Same(unnamed, other)) ? unnamed : null;
        Entity? nearest = null, nearestSubject = null, place = null, previous = null, listFirst = null, list = null, lastPerson = null;
        // "will release 18 Cambodian soldiers it captured in July": the subject of a noun's clause without "that" is not the
        // name that describes the noun.
        bool itActs = w == "it" && token + 1 < _count && (Auxiliaries.Contains(_low[token + 1]) || IsPastForm(token + 1));
        bool objectOfTheVerbBefore = w is "him" or "her" or "them" && token >= 1 && _entityAt[token - 1] is null && LemmaOf(token - 1) is not null;
        var describedByTheClause = token >= 2 && token + 1 < _count && IsNounOfAContactClause(token - 1) && IsPastForm(token + 1) ? _entityAt[token - 2] : null;
        foreach (var e in _entities)
        {
            if (e.Start < from) continue;
            if (e.Start >= limit) break;
            if (other is not null && Same(e, other) || describedByTheClause is not null && Same(e, describedByTheClause)) continue;
            // ("Macron and Saudi Foreign Minister Prince Faisal bin Farhan congratulated him": an object pronoun right after its
            // verb stands for none of that verb's subjects.)
            if (objectOfTheVerbBefore && e.Start >= _sentence.Start && InTheSubjectOf(e, token - 1)) continue;
            // "Sharaa, whose group overthrew Bashar al-Assad in 2024, was on a list until the Council voted to remove him": a
            // person inside a relative clause closed before the pronoun is no antecedent.
            if (person && e.Start >= _sentence.Start && TokenIndexOf(e.Start) is var inside and >= 0 && RelativeClauseStart(inside) is var opened and >= 0
                && RelativeClauseEnd(opened) < token) continue;
            // "Boric and his Argentine counterpart Javier Milei met …, their first meeting": two persons joined by "and"
            // are a plural antecedent too, the latest list winning.
            if (plural && e.Label == EntityLabels.Person)
            {
                if (lastPerson is not null && JoinsTwoPersons(lastPerson, e)) (listFirst, list) = (lastPerson, e);
                lastPerson = e;
                continue;
            }
            // "it" is no people, but "the Pakistani military said it had fired" is the military, whose actor is its people.
            // An inline credit, "(Interfax, March 21)", is the article's source, no antecedent; nor is a dateline's place
            // ("ULAANBAATAR, Sept. 3 -- Putin visited a member state of the ICC since it issued a warrant").
            // ("…, prosecutor Mir Salam said. The court also fined him": nor, for an object pronoun, is whoever closed the sentence
            // before by reporting it.)
            if (!ActorLabels.Contains(e.Label) || (person != (e.Label == EntityLabels.Person)) || IsInlineCredit(e) || person && OfTheOtherGender(e, w)
                || w is "him" or "her" && SpeaksInAClosingReport(e)
                || Entities.EntityText.IsDatelinePlace(_doc, e.Start, e.End)
                || (!person && e.Label == EntityLabels.Norp && w is "it" or "its" && !BeforeAnActingBody(e))) continue;
            // "Nigeria rejected U.S. President Donald Trump's accusation that it was failing …": a country before a title and
            // a name describes that person; "it" is not it ("Russian Foreign Minister Sergei Lavrov … demanded their release":
            // nor is "their" the Russians).
            if (!person && e.Label is EntityLabels.Loc or EntityLabels.Org or EntityLabels.Norp && e.Start >= _sentence.Start && TokenIndexOf(e.Start) is var at and >= 0
                && LastToken(at, e) + 1 < _count && IsTitleWord(LastToken(at, e) + 1) && ModifiesAName(LastToken(at, e) + 1)) continue;
            // "Mali, Burkina Faso and Niger left the bloc, a year after announcing their withdrawal": parties listed
            // together are a plural antecedent (the first stands for them), before any single one.
            if (plural && previous is not null && e.Label == previous.Label && e.Label != EntityLabels.Norp && JoinedInAList(previous, e))
                (listFirst, list) = (list == previous ? listFirst : previous, e);
            previous = e;
            // ("the biggest defeat for the junta since it seized power", "The junta said it had retaken the town": nor is a town
            // "it" that acts.)
            if (itActs && e.Label == EntityLabels.Loc && !_lexicon.IsState(e.Canonical)) continue;
            // ("clashed with police in Islamabad …, as they marched": a city or a region is no "they"; a state, failing all else, may be.)
            if (plural && e.Label == EntityLabels.Loc)
            {
                if (_lexicon.IsCountry(e.Canonical)) place = e;
                continue;
            }
            nearest = e;
            if (!(e.Start < _sentence.Start ? FollowsAPreposition(e) : PrecededByPreposition(e))) nearestSubject = e;
        }
        // "Presidents Putin and Rakhmonov agreed … . Tajik officials insist that their forces are ready": a people's officials
        // named in this sentence, after a list of the sentence before, stand nearer.
        // ("… journeys between Asia and Europe. The Houthis … say they are targeting ships": nor does a list in a phrase of the
        // sentence before, where a subject was named.)
        return listFirst is not null && !(nearestSubject is { Label: EntityLabels.Norp } people && people.Start >= _sentence.Start && list!.Start < _sentence.Start
                                          && LastToken(TokenIndexOf(people.Start), people) + 1 is var noun && noun < _count && PeopleOfABody.Contains(_low[noun]))
                                     && !(nearestSubject is not null && listFirst.Start < _sentence.Start && FollowsAPreposition(listFirst))
            ? listFirst : nearestSubject ?? nearest ?? place;
    }

    /// <summary>The entity stands before the verb at <paramref name="verb"/> in its clause: no clause break, comma, relative
    /// pronoun, conjunction, other verb or second predicate ("and congratulated") between them.</summary>
    private bool InTheSubjectOf(Entity e, int verb)
    {
        int first = TokenIndexOf(e.Start);
        // ("wrote to Foreign Minister S. Jaishankar urging him": a preposition's object is in no subject.)
        if (first < 0 || first >= verb || InPrepositionalPhrase(first)) return false;
        for (int k = LastToken(first, e) + 1; k < verb; k++)
            if (IsClauseBreak(k) || _low[k] is "," or "that" or "who" or "which" or "whom" or "when" or "as" or "because" or "if" or "until" or "despite"
                || TimeConjunctions.Contains(_low[k]) || IsClauseVerb(k) || Auxiliaries.Contains(_low[k]) || OpensASecondPredicate(k)) return false;
        return true;
    }

    /// <summary>A plural noun no name covers, after a determiner or a number (and up to two modifiers) right after a verb or a
    /// preposition, stands before <paramref name="token"/> in this sentence with no party's name between, but for one in a
    /// phrase ("thanked the other leaders and urged them", "imposed sanctions on three companies linked to the RSF in February,
    /// accusing them").</summary>
    private bool UnnamedPluralObjectBefore(int token)
    {
        for (int k = token - 1; k >= 2; k--)
        {
            if (_entityAt[k] is { } e)
            {
                if (ActorLabels.Contains(e.Label) && !PrecededByPreposition(e)) return false;
                k = FirstToken(k, e);
                continue;
            }
            if (!(IsLowerCasePlainWord(k) && _low[k].EndsWith('s') && !_low[k].EndsWith("ss", StringComparison.Ordinal))) continue;
            int d = k - 1;
            for (int modifiers = 0; modifiers < 2 && d >= 1 && IsLowerCasePlainWord(d) && !Determiners.Contains(_low[d]) && !IsNumberWord(d); modifiers++) d--;
            if (d >= 1 && (Determiners.Contains(_low[d]) || _low[d] == "both" || IsNumberWord(d))
                && (_isVerbTrigger[d - 1] || _entityAt[d - 1] is null && (IsPastForm(d - 1) || Prepositions.Contains(_low[d - 1])))) return true;
        }
        return false;
    }

    /// <summary>The noun of a body after "the" right after a verb, before <paramref name="token"/> in this sentence with no
    /// body's or place's name between ("called the junta … and accused it"), or -1.</summary>
    private int UnnamedBodyObjectBefore(int token)
    {
        for (int k = token - 1; k >= 2; k--)
        {
            if (_entityAt[k] is { Label: EntityLabels.Org or EntityLabels.Loc }) return -1;
            if ((StateBodies.Contains(_low[k]) || BodyHeads.Contains(_low[k])) && _low[k - 1] == "the" && IsLowerCasePlainWord(k)
                && (_isVerbTrigger[k - 2] || _entityAt[k - 2] is null && _lexicon.VerbLemma(_low[k - 2]) is not null && IsPastForm(k - 2))) return k;
        }
        return -1;
    }

    /// <summary>The noun of a state's ruling body (<see cref="StateBodies"/>) the sentence before this one opens with after "the"
    /// ("The junta, led by …"), or null.</summary>
    private string? PreviousSentenceOpeningBody()
    {
        if (_sentenceIndex == 0) return null;
        var previous = _doc.Sentences[_sentenceIndex - 1];
        if (previous.TokenCount < 3 || !_doc.SpanOf(_doc.Tokens[previous.FirstToken]).Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        string noun = _doc.SpanOf(_doc.Tokens[previous.FirstToken + 1]).ToString();
        return StateBodies.Contains(noun) ? noun : null;
    }

    /// <summary>The sentence before this one opens with "the", "this" or "that" and a lower-case noun that is neither a body
    /// through which a named party acts nor a title ("The war between …", not "The government", "The ministry", "The president").</summary>
    private bool PreviousSentenceOpensWithAnUnnamedThing()
    {
        if (_sentenceIndex == 0) return false;
        var previous = _doc.Sentences[_sentenceIndex - 1];
        if (previous.TokenCount < 3) return false;
        var determiner = _doc.Tokens[previous.FirstToken];
        var noun = _doc.Tokens[previous.FirstToken + 1];
        if (!(_doc.SpanOf(determiner).ToString().ToLowerInvariant() is "the" or "this" or "that") || noun.Kind != TokenKind.Word
            || !char.IsLower(_doc.Text[noun.Start])) return false;
        foreach (var e in _entities)
        {
            if (e.Start > noun.Start) break;
            if (e.End > noun.Start) return false;
        }
        string head = _doc.SpanOf(noun).ToString();
        return !ActingBodies.Contains(head) && !StateBodies.Contains(head) && !BodyHeads.Contains(head) && !PeopleOfABody.Contains(head)
               && Relations.TitleLexicon.KindOf(head) == Relations.TitleKind.None && !head.EndsWith('s');
    }

    /// <summary>The sentence before this one opens with "the" and up to three lower-case words (no name) ending in a plural noun
    /// before a comma or a verb ("The two neighbours, …", "The rebels have …").</summary>
    private bool PreviousSentenceOpensWithAnUnnamedPlural()
    {
        if (_sentenceIndex == 0) return false;
        var previous = _doc.Sentences[_sentenceIndex - 1];
        if (previous.TokenCount < 3 || !_doc.SpanOf(_doc.Tokens[previous.FirstToken]).Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        int end = Math.Min(previous.EndToken - 1, previous.FirstToken + 4);
        for (int t = previous.FirstToken + 1; t < end; t++)
        {
            var word = _doc.SpanOf(_doc.Tokens[t]);
            if (_doc.Tokens[t].Kind != TokenKind.Word || !char.IsLower(word[0]) || Entities.EntityText.Overlaps(_doc, _doc.Tokens[t].Start, _doc.Tokens[t].End)) return false;
            var next = _doc.SpanOf(_doc.Tokens[t + 1]);
            if (word.Length > 3 && word[^1] == 's' && word[^2] != 's' && (next is "," || Auxiliaries.Contains(next.ToString()) || _lexicon.VerbLemma(next.ToString()) is not null))
                return true;
        }
        return false;
    }

    /// <summary>A subject opening its clause before the verb at <paramref name="verb"/>: an article and lower-case words ending in a
    /// singular noun, perhaps with a phrase of place after it ("An ethnic armed group in Myanmar", "The junta").</summary>
    private bool UnnamedSingularSpeaker(int verb)
    {
        int k = verb - 1;
        while (k >= 0 && Auxiliaries.Contains(_low[k])) k--;
        // past a phrase of place: "in Myanmar", "in northern Syria"
        if (k >= 1 && _entityAt[k] is { Label: EntityLabels.Loc } place && FirstToken(k, place) - 1 is var preposition and >= 1 && _low[preposition] is "in" or "from" or "based")
            k = preposition - 1;
        if (k < 1 || !IsLowerCasePlainWord(k) || _low[k].EndsWith('s') || _entityAt[k] is not null) return false;
        int start = k;
        // ("An ethnic armed group": a participle describing the noun counts as a modifier.)
        while (start >= 1 && (IsLowerCasePlainWord(start - 1) || IsPastForm(start - 1) && _entityAt[start - 1] is null) && !Determiners.Contains(_low[start - 1])) start--;
        // (Opening the sentence, or after a dateline's dash: "YANGON — An ethnic armed group …".)
        return start >= 1 && _low[start - 1] is "a" or "an" or "the" && (start - 1 == 0 || _low[start - 2] is "," or "and" or "—" or "–" or "-");
    }

    /// <summary>The sentence opens with a subject of lower-case words ending in a plural ("Several television stations") and
    /// its verb (an auxiliary or a clause verb), before token <paramref name="token"/>.</summary>
    private bool OpensWithAnUnnamedPlural(int token)
    {
        int verb = 0;
        while (verb < token && !(Auxiliaries.Contains(_low[verb]) || IsClauseVerb(verb)))
        {
            if (_entityAt[verb] is not null || !IsLowerCasePlainWord(verb) && !(verb == 0 && _doc.Tokens[_first].Kind == TokenKind.Word)) return false;
            verb++;
        }
        // ("Police said they had arrested …": "police" and "people" are plurals without an "s".)
        return verb >= 1 && verb < token && (_low[verb - 1].EndsWith('s') && !_low[verb - 1].EndsWith("ss", StringComparison.Ordinal) || _low[verb - 1] is "police" or "people");
    }

    /// <summary>The sentence starting at character <paramref name="start"/> has the subject pronoun <paramref name="pronoun"/>
    /// ("He", "She") for its subject before any person is named: first, after an opening phrase's comma ("In Moscow, he …"), or
    /// speaking the quotation the sentence opens with.</summary>
    private bool OpensWith(int start, string pronoun)
    {
        int t = Entities.EntityText.TokenStartingAt(_doc, start);
        if (t < 0) return false;
        int firstPerson = int.MaxValue;
        foreach (var e in _entities)
            if (e.Start >= start && e.Label == EntityLabels.Person) { firstPerson = e.Start; break; }
        for (int k = t; k < _doc.Tokens.Count && k <= t + 8 && _doc.Tokens[k].Start < firstPerson; k++)
            if (_doc.SpanOf(_doc.Tokens[k]).Equals(pronoun, StringComparison.OrdinalIgnoreCase)) return k == t || _doc.SpanOf(_doc.Tokens[k - 1]) is ",";
        // "\"Nobody will teach us how to live,\" he told a rally".
        if (_doc.SpanOf(_doc.Tokens[t]) is "\"" or "“")
            for (int k = t + 1; k + 1 < _doc.Tokens.Count && k <= t + 80 && _doc.Tokens[k].Start < firstPerson; k++)
                if (_doc.SpanOf(_doc.Tokens[k]) is "\"" or "”")
                    return _doc.SpanOf(_doc.Tokens[k - 1]) is "," or "?" or "!" && _doc.SpanOf(_doc.Tokens[k + 1]).Equals(pronoun, StringComparison.OrdinalIgnoreCase);
        return false;
    }

    /// <summary>The verb of saying right before <paramref name="token"/>, past its "that" and an adverb ("said separately that"), or -1.</summary>
    private int SayingVerbBefore(int token)
    {
        int said = token - 1;
        if (said >= 1 && _low[said] == "that") said--;
        // ("said on Saturday it had captured …": past the time of saying.)
        if (said >= 1 && _entityAt[said] is { Label: EntityLabels.Date } time)
        {
            said = FirstToken(said, time) - 1;
            if (said >= 1 && _low[said] is "on" or "in") said--;
        }
        if (said >= 1 && IsAdverb(_low[said])) said--;
        return said >= 0 && ReportingVerbs.Contains(_low[said]) ? said : -1;
    }

    /// <summary>
    /// "Nazarbayeva divorced Aliyev, and a court sentenced him": a person whose surname has the feminine ending of the Slavic
    /// and Central Asian names ("-ova", "-eva", "-skaya") is no "he"; one with the masculine ending ("-ov", "-ev", "-sky") no "she".
    /// Other names say nothing of their bearer.
    /// </summary>
    private static bool OfTheOtherGender(Entity person, string pronoun)
    {
        var surname = person.Text.AsSpan(person.Text.LastIndexOf(' ') + 1);
        bool feminine = surname.EndsWith("ova", StringComparison.Ordinal) || surname.EndsWith("eva", StringComparison.Ordinal) || surname.EndsWith("skaya", StringComparison.Ordinal);
        bool masculine = surname.EndsWith("ov", StringComparison.Ordinal) || surname.EndsWith("ev", StringComparison.Ordinal) || surname.EndsWith("sky", StringComparison.Ordinal)
                         || surname.EndsWith("skiy", StringComparison.Ordinal);
        return pronoun is "he" or "him" or "his" ? feminine : pronoun is "she" or "her" && masculine;
    }

    /// <summary>"the opposition would continue its campaign and called on …": a possessive pronoun right after a verb opens that
    /// verb's object, no subject of a verb after it (a reported clause's, "said his government would …", still opens one).</summary>
    private bool PossessesAnObject(int i) =>
        _low[i] is "its" or "their" or "his" or "her" && i > 0 && _entityAt[i - 1] is null && _doc.Tokens[_first + i - 1].Kind == TokenKind.Word
        && char.IsLower(_doc.Text[_doc.Tokens[_first + i - 1].Start])
        && !(Auxiliaries.Contains(_low[i - 1]) || Prepositions.Contains(_low[i - 1]) || ReportingVerbs.Contains(_low[i - 1]) || ReportingParticiples.Contains(_low[i - 1])
             || IsClauseBreak(i - 1) || _low[i - 1] is "and" or "or" or "but" or "that" or "while" or "because" or "as" or "when" or "if" or "since" or "after" or "before");

    /// <summary>A name that opens an inline citation, "(Interfax, March 21)" or "…; Itar-Tass, October 7)".</summary>
    private bool IsInlineCredit(Entity e)
    {
        int first = Entities.EntityText.TokenStartingAt(_doc, e.Start), last = Entities.EntityText.TokenEndingAt(_doc, e.End);
        if (first < 1 || last < 0 || last + 1 >= _doc.Tokens.Count) return false;
        var before = _doc.SpanOf(_doc.Tokens[first - 1]);
        var after = _doc.SpanOf(_doc.Tokens[last + 1]);
        return before is "(" or ";" && after is "," or ")" or ";";
    }

    /// <summary>A name that speaks in the reporting clause closing an earlier sentence, after its comma and a title ("…, prosecutor
    /// Mir Ahmed Ali Salam said.").</summary>
    private bool SpeaksInAClosingReport(Entity e)
    {
        int first = Entities.EntityText.TokenStartingAt(_doc, e.Start), last = Entities.EntityText.TokenEndingAt(_doc, e.End);
        if (first < 1 || last < 0 || last + 2 >= _doc.Tokens.Count || e.End > _sentence.Start) return false;
        if (_doc.SpanOf(_doc.Tokens[last + 1]) is not ("said" or "says" or "added" or "told" or "reported") || _doc.SpanOf(_doc.Tokens[last + 2]) is not ".")
            return false;
        int k = first - 1;
        for (int titles = 0; titles < 3 && k >= 1 && Relations.TitleLexicon.KindOf(_doc.SpanOf(_doc.Tokens[k])) != Relations.TitleKind.None; titles++) k--;
        return _doc.SpanOf(_doc.Tokens[k]) is ",";
    }

    /// <summary>A name of an earlier sentence right after a preposition, past determiners, titles and their modifiers ("a
    /// protege of the late former prime minister Shinzo Abe").</summary>
    private bool FollowsAPreposition(Entity e)
    {
        int t = Entities.EntityText.TokenStartingAt(_doc, e.Start);
        Span<char> lower = stackalloc char[16];
        for (int k = t - 1, words = 0; k >= 0 && words < 6; k--, words++)
        {
            var word = _doc.SpanOf(_doc.Tokens[k]);
            if (word.Length > lower.Length) return false;
            var w = lower[..word.ToLowerInvariant(lower)];
            // "… detained, including his aide Murat Ongun": "including" opens a phrase as a preposition does.
            if (PrepositionLookup.Contains(w) || w is "including") return true;
            // Titles' modifiers ("former", "then") are title words; "late" is not.
            if (!(IsDeterminerOrPossessive(w) || w is "late" or "'s" or "’s" || Relations.TitleLexicon.KindOf(w) != Relations.TitleKind.None)) return false;
        }
        return false;
    }

    /// <summary>A determiner or a possessive pronoun, which opens a noun phrase ("the", "a", "his", "its").</summary>
    private static bool IsDeterminerOrPossessive(ReadOnlySpan<char> word) => DeterminerLookup.Contains(word) || word is "his" or "her" or "their" or "its";


    /// <summary>"Houthi spokesman Yahya Saree", "the Kremlin's chief spokesman, Dmitry Peskov": the body named right before the
    /// spokesperson's noun (past one lower-case word and a possessive's "'s") that the person <paramref name="speaker"/> speaks
    /// for; or null.</summary>
    private Entity? BodyOfItsSpokesperson(Mention speaker)
    {
        if (speaker.Entity.Label != EntityLabels.Person) return null;
        int k = speaker.Token - 1;
        if (k >= 1 && _low[k] == ",") k--;
        if (k < 1 || _low[k] is not ("spokesman" or "spokeswoman" or "spokesperson")) return null;
        k--;
        if (k >= 1 && _entityAt[k] is null && IsLowerCasePlainWord(k)) k--;
        if (k >= 1 && _low[k] is "'s" or "’s") k--;
        return k >= 0 && _entityAt[k] is { Label: EntityLabels.Org or EntityLabels.Norp or EntityLabels.Loc } body ? body : null;
    }

    /// <summary>The mention is followed, perhaps past "'s", by one of <see cref="ActingBodies"/> ("Pakistani military", "Russian government",
    /// "Burhan's government").</summary>
    private bool BeforeAnActingBody(Entity e)
    {
        int next = Entities.EntityText.TokenEndingAt(_doc, e.End) + 1;
        if (next <= 0 || next >= _doc.Tokens.Count) return false;
        // ("Burhan's government": past a possessor's "'s".)
        if (_doc.SpanOf(_doc.Tokens[next]) is "'s" or "’s" && ++next >= _doc.Tokens.Count) return false;
        var word = _doc.SpanOf(_doc.Tokens[next]);
        // "the Chinese coast guard": a body of two words.
        return ActingBodiesLookup.Contains(word)
               || word is "coast" && next + 1 < _doc.Tokens.Count && _doc.SpanOf(_doc.Tokens[next + 1]) is "guard" or "guards";
    }

    /// <summary>"and", perhaps with a possessive and words of a title or a people's name, lies between two persons ("Gabriel
    /// Boric and his Argentine counterpart Javier Milei"), in this sentence or an earlier one.</summary>
    private bool JoinsTwoPersons(Entity first, Entity second)
    {
        int from = Entities.EntityText.TokenEndingAt(_doc, first.End) + 1, to = Entities.EntityText.TokenStartingAt(_doc, second.Start);
        if (from <= 0 || to < from + 1 || !_doc.SpanOf(_doc.Tokens[from]).Equals("and", StringComparison.Ordinal)) return false;
        for (int t = from + 1; t < to; t++)
        {
            var word = _doc.SpanOf(_doc.Tokens[t]);
            if (word is "his" or "her" or "their" or "the" or "counterpart" or "counterparts" || IsPeoplesName(_doc.Tokens[t].Start)) continue;
            if (!char.IsLetter(word[0]) || word is "of" || Relations.TitleLexicon.KindOf(word) == Relations.TitleKind.None) return false;
        }
        return true;
    }

    /// <summary>The character at <paramref name="offset"/> lies in a people's name (NORP).</summary>
    private bool IsPeoplesName(int offset)
    {
        foreach (var e in _entities)
            if (e.Label == EntityLabels.Norp && e.Start <= offset && offset < e.End) return true;
        return false;
    }

    /// <summary>Only a comma, "and", ", and" or "or" lies between the two entities, and the first is in no phrase of place.</summary>
    private bool JoinedInAList(Entity first, Entity second)
    {
        var between = _doc.Text.AsSpan(first.End, second.Start - first.End).Trim();
        if (!(between is "," or "and" or ", and" or "or")) return false;
        int token = Entities.EntityText.TokenStartingAt(_doc, first.Start);
        if (token <= 0) return true;
        var before = _doc.SpanOf(_doc.Tokens[token - 1]);
        foreach (var preposition in LocationPrepositions)
            if (before.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>In a prepositional phrase, unless it is the subject of a clause that "before", "after" … opens ("a day before
    /// Prime Minister Narendra Modi travelled to Kazan").</summary>
    private bool PrecededByPreposition(Entity e)
    {
        int token = TokenIndexOf(e.Start);
        if (token < 0 || !InPrepositionalPhrase(token)) return false;
        // ("hours after South Korean and U.S. forces began their exercises": past the names joined to it and their people's noun.)
        int verb = PastNamesAndTheirNoun(token);
        bool verbFollows = verb < _count && (IsClauseVerb(verb) || IsLowerCasePlainWord(verb) && _low[verb].EndsWith("ed", StringComparison.Ordinal));
        return !(verbFollows && IsSubjectAfterConjunction(token, LastToken(token, e), verb));
    }

    private int TokenIndexOf(int charOffset)
    {
        for (int i = 0; i < _count; i++) if (_doc.Tokens[_first + i].Start == charOffset) return i;
        return -1;
    }

    /// <summary>Up to five capitalised words no name covers, a title's word among them, stand right before <paramref name="token"/>
    /// and right after a preposition (not a title's own "of" or "for": "Minister of Public Security Wang Xiaohong"); never in a
    /// headline, whose every word is capitalised.</summary>
    private bool PrepositionBeforeItsTitle(int token)
    {
        if (_headline || _title) return false;
        bool title = false;
        int k = token - 1;
        for (; k >= 1 && token - k <= 5 && _entityAt[k] is null && IsPlainWord(k) && char.IsUpper(_doc.Text[_doc.Tokens[_first + k].Start]); k--)
            title |= IsTitleWord(k);
        return title && k < token - 1 && k >= 0 && Prepositions.Contains(_low[k]) && _low[k] is not ("of" or "for");
    }

    /// <summary>Looks back over determiners, possessives and modifiers (at most 3 words) for a preposition.</summary>
    private bool InPrepositionalPhrase(int token)
    {
        // "Speaking in Khankendi, he accused Moscow …": a pronoun in the subject's case is no preposition's object.
        if (_low[token] is "he" or "she" or "they" or "we" or "i") return false;
        // ("after it was accused of violating sanctions": so is "it" before its verb.)
        if (_low[token] == "it" && token + 1 < _count && (Auxiliaries.Contains(_low[token + 1]) && _low[token + 1] != "to" || IsPastForm(token + 1))) return false;
        // ("wrote to External Affairs Minister S. Jaishankar": so is a name whose title's capitalised words a preposition opens.)
        if (PrepositionBeforeItsTitle(token)) return true;
        bool capitalised = true;
        for (int i = token - 1, words = 0; i >= 0 && words < 3; i--)
        {
            // ("The Democratic Republic of Congo and M23 signed": an "of" inside a name opens no phrase; the name is one word.)
            if (_entityAt[i] is { } inName && FirstToken(i, inName) is var nameStart && nameStart < i) { i = nameStart + 1; continue; }
            string w = _low[i];
            // "Minister of Public Security Wang Xiaohong", "Commissioner for Enlargement Marta Kos": an "of" or "for" between a
            // title and capitalised words is the title's.
            if (w is "of" or "for" && capitalised && words > 0 && i > 0 && Relations.TitleLexicon.KindOf(_low[i - 1]) != Relations.TitleKind.None) return false;
            // "collapsed in September when the ELN bombed …": a subordinate clause begins after "when"; no phrase runs over it.
            if (w is "when" or "where" or "whether" or "if" or "that" or "who" or "which" || IsClauseBreak(i)) return false;
            // "Thousands of Iraqi Kurds demonstrated": the "of" of a number of people counts them, it opens no phrase.
            if (w == "of" && i > 0 && _low[i - 1] is "thousands" or "hundreds" or "dozens" or "scores" or "millions" or "tens") return false;
            // "left without gas as Moldova refuses to pay": nor over "as" ("countries such as France" is a phrase's list).
            if (w == "as" && !(i > 0 && _low[i - 1] is "such" or "well" or "same")) return false;
            // "struck Gaza after Hamas rockets hit Sderot": "after" before a name and its verb opens a clause, not a phrase.
            if (i == token - 1 && OpensAClauseOfANamedSubject(i)) return false;
            // ("On Tuesday a Houthi missile struck …": an article after a date opens the clause's subject, the phrase of time
            // closed without its comma.)
            if (Determiners.Contains(w) && i > 0 && _entityAt[i - 1] is { Label: EntityLabels.Date }) return false;
            if (Prepositions.Contains(w)) return true;
            // "unions in France, Belgium and Ireland": a name listed after one in a phrase is in that phrase; not after a
            // date ("In 2024, Uzbekistan signed …": the phrase of time ends at its comma).
            // "freed three hostages on Sunday and Israel released …": nor is a name after a date and "and".
            // "cut its ties with Georgia, and Washington later imposed sanctions": a name after ", and" that its own verb
            // follows opens a clause of its own.
            // ("explosions were heard in Srinagar and India accused Pakistan": so does one after a plain "and" once the clause
            // before has had its verb; "strikes on Kyiv and Odesa killed five" lists the phrase's names.)
            if (w == "and" && i > 0 && (i == token - 1 || i == token - 2 && _low[token - 1] == "the") && _entityAt[token] is { } opening
                && StartsAVerbPhraseAfter(LastToken(token, opening) + 1)
                && (_low[i - 1] == "," || HasAVerbBefore(i)))
                return false;
            if (w is "and" or "or" or "," && i > 0 && _entityAt[i - 1] is { } listed)
            {
                if (listed.Label == EntityLabels.Date) return false;
                // "Yuri Merzlyakov of Russia, Steven Mann of …": a person listed after another's state is no part of its phrase.
                if (_entityAt[token] is { Label: EntityLabels.Person } && PersonBeforeItsState(i - 1) != i - 1) return false;
                // "In Baku, the opposition Musavat Party accused …": the comma closes a phrase that opens the sentence (after an
                // adverb or a dateline: "Meanwhile in Gaza, Egyptian mediators met …"), unless a list of the phrase's kind goes on
                // to a comma that closes it ("In France, the Netherlands and Belgium, …"; not "In Baku, Azerbaijan and Turkey
                // signed", nor "In Gaza, Egyptian and Qatari mediators met").
                if (w == "," && FirstToken(i - 1, listed) is var place && OpeningPhraseStart(place) is var phrase
                    && (place == phrase + 1 || place == phrase + 2 && _low[phrase + 1] == "the") && Prepositions.Contains(_low[phrase])
                    && !(_entityAt[token] is { } item && item.Label == listed.Label && ListClosedByAComma(token, item)))
                    return false;
                // "… normalized relations with Israel, U.S. President Donald Trump said": so does a name after a comma that its own
                // verb follows, which begins a clause, unless an "and" lists it.
                if (w == "," && !AndOrBetween(i + 1, token)
                    && _entityAt[token] is { } named && LastToken(token, named) + 1 is var next && next < _count && (ReportingVerbs.Contains(_low[next]) || IsClauseVerb(next)))
                    return false;
                continue;
            }
            capitalised &= char.IsUpper(_doc.Text[_doc.Tokens[_first + i].Start]);
            if (_entityAt[i] is not null || w is "'s" or "’s" || Determiners.Contains(w)) continue;
            // "clashes between government forces and SDF units": a body's noun after its modifier is a noun (though "forces"
            // could be a verb), and one word with it.
            if (PeopleOfABody.Contains(w) && i > 0 && _entityAt[i - 1] is null && IsLowerCasePlainWord(i - 1) && !Auxiliaries.Contains(_low[i - 1])) continue;
            // ("entrust the plant to Russia's state corporation Rosatom": after a possessive or an article a word with a verb's
            // reading is a noun's modifier.)
            if (_doc.Tokens[_first + i].Kind != TokenKind.Word || Auxiliaries.Contains(w)
                || _lexicon.VerbLemma(w) is not null && !(i > 0 && (_low[i - 1] is "'s" or "’s" || Determiners.Contains(_low[i - 1])))) return false;
            words++;
        }
        return false;
    }

    /// <summary>A clause's verb, a form of "be" or of "have" stands before token <paramref name="i"/> in the sentence.</summary>
    private bool HasAVerbBefore(int i)
    {
        for (int k = 0; k < i; k++)
            if (IsClauseVerb(k) || BeForms.Contains(_low[k]) || _low[k] is "has" or "have" or "had") return true;
        return false;
    }

    /// <summary>The names of <paramref name="item"/>'s kind listed from it on (", the X", "and Y") end at a comma ("In France,
    /// the Netherlands and Belgium, unions protested": at "Netherlands" and "Belgium").</summary>
    private bool ListClosedByAComma(int token, Entity item)
    {
        int k = LastToken(token, item) + 1;
        while (k + 1 < _count && _low[k] is "," or "and" or "or")
        {
            int next = _low[k + 1] == "the" && k + 2 < _count ? k + 2 : k + 1;
            if (_entityAt[next] is not { } listed || listed.Label != item.Label) break;
            k = LastToken(next, listed) + 1;
        }
        return k < _count && _low[k] == ",";
    }

    /// <summary>An "and" or an "or" among tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool AndOrBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_low[k] is "and" or "or") return true;
        return false;
    }

    /// <summary>
    /// The place at <paramref name="first"/> says where: after a preposition of place ("in Douala"), or after a settlement's
    /// noun and "of" that such a preposition governs ("in the northern city of Maroua").
    /// </summary>
    private bool InPhraseOfPlace(int first)
    {
        if (PrecededBy(first, LocationPrepositions)) return true;
        // "crashed north of Moscow", "50 kilometers south of Kabul": a bearing from a place says where.
        int of = first >= 1 && _low[first - 1] == "the" ? first - 2 : first - 1;
        if (of >= 1 && _low[of] == "of" && CompassAdjectives.Contains(_low[of - 1])) return true;
        if (!Entities.EntityText.FollowsSettlementNoun(_doc, _first + first)) return false;
        for (int i = first - 3; i >= Math.Max(0, first - 6); i--)
        {
            if (LocationPrepositions.Contains(_low[i])) return true;
            if (!Determiners.Contains(_low[i]) && !IsLowerCasePlainWord(i)) return false;
        }
        return false;
    }

    /// <summary>"within" (not "from within") opens the phrase of token <paramref name="token"/>, past an article and up to two
    /// modifiers.</summary>
    private bool WithinPhrase(int token)
    {
        for (int i = token - 1; i >= Math.Max(0, token - 4); i--)
        {
            if (_low[i] == "within") return !(i > 0 && _low[i - 1] == "from");  // "pressure from within his party" names who
            if (!(Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i))) return false;
        }
        return false;
    }

    private bool PrecededBy(int token, HashSet<string> words)
    {
        for (int i = token - 1; i >= Math.Max(0, token - 3); i--)
        {
            if (words.Contains(_low[i])) return true;
            // ("in northern Iraq", "in the eastern Pacific", "in the occupied West Bank": past a compass point's adjective, or one of
            // a place's status, after the preposition or its article.)
            if (!Determiners.Contains(_low[i]) && !((CompassAdjectives.Contains(_low[i]) || PlaceStatusAdjectives.Contains(_low[i])) && i >= 1
                                                    && (words.Contains(_low[i - 1]) || i >= 2 && Determiners.Contains(_low[i - 1]) && words.Contains(_low[i - 2])))) return false;
        }
        return false;
    }

    /// <summary>The place at <paramref name="first"/> follows a noun of armed rebels and "in" ("rebels in the northern Tigray
    /// region": the place's own, not a delegation or a crowd there), past an article and a compass word.</summary>
    private bool PeopleIn(int first)
    {
        int k = first - 1;
        while (k >= 0 && first - k <= 2 && (Determiners.Contains(_low[k]) || CompassAdjectives.Contains(_low[k]))) k--;
        return k >= 1 && _low[k] == "in" && _low[k - 1] is "rebels" or "militants" or "insurgents" or "separatists" or "fighters" or "militias";
    }

    /// <summary>Adjectives of a place's status that stand before its name ("the occupied West Bank", "Russian-annexed" aside).</summary>
    private static readonly HashSet<string> PlaceStatusAdjectives = new(StringComparer.Ordinal)
        { "occupied", "disputed", "annexed", "breakaway", "besieged", "neighbouring", "neighboring" };

    private static readonly HashSet<string> CompassAdjectives = new(StringComparer.Ordinal)
        { "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
          "northeast", "northwest", "southeast", "southwest" };

    private bool IsPossessive(Entity e)
    {
        var text = _doc.Text.AsSpan(e.End);
        return text.StartsWith("'s") || text.StartsWith("’s") || text.StartsWith("’ ") || text.StartsWith("' ");
    }

    private int FirstToken(int i, Entity e)
    {
        while (i > 0 && _entityAt[i - 1] == e) i--;
        return i;
    }

    private int LastToken(int i, Entity e)
    {
        while (i + 1 < _count && _entityAt[i + 1] == e) i++;
        return i;
    }

    /// <summary>One party: the same entity or canonical name, or a state and its capital ("freeing Tbilisi" by Georgia).</summary>
    private bool Same(Entity? a, Entity? b) =>
        a is not null && b is not null && (a == b || string.Equals(a.Canonical, b.Canonical, StringComparison.OrdinalIgnoreCase)
        // ("Turkey" and "Türkiye", "Ankara" and "Turkey": a country by any of its names, or its capital.)
        || a.Label == EntityLabels.Loc && b.Label == EntityLabels.Loc
           && (_lexicon.CountryNamed(a.Canonical) ?? _lexicon.CountryOfCapital(a.Canonical)) is { } stateA
           && string.Equals(stateA, _lexicon.CountryNamed(b.Canonical) ?? _lexicon.CountryOfCapital(b.Canonical), StringComparison.OrdinalIgnoreCase)
           && (_lexicon.IsCountry(a.Canonical) || _lexicon.IsCountry(b.Canonical)));
}
