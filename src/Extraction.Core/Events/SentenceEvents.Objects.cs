using Extraction.Model;

namespace Extraction.Events;

// The object of a verb, its agent after "by", and passives.
internal sealed partial class SentenceEvents
{
    /// <summary>", a project supported by the United States", ", a deal that …": after the comma at <paramref name="comma"/>, an
    /// article, up to two lower-case words and a participle or a relative pronoun (<see cref="OpensASummaryAppositive"/> reads
    /// the relative pronoun alone).</summary>
    private bool DescribesTheObjectBefore(int comma)
    {
        if (OpensASummaryAppositive(comma)) return true;
        if (comma + 3 >= _count || _low[comma + 1] is not ("a" or "an")) return false;
        for (int i = comma + 2; i < Math.Min(_count, comma + 5); i++)
        {
            if (!IsLowerCasePlainWord(i) && !_isTrigger[i]) return false;
            if (i > comma + 2 && IsPastForm(i) && i + 1 < _count && _low[i + 1] is "by" or "in" or "with" or "for") return true;
        }
        return false;
    }

    /// <summary>A verb's form at <paramref name="k"/> with no second verb's form after it: the verb of a relative clause's "that"
    /// ("that control most of …"), not a subject ("that forces withdraw").</summary>
    private bool IsVerbOpeningARelativeClause(int k) =>
        k < _count && _entityAt[k] is null && IsLowerCasePlainWord(k) && _lexicon.VerbLemma(_low[k]) is not null
        && !(k + 1 < _count && _entityAt[k + 1] is null && _lexicon.VerbLemma(_low[k + 1]) is not null);

    /// <summary>Nouns of the premises a body keeps in a place ("the Baku office of Sputnik").</summary>
    private static readonly HashSet<string> PremisesNouns = new(StringComparer.Ordinal)
        { "office", "offices", "bureau", "branch", "branches", "headquarters", "studio", "studios", "premises" };

    /// <summary>Past a title and the person's name it opens at <paramref name="k"/> ("General Michael Langley"), if any; else
    /// <paramref name="k"/>.</summary>
    private int PastTitledName(int k) =>
        k + 1 < _count && IsTitleWord(k) && _entityAt[k + 1] is { Label: EntityLabels.Person } person ? LastToken(k + 1, person) + 1 : k;

    /// <summary>From <paramref name="k"/>: an optional article, one or two plain nouns, "of", an optional article and a
    /// modifier, a party's name and a clause's verb ("supporters of the ruling Serbian Progressive Party attacked").</summary>
    private bool IsNounOfAPartyBeforeItsVerb(int k)
    {
        if (k < _count && Determiners.Contains(_low[k])) k++;
        int nouns = 0;
        for (; k < _count && nouns < 2 && _entityAt[k] is null && IsLowerCasePlainWord(k) && _low[k] != "of" && _lexicon.VerbLemma(_low[k]) is null; k++) nouns++;
        if (nouns == 0 || k + 1 >= _count || _low[k] != "of") return false;
        k++;
        if (Determiners.Contains(_low[k])) k++;
        if (k < _count && _entityAt[k] is null && IsLowerCasePlainWord(k)) k++;  // "the ruling …", "the opposition …"
        return k < _count && _entityAt[k] is { } party && ActorLabels.Contains(party.Label) && StartsAVerbPhraseAfter(LastToken(k, party) + 1);
    }

    /// <summary>First actor-like entity after <paramref name="from"/> in the clause; "in/at X" places are skipped.</summary>
    /// <summary>Tokens [<paramref name="from"/>, <paramref name="to"/>) are a noun phrase no name covers that ends in a title or
    /// a noun of people ("prime minister", "the two opposition leaders", "20 people").</summary>
    private bool UnnamedPeopleBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_entityAt[k] is { Label: not EntityLabels.Quantity } || !(IsLowerCasePlainWord(k) || IsNumberWord(k) || _headline && IsPlainWord(k))
                || Prepositions.Contains(_low[k])) return false;
        string noun = _low[to - 1];
        return IsTitleWord(to - 1) || noun.EndsWith('s') && Relations.TitleLexicon.KindOf(noun[..^1]) != Relations.TitleKind.None
               || PeopleActedOn.Contains(noun) || OnePersonNouns.Contains(noun);
    }

    private Entity? Object(int from, Entity? exclude, bool beforeComma = false)
    {
        int locationEnd = -1;  // last token of the latest place skipped as a location
        int topicEnd = -1;     // last token of the latest name skipped as a topic
        for (int i = from; i < Math.Min(_count, from + 14); i++)
        {
            string w = _low[i];
            if (beforeComma && w == ",") return null;
            // "the pipeline, which Yerevan hopes will reduce its dependence on Russian gas": a modal right after the verb opens
            // its clause; nobody is addressed.
            if (i == from && Modals.Contains(w)) return null;
            // "demanded (on Friday) that the US cancel …": the complement's subject is the one addressed; after a noun phrase
            // "that" opens a relative clause ("would not accept any solution that placed Karabakh under Azerbaijani rule").
            // A noun of what is promised or hoped before "that" opens its content ("had given assurances that Safarov would
            // serve …"): no party is addressed.
            // ("threatened to impose tariffs on countries that regulate U.S. technology companies": but after a preposition's
            // noun it opens a relative clause, and so it does after a noun when a verb follows it ("gangs that control most of
            // the capital"; not "that forces withdraw", whose verb comes second).)
            if (w == "that" && i - from <= 3 && !Enumerable.Range(from, i - from).Any(k => Determiners.Contains(_low[k]) || ContentNouns.Contains(_low[k]))
                && !(i - from >= 2 && Prepositions.Contains(_low[i - 2]) && _entityAt[i - 1] is null && IsLowerCasePlainWord(i - 1))
                && !(i > from && _entityAt[i - 1] is null && IsLowerCasePlainWord(i - 1) && IsVerbOpeningARelativeClause(i + 1))) continue;
            // "warned that "alternative routes cannot replace the North–South corridor"": a quoted statement addresses no one.
            if (IsOpeningQuote(i) && (i == from || _low[i - 1] == "that")) return null;
            // "would not withdraw until Georgian troops left", "vowed to defeat the insurgents before African Union troops
            // leave": a subordinate clause has parties of its own ("after" is left out: in a headline "Kyrgyzstan Blocks Site
            // After Tajikistan Clash" names whom the act answers).
            // "threatened tariffs on goods made in China, where Apple assembles its iPhones": a place's relative clause too.
            // "Russia Expands Military Presence in Tajikistan Amid Afghan Border Tensions": circumstances have parties of their own
            // ("declined to resign despite pressure by the commission" still names whom the refusal answers).
            // "sending instead a delegation headed by his aide Vladimir Medinsky": the agent of a participle describing the object
            // is no party to the act.
            // ("released 84 prisoners in an exchange mediated by the United Arab Emirates": nor is a go-between's.)
            if (w == "by" && i > from && _low[i - 1] is "led" or "headed" or "chaired" or "commanded" or "mediated" or "brokered" or "facilitated" or "hosted"
                && PartyFrom(i + 1 < _count && _low[i + 1] == "the" ? i + 2 : i + 1) is var (_, agentEnd))
            {
                i = agentEnd - 1;
                continue;
            }
            // ("did not rule out military action against what Washington calls drug-trafficking cartels": so has a clause of "what".)
            // ("accusing the alliance of failing to protect it during the conflict with Azerbaijan": nor a phrase of its occasion.)
            if (IsClauseBreak(i) || w is "which" or "who" or "whom" or "whose" or "that" or "what" or "according" or "until" or "when" or "if" or "since" or "before" or "once" or "where"
                    or "amid" or "during")
                return null;
            // "Karapetyan was arrested in June after he spoke out in defence of the Church": "after" before a pronoun opens a clause;
            // so does a conjunction of time before a gerund ("was detained in June 2024 after interviewing Mukhtar Ablyazov").
            // ("fired two missiles at the aircraft as it approached Grozny": so does "as".)
            if (w is "after" or "as" && i + 1 < _count && SubjectPronouns.Contains(_low[i + 1])) return null;
            // ("provoked the clash by entering the zone without notifying the Joint Control Commission": so do "by" and "without";
            // "sanctioned three vessels and a company for shipping Iranian oil": and "for", giving the reason.)
            // ("charged three men with spying for Moscow": and "with", naming the charge.)
            if ((TimeConjunctions.Contains(w) || w is "by" or "without" or "with" || w == "for" && i > from) && i + 1 < _count && IsGerund(i + 1)) return null;
            // "Serbia Seizes Control of NIS Refinery Ahead of U.S. Sanctions Deadline": a phrase of time names no party;
            // "expelled two diplomats in response to EU sanctions": nor one of motive.
            if (w == "ahead" && i + 1 < _count && _low[i + 1] == "of" || OpensAPhraseOfMotive(i)) return null;
            // "Thai court removes prime minister over phone call with Hun Sen", "jailed two opposition leaders over their meeting
            // with Ukraine's president": past an object that names people but no one, "over" gives the cause, whose parties are
            // not the act's.
            if (w == "over" && i > from && UnnamedPeopleBetween(from, i)) return null;
            // "offered a reward for information about him": what a phrase of "about" names is the topic, no party.
            if (w is "about" or "regarding" or "concerning" && i > from && i + 1 < _count && !IsNumberWord(i + 1)) return null;
            // "had shelved the plan after Lavrov insisted on …": so does a name and its verb after it (not in a headline, whose
            // "Blocks Site After Tajikistan Clash" names whom the act answers).
            // "withdrew after the Taliban took power": past the name's article.
            int afterWord = i + 1 < _count && _low[i + 1] == "the" ? i + 2 : i + 1;
            // ("days after Prime Minister Nikol Pashinyan called for …": past the title before the name.)
            for (int titles = 0; titles < 3 && afterWord + 1 < _count && _entityAt[afterWord] is null && IsTitleWord(afterWord); titles++) afterWord++;
            // ("refused to send a representative after Sheinbaum did not invite King Felipe VI": past auxiliaries and adverbs;
            // "rallied in Ouagadougou after U.S. General Michael Langley accused the junta": past a title and the name it opens.)
            // ("a day after Russian drones entered Polish airspace": past a nationality's noun or weapon.)
            if (w == "after" && !_headline && afterWord < _count && _entityAt[afterWord] is { } afterSubject
                && PastTitledName(PastAPeoplesNoun(afterSubject, LastToken(afterWord, afterSubject) + 1)) is var afterName
                && (StartsAVerbPhrase(afterName) || StartsAVerbPhraseAfter(afterName))) return null;
            // "resigned in January after supporters of the ruling Serbian Progressive Party attacked students": so does a noun's
            // phrase that names its party after "of", and its verb.
            if (w is "after" or "before" or "since" or "until" && !_headline && IsNounOfAPartyBeforeItsVerb(i + 1)) return null;
            // ("would step down, after his governing Liberal Democratic Party lost its majority": so does a name past a possessive
            // and its modifiers.)
            if (!_headline && OpensAClauseOfANamedSubject(i)) return null;
            // "backed a trans-Caspian gas pipeline to Baku, a project supported by the United States": an appositive of an
            // article, a noun and a participle (or a relative clause) describes the object; its agent is no party to the act.
            if (i > from && w == "," && DescribesTheObjectBefore(i)) return null;
            // "said Trump had not been consulted and that Washington had warned Qatar": "and that" opens a second reported clause.
            if (w == "and" && i + 1 < _count && _low[i + 1] == "that") return null;
            // "… wounded 46 others, Ukrainian officials said": the reporting clause names no party to the act;
            // "condemned the strike and urged Western allies …": nor does a second verb's phrase.
            // ("short of the 64 votes he needed, parliament speaker X said": also right after the verb.)
            // ("would defend its sovereignty and would not accept any U.S. intervention": so does a modal's or an auxiliary's.)
            if (w == "," && IsReportingClause(i + 1) || i > from && OpensASecondPredicate(i)) return null;
            // "promised to deport migrants and build a trench along the border with Bolivia": a second infinitive and its object.
            if (i > from && w == "and" && i + 2 < _count && _entityAt[i + 1] is null && _lexicon.VerbLemma(_low[i + 1]) == _low[i + 1]
                && NominalTriggers.CodeOf(_low[i + 1]) is null && IsDeterminerOrPossessive(_low[i + 2])) return null;
            // "agreed to finance the studies, and the Asian Development Bank has …": ", and" begins another clause;
            // "rejected the application, saying Myanmar was not a member": so does a participle of speech.
            // "strikes Russian refinery as Kremlin rejects ceasefire call": a clause of "as" has its own subject, and so has one
            // of "and" ("Hamas freed three hostages and Israel released 90 prisoners").
            // In a headline "as" always opens such a clause ("Baku Jails Journalists as Relations With Moscow Sour"; a title
            // in sentence case too: "Sudan's RSF seizes key town as army retreats from West Kordofan").
            if ((_headline || _title) && w == "as") return null;
            // ("fires ballistic missile as Seoul and Tokyo hold talks": the subject may be a list of names; "killed fishermen as
            // Washington expands campaign": its verb may be in the present.)
            if (w is "as" or "and" && i + 1 < _count && _entityAt[i + 1] is not null
                && (StartsAVerbPhrase(AfterNamesJoined(i + 1)) || w == "as" && IsPresentVerb(AfterNamesJoined(i + 1)))) return null;
            // "KAZAKHSTAN VOTES FOR NUCLEAR POWER, ROSATOM TO BUILD FIRST PLANT": a headline's comma before a name and its verb
            // (or its "to" and verb) opens a second headline.
            if (_headline && w == "," && i + 1 < _count && _entityAt[i + 1] is { } nextSubject && LastToken(i + 1, nextSubject) + 1 is var after
                && (StartsAVerbPhrase(after) || after + 1 < _count && _low[after] == "to" && _lexicon.VerbLemma(_low[after + 1]) is not null)) return null;
            // ", with Thailand's health ministry saying …": nor does an absolute clause of "with".
            if (w == "," && i + 1 < _count && _low[i + 1] is "and" or "with" or "saying" or "adding" or "noting" or "arguing" or "insisting"
                    or "claiming" or "stressing" or "explaining" or "warning") return null;
            // "agreed to supply part of it, financed by a loan from the EBRD": nor does a participle's phrase set off by a comma;
            // "sent about 2,500 troops, most of them Russian paratroopers": nor a description set off after an amount.
            // ("detained 12 people, including Paata Burchuladze" names who was detained).
            if (w == "," && i > from && (i + 1 < _count && IsParticiplePhraseOpener(i + 1) && _low[i + 1].EndsWith("ed", StringComparison.Ordinal)
                                         || _entityAt[i - 1] is { Label: EntityLabels.Money or EntityLabels.Quantity } && !(i + 1 < _count && _low[i + 1] == "including"))) return null;
            // "would withdraw its other ministers from the government, leaving Scholz's Social Democrats … in a minority government":
            // a participle of the present after a comma opens a clause of its own ("detained 12 people, including …" goes on).
            if (w == "," && i + 1 < _count && _entityAt[i + 1] is null && _low[i + 1].EndsWith("ing", StringComparison.Ordinal)
                && !JoiningParticiples.Contains(_low[i + 1]) && _lexicon.VerbLemma(_low[i + 1]) is not null) return null;
            // A parenthesis opens an aside, such as an inline citation "(Interfax, March 3)": its source is no object;
            // so does a participle of suspicion ("arrested two men suspected of spying for Russia").
            if (w == "(" || IsSuspicionParticiple(i)) return null;
            // ("Kenyan court blocks deployment of police to Haiti": the parties of an act blocked or vetoed are that act's.)
            if (_isTrigger[i] && (i > from || from >= 1 && LemmaOf(from - 1) is "block" or "veto") && !IsStagedMeasure(from, i)) return null;
            // "to settle a lawsuit accusing Chief Executive Tim Cook": a participle after a noun opens a clause about the noun.
            if (IsReducedRelativeAfterNoun(i)) return null;
            // "was found guilty in March of misusing European Parliament funds": a charge's gerund has parties of its own.
            if (w == "of" && i > from && IsGerund(i + 1)) return null;
            // "sanctions under the snapback mechanism triggered by Britain": so does a past participle and its agent.
            if (i > from && IsPassiveParticipleAfterNoun(i)) return null;
            // "to man the border": an infinitive starts a clause with its own object.
            // ("urged member states to phase out Russian energy imports": after the unnamed object of a verb that controls it, any
            // lower-case word after "to" is one, though the dictionary lacks it.)
            if (w == "to" && i > from && (IsInfinitive(i + 1) || i + 1 < _count && IsLowerCasePlainWord(i + 1) && !Determiners.Contains(_low[i + 1])
                                          && ControlsAnUnnamedObject(i))) return null;
            // "must protect itself from the Democratic Forces for the Liberation of Rwanda": what one is guarded from or against is
            // the threat, no one the guarding is given to.
            if (w is "from" or "against" && i > from && _lexicon.VerbLemma(_low[from - 1]) is "protect" or "defend" or "shield" or "guard" or "insulate")
                return null;
            // "blocked the government from deploying police officers to Haiti": nor does a verb's gerund after "from" ("withdraw its
            // troops from neighboring Lebanon" goes on).
            if (w == "from" && i > from && i + 1 < _count && (_isTrigger[i + 1] || IsGerund(i + 1)) && _lexicon.VerbLemma(_low[i + 1]) is not null) return null;
            // "Venezuelan authorities arrested him": "him" stands for the person named before ("them" may stand for
            // people no name covers).
            // "accused it of trying to shift responsibility", "urged it to": "it" before a charge or an infinitive stands for a party.
            // "prompting Tokyo to demand his expulsion": the possessor of a noun of what is done to someone is the one it is aimed at.
            // ("Duterte's lawyers filed a petition … seeking his release": those who act for the possessor do it for him.)
            if (w is "his" or "her" or "its" or "their" && i + 1 < _count && PatientNouns.Contains(_low[i + 1]))
            {
                if (exclude is not null && exclude.Start >= _sentence.Start && IsPossessive(exclude) && ResolvePronoun(i) is { } own && Same(own, exclude)) return null;
                if (ResolvePronoun(i, exclude) is { } patient) return patient;
            }
            // "denied the charges against him": the pronoun of a charge's "against" is the accused, no party the act is aimed at.
            if (w is "him" or "her" or "them" && i >= 2 && _low[i - 1] == "against" && ChargeNouns.Contains(_low[i - 2])) return null;
            // An object pronoun is not the subject ("Medvedev … telephoned him": him is another), nor is the subject of a
            // demanded clause ("demanded that she retract them").
            // ("accused it of" keeps the subject as its referent: a verb after "and" may then join the reporting verb, see Build.)
            // "charged her with smuggling": "her" before a preposition, a punctuation mark or the end is the object pronoun.
            // ("thanked EU leaders and urged them to use …": so does "them".)
            if ((w is "him" || w is "her" && IsObjectHer(i) || w is "it" or "them" && i + 2 < _count && (_low[i + 1] == "of" || _low[i + 1] == "to" && IsInfinitive(i + 2))
                 || w is "he" or "she" && i > from && _low[i - 1] == "that") && _entityAt[i] is null
                && ResolvePronoun(i, w == "it" ? null : exclude) is { } referent && !(exclude is not null && Same(referent, exclude)))
                return referent;
            // ("rallied outside the court": a body's noun after a preposition of place says where.)
            // ("froze its participation in the bloc": not after a relation's noun, whose "in" names the body.)
            // ("called on the junta to reopen the border": so does a state's ruling body named with it stand for the state; not
            // the dateline's by default, as an object: "threatened to quit the government" in a story from Doha.)
            if (_entityAt[i] is null && (BodyNamedBefore(i) ?? StateOfItsBody(i, datelineToo: false)) is { } body && !(exclude is not null && Same(body, exclude))
                && !(i >= 2 && LocationPrepositions.Contains(_low[i - 2]) && !(i >= 3 && RelationNouns.Contains(_low[i - 3])))) return body;
            if (_entityAt[i] is not { } e) continue;
            // "accusing the Moscow-led bloc of …": a name inside a hyphenated modifier describes the noun after it, which stands for
            // a body named before (without one, the leader stands for what it leads: "assistance to the US-led war").
            if (IsHyphenatedModifier(i) && e.End < _doc.Tokens[_first + i].End && i + 1 < _count && BodyNamedBefore(i + 1) is not null) continue;
            int first = FirstToken(i, e);
            i = LastToken(i, e);
            if (!ActorLabels.Contains(e.Label) || (exclude is not null && Same(e, exclude))) continue;
            // "warned that Israel would strike forcefully if Hezbollah …", "warned that Russia would respond to any attack": a name
            // that would use force, after "that", is the warning side's, no one the warning is aimed at; the force's object is,
            // or the subject of the condition it is used on ("warned that Iran would face consequences" names the one warned).
            if (first >= 1 && (_low[first - 1] == "that" || first >= 2 && _low[first - 1] == "the" && _low[first - 2] == "that")
                && ForceAfterModal(i + 1) is var force and >= 0)
                return Object(force + 1, exclude) ?? SubjectOfACondition(force + 1);
            // "in Almaty and Shymkent", "in the Caribbean and the Pacific": a place joined to a location is one too, and so is one
            // the location possesses ("in Minsk's Independence Square").
            // ("supporting rebels in the northern Tigray region": after a people's noun, "in" names whose people they are.)
            // ("restored full control over Karabakh": what control is had over is the party.)
            if (e.Label == EntityLabels.Loc && (InPhraseOfPlace(first) && !PeopleIn(first) && !(first >= 2 && _low[first - 1] == "over" && _low[first - 2] == "control")
                || first >= 2 && locationEnd == first - 2 && _low[first - 1] is "and" or "or" or "," or "'s" or "’s"
                || first >= 3 && locationEnd == first - 3 && _low[first - 2] is "and" or "or" or "," && _low[first - 1] == "the"
                // ("was killed in the West Bank city of Jericho": so is a place a location's noun of place and "of" name.)
                || locationEnd >= 0 && first >= 3 && _low[first - 1] == "of" && first - 2 - locationEnd is 1 or 2
                   && IsLowerCasePlainWord(first - 2) && IsLowerCasePlainWord(locationEnd + 1)))
            {
                locationEnd = i;
                continue;
            }
            // "killed 30 militants near the Afghan border": a people's name before a border's noun in a phrase of place says where;
            // so does one before a building's or a site's after a preposition of nearness ("was shot dead outside a Sikh temple").
            // ("released the prisoners from Ofer prison": a place (no state) before a facility's noun names the facility.)
            if (NamesAFacility(e, i)) continue;
            // ("captured the eastern Congolese city of Goma": a people's name before a settlement's noun and "of" describes the place
            // named after it.)
            if (e.Label == EntityLabels.Norp && i + 3 < _count && _low[i + 1] is "city" or "town" or "village" or "region" or "province" or "port" or "capital" or "district"
                && _low[i + 2] == "of" && _entityAt[i + 3] is { Label: EntityLabels.Loc }) continue;
            if (e.Label == EntityLabels.Norp && i + 1 < _count && (PrecededBy(first, LocationPrepositions) && BorderNouns.Contains(_low[i + 1])
                                                                   || PrecededBy(first, NearnessPrepositions) && SiteNouns.Contains(_low[i + 1]))) continue;
            // "removed a clause on the future status of Abkhazia and South Ossetia", "discussed the fate of Transnistria", "the
            // treatment of Kyrgyz nationals": what a noun of a matter's state names after "of" (and the names joined to it) is
            // the topic, no party.
            // ("weaken the status of the Russian language": past the article.)
            int topicOf = first >= 1 && _low[first - 1] == "the" ? first - 1 : first;
            // ("vetoed a U.S.-drafted resolution on Gaza": so is what a resolution, a report or a vote is on.)
            if (topicOf >= 2 && _low[topicOf - 1] == "of" && _low[topicOf - 2] is "status" or "future" or "fate" or "question" or "issue" or "treatment" or "plight" or "situation"
                || topicOf >= 2 && _low[topicOf - 1] is "on" or "about" && TopicNouns.Contains(_low[topicOf - 2])
                || first >= 2 && topicEnd == first - 2 && _low[first - 1] is "and" or "or" or ",")
            {
                topicEnd = i;
                continue;
            }
            // "released $6 million from its Central Emergency Response Fund": a thing of the subject's own that something comes
            // from is no party.
            if (first >= 2 && _low[first - 2] == "from" && _low[first - 1] is "its" or "their" or "his" or "her") continue;
            // "build a pipeline from Atasu to Alashankou", "a railway from Kashgar to Andijan": a route's ends are no parties.
            if (e.Label is EntityLabels.Loc or EntityLabels.Norp && IsRouteEnd(first)) continue;
            // "challenge the results in the Constitutional Court": a court after "in", "at" or "before" is where the case is
            // heard, no party; "autonomy within a unified Georgian state": nor is what "within" bounds.
            if (e.Label == EntityLabels.Org && PrecededBy(first, CourtPrepositions) && (e.Text.EndsWith(" Court", StringComparison.Ordinal) || e.Text.EndsWith(" Tribunal", StringComparison.Ordinal))
                || WithinPhrase(first)) continue;
            // "host the summit at Trump's golf resort": a possessor after "at" or "in" says whose the venue is.
            if (IsPossessive(e) && PrecededBy(first, VenuePrepositions) && OwnsAVenue(i)) continue;
            // "buys gas via the Central Asia–China pipeline", "offered assistance through the Eurasian Development Bank": a
            // route or a channel, no party.
            if (e.Label == EntityLabels.Norp && ModifiesAName(i + 1) || NamesAVenue(e, i) || PrecededBy(first, RoutePrepositions)) continue;
            // "raided the Baku office of the Russian state news agency Sputnik": a place before a noun of a body's premises and
            // "of" says where they are; the body named after is the party.
            if (e.Label == EntityLabels.Loc && i + 2 < _count && PremisesNouns.Contains(_low[i + 1]) && _low[i + 2] == "of") continue;
            // "agreed to send 10,000 National Guard troops to its northern border", "deployed U.S. troops to Poland": a name
            // before the forces a verb of sending moves owns them; the party is where they go.
            if (i + 1 < _count && DispatchedForces.Contains(_low[i + 1]) && SendsTheForcesAt(first)) continue;
            // "agree first phase of Gaza deal": a place before an accord's noun is what the accord is about, no party to it.
            if (e.Label == EntityLabels.Loc && i + 1 < _count && AccordNouns.Contains(_low[i + 1])) continue;
            // "withdrew from the New START Treaty": an accord's name is no party.
            if (AccordNouns.Contains(_low[i])) continue;
            // "met with his Russian counterpart, Andrei Belousov", "their Philippine counterparts, Defense Secretary Gilberto
            // Teodoro and …": the name in apposition, past a title, is the party.
            if (e.Label == EntityLabels.Norp && i + 3 < _count && _low[i + 1] is "counterpart" or "counterparts" && _low[i + 2] == ","
                && PartyFrom(i + 3) is { Party.Label: EntityLabels.Person }) continue;
            // "discussed the Tajik-Afghan border": a pair of nationalities describes a thing between them, no party.
            if (e.Label == EntityLabels.Norp && e.Text.Contains('-') && i + 1 < _count && IsLowerCasePlainWord(i + 1)) continue;
            // "agreed to allow more aid into Gaza after pressure from Washington": whoever pressed for the act, in a phrase of
            // its occasion, is no party it is aimed at ("conceded to demands from UNITA" yields to them).
            // ("agreed to restore ties after Turkish mediation": nor is one named before the noun of pressing or brokering.)
            if (first >= 3 && _low[first - 1] == "from" && _low[first - 2] is "pressure" or "criticism" or "opposition" or "calls" or "demands"
                && OccasionPrepositions.Contains(_low[first - 3])
                || first >= 1 && i + 1 < _count && BrokeringNouns.Contains(_low[i + 1])
                && OccasionPrepositions.Contains(_low[first - 1] == "the" && first >= 2 ? _low[first - 2] : _low[first - 1])) return null;
            // "warned Israel's enemies": the possessor of a noun of its adversaries is the one they oppose, no party the act is aimed at;
            // so is that of its friends ("called on Kyiv's allies to respond").
            if (IsPossessive(e) && i + 2 < _count && (AdversaryNouns.Contains(_low[i + 2]) || AllyNouns.Contains(_low[i + 2]))) continue;
            // "kidnapped the father of Liverpool striker Luis Diaz", "freed Navalny's wife": the relative, unnamed, is the one
            // acted on, not the name whose relative they are.
            if (IsPossessive(e) && i + 2 < _count && KinNouns.Contains(_low[i + 2]) || IsKinOf(first)) return null;
            // "pledged Tehran's support", "reaffirmed the UK's commitment to defeating …": whose support a verb of pledging gives
            // is the giver's side, no party it is given to; only one named after the noun is ("pledged Tehran's support for Assad",
            // "for the government of President Bashar al-Assad").
            if (IsPossessive(e) && i + 2 < _count && PledgedNouns.Contains(_low[i + 2]) && from >= 1
                && LemmaOf(from - 1) is "pledge" or "reaffirm" or "reiterate" or "promise" or "offer" or "express" or "voice" or "confirm")
                return i + 4 < _count && _low[i + 3] is "for" or "to" or "with" ? Object(i + 4, exclude, beforeComma) : null;
            // "reaffirmed Tehran's support for Armenia": the possessor of an act noun whose own party follows describes the act.
            if (e.Label is EntityLabels.Loc or EntityLabels.Org && i + 2 < _count && _low[i + 1] is "'s" or "’s" && IsActNounWithItsParty(i + 2)) continue;
            // "reaffirmed American support for Georgia": a nationality before an act noun whose own party follows describes
            // the act ("rejects German call to boycott …": the caller is the party; "Russian peacekeepers" are one).
            if (e.Label == EntityLabels.Norp && IsActNounWithItsParty(i + 1)) continue;
            // "met US Secretary of State Antony Blinken": a country before a title describes the person named after it;
            // "to sell its coal business to U.S. miner Peabody Energy": before a description, the company named after it.
            if (e.Label == EntityLabels.Loc && i + 1 < _count && (Relations.TitleLexicon.KindOf(_low[i + 1]) != Relations.TitleKind.None
                                                                  || IsLowerCasePlainWord(i + 1))
                && ModifiesAName(i + 1)) continue;
            // "struck the Red Sea port of Hodeidah": a place describing a noun whose "of" names another describes that one.
            if (e.Label == EntityLabels.Loc && i + 3 < _count && IsLowerCasePlainWord(i + 1) && _low[i + 2] == "of"
                && _entityAt[i + 3] is { } named && ActorLabels.Contains(named.Label)) continue;
            // "met Burkina Faso's leader Captain Ibrahim Traore", "Burkina Faso's junta leader, Capt. Ibrahim Traore": so does
            // a possessor before a title or a description.
            if (e.Label is EntityLabels.Loc or EntityLabels.Org && i + 2 < _count && _low[i + 1] is "'s" or "’s" && ModifiesAName(i + 2)) continue;
            // "received Gazprom chief executive Alexei Miller": a body's name opening a title names the person after it.
            if (e.Label == EntityLabels.Org && PartyFrom(first) is { Party.Label: EntityLabels.Person } titled) return titled.Party;
            // "met with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani": the person in apposition to "title of X" is met
            // ("deported a correspondent of the Russian newspaper Novaya Gazeta, Yevgeny Sokolov": past X's description).
            if (TitleOfBefore(first) && i + 2 < _count && _low[i + 1] == ","
                && PartyFrom(i + 2) is { Party.Label: EntityLabels.Person } apposed) return apposed.Party;
            return e;
        }
        return null;
    }

    /// <summary>The verb of using force ("strike", "respond", "retaliate" …, or "take" measures) after a modal at
    /// <paramref name="k"/> and adverbs; or -1.</summary>
    private int ForceAfterModal(int k)
    {
        if (k >= _count || !Modals.Contains(_low[k])) return -1;
        for (k++; k < _count && IsAuxiliaryOrAdverb(k); k++) { }
        if (k >= _count) return -1;
        string? lemma = LemmaOf(k);
        if (lemma is "strike" or "attack" or "respond" or "retaliate" or "hit" or "fight" or "act" or "defend" or "wage" or "launch") return k;
        // ("warned that Beijing would take "resolute and forceful measures"": past the measures' modifiers.)
        for (int m = k + 1; lemma == "take" && m < Math.Min(_count, k + 7); m++)
            if (_low[m] is "measures" or "countermeasures" or "action" or "steps") return m;
        return -1;
    }

    /// <summary>The party opening a clause of "if" or "unless" within three words from <paramref name="from"/> ("strike forcefully
    /// if Hezbollah violated …"), quotation marks not counted ("strike "with force" if Hezbollah violated"); or null.</summary>
    private Entity? SubjectOfACondition(int from)
    {
        for (int k = from, words = 0; k < _count - 1 && words < 3; k++)
        {
            if (_low[k] is "if" or "unless") return PartyFrom(_low[k + 1] == "the" ? k + 2 : k + 1)?.Party;
            if (_low[k] is not ("\"" or "“" or "”")) words++;
        }
        return null;
    }

    private static readonly HashSet<string> PledgedNouns = new(StringComparer.Ordinal)
        { "support", "backing", "commitment", "solidarity", "readiness", "willingness" };

    private static readonly HashSet<string> OccasionPrepositions = new(StringComparer.Ordinal) { "after", "amid", "despite", "following", "under" };

    /// <summary>Past the noun or the weapon a nationality <paramref name="named"/> ending before <paramref name="k"/> describes
    /// ("Russian drones", "Chinese coast guard ships": up to three lower-case words no verb); else <paramref name="k"/>.</summary>
    private int PastAPeoplesNoun(Entity named, int k)
    {
        if (named.Label != EntityLabels.Norp || k >= _count) return k;
        if (_entityAt[k] is { Label: EntityLabels.Weapon } weapon) return LastToken(k, weapon) + 1;
        int end = k;
        while (end < _count && end - k < 3 && _entityAt[end] is null && IsLowerCasePlainWord(end) && LemmaOf(end) is null && !IsPastForm(end)) end++;
        return end;
    }

    /// <summary>Nouns of pressing for or brokering an act: "after Turkish mediation", "under U.S. pressure".</summary>
    private static readonly HashSet<string> BrokeringNouns = new(StringComparer.Ordinal)
        { "mediation", "pressure", "auspices", "brokering", "facilitation", "urging", "prodding", "efforts" };

    private static readonly HashSet<string> AdversaryNouns = new(StringComparer.Ordinal)
        { "enemy", "enemies", "foe", "foes", "adversary", "adversaries", "opponent", "opponents", "rival", "rivals", "critics" };

    /// <summary>Nouns of a party's friends, whom its name before them describes ("Kyiv's allies", "Russia's neighbours").</summary>
    private static readonly HashSet<string> AllyNouns = new(StringComparer.Ordinal) { "allies", "ally", "partners", "neighbours", "neighbors", "proxies" };

    private static readonly HashSet<string> KinNouns = new(StringComparer.Ordinal)
    {
        "father", "mother", "parents", "son", "sons", "daughter", "daughters", "wife", "husband", "widow", "brother", "brothers", "sister",
        "sisters", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter", "children", "relatives", "family",
    };

    /// <summary>The name at <paramref name="first"/> follows a relative's noun and "of", past an article, title words and a name
    /// that describes it ("the father of Liverpool striker Luis Diaz").</summary>
    private bool IsKinOf(int first)
    {
        int k = first - 1;
        for (int words = 0; k >= 1 && words < 4 && _low[k] != "of" && (_entityAt[k] is not null || IsLowerCasePlainWord(k) || IsTitleWord(k)); words++)
            k = _entityAt[k] is { } describing ? FirstToken(k, describing) - 1 : k - 1;
        return k >= 1 && _low[k] == "of" && KinNouns.Contains(_low[k - 1]);
    }

    /// <summary>An act noun at <paramref name="noun"/> (or a verb's bare form used as one: "support", "call") followed by
    /// "for", "to" or "with" and a party: "support for Georgia", "call to boycott British beef" names its own party.</summary>
    private bool IsActNounWithItsParty(int noun) =>
        noun + 2 < _count && _entityAt[noun] is null
        && (NominalTriggers.CodeOf(_low[noun]) is not null || _lexicon.VerbLemma(_low[noun]) == _low[noun])
        && _low[noun + 1] is "for" or "to" or "with" && _entityAt[noun + 2] is { } party && ActorLabels.Contains(party.Label);

    /// <summary>
    /// "met Tajik President Emomali Rahmon", "from the French company Thales": a nationality followed by title words or
    /// up to three descriptive nouns and then a name describes that name.
    /// </summary>
    private bool ModifiesAName(int next)
    {
        int start = next, limit = Math.Min(_count, next + 3);
        while (next < limit && _entityAt[next] is null && _doc.Tokens[_first + next].Kind == TokenKind.Word
               && (Relations.TitleLexicon.KindOf(_low[next]) != Relations.TitleKind.None
                   || char.IsLower(_doc.Text[_doc.Tokens[_first + next].Start]) && !Determiners.Contains(_low[next]) && IsPlainWord(next)))
            next++;
        // "Burkina Faso's junta leader, Capt. Ibrahim Traore": a title's apposition names the person.
        if (next > start && next < _count && _low[next] == "," && IsTitleWord(next - 1))
            for (next++; next < _count && _entityAt[next] is null && IsTitleWord(next); next++) { }
        // "European Commissioner for Energy Dan Jorgensen", "Minister of Foreign Affairs Sergei Lavrov": past a title's portfolio.
        for (int of = start + 1; of <= next && of + 1 < _count; of++)
        {
            if (_low[of] is not ("for" or "of") || !IsTitleWord(of - 1)) continue;
            int k = of + 1;
            while (k < _count && k - of <= 4 && _entityAt[k] is null && _doc.Tokens[_first + k].Kind == TokenKind.Word
                   && (char.IsUpper(_doc.Text[_doc.Tokens[_first + k].Start]) || _low[k] == "and")) k++;
            if (k > of + 1 && k < _count && _entityAt[k] is { Label: EntityLabels.Person }) return true;
            break;
        }
        // ("Israeli Strategic Affairs Minister Ron Dermer": past a portfolio's capitalised words before the title.)
        int portfolio = start;
        while (portfolio < _count && portfolio - start < 3 && _entityAt[portfolio] is null && _doc.Tokens[_first + portfolio].Kind == TokenKind.Word
               && char.IsUpper(_doc.Text[_doc.Tokens[_first + portfolio].Start]) && !IsTitleWord(portfolio)) portfolio++;
        if (portfolio > start && portfolio < _count && IsTitleWord(portfolio))
        {
            while (portfolio < _count && _entityAt[portfolio] is null && IsTitleWord(portfolio)) portfolio++;
            if (portfolio < _count && _entityAt[portfolio] is { Label: EntityLabels.Person }) return true;
        }
        return next < _count && _entityAt[next] is { Label: EntityLabels.Person or EntityLabels.Org };
    }

    /// <summary>The person named right after the title words from <paramref name="title"/> (at most three), or null.</summary>
    private Entity? PersonAfterTitles(int title)
    {
        int k = title;
        while (k < _count && k - title < 3 && _entityAt[k] is null && IsTitleWord(k)) k++;
        return k < _count && _entityAt[k] is { Label: EntityLabels.Person } person ? person : null;
    }

    /// <summary>A verb after "to": a dictionary verb that is not an event noun, or any word followed by a determiner ("to man the
    /// border"), or a verb that is an event noun too before a name ("to protest Baku's policies") or "against".</summary>
    private bool IsInfinitive(int i) =>
        i < _count && _entityAt[i] is null && _doc.Tokens[_first + i].Kind == TokenKind.Word && !Determiners.Contains(_low[i])
        && ((_lexicon.VerbLemma(_low[i]) is not null && NominalTriggers.CodeOf(_low[i]) is null)
            || (i + 1 < _count && (_low[i + 1] is "the" or "a" or "an" or "its" or "their" or "what"
                                   || _lexicon.VerbLemma(_low[i]) is not null && (_low[i + 1] == "against" || _entityAt[i + 1] is not null))));

    private Entity? ByAgent(int from)
    {
        for (int i = from; i < Math.Min(_count - 1, from + 8); i++)
        {
            // ("The deal comes after years of failed attempts by Ashgabat": past a verb or a conjunction of time "by" is another's;
            // not past a passive's: "Sanctions were imposed on Belarus by the EU".)
            if (IsClauseBreak(i) || i > from && (IsClauseVerb(i) && !BeForms.Contains(_low[i - 1]) || IsPresentVerb(i) || TimeConjunctions.Contains(_low[i]))) return null;
            // ("his first visit since the invasion of Ukraine, and was welcomed by President Vladimir Putin": nor past a second
            // verb phrase's "and" and its auxiliary.)
            if (_low[i] is "and" or "but" && i + 1 < _count && (Auxiliaries.Contains(_low[i + 1]) || IsClauseVerb(i + 1))) return null;
            if (_low[i] != "by") continue;
            // "The talks, mediated by Egypt and Qatar, collapsed": the agent of another participle is not the act's; nor is a
            // go-between's, whatever the dictionary reads ("The ceasefire deal was brokered by Qatar": no party to the deal).
            // ("in an attack claimed by Islamic State": but who claims an act made it.)
            if (i > from && _low[i - 1].EndsWith("ed", StringComparison.Ordinal) && _lexicon.VerbLemma(_low[i - 1]) is var participle && participle != "claim"
                && (!_isTrigger[i - 1] || participle is "mediate" or "broker" or "facilitate" or "host" or "sponsor")) return null;
            for (int j = i + 1; j < Math.Min(_count, i + 6); j++)
            {
                // "sheltered by supporters in the Chapare region": a phrase after an unnamed agent's noun names where, not who (but
                // "by militants from al-Shabaab", "by members of Hamas" name whose).
                if (j > i + 1 && _entityAt[j] is null && Prepositions.Contains(_low[j]) && _low[j] is not ("of" or "from")) return null;
                // ("killed by falling debris, Palestinian officials said": nor does a name past the phrase's comma.)
                if (_low[j] == "," || IsClauseBreak(j)) return null;
                if (_entityAt[j] is not { } e) continue;
                // "a visit by Chinese Premier Li Qiang", "by European Council President Antonio Costa": a nationality or a body
                // describing the name after it is not the agent.
                if ((e.Label == EntityLabels.Norp || e.Label == EntityLabels.Org && LastToken(j, e) + 1 < _count && IsTitleWord(LastToken(j, e) + 1))
                    && ModifiesAName(LastToken(j, e) + 1)) { j = LastToken(j, e); continue; }
                return ActorLabels.Contains(e.Label) ? e : null;
            }
            return null;
        }
        return null;
    }

    private bool IsPassive(int start)
    {
        if (!IsPastForm(start)) return false;
        // "Serb forces were engaged in ethnic cleansing": to be engaged or involved in an act is to do it.
        if (_low[start] is "engaged" or "involved" && start + 1 < _count && _low[start + 1] == "in") return false;
        // "Apple fined 500 million euros by EU": a headline drops the auxiliary, so a past form with an agent is passive
        // (its active verbs are in the present: "EU fines Apple").
        if ((_headline || _title) && ByAgent(MatchVerb(start).End) is not null) return true;
        // "South Korea's Yoon arrested over martial law bid": so is a past form of a verb done to someone with no object after it
        // (or only a sum: "Apple Fined 500 Million Euros Under EU Digital Rules").
        if ((_headline || _title) && _low[start].EndsWith("ed", StringComparison.Ordinal) && MatchVerb(start) is { Lemma: { } done } verb
            && (UnmistakableVerbs.Contains(done) || DoneToSomeone.Contains(done))
            && (verb.End >= _count || Prepositions.Contains(_low[verb.End]) && _low[verb.End] != "to" || _low[verb.End] is "," or "as" or ":"
                || _entityAt[verb.End] is { Label: EntityLabels.Money })) return true;
        // "Greenpeace ordered to pay $660 million": so is a past form of a verb that controls its object, before the infinitive
        // it controls.
        if ((_headline || _title) && _low[start].EndsWith("ed", StringComparison.Ordinal) && MatchVerb(start) is { Lemma: { } controlling } controller
            && ObjectControlVerbs.Contains(controlling) && controller.End + 1 < _count && _low[controller.End] == "to" && IsInfinitive(controller.End + 1)) return true;
        for (int i = start - 1; i >= Math.Max(0, start - 4); i--)
        {
            if (BeForms.Contains(_low[i])) return true;
            if (AdverbsJoined(i)) continue;
            // "Two citizens were killed and one injured": a count right after "and" is the subject of a clause whose auxiliary
            // is gapped; the participle is as passive as the one before ("and five others wounded": a count and its noun too).
            if (i >= start - 2 && i >= 1 && (IsNumberWord(i) || _low[i] is "one" or "others" or "many" or "several" or "more")
                && (_low[i - 1] == "and" || i == start - 1 && i >= 2 && IsNumberWord(i - 1) && _low[i - 2] == "and")) continue;
            // "were detained in Lithuania and extradited to Poland": a participle joined to a passive one shares its auxiliary,
            // unless an object follows it ("would not be bullied and urged Washington to …" is active).
            if (_low[i] is "and" or "or")
            {
                if (start + 1 < _count && !(Prepositions.Contains(_low[start + 1]) || _low[start + 1] is "," or "." or "when" or "while" || IsClauseBreak(start + 1))) return false;
                for (int k = i - 1; k >= Math.Max(0, i - 10) && !IsClauseBreak(k) && _low[k] != ","; k--)
                {
                    // ("said it was concerned and called on Burkina Faso to …": not a participle of feeling, an adjective.)
                    if (IsPastForm(k)) return !FeelingWords.Contains(_low[k]) && IsPassive(k);
                    // "was beaten by police and taken from a hospital": a participle the lexicon lacks, after its auxiliary.
                    if (BeForms.Contains(_low[k]) && k + 1 < i && IsClauseVerb(k + 1)) return true;
                }
                return false;
            }
            // ("had been "kidnapped" by …": a participle in quotation marks; "was first detained", "was later charged".)
            if (!IsAdverb(_low[i]) && !IsAdverbOfTime(_low[i]) && _low[i] is not ("not" or "also" or "already" or "then" or "never" or "\"" or "“")) return false;
        }
        return false;
    }

    /// <summary>"and" at <paramref name="and"/> joins a second verb phrase to the subject: a verb ("and urged …"), a modal or an
    /// auxiliary ("and would not accept …", "and has …", "and was admitted to Karen Hospital").</summary>
    private bool OpensASecondPredicate(int and) =>
        _low[and] == "and" && (StartsAVerbPhrase(and + 1) || and + 1 < _count && (Modals.Contains(_low[and + 1])
            || _low[and + 1] is "has" or "have" or "had" or "did" or "does" or "do" or "was" or "were" or "is" or "are"));

    /// <summary>"her" at <paramref name="i"/> is the object pronoun, not the possessive: a preposition, a punctuation mark or
    /// the sentence's end follows it.</summary>
    private bool IsObjectHer(int i) =>
        i + 1 >= _count || Prepositions.Contains(_low[i + 1]) || !char.IsLetterOrDigit(_low[i + 1][0]);

    /// <summary>A verb of sending or deploying stands right before the object whose first name token is <paramref name="first"/>,
    /// past an article, a count and a quantity ("send 10,000 National Guard troops").</summary>
    private bool SendsTheForcesAt(int first)
    {
        int k = first - 1;
        while (k >= 0 && (Determiners.Contains(_low[k]) || _doc.Tokens[_first + k].Kind == TokenKind.Number || IsNumberWord(k)
                          || _entityAt[k] is { Label: EntityLabels.Quantity } || _low[k] is "more" or "additional" or "extra" or "than")) k--;
        return k >= 0 && _entityAt[k] is null && LemmaOf(k) is "send" or "deploy" or "dispatch" or "station" or "move" or "withdraw" or "pull";
    }
}
