using Extraction.Model;

namespace Extraction.Events;

// Triggers: the verbs and event nouns of a sentence, each with its CAMEO code (dictionary patterns, defaults and the corrections of both).
internal sealed partial class SentenceEvents
{
    private List<Candidate> FindTriggers()
    {
        var list = new List<Candidate>();
        int statementUntil = 0;
        int firstWord = Enumerable.Range(0, _count).FirstOrDefault(k => _doc.Tokens[_first + k].Kind == TokenKind.Word);
        for (int i = 0; i < _count; i++)
        {
            if (_entityAt[i] is not null || _doc.Tokens[_first + i].Kind != TokenKind.Word) continue;
            // Outside a headline a capitalised word after the first is part of a name the tagger missed ("Radio Free
            // Europe"), no verb or event noun.
            if (!_headline && i > firstWord && char.IsUpper(_doc.Text[_doc.Tokens[_first + i].Start])) continue;
            string w = _low[i];
            // "according to" attributes (a citation), it reports no act of according; a "think tank" thinks nothing.
            if (w == "according" && i + 1 < _count && _low[i + 1] == "to" || w == "think" && i + 1 < _count && _low[i + 1] is "tank" or "tanks") continue;
            // "recalled its ambassador in protest at the abduction", "fired missiles in retaliation for the strike": a phrase
            // of motive says why the subject acted, no act of its own.
            if (AnswersAnUnnamedAct(i)) continue;
            // "Bangladesh Protests: Hasina Flees …": a headline's words before its colon label the story, no clause.
            if (_headline && i + 1 < _count && _low[i + 1] == ":") continue;
            // "fight armed gangs", "armed groups": "armed" before a noun describes it; "armed the rebels" is the verb.
            if (w == "armed" && i + 1 < _count && IsLowerCasePlainWord(i + 1) && !IsDeterminerOrPossessive(_low[i + 1])
                && _low[i + 1] is not ("him" or "her" or "them" or "it" or "and" or "with")) continue;
            // "adopted a package of sanctions against Russia, targeting nearly 200 tankers": what a measure targets, it hits by no force.
            if (w is "targeting" or "targets" or "targeted" && MeasureBefore(i)) continue;
            // "vetoed a resolution demanding a ceasefire": what a document prevented from passing says is nobody's act.
            if (w.EndsWith("ing", StringComparison.Ordinal) && FollowsADocumentNoun(i) && DocumentPrevented(i)) continue;
            bool nounContext = IsNounContext(i);
            string? nominal = NominalTriggers.CodeOf(w, i > 0 ? _low[i - 1] : null);
            // "Japan's aid to the Philippines", "Washington's support for Kyiv", "India's ban on Chinese apps": nouns too abstract to
            // name an act alone (NominalTriggers leaves them out) name one after a party's possessive (not as a verb's object,
            // whose pattern reads it: "reaffirmed Tehran's support for …").
            if (nominal is null && i >= 2 && _low[i - 1] is "'s" or "’s" && _entityAt[i - 2] is { } possessor && ActorLabels.Contains(possessor.Label)
                && PossessedActs.TryGetValue(w, out var possessed)
                && !(FirstToken(i - 2, possessor) is var owner and >= 1 && _entityAt[owner - 1] is null && _lexicon.VerbLemma(_low[owner - 1]) is not null))
                nominal = possessed;
            // "expanded joint military drills", "exercises with Belarus", "CSTO military exercises": drills held together, or by
            // an alliance, are military cooperation.
            if (nominal is not null && w is "drills" or "wargames" or "games" or "exercise" or "exercises"
                && (JointBefore(i) || i + 1 < _count && _low[i + 1] == "with" || HeldByAnAlliance(i))) nominal = "062";
            var (verbEnd, lemma) = MatchVerb(i);
            // "accused protest leaders of links to organised crime", "a detained journalist": a past form between a preposition or
            // an article and the lower-case noun it describes is an adjective, no verb.
            // ("operations targeting suspected supporters of Fethullah Gulen", "killed six suspected militants": so is one after a
            // gerund or an object's number; "the two signed a declaration" has a subject's.)
            if (nominal is null && i >= 1 && i + 1 < _count && (Prepositions.Contains(_low[i - 1]) || _low[i - 1] is "a" or "an" or "the"
                                                                || i >= 2 && IsNumberWord(i - 1) && _lexicon.VerbLemma(_low[i - 2]) is not null && !Determiners.Contains(_low[i - 2])
                                                                || _low[i - 1].Length > 4 && _low[i - 1].EndsWith("ing", StringComparison.Ordinal) && IsLowerCasePlainWord(i - 1))
                && IsPastForm(i) && w.EndsWith("ed", StringComparison.Ordinal) && IsLowerCasePlainWord(i + 1)
                && LemmaOf(i + 1) is null && !IsPastForm(i + 1)) continue;
            // ("has sold armed drones to Kyiv": "armed", "suspected" and "alleged" right before a bare lower-case noun describe it
            // wherever they stand; "Iran armed the Houthis" has an object of its own.)
            if (nominal is null && w is "armed" or "suspected" or "alleged" && i + 1 < _count
                && (IsLowerCasePlainWord(i + 1) || _entityAt[i + 1] is { Label: EntityLabels.Weapon }) && !Determiners.Contains(_low[i + 1])
                && _low[i + 1] is not ("them" or "him" or "her" or "it" or "us") && LemmaOf(i + 1) is null && !IsPastForm(i + 1)) continue;
            // "convicting him of espionage, charges he, his employer and the U.S. government deny": a charge set off after a comma,
            // which a clause on it denies, names the charge again; it is no act (nor a verb of charging).
            if (w is "charge" or "charges" or "accusation" or "accusations" or "allegation" or "allegations" && i >= 1 && _low[i - 1] == ","
                && DeniedInAClauseOnIt(i + 1)) continue;
            // "invoked Article 4 of NATO's founding treaty": a treaty whose article is named is the text, no act.
            if (nominal is not null && w is "treaty" or "charter" or "convention" or "agreement" or "accord" && ArticleOfTheText(i)) continue;
            // "urged Belgrade to respect the right to peaceful protest": a right names what may be done, no act.
            if (NamedAsARight(i)) continue;
            // "to stop militants from using Afghan territory to launch attacks": the purpose of what one is kept from doing is
            // no act.
            if (IsPurposeOfAPreventedAct(i)) continue;
            // "insisted that Washington still did not recognise Maduro": to insist that something is so asserts it; a demand's
            // clause has "must" or "should", or a verb's base form ("insisted that Russia withdraw its troops").
            if (lemma == "insist" && i + 1 < _count && _low[i + 1] == "that" && !DemandedOf(i + 1) && !OpensWithABaseForm(i + 2)) continue;
            // "stopped short of admitting that Russia was to blame": to be "to blame" is to be responsible, no accusation.
            if (w == "blame" && i >= 2 && _low[i - 1] == "to" && BeForms.Contains(_low[i - 2])) continue;
            // "announced the resignation of his government", "handed in his resignation", "tendered his resignation": a
            // resignation made known or handed in is the noun's act (RETREAT, below), its verb none of its own (the dictionary
            // reads "tender" as a bid).
            if (w == "resignation" && HandedIn(i))
            {
                list.Add(new Candidate(i, i + 1, "RETREAT", Resignation, "0831", true, false, false, i + 1));
                continue;
            }
            if (ResignationVerbs.Contains(w) && ObjectNounAmong(i + 1, ResignationNouns)) continue;
            // "Iran hanged a man convicted of spying", "executed two protesters": an execution is PLOVER's ASSAULT of mode
            // "targeted" (targeted killings, executions); the dictionary lacks "execute" and reads "hang" as military force.
            // ("has executed at least nine people accused of spying": past a count's qualifier.)
            if (w is "execute" or "executes" or "executed" or "executing" or "hanged" or "hangs" or "hang" && ExecutedPeople(PastACountsQualifier(i + 1)))
            {
                list.Add(new Candidate(i, i + 1, Execution.Type, Execution, "186", false, false, false, i + 1));
                continue;
            }
            // "Hamas handed over three Israeli hostages to the Red Cross", "turned over 12 prisoners": people held who are handed or
            // turned over are released (CAMEO 0841); the dictionary has neither phrasal verb.
            if (w is "hand" or "hands" or "handed" or "handing" or "turn" or "turns" or "turned" or "turning" && i + 1 < _count && _low[i + 1] == "over"
                && ReleasesPeople(i + 2, PeopleHeld) && _lexicon.Code("0841") is { } handover)
            {
                list.Add(new Candidate(i, i + 2, handover.Type, handover, "0841", false, false, false, i + 2));
                i++;
                continue;
            }
            // "sought to bring Tashkent back into the CSTO": "back" before a preposition of direction is an adverb, no support.
            if (w == "back" && i + 1 < _count && _low[i + 1] is "into" or "in" or "to" or "from" or "home" or "onto") continue;
            // "cryptocurrency exchange Binance", "the stock exchange": a market where things are traded, no swap.
            if (w is "exchange" or "exchanges" && i > 0 && _low[i - 1] is "stock" or "crypto" or "cryptocurrency" or "currency" or "commodity" or "commodities" or "futures") continue;
            // "did not respond to a request for comment": a newsroom's formula, no request.
            if (nominal is not null && w is "request" or "requests" && i + 2 < _count && _low[i + 1] == "for" && _low[i + 2] == "comment") continue;
            // "as demand for memory chips lifted prices": a demand for goods is a market's, no one's request; a demand for an
            // act ("demands for the release of …", "for early elections") is one.
            if (nominal is not null && w is "demand" or "demands" && i + 1 < _count && _low[i + 1] == "for" && !NamesAnAct(i + 2)) continue;
            // "… Record Revenue on AI Chip Demand": in a headline a noun before "Demand" names the goods.
            if (nominal is not null && w is "demand" && _headline && i > 0 && _entityAt[i - 1] is null && IsPlainWord(i - 1)
                && !IsDeterminerOrPossessive(_low[i - 1])) continue;
            // "a treaty ally", "trade partners": an event noun before a noun of a party describes that party; "a U.S.
            // ceasefire proposal", "the peace plan": before a noun of what is offered or drawn up, the act is only proposed.
            // "ahead of a U.S. sanctions deadline", "a sanctions waiver": before a noun of a measure's terms, no act either.
            if (nominal is not null && i + 1 < _count && _low[i + 1] is "ally" or "allies" or "partner" or "partners" or "proposal" or "proposals"
                    or "plan" or "plans" or "offer" or "offers" or "draft" or "framework" or "terms" or "bid" or "deadline" or "waiver" or "waivers"
                    or "exemption" or "exemptions" or "list" or "lists"
                    // "met leaders of the protest movement": before a noun of the people or the group behind it, no act either;
                    // "the withdrawal of some invasion forces": nor before a force's noun.
                    or "movement" or "movements" or "leader" or "leaders" or "organizers" or "organisers" or "camp" or "camps" or "group" or "groups"
                    or "forces" or "troops") continue;
            // "the EU's sanctions envoy, David O'Sullivan": before a title it names the office's field.
            if (nominal is not null && i + 1 < _count && _entityAt[i + 1] is null
                && Relations.TitleLexicon.KindOf(_low[i + 1]) is Relations.TitleKind.Head or Relations.TitleKind.Member) continue;
            // "and patrol boats from the United States", "new attack helicopters": an act's word before a noun of craft names
            // their kind, unless a subject stands before it ("Houthis attack ships") or it is an infinitive or follows an
            // auxiliary ("a deal to procure helicopters", "will patrol ships").
            // ("fired four shell bombs": so does one before a weapon's name.)
            if (i + 1 < _count && (CraftNouns.Contains(_low[i + 1]) || _entityAt[i + 1] is { Label: EntityLabels.Weapon }) && (nominal is not null || lemma == w)
                && !(i > 0 && (_entityAt[i - 1] is not null || SubjectPronouns.Contains(_low[i - 1]) || _low[i - 1] is "to" or "not" or "n't"
                               || Auxiliaries.Contains(_low[i - 1]) || Hypotheticals.Contains(_low[i - 1]) || Anticipations.Contains(_low[i - 1])))) continue;
            // ("calling on the EU to sanction Bidzina Ivanishvili": after "to" or a modal, a verb the dictionary lacks is that verb;
            // "China sanctions U.S. firms": so is its "-s" form between a subject's name and an object.)
            // "Colombia recalls ambassador over deportation flights", "expelled two diplomats over spying": an act's noun after
            // "over", with no party named before it, is what the act answers, another's act (with a name, "over U.S. arms sales",
            // the name's party does it).
            if (nominal is not null && (nounContext || lemma is null) && BeforeItsModifiers(i) is var over and >= 1 && _low[over] == "over") continue;
            if (nominal is not null && (nounContext || lemma is null)
                && !(lemma is null && !nounContext && UnlistedVerbs.ContainsKey(w) && i > 0
                     && (_low[i - 1] == "to" || Modals.Contains(_low[i - 1]) || w.EndsWith('s') && BetweenSubjectAndObject(i))))
            {
                if (_lexicon.Code(nominal) is { } info && i >= statementUntil) list.Add(new Candidate(i, i + 1, info.Type, info, nominal, true, false, false, i + 1));
                continue;
            }
            // "urged Israel not to …", "The United States has sanctioned Ivanishvili": verbs the dictionary lacks.
            // ("for carrying sanctioned Iranian oil": not one describing a people's goods.)
            if (lemma is null && UnlistedVerbs.TryGetValue(w, out var unlisted) && !nounContext
                && !(i + 1 < _count && _entityAt[i + 1] is { Label: EntityLabels.Norp } && IsAttributiveParticiple(i, i + 1)))
            {
                // ("paused all U.S. military aid to Ukraine": a verb of stopping is an act only with a relation or a supply stopped.)
                string? unlistedCode = StoppingVerbs.Contains(unlisted.Lemma) ? RelationObject(i + 1) : unlisted.Code;
                if (unlistedCode is not null && _lexicon.Code(unlistedCode) is { } act)
                    list.Add(new Candidate(i, i + 1, act.Type, act, unlistedCode, false, false, false, i + 1));
                continue;
            }
            // "Russia said on Tuesday that Sudan must return the helicopter": saying that a party must act demands it of that party.
            // ("Putin told Orban that Ukraine must withdraw its troops": so is telling a listener that; the party is the one demanded
            // of, past the listener.)
            int told = w is "told" or "tells" && i + 1 < _count && _entityAt[i + 1] is { } listener && ActorLabels.Contains(listener.Label) ? LastToken(i + 1, listener) + 1 : i + 1;
            if ((StatementVerbs.Contains(w) || told > i + 1) && DemandedOf(told) && _lexicon.Code("100") is { } demand)
            {
                list.Add(new Candidate(i, i + 1, demand.Type, demand, "100", false, false, false, told));
                continue;
            }
            // ("announced a $500 million military aid package for Ukraine": a verb of framing that gives aid, which no noun names
            // as an act, is the act.)
            if (lemma is null || nounContext || FramingVerbs.Contains(lemma.Split(' ')[0]) && !(lemma == "announce" && (GivesAid(verbEnd) || RestrictionTakenUp(verbEnd) >= 0))
                || IsAttributiveParticiple(i, verbEnd) || CompletesAnOrderOfCustody(i)
                || IsJudgedState(i)
                || IsReducedRelative(i, verbEnd) || IsComparedWith(i)) continue;
            // "approved new sanctions against Russia", "agreed an 18th package of sanctions": a verb adopting a measure
            // that coerces is no act of its own; the measure's noun is the act, its subject the actor.
            if (AdoptingVerbs.Contains(lemma) && AdoptsACoercion(verbEnd))
            {
                i = verbEnd - 1;
                continue;
            }
            // "suspended its governor, citing a political crisis and attacks on pipelines": what one cites, up to the clause's
            // end, is a reason given, whatever acts it names.
            if (lemma == "cite")
            {
                for (statementUntil = verbEnd; statementUntil < _count && _low[statementUntil] != "," && !IsClauseBreak(statementUntil); statementUntil++) { }
                i = verbEnd - 1;
                continue;
            }
            // "which his envoy helped negotiate", "helped to broker": to help do something is to take part in that act, no aid.
            if (lemma == "help" && verbEnd < _count && (_lexicon.VerbLemma(_low[verbEnd]) == _low[verbEnd] || _low[verbEnd] == "to" && IsInfinitive(verbEnd + 1)))
                continue;
            var verb = _lexicon.Verb(lemma)!;
            var (pattern, patternEnd) = FittingPattern(lemma, verb, i, verbEnd);
            // "who heads the Coalition for Change": to head without a destination is to lead, whatever pattern matched; so
            // is to lead or run a body ("who led the national police");
            // "is pressing ahead with a law", "pushed on": to go on with something is no pressure on anyone.
            string? emergency = lemma is "declare" or "impose" or "introduce" or "extend" ? EmergencyRuleAt(verbEnd) : null;
            // "Mali's military government dissolved all political parties", "banned Imran Khan's party": parties dissolved or banned
            // are banned (CAMEO 1722), for which the dictionary has no pattern.
            bool partiesBanned = lemma is "dissolve" or "disband" or "ban" or "outlaw" or "proscribe" && ObjectNounAmong(verbEnd, PoliticalParties);
            // "Chad has ended its defence cooperation agreement with France", "Niger revoked its military accord with the United
            // States", "Russia pulled out of the grain deal": to end or leave an accord reduces relations (CAMEO 160), as the
            // dictionary's "revoke … deal" reads; the accord's noun is the verb's, no agreement made (nor one negated).
            // ("Niger, Mali and Burkina Faso quit ECOWAS", "withdrew from the Council of Europe": to leave a body is to withdraw
            // from it, PLOVER's SANCTION "withdraw" (CAMEO 161), which the dictionary reads as a military retreat, a departure or
            // not at all.)
            // ("India suspended the Indus Waters Treaty": so is to suspend an accord.)
            int accordLeft = lemma is "end" or "terminate" or "revoke" or "rescind" or "annul" or "abrogate" or "scrap" or "cancel" or "quit" or "leave" or "suspend"
                or "renounce" or "abandon" or "pull out" or "withdraw" or "exit" ? AccordLeft(verbEnd) : -1;
            int bodyLeft = accordLeft < 0 && lemma is "quit" or "leave" or "exit" or "withdraw" or "pull out" ? BodyLeft(verbEnd) : -1;
            int left = Math.Max(accordLeft, bodyLeft);
            if (pattern is null && emergency is null && !partiesBanned && left < 0 && DefaultCodesNoAct(lemma, verb, i, verbEnd)
                || lemma == "head" && !(verbEnd < _count && _low[verbEnd] is "to" or "for" or "toward" or "towards" or "home" or "back")
                // "appointed Roman Sklyar as acting prime minister": to appoint or nominate an official is no act between parties,
                // whatever pattern matched.
                // ("Parliament later elected Anutin Charnvirakul as prime minister": nor to elect one.)
                || lemma is "appoint" or "nominate" or "reappoint" or "elect"
                // "dismissed the government of Askar Mamin", "sacked Defence Minister Oleksii Reznikov": nor to remove one.
                || lemma is "dismiss" or "sack" or "fire" && (RemovesFromOffice(verbEnd) || PassiveOfAPerson(i, verbEnd))
                // "cut short a visit", "faced down Zuniga", "took delivery of the gas", "which Indian authorities consider a
                // front for …": idioms of no act between parties.
                || lemma is "cut" or "face" && verbEnd < _count && _low[verbEnd] is "short" or "down"
                || lemma == "take" && verbEnd < _count && _low[verbEnd] == "delivery"
                // "it had taken control measures", "took the necessary steps", "took note": taking measures or steps seizes nothing;
                // "Kazakhstan has struggled with ageing infrastructure", "Boeing grapples with production problems": to struggle,
                // grapple or wrestle with something is to cope with it.
                || lemma == "take" && TakesMeasures(verbEnd) || lemma is "struggle" or "grapple" or "wrestle" && verbEnd < _count && _low[verbEnd] == "with"
                || lemma == "consider" && IsVerbOfARelativeObject(i)
                // "who came to power after the death of Islam Karimov": to come to office is no visit, whatever pattern matched.
                || lemma is "come" or "rise" && ReturnsToOffice(verbEnd)
                // "SK Hynix dominates the market for HBM chips", "dominated the election": to dominate is to lead, no force; so is to
                // overtake or overshadow ("Beijing has overtaken Moscow as Kazakhstan's largest trading partner", "overtaking its
                // trade with Russia"), whatever pattern of the dictionary's block of destroying verbs matched.
                || lemma is "dominate" or "overtake" or "overshadow" or "surmount" or "master"
                // "flew by military helicopter to Agartala": "by" after "fly" names the means of the flight, no aid flown (the
                // dictionary's pattern "fly by").
                || lemma == "fly" && verbEnd < _count && _low[verbEnd] == "by"
                // "Belarus Hosts Russian Oreshnik Missiles", "hosts a Russian base", "hosted the CSTO's exercises": a country
                // hosting arms, troops or drills meets no one, whatever pattern matched.
                || lemma == "host" && HostsForcesOrArms(verbEnd)
                || lemma is "lead" or "run" && LeadsABody(verbEnd)
                || lemma is "press" or "push" && verbEnd < _count && _low[verbEnd] is "ahead" or "on" or "forward"
                // "was pushing Taiwan toward danger", "dragged the country into war": moving someone somewhere asks nothing of them.
                || lemma is "push" or "drag" or "drive" or "lead" && MovedSomewhere(verbEnd)
                // "had gathered secret information on the orders of the CIA": to gather facts meets no one (the dictionary reads a meeting).
                || lemma is "gather" or "collect" && ObjectNounAmong(verbEnd, GatheredFacts)
                // "to press its case for a greater role": to argue a case asks nothing of anyone.
                || lemma is "press" or "make" or "argue" && verbEnd + 1 < _count && IsDeterminerOrPossessive(_low[verbEnd]) && _low[verbEnd + 1] == "case")
            {
                i = verbEnd - 1;
                continue;
            }
            string? code = pattern is not null ? pattern.Code : verb.Code;
            // "launched 65 drones at Ukraine", "dropped bombs on …": a verb of sending off with a weapon as its object is
            // an assault, whatever the dictionary's patterns name.
            if (code is null && LaunchVerbs.Contains(lemma) && WeaponObject(verbEnd)) code = "190";
            // "placed President Ali Bongo Ondimba under house arrest": a person put under arrest is arrested (CAMEO 173), which
            // the dictionary's block of "place" and "put" has no pattern for.
            if (code is null && lemma is "place" or "put" && PutUnderArrest(verbEnd)) code = "173";
            // "gave the French ambassador 48 hours to leave the country": time given to leave is an expulsion (CAMEO 174).
            if (lemma == "give" && GivesTimeToLeave(verbEnd)) code = "174";
            // "ordered the head of RFE/RL's Kyrgyz Service to leave the country within 10 days": so is an order to leave the country.
            if (lemma == "order" && OrdersOutOfTheCountry(verbEnd)) code = "174";
            // "ordered Alexei Navalny detained", "ordered him held for two months": an order that its object be held is an
            // arrest (CAMEO 173); the participle is no act of its own (below).
            if (lemma == "order" && OrdersCustody(verbEnd)) code = "173";
            // "issued an arrest warrant for chief executive Mark Bristow": a warrant for someone's arrest is the arrest ordered
            // (CAMEO 173), which the dictionary's pattern knows only in the plural.
            if (lemma == "issue" && WarrantFor(verbEnd) >= 0) code = "173";
            // "suspended cooperation with the IAEA", "froze diplomatic ties": to stop a relation is to reduce relations (CAMEO
            // 160, 161 when diplomatic), as the dictionary says of "sever" and "cut" but not of these verbs.
            // ("suspended purchases of weapons from Israel": so is a supply stopped, whatever weapon the dictionary's pattern of
            // laying down arms found in its phrase.)
            if ((code is null || code.StartsWith("087", StringComparison.Ordinal)) && StoppingVerbs.Contains(lemma) && RelationObject(verbEnd) is { } reduced) code = reduced;
            if (left >= 0) (code, patternEnd) = (bodyLeft >= 0 ? "161" : "160", Math.Max(patternEnd, left + 1));
            // ("ordered the suspension of diplomatic relations with Ecuador": so is a relation's ending ordered, no demand.)
            if (lemma is "order" or "decree" && EndingOf(verbEnd) is var ended and >= 0 && RelationObject(ended) is { } cut) code = cut;
            // "had warned Moscow in early March of a planned attack by extremists": a warning of another's act passes on what one
            // knows (CAMEO 064), no threat.
            if (lemma == "warn" && WarnsOfAnothersAct(verbEnd)) code = "064";
            // "suspended the BBC for three months", "has suspended France's RFI": to suspend a body is an administrative
            // sanction (CAMEO 172), one on speech where it is a news medium (1721).
            if (code is null && lemma == "suspend" && SuspendedBody(verbEnd) is { } suspension) code = suspension;
            // "MOL has expressed interest in buying the Russian share": what is expressed decides the act (the dictionary's
            // default for "express" is disapproval): interest is intent to cooperate, support or solidarity praise; a feeling
            // of displeasure keeps the default, and anything else expressed is no act.
            if (pattern is null && lemma == "express" && ExpressedFeeling(verbEnd) is var feeling)
            {
                if (feeling == "") { i = verbEnd - 1; continue; }
                code = feeling;
            }
            // "Hungary blocked the European Union's 20th package of sanctions": to block a measure others would adopt is a veto
            // (CAMEO 129, REJECT), not coercion, whoever's the measure.
            // ("Hungary vetoed a 50 billion euro EU aid package", "has repeatedly vetoed EU financial assistance": so is a veto, of
            // whatever, CAMEO's own 129, which the dictionary files with prohibitions.)
            if (lemma == "block" && pattern is null && BlocksAMeasure(verbEnd) || lemma == "veto") code = "129";
            // "submitted a lawsuit to the Constitutional Court": to submit a paper is no yielding (the dictionary's default); a
            // lawsuit or a complaint submitted is one brought (CAMEO 115), any other paper no act.
            if (lemma == "submit" && verbEnd < _count && IsDeterminerOrPossessive(_low[verbEnd]))
            {
                if (!ObjectNounAmong(verbEnd, LawsuitNouns)) { i = verbEnd - 1; continue; }
                code = "115";
            }
            // "Khamenei vowed harsh punishment for Israel", "promised swift retaliation": retribution vowed is a threat of force
            // (CAMEO 138), as the dictionary's "vow revenge" is.
            if (pattern is null && lemma is "vow" or "promise" or "pledge" && ObjectNounAmong(verbEnd, Retributions)) code = "138";
            if (partiesBanned) code = "1722";
            // "would seek treason charges against Imran Khan", "brought charges against …": charges sought, brought, pressed or laid
            // are legal action (CAMEO 173, the dictionary's "file charges"), no cooperation sought (the default of "seek").
            if (lemma is "seek" or "bring" or "press" or "lay" or "file" && ObjectNounAmong(verbEnd, CriminalCharges)) code = "173";
            // "South Africa Takes Israel to World Court", "hauled the company to an arbitration tribunal": a party taken to a
            // court is sued (CAMEO 115), not seized; and one sued is not arrested (the dictionary's code for "sue").
            if (lemma is "take" or "haul" && TakenToCourt(verbEnd) || lemma == "sue") code = "115";
            // "gave the Ivory Coast 5.1 million dollars of aid": whatever is given that is aid is aid (CAMEO 070), past its
            // recipient and amount, where the dictionary's pattern does not reach it.
            if (lemma is "give" or "send" or "deliver" or "donate" && (code is null || code.StartsWith("06", StringComparison.Ordinal)) && GivesAid(verbEnd)) code = "070";
            // ("approved a $1 billion aid package for Ukraine", "unveiled a $2 billion aid package": so is aid approved, unveiled
            // or announced, whatever the verb's own code.)
            else if (lemma is "approve" or "unveil" or "authorize" or "authorise" or "announce" && GivesAid(verbEnd)) code = "070";
            // ("pledged $1.5 million in emergency aid": aid pledged or promised is the intent to give it, CAMEO 033.)
            else if (lemma is "pledge" or "promise" && pattern is null && GivesAid(verbEnd)) code = "033";
            // "released $6 million from its emergency fund", "released a $1.1 billion tranche to Pakistan": money released is
            // economic aid (CAMEO 071), not a return of what was held (the dictionary's 084).
            else if (lemma == "release" && (verbEnd < _count && Determiners.Contains(_low[verbEnd]) ? verbEnd + 1 : verbEnd) is var sum && sum < _count
                     && _entityAt[sum] is { Label: EntityLabels.Money })
                code = "071";
            // "Petro accused the ELN of committing war crimes": the dictionary reads an accusation of a crime as a legal charge
            // (CAMEO 173), which prosecutors, courts, the police or the authorities bring; anyone else alleges it (1121, or 1124
            // for war crimes).
            if (lemma == "accuse" && code == "173" && !BroughtByTheLaw(i)) code = WarCrimesWithin(verbEnd) ? "1124" : "1121";
            // "The African Union lifted Guinea's suspension from the bloc": a suspension lifted is an administrative sanction eased
            // (CAMEO 081), for which the dictionary has no pattern.
            if (pattern is null && lemma is "lift" or "revoke" or "end" && ObjectNounAmong(verbEnd, Suspensions)) code = "081";
            // "Mexico sent 29 prisoners accused of drug trafficking to the United States": prisoners sent or transferred to a state
            // are extradited, judicial cooperation (CAMEO 063), not aid; not in a swap ("sent 300 prisoners to Ukraine in an
            // exchange").
            if (lemma is "send" or "transfer" && HeldPeopleObject(verbEnd) is var held and >= 0 && StateAfterTo(held) is not null && !MentionsASwap()) code = "063";
            // "Astana rebuffed Beijing's request for a base", "spurned Moscow's offer": a verb of disapproval whose object is what
            // another asked or offered rejects it (CAMEO 12x), as the dictionary codes "rebuffed the demand".
            if (code is "110" or "111" && ObjectNounAmong(verbEnd, AskedOrOffered)) code = "120";
            // "declared martial law", "imposed a nationwide curfew": emergency rule imposed is coercion (CAMEO 1724, 1723), which
            // the dictionary knows only for some verbs and not for martial law.
            if (emergency is not null) code = emergency;
            // "expect an aviation component to be deployed in Dushanbe": forces deployed, where no pattern names them, are a
            // mobilization (CAMEO 154; the dictionary's DEPLOY block has no code of its own).
            if (code is null && lemma == "deploy") code = "154";
            // ("will deploy an aircraft carrier to the Middle East", "deployed troops to the Belgorod region", "would send another
            // 3,000 troops to the Middle East": so are forces sent to a place that is no state, which the dictionary's "deploy … to"
            // and "send troops" read as cooperation with a party.)
            // ("Israel sent troops into the buffer zone": or into any place, uninvited; "deployed the army in three provinces": or
            // deployed in one.)
            // ("deployed the military to support the police": or to act where no party is named.)
            else if ((lemma == "deploy" || lemma == "send" && ObjectNounAmong(verbEnd, DispatchedForces)) && code is not null && code.StartsWith("06", StringComparison.Ordinal)
                     && (SentToAPlaceNoState(verbEnd) || SentInto(verbEnd, orIn: lemma == "deploy")
                         || ObjectNounAmong(verbEnd, DispatchedForces) && SentToActOnNoParty(verbEnd))) code = "154";
            // ("dispatched vessels to monitor the Chinese ships": so are forces or craft dispatched, whatever the dictionary's
            // patterns of goods sent read.)
            if ((code is null || code.StartsWith("06", StringComparison.Ordinal)) && lemma == "dispatch" && ObjectNounAmong(verbEnd, DispatchedForces)) code = "154";
            // ("ordered troops to the region": so are forces ordered to a place that is no state, or into one; an order for them to
            // act is the dictionary's.)
            if (lemma == "order" && ObjectNounAmong(verbEnd, DispatchedForces) && (SentToAPlaceNoState(verbEnd) || SentInto(verbEnd))) code = "154";
            // ("Denmark withdrew its special forces contingent": forces withdrawn retreat militarily (CAMEO 0874), where the
            // dictionary's pattern of military nouns does not reach them.)
            if (pattern is null && lemma == "withdraw" && ObjectNounAmong(verbEnd, DispatchedForces)) code = "0874";
            // "have been negotiating the price of the stake": the dictionary files "negotiate" with compromises, whose default is
            // yielding; negotiating where no pattern says what is conceded is negotiation (CAMEO 046), as "talks" are.
            if (pattern is null && lemma == "negotiate") code = "046";
            // "Venezuela Frees Six Americans", "freed the journalist": people freed are released (CAMEO 0841), which the dictionary's
            // block of releasing verbs defaults to a concession.
            if (pattern is null && _lexicon.Block(verb.Block).Name == "RELEASE" && ReleasesPeople(verbEnd)) code = "0841";
            // "150 Russian servicemen had been returned from territory controlled by Kyiv": people returned are released (CAMEO
            // 0841), whatever a pattern of travel ("return from") reads.
            if (lemma == "return" && code != "0842" && IsPassive(i)) code = "0841";
            // "Ethiopia and Somalia agreed to resolve a year-long dispute": the dictionary reads a dispute resolved as mediation
            // (039); one with no parties named after it ("the dispute between A and B") is the resolver's own, settled (037).
            if (code == "039" && lemma is "resolve" or "settle" && !(patternEnd + 1 < _count && _low[patternEnd] == "between")) code = "037";
            // "The Kremlin denied that Russian drones had entered Polish airspace": to deny that something happened is to deny
            // responsibility (CAMEO 016), the dictionary's reading of "deny" with a charge.
            if (lemma == "deny" && verbEnd < _count && _low[verbEnd] == "that") code = "016";
            // "Ruto called an emergency summit of East African leaders": a summit or a conference called is a meeting convened, as
            // the dictionary codes "call … meeting" (036), no telephone call (its default).
            if (lemma == "call" && pattern is null && ObjectNounAmong(verbEnd, SummitNouns)) code = "036";
            // "The CGT called a general strike for January", "called nationwide protests": a stoppage or a protest called is staged
            // by the caller (CAMEO 143, 141), no telephone call.
            // (Not one called for, which is asked of others: "called for protests".)
            else if (lemma == "call" && verbEnd < _count && !Prepositions.Contains(_low[verbEnd]))
            {
                if (ObjectNounAmong(verbEnd, StoppageNouns)) code = "143";
                else if (ObjectNounAmong(verbEnd, ProtestNouns)) code = "141";
            }
            // "Turkey called for an end to the attacks on civilians", "demanded a halt to the fighting": to ask that fighting end is
            // an appeal for de-escalation (CAMEO 0256), whatever the pattern found past the end ("demand … attack" read a threat).
            if (lemma is "call" or "demand" or "urge" or "appeal" or "press" or "seek" or "ask" && AsksToEndFighting(verbEnd)) code = "0256";
            // "Zourabichvili, who has broken with the ruling Georgian Dream party": to break with a party is to end one's ties with
            // it (CAMEO 160), no threat (the dictionary's pattern).
            if (lemma == "break" && pattern is { Post: ["with"] }) code = "160";
            // "the European Union launched a naval mission": a military mission launched is forces mobilised (CAMEO 154), no
            // intent to meet (the dictionary's pattern of "mission").
            if (lemma == "launch" && pattern is { Post: ["mission"] } && patternEnd - 2 >= verbEnd && _low[patternEnd - 2] is "naval" or "military" or "maritime" or "security")
                code = "154";
            // "Saudi Arabia and the United States mediated those negotiations": the dictionary files "mediate" with compromises
            // too; mediating where no pattern says otherwise is mediation (CAMEO 045), as "mediated between" is.
            if (pattern is null && lemma == "mediate") code = "045";
            // "Azerbaijan regained control of Nagorno-Karabakh", "has restored full control over Karabakh": control regained is
            // territory occupied (CAMEO 192), as control seized is.
            if (code is null && lemma is "regain" or "restore" && ObjectNounAmong(verbEnd, ControlNouns)) code = "192";
            // "Germany sent tanks to Ukraine", "Iran supplied drones to Russia": arms handed over are military aid (CAMEO 072;
            // the dictionary reads aircraft supplied as an intent, 0332; one said to come is made an intent by its status).
            // ("sent military instructors to Niger": so are military trainers or advisers sent.)
            // ("will send Ukraine two more Patriot systems", "supplied Russia with drones": past the one they go to.)
            if (TransferVerbs.Contains(lemma) && (code is null || code == "0332" || code.StartsWith("06", StringComparison.Ordinal))
                && GivenFrom(verbEnd) is var given && (WeaponObject(given) || MilitaryTrainersObject(given))) code = "072";
            // "Georgians rallied in Tbilisi": to rally with no object is to demonstrate (CAMEO 141, PROTEST), not to show force
            // ("rallied troops", "rallied support" keep the dictionary's reading).
            // ("European leaders rallied behind the Ukrainian president": to rally behind or around a party is to back it, CAMEO 051.)
            if (lemma == "rally" && verbEnd < _count && _low[verbEnd] is "behind" or "around") code = "051";
            else if (lemma == "rally" && code == "150" && !(verbEnd < _count && (StartsAnObject(verbEnd) && _low[verbEnd] is not ("in" or "on" or "at" or "outside")
                                                                           || _entityAt[verbEnd] is { Label: not EntityLabels.Date }))) code = "141";
            // "announced new restrictions on sales of memory chips to China", "unveiled export controls": restrictions taken up are
            // imposed (CAMEO 172, as the dictionary's "impose restrictions" reads), whatever the verb's own reading; the party
            // they bear on comes after their noun.
            // ("announced anti-dumping duties on brandy", "Canada retaliated with tariffs on U.S. goods": duties or tariffs are
            // economic sanctions, CAMEO 163; the dictionary reads retaliation as force.)
            // ("imposed 25% tariffs on Canadian goods", "slapped tariffs on", "ordered tariffs on": so are those imposed, whatever the
            // dictionary's reading of the verb: coercion, a demand, a slap's violence.)
            if ((AdoptingVerbs.Contains(lemma) || ImposingVerbs.Contains(lemma) ? RestrictionTakenUp(verbEnd)
                    : lemma == "retaliate" && verbEnd + 1 < _count && _low[verbEnd] == "with" ? RestrictionTakenUp(verbEnd + 1) : -1) is var restriction and >= 0)
                (code, patternEnd) = (TariffNouns.Contains(_low[restriction]) ? "163" : "172", Math.Max(patternEnd, restriction + 1));
            // "Hizbollah declared a unilateral ceasefire": a truce declared is CAMEO's 0871 (RETREAT), whatever the verb's own reading.
            if (lemma is "declare" or "announce" && ObjectNounAmong(verbEnd, TruceNouns)) code = "0871";
            // "Somalia expelled Ethiopia's ambassador", "expelled two Russian diplomats": an envoy expelled is PLOVER's SANCTION
            // "expel" (CAMEO 166), which its manual keeps apart from individual deportations (COERCE), whatever the dictionary reads.
            // ("ordered French Ambassador Sylvain Itte to leave the country", "gave the ambassador 48 hours to leave": so is an envoy
            // ordered or given time to leave.)
            if ((lemma == "expel" || code == "174" && lemma is "order" or "give") && ObjectNounAmong(verbEnd, EnvoyNouns)) code = "166";
            // "Israel and Hezbollah Agree Ceasefire", "agreed on a truce": a truce agreed is the intent to de-escalate (CAMEO 0356)
            // the dictionary's pattern reads in "agreed to a ceasefire", not diplomatic cooperation.
            // ("Both countries agreed to de-escalate": so is calm agreed, which the dictionary's pattern reads only before "tensions".)
            if (lemma == "agree" && pattern is null && (ObjectNounAmong(verbEnd < _count && _low[verbEnd] is "on" or "upon" or "to" ? verbEnd + 1 : verbEnd, TruceNouns)
                                                        || AgreesToCalm(verbEnd)))
                code = "0356";
            // "Armenia and Azerbaijan have agreed the text of a peace treaty": the wording of an accord agreed is the accord agreed,
            // the settlement of a dispute (CAMEO 037) where it makes peace; its noun is the verb's object, no act of its own.
            if (lemma == "agree" && pattern is null && AccordWordedAfter(verbEnd) is int accord and >= 0)
                (code, patternEnd) = (_low[accord] == "peace" || _low[accord - 1] == "peace" ? "037" : "030", accord + 1);
            // "Hamas has not agreed to disarm": to disarm with no object is to lay down one's own arms (CAMEO 0873), not to defeat.
            if (lemma == "disarm" && !(verbEnd < _count && (_entityAt[verbEnd] is not null || IsDeterminerOrPossessive(_low[verbEnd])))) code = "0873";
            // "PKK fighters burned their weapons", "laid down its arms", "handed over their weapons": giving up one's own arms is
            // to disarm (CAMEO 0873), whatever the verb's own reading.
            if (lemma is "burn" or "destroy" or "surrender" or "lay" or "hand" or "give" && GivesUpOwnArms(verbEnd)) code = "0873";
            // "Five hundred Ugandan rebels surrendered": to surrender oneself (no object) is to retreat militarily (CAMEO 0874;
            // PLOVER's RETREAT), not the dictionary's yielding, which needs someone yielded to.
            else if (lemma == "surrender" && code is null or "080"
                     && !(verbEnd < _count && (IsDeterminerOrPossessive(_low[verbEnd]) || _entityAt[verbEnd] is { Label: not EntityLabels.Date }))) code = "0874";
            // "removed the Taliban from its list of terrorist organizations": to take a party off a list eases a sanction (CAMEO 081).
            if (lemma is "remove" or "delist" && OffAList(verbEnd)) code = "081";
            // "signed a road map with Satkaliyev", "signed a contract with Rosatom": whatever paper one signs with a party is an
            // agreement with it (the dictionary names only some papers).
            // ("X and her counterpart Y signed the document": so is a paper's noun, whoever signs it.)
            if (code is null && lemma == "sign" && (SignsAPaperWith(verbEnd) || SignsAPaper(verbEnd))) code = "057";
            // ("Thailand and Cambodia signed a ceasefire deal": so is a truce's accord signed, which the dictionary's "sign …
            // ceasefire" reads as a truce declared.)
            if (lemma == "sign" && code == "0871" && patternEnd < _count && AccordNouns.Contains(_low[patternEnd])) (code, patternEnd) = ("057", patternEnd + 1);
            // "breaking off diplomatic relations with Moscow": a relation broken off is reduced (the dictionary's "break off"
            // alone is a threat).
            if (lemma == "break" && verbEnd + 1 < _count && _low[verbEnd] == "off" && RelationObject(verbEnd + 1) is { } severed) code = severed;
            // "engage directly with Washington": to engage with a party is to deal with it, not to fight it (the block's default).
            if (pattern is null && lemma == "engage" && WithPhrase(verbEnd) is int engaged && engaged <= verbEnd + 2) code = "040";
            // "received Russian Prime Minister Mikhail Mishustin in Ashgabat": to receive a person is to host a visit.
            if (code is null && lemma == "receive" && ObjectIsAPerson(verbEnd)) code = "043";
            // "Pakistan and India traded strikes", "exchanged fire", "traded blame": an exchange of attacks or accusations is one between the two.
            if (lemma is "trade" or "exchange" && ExchangedAct(verbEnd) is { } exchanged) code = exchanged;
            // "The EU suspended some sanctions on Syria", "eased the embargo": economic measures suspended, eased or waived are eased
            // (CAMEO 085, as the dictionary's "lift sanctions"), not a coercion called off.
            if (lemma is "suspend" or "ease" or "relax" or "waive" && _lexicon.Code(code ?? "")?.Type is not ("RETREAT" or "CONCEDE")
                && ObjectNounAmong(verbEnd, EconomicMeasures)) code = "085";
            // "met at …", "meet for talks": the dictionary's "intent to meet" (036) read off a verb of meeting is the
            // meeting itself; whether it was only intended is the status's to say (and Build types that AGREE).
            // ("called for talks" stays an intent: to call is to telephone, no meeting.)
            if (code == "036" && verb.Code is { } own and not "041" && _lexicon.Code(own)?.Type == "CONSULT") code = own;
            // "Turkey hosted talks between Russia and Ukraine": so is the dictionary's "intent to mediate" (039) read off a
            // verb of hosting: the mediation itself (045), which the status types AGREE only when it is to come.
            if (code == "039" && lemma == "host" && _lexicon.Code("045") is not null) code = "045";
            // "Prime Minister Milos Vucevic resigned in January", "stepped down": PLOVER puts an official's resignation under
            // RETREAT (mode "resign"), done to no one, where CAMEO has the leader accede to demands (083, 0831).
            if (code is "083" or "0831" && (lemma == "resign" || lemma == "step" && verbEnd < _count && _low[verbEnd] == "down"))
                list.Add(new Candidate(i, verbEnd, "RETREAT", Resignation, code!, false, false, pattern is not null, patternEnd));
            // "Chinese hackers breached U.S. telecom networks", "broke into the networks of several companies": an attack on computer
            // systems is PLOVER's COERCE of mode "cyber" (hacking, security breaches), which CAMEO lacks (it read a breach of norms,
            // or force).
            // ("Chinese hackers breached U.S. telecoms": so is one by hackers, whatever they broke into.)
            else if (CyberVerbs.Contains(lemma) && (AimedAtComputerSystems(lemma, verbEnd) || WordBeforeAuxiliaries(i) is var doer and >= 0 && _low[doer] is "hackers" or "hacker"))
                list.Add(new Candidate(i, verbEnd, "COERCE", CyberAttack, "170", false, false, false, verbEnd));
            else if (_lexicon.Code(code) is { } vinfo)
                list.Add(new Candidate(i, verbEnd, vinfo.Type, vinfo, code!, false, pattern?.Reverse ?? false, pattern is not null, patternEnd,
                    LightVerb: verb.Code is null));
            // "rejected the accusation" (CAMEO 016, deny responsibility): a pattern outside the ontology reads the
            // phrase as a statement, so the event noun inside it names no new act.
            else if (pattern is not null) statementUntil = patternEnd;
            i = verbEnd - 1;
        }
        return list;
    }

    /// <summary>The ")" at <paramref name="i"/> closes an organisation's acronym in parentheses ("… Organization's (CSTO)").</summary>
    private bool ClosesAnAcronym(int i) => _low[i] == ")" && i >= 2 && _low[i - 2] == "(" && _entityAt[i - 1] is { Label: EntityLabels.Org };

    /// <summary>The exercises at <paramref name="noun"/> are an alliance's: its name (by its canonical form: "CSTO") within
    /// seven tokens before, past modifiers, "'s", an acronym in parentheses and the exercises' own name ("the CSTO's Rubezh-2004
    /// military exercises").</summary>
    private bool HeldByAnAlliance(int noun)
    {
        for (int i = noun - 1; i >= 0 && i >= noun - 7; i--)
        {
            // ("the Collective Security Treaty Organization's (CSTO) Rubezh-2025 exercises": past an acronym in parentheses.)
            if (ClosesAnAcronym(i)) { i -= 2; continue; }
            if (_entityAt[i] is { } e)
            {
                if (e.Label == EntityLabels.Event) { i = FirstToken(i, e); continue; }
                return e.Label == EntityLabels.Org && NameHoldsAnyOf(e.Canonical, AllianceNameWords);
            }
            if (!(IsLowerCasePlainWord(i) || _low[i] is "'s" or "’s")) return false;
        }
        return false;
    }

    /// <summary>The word is among the words of the verb's pattern after the verb.</summary>
    private bool PatternWordAt(Candidate c, string word)
    {
        for (int k = c.End; k < c.PatternEnd && k < _count; k++)
            if (_low[k] == word) return true;
        return false;
    }

    /// <summary>Verbs and adjectives of an intent made known, before "to" ("vowed to", "is prepared to").</summary>
    private static readonly HashSet<string> IntentWords = new(StringComparer.Ordinal)
        { "vow", "pledge", "promise", "threaten", "plan", "intend", "seek", "swear", "prepare", "want", "ready", "prepared", "willing", "determined" };

    /// <summary>The verb at <paramref name="verb"/> follows a modal of the future ("will", "would") or "to" after a word of
    /// intent (<see cref="IntentWords"/>), past adverbs and auxiliaries.</summary>
    private bool IsSaidOrVowed(int verb)
    {
        int k = verb - 1;
        while (k >= 0 && IsAdverb(_low[k])) k--;
        if (k >= 0 && _low[k] is "will" or "would" or "shall" or "'ll" or "may" or "might") return true;
        if (k < 1 || _low[k] != "to") return false;
        k--;
        while (k >= 0 && IsAdverb(_low[k])) k--;
        return k >= 0 && (IntentWords.Contains(_low[k]) || _lexicon.VerbLemma(_low[k]) is { } lemma && IntentWords.Contains(lemma));
    }

    /// <summary>Measures a government lifts or eases: a concession however its party is named.</summary>
    private static readonly HashSet<string> EasedMeasures = new(StringComparer.Ordinal)
        { "curfew", "curfews", "emergency", "ban", "bans", "sanctions", "restrictions", "blockade", "embargo", "measures", "lockdown" };

    private static readonly HashSet<string> EconomicMeasures = new(StringComparer.Ordinal) { "sanctions", "embargo", "embargoes", "tariffs" };

    /// <summary>Verbs that undo a measure or an act ("lift sanctions", "end the blockade").</summary>
    private static readonly HashSet<string> UndoingVerbs = new(StringComparer.Ordinal)
        { "lift", "ease", "end", "remove", "drop", "scrap", "suspend", "relax", "waive", "revoke", "cancel", "halt", "stop", "withdraw", "reverse" };

    /// <summary>Nouns of a stoppage of work (<see cref="ProtestNouns"/>: of a protest).</summary>
    private static readonly HashSet<string> StoppageNouns = new(StringComparer.Ordinal) { "strike", "strikes", "walkout", "walkouts", "shutdown" };
    private static readonly HashSet<string> ProtestNouns = new(StringComparer.Ordinal)
        { "protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march", "marches" };

    private static readonly HashSet<string> PoliticalParties = new(StringComparer.Ordinal) { "party", "parties" };

    /// <summary>Participles of what is done to people by force or by the law.</summary>
    private static readonly HashSet<string> HarmedOrHeldParticiples = new(StringComparer.Ordinal)
    {
        "killed", "wounded", "injured", "shot", "attacked", "tortured", "executed", "abducted", "kidnapped", "arrested", "detained",
        "jailed", "deported", "expelled",
    };

    /// <summary>Nouns of a state's envoys.</summary>
    private static readonly HashSet<string> EnvoyNouns = new(StringComparer.Ordinal)
        { "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "attache", "attaché", "consul", "consuls", "chargé" };

    /// <summary>Nouns of people one may be removed from a country or an office.</summary>
    private static readonly HashSet<string> RemovablePeople = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "troops", "forces", "soldiers", "peacekeepers", "president",
        "governor", "minister", "leader", "officials", "staff", "migrants", "refugees", "residents", "settlers", "him", "her", "them",
    };

    /// <summary>The object from <paramref name="verbEnd"/> is a party (past an article) or people (<see cref="RemovablePeople"/>).</summary>
    private bool RemovesPeople(int verbEnd)
    {
        int k = verbEnd < _count && IsDeterminerOrPossessive(_low[verbEnd]) ? verbEnd + 1 : verbEnd;
        return k < _count && _entityAt[k] is { } removed && ActorLabels.Contains(removed.Label) && !(IsPossessive(removed) || removed.Label == EntityLabels.Norp)
               || ObjectNounAmong(verbEnd, RemovablePeople);
    }

    /// <summary>Nouns of the charges of a prosecution.</summary>
    private static readonly HashSet<string> CriminalCharges = new(StringComparer.Ordinal) { "charges", "charge", "indictment", "indictments" };

    /// <summary>Nouns of economic sanctions on goods, among <see cref="RestrictionNouns"/>.</summary>
    private static readonly HashSet<string> TariffNouns = new(StringComparer.Ordinal) { "tariffs", "tariff", "duties", "levies" };
    /// <summary>Verbs of putting a measure on someone (<see cref="RestrictionTakenUp"/>).</summary>
    private static readonly HashSet<string> ImposingVerbs = new(StringComparer.Ordinal) { "impose", "slap", "order", "levy", "put", "place", "raise", "hike" };
    /// <summary>Nouns of restrictions a government imposes (<see cref="RestrictionTakenUp"/>).</summary>
    private static readonly HashSet<string> RestrictionNouns = new(["restriction", "restrictions", "curbs", "controls", "limits", .. TariffNouns], StringComparer.Ordinal);

    /// <summary>
    /// The index of a noun of <see cref="RestrictionNouns"/> heading the object that starts at <paramref name="from"/>, past a
    /// determiner or possessive and up to three modifiers ("new export", "tougher"), or -1. A modifier is a lower-case word
    /// that is no preposition, modal, pronoun or inflected verb, so what is to be lifted ("the lifting of restrictions", "said
    /// it would lift restrictions") is no object.
    /// </summary>
    private int RestrictionTakenUp(int from)
    {
        int i = from < _count && IsDeterminerOrPossessive(_low[from]) ? from + 1 : from;
        for (int modifiers = 0; i < _count; i++, modifiers++)
        {
            if (RestrictionNouns.Contains(_low[i])) return i;
            // ("announced 50% tariffs on Brazil": an amount is one modifier.)
            if (_entityAt[i] is { Label: EntityLabels.Money or EntityLabels.Quantity } amount && modifiers < 3)
            {
                i = LastToken(i, amount);
                continue;
            }
            if (modifiers == 3 || !IsLowerCasePlainWord(i) || Prepositions.Contains(_low[i]) || Modals.Contains(_low[i]) || SubjectPronouns.Contains(_low[i])
                || _low[i] is "and" or "or" || _lexicon.VerbLemma(_low[i]) is { } lemma && lemma != _low[i]) return -1;
        }
        return -1;
    }

    /// <summary>"aid" (or assistance, relief) is the head of what the verb ending at <paramref name="verbEnd"/> gives, within ten
    /// words of its object and before its clause or a phrase set off by a comma ends.</summary>
    private bool GivesAid(int verbEnd)
    {
        for (int k = verbEnd; k < Math.Min(_count, verbEnd + 10); k++)
        {
            // ("$10 million in humanitarian aid": "in" after a sum says what it is in.)
            if (_low[k] == "in" && k > verbEnd && _entityAt[k - 1] is { Label: EntityLabels.Money }) continue;
            if (IsClauseBreak(k) || _low[k] is "," or "to" or "for" or "in") return false;
            if (_entityAt[k] is null && _low[k] is "aid" or "assistance" or "relief") return true;
        }
        return false;
    }

    /// <summary>The token after the verb's object when that object, within four words, is people held ("29 prisoners", "the
    /// suspects"); or -1.</summary>
    private int HeldPeopleObject(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
        {
            if (HeldPeople.Contains(_low[i])) return i + 1;
            // ("sent 26 people wanted on drug trafficking charges to the United States": so are people the law wants or accuses.)
            if (i > verbEnd && i + 1 < _count && (IsLowerCasePlainWord(i) || _entityAt[i] is { Label: EntityLabels.Quantity }) && _low[i + 1] is "wanted" or "accused" or "charged" or "convicted" or "indicted")
                return i + 1;
            if (!(IsDeterminerOrPossessive(_low[i]) || IsNumberWord(i) || _entityAt[i] is { Label: EntityLabels.Quantity or EntityLabels.Norp } || IsLowerCasePlainWord(i)))
                return -1;
        }
        return -1;
    }

    /// <summary>The place after "to" (past "the") within ten words from <paramref name="from"/>, past a participle's phrase
    /// ("accused of drug trafficking") but no comma or break of clause; or null.</summary>
    private Entity? StateAfterTo(int from)
    {
        for (int i = from; i + 1 < Math.Min(_count, from + 10); i++)
        {
            if (IsClauseBreak(i) || _low[i] is "," or "which" or "who" or "that") return null;
            if (_low[i] == "to") return _entityAt[_low[i + 1] == "the" && i + 2 < _count ? i + 2 : i + 1] is { Label: EntityLabels.Loc } state ? state : null;
        }
        return null;
    }

    /// <summary>The sentence tells of an exchange ("in a prisoner swap", "exchanged").</summary>
    private bool MentionsASwap()
    {
        for (int i = 0; i < _count; i++)
            if (_low[i] is "exchange" or "exchanged" or "swap" or "swapped" or "swaps" or "exchanges") return true;
        return false;
    }

    /// <summary>The subject of the verb at <paramref name="verb"/> (right before it, past auxiliaries) is a body of the law:
    /// prosecutors, a court, the police, investigators, the authorities, or an organisation so named ("the Investigative
    /// Committee", "the Supreme Court").</summary>
    private bool BroughtByTheLaw(int verb)
    {
        int k = WordBeforeAuxiliaries(verb);
        if (k < 0) return false;
        if (_entityAt[k] is { Label: EntityLabels.Org } body)
            return body.Text.Contains("Court", StringComparison.Ordinal) || body.Text.Contains("Prosecut", StringComparison.Ordinal)
                   || body.Text.Contains("Police", StringComparison.Ordinal) || body.Text.Contains("Investigat", StringComparison.Ordinal);
        return _low[k] is "prosecutors" or "prosecutor" or "prosecution" or "court" or "courts" or "judge" or "judges" or "police" or "investigators"
            or "authorities";
    }

    /// <summary>"war crimes" within eight words from <paramref name="from"/>.</summary>
    private bool WarCrimesWithin(int from)
    {
        for (int k = from; k + 1 < Math.Min(_count, from + 8); k++)
            if (_low[k] == "war" && _low[k + 1] == "crimes") return true;
        return false;
    }

    private static readonly HashSet<string> Suspensions = new(StringComparer.Ordinal) { "suspension", "suspensions" };

    private static readonly HashSet<string> HeldPeople = new(StringComparer.Ordinal)
        { "prisoners", "prisoner", "suspects", "suspect", "detainees", "detainee", "fugitives", "fugitive", "inmates", "convicts" };

    private static readonly HashSet<string> TruceNouns = new(StringComparer.Ordinal) { "ceasefire", "cease-fire", "truce" };

    /// <summary>"of" or "about" within eight words of the verb, in its clause, then an act's noun (past an article and up to two
    /// modifiers) and "by": a warning of an act that someone else would do.</summary>
    private bool WarnsOfAnothersAct(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 8) && !IsClauseBreak(i); i++)
        {
            if (_low[i] is not ("of" or "about")) continue;
            int k = i + 1 < _count && Determiners.Contains(_low[i + 1]) ? i + 2 : i + 1;
            for (int modifiers = 0; k < _count && modifiers < 2 && NominalTriggers.CodeOf(_low[k]) is null && IsLowerCasePlainWord(k); modifiers++) k++;
            return k + 1 < _count && NominalTriggers.CodeOf(_low[k]) is not null && _low[k + 1] == "by";
        }
        return false;
    }

    private static readonly HashSet<string> Retributions = new(StringComparer.Ordinal)
        { "punishment", "retaliation", "retribution", "vengeance", "reprisal", "reprisals" };

    private static readonly HashSet<string> GatheredFacts = new(StringComparer.Ordinal)
        { "information", "intelligence", "evidence", "data", "signatures", "documents", "testimony", "samples" };

    private static readonly HashSet<string> EndingsOfRelations = new(StringComparer.Ordinal)
        { "suspension", "severing", "severance", "rupture", "breaking", "freezing", "downgrading", "termination" };

    /// <summary>"the suspension of", "a severing of": after the verb at <paramref name="verbEnd"/>, the token after "of" in a noun
    /// of ending a relation and "of"; or -1.</summary>
    private int EndingOf(int verbEnd)
    {
        int i = verbEnd < _count && Determiners.Contains(_low[verbEnd]) ? verbEnd + 1 : verbEnd;
        return i + 2 < _count && EndingsOfRelations.Contains(_low[i]) && _low[i + 1] == "of" ? i + 2 : -1;
    }

    /// <summary>"to de-escalate", "to defuse the crisis": "to" at <paramref name="to"/> and a verb of calming, which the
    /// dictionary does not list.</summary>
    private bool AgreesToCalm(int to) => to + 1 < _count && _low[to] == "to" && _low[to + 1] is "de-escalate" or "deescalate" or "defuse" or "calm";

    private static readonly HashSet<string> ResignationNouns = new(StringComparer.Ordinal) { "resignation" };
    /// <summary>Verbs of making a resignation known or handing it in (the dictionary lacks "hand" and reads "tender" as a bid).</summary>
    private static readonly HashSet<string> ResignationVerbs = new(StringComparer.Ordinal)
        { "announce", "announced", "announces", "submit", "submitted", "submits", "tender", "tendered", "tenders", "hand", "handed", "hands" };

    /// <summary>The noun at <paramref name="noun"/> follows a verb of <see cref="ResignationVerbs"/>, past "in", an article or a possessive.</summary>
    private bool HandedIn(int noun)
    {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 3 && (_low[k] == "in" || IsDeterminerOrPossessive(_low[k]))) k--;
        return k >= 0 && ResignationVerbs.Contains(_low[k]);
    }
    private static readonly CodeInfo Resignation = new() { Type = "RETREAT", Mode = "resign", Description = "Resign from office" };

    private static readonly CodeInfo Execution = new() { Type = "ASSAULT", Mode = "targeted", Description = "Execution" };
    /// <summary>Nouns of one person, hurt, held or executed ("shot dead a man", "killed a protester", "hanged a prisoner").</summary>
    private static readonly HashSet<string> OnePersonNouns = new(StringComparer.Ordinal)
    {
        "man", "woman", "child", "boy", "girl", "teenager", "civilian", "soldier", "policeman", "officer", "journalist", "reporter", "protester",
        "demonstrator", "activist", "student", "worker", "farmer", "fisherman", "migrant", "refugee", "prisoner", "hostage", "worshipper",
        "passenger", "doctor", "nurse", "resident", "villager",
    };

    /// <summary>People, the object from <paramref name="k"/> on: a person's or a people's name, counted people ("two men"), one of
    /// <see cref="PeopleActedOn"/>, or a man, a woman or another of <see cref="OnePersonNouns"/> after an article.</summary>
    private bool ExecutedPeople(int k) =>
        k < _count && (_entityAt[k] is { Label: EntityLabels.Person or EntityLabels.Quantity or EntityLabels.Norp }
                       || IsNumberWord(k) && k + 1 < _count && _entityAt[k + 1] is { Label: EntityLabels.Norp }
                       || ObjectNounAmong(k, PeopleActedOn) || ObjectNounAmong(k, OnePersonNouns));

    private static readonly CodeInfo CyberAttack = new() { Type = "COERCE", Mode = "cyber", Description = "Cyber attack, hacking, security breach" };
    private static readonly HashSet<string> CyberVerbs = new(StringComparer.Ordinal)
        { "breach", "break", "attack", "target", "infiltrate", "penetrate", "hack", "compromise" };
    /// <summary>Nouns of computer systems and what they hold.</summary>
    private static readonly HashSet<string> ComputerSystems = new(StringComparer.Ordinal)
    {
        "network", "networks", "system", "systems", "server", "servers", "computer", "computers", "website", "websites", "database", "databases",
        "accounts", "email", "emails",
    };

    /// <summary>The object of the verb of <paramref name="lemma"/> (of "break", after its "into") is computer systems: past an
    /// article, names and up to three lower-case modifiers ("U.S. telecom networks", "the networks of …").</summary>
    private bool AimedAtComputerSystems(string lemma, int verbEnd)
    {
        int from = verbEnd;
        if (lemma == "break" && !(from < _count && _low[from++] == "into")) return false;
        for (int k = from, words = 0; k < _count && words < 5; k++, words++)
        {
            if (ComputerSystems.Contains(_low[k])) return _entityAt[k] is null;
            if (_entityAt[k] is { } name) { k = LastToken(k, name); continue; }
            if (!(Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k))) return false;
        }
        return false;
    }

    /// <summary>The verb's best dictionary pattern, unless the words it matched belong to something else.</summary>
    private (VerbPattern? Pattern, int End) FittingPattern(string lemma, VerbInfo verb, int start, int verbEnd)
    {
        // ("The Investigative Committee accused Yashin of committing war crimes": a body of the law that accuses charges, so the
        // patterns its block's verbs of legal action were written for serve it.)
        var (pattern, patternEnd) = BestPattern(BroughtByTheLaw(start) ? null : lemma, _lexicon.Block(verb.Block), start, verbEnd);
        // "ordered the consortium to halt": the "to" of an object's infinitive is no pattern word of the verb (the
        // dictionary reads "order … to" as an intent to cooperate, as in "sent … to").
        // ("ordered Israel to immediately halt its offensive": past an adverb.)
        // ("deployed two warships to shadow the vessel": nor is an infinitive of purpose after a verb of deploying a destination
        // the dictionary's "deploy … to" reads as military aid.)
        if (pattern is { Post: [.., "to"] } && (ObjectControlVerbs.Contains(lemma) || lemma is "deploy" or "dispatch") && IsInfinitive(PastAnAdverb(patternEnd)))
            return (null, verbEnd);
        // A pattern of "to" alone is an intent to act only before an infinitive ("controls access to the Black Sea" is
        // none), and a movement ("went to") only before no infinitive ("praised Haiti's efforts to improve" is no visit).
        if (pattern is { Pre: [], Post: ["to"] } && (_lexicon.Code(pattern.Code)?.Type == "AGREE") != IsInfinitive(PastAnAdverb(patternEnd))) return (null, verbEnd);
        // "left for Moscow" is a visit; "has ruled Serbia for more than a decade" is none: a visit's "for" needs a name after it.
        if (pattern is { Post: [.., "for"], Code: "042" } && !(patternEnd < _count && _entityAt[patternEnd] is not null)) return (null, verbEnd);
        // "fought for a second day", "protested for weeks": a "for" of how long names no cause or aim.
        if (pattern is { Post: [.., "for"] } && OpensADuration(patternEnd)) return (null, verbEnd);
        // "take part" is an idiom of "take" alone: the block's other verbs keep their sense ("captured part of a stronghold").
        if (pattern is { Post: ["part", ..] } && lemma != "take") return (null, verbEnd);
        // "drones hit a refinery, starting a fire": "a fire" is a blaze; the dictionary's fire of guns is bare ("opened fire",
        // "returned fire"), and only one set ("set a fire") is an act of violence.
        if (pattern is { Post: [.., "fire"] } && patternEnd >= 2 && _low[patternEnd - 2] is "a" or "an" && lemma != "set") return (null, verbEnd);
        // "attack aircraft" is a compound the dictionary reads as no act; "attacked Ukraine with drones", "attacked the
        // aircraft" are acts: a pattern of one word class that reads none fits only where no name or article comes before the word.
        // "Hezbollah denied any role in the rocket attack": an act of force denied is not done (the dictionary's pattern "deny
        // &WEAPON attack" reads an assault); the denial is the verb's own.
        if (lemma is "deny" or "reject" or "dismiss" or "refute" && pattern is { Code: { } forceCode } && _lexicon.Code(forceCode)?.Type == "ASSAULT")
            return (null, verbEnd);
        // "The Houthis have attacked ships since November": a pattern of one preposition or conjunction that reads no act fits
        // only right after the verb ("attack since"), not past its object.
        if (pattern is { Code: null, Pre: [], Post: [var only] } && (Prepositions.Contains(only) || TimeConjunctions.Contains(only)) && patternEnd - 1 > verbEnd)
            return (null, verbEnd);
        // "Kyiv has stepped up attacks on Russian refineries": attacks stepped up are made, the noun's act that the verb stages;
        // the dictionary's threat (138, "intensify attack") reads escalation as a warning.
        if (pattern is { Code: "138" } && lemma is "step up" or "intensify" or "escalate" or "ramp up") return (null, verbEnd);
        // "Nigerian troops arrested three suspects": the block of taking has a pattern of troops alone ("&MILITARY seize", 192)
        // that reads territory occupied; it serves only the block's verbs of taking a place, not its arrests and detentions.
        if (pattern is { Post: [], Code: "192" } && !TakingVerbs.Contains(lemma))
            return (null, verbEnd);
        if (pattern is { Code: null, Pre: [], Post: [['&', ..]] } && Enumerable.Range(verbEnd, Math.Max(0, patternEnd - verbEnd)).Any(k => _entityAt[k] is { Label: not EntityLabels.Weapon } || Determiners.Contains(_low[k])))
            return (null, verbEnd);
        return (pattern, patternEnd);
    }

    /// <summary>The word at <paramref name="i"/> is the "protest" of "in protest", or the noun of an act that a phrase of motive
    /// answers ("in retaliation for the strike", "in response to new sanctions") with no party named before it: that act was
    /// another's, not the subject's (with a name, "in response to EU sanctions", the noun's own party does it).</summary>
    private bool AnswersAnUnnamedAct(int i)
    {
        if (i < 1) return false;
        if (_low[i] == "protest" && _low[i - 1] == "in") return true;
        int k = BeforeItsModifiers(i);
        return k >= 2 && _low[k] is "for" or "to" or "at" or "against" or "over" && OpensAPhraseOfMotive(k - 2);
    }

    /// <summary>The word before the determiners and up to three lower-case modifiers of the noun at <paramref name="i"/>, or -1.</summary>
    private int BeforeItsModifiers(int i)
    {
        int k = i - 1;
        for (int modifiers = 0; k >= 0 && modifiers < 3 && _entityAt[k] is null && (Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) && !Prepositions.Contains(_low[k])); modifiers++) k--;
        return k;
    }

    /// <summary>The clause from <paramref name="k"/> has "must" or "should", or a verb in its base form, as its first verb (past
    /// its subject's words).</summary>
    private bool OpensWithABaseForm(int k)
    {
        for (int words = 0; k < _count && words < 8; words++, k++)
        {
            if (_entityAt[k] is { } name) { k = LastToken(k, name); continue; }
            if (_low[k] is "must" or "should") return true;
            if (Auxiliaries.Contains(_low[k]) || Modals.Contains(_low[k]) || IsClauseBreak(k)) return false;
            if (_lexicon.VerbLemma(_low[k]) is { } lemma && !Determiners.Contains(_low[k])) return lemma == _low[k] && !(k >= 1 && _low[k - 1] is "the" or "a" or "an");
        }
        return false;
    }

    /// <summary>"in retaliation", "in response", "in revenge", "in reprisal", "in protest", "in solidarity" at <paramref name="i"/>.</summary>
    private bool OpensAPhraseOfMotive(int i) =>
        i >= 0 && i + 1 < _count && _low[i] == "in" && _low[i + 1] is "retaliation" or "response" or "revenge" or "reprisal" or "protest" or "solidarity";

    /// <summary>Conjunctions of time a gerund may follow with the subject of the clause before ("weeks after receiving Putin").</summary>
    private static readonly HashSet<string> TimeConjunctions = new(StringComparer.Ordinal) { "after", "before", "while", "since", "upon" };

    /// <summary>Nouns of an accord, which a place before them is about (<see cref="Object"/>: "the Gaza deal").</summary>
    private static readonly HashSet<string> AccordNouns = new(StringComparer.Ordinal)
        { "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty", "truce", "ceasefire", "peace", "plan", "settlement", "declaration" };

    /// <summary>"the text of a peace treaty", "the terms of the deal": the accord's noun (<see cref="AccordNouns"/>) after the noun
    /// of its wording at <paramref name="from"/>, past articles and up to three lower-case modifiers; or -1.</summary>
    private int AccordWordedAfter(int from)
    {
        int k = from;
        if (k < _count && Determiners.Contains(_low[k])) k++;
        if (!(k + 1 < _count && _low[k] is "text" or "terms" or "draft" or "wording" or "details" or "outline" && _low[k + 1] == "of")) return -1;
        k += 2;
        if (k < _count && Determiners.Contains(_low[k])) k++;
        for (int modifiers = 0; k < _count && modifiers <= 3; k++, modifiers++)
        {
            if (AccordNouns.Contains(_low[k]) && !(k + 1 < _count && AccordNouns.Contains(_low[k + 1]))) return k;
            if (!IsLowerCasePlainWord(k) && !IsHyphenatedModifier(k)) return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> ControlNouns = new(StringComparer.Ordinal) { "control" };

    /// <summary>"to" within eight words of <paramref name="verbEnd"/> is followed (past "the") by a place that is no country, or
    /// by a lower-case noun ("to the border").</summary>
    private bool SentToAPlaceNoState(int verbEnd)
    {
        for (int k = verbEnd; k + 1 < _count && k - verbEnd < 8 && !IsClauseBreak(k); k++)
        {
            if (_low[k] != "to") continue;
            int place = _low[k + 1] == "the" && k + 2 < _count ? k + 2 : k + 1;
            // ("Mexico sends 10,000 troops to U.S. border": a state's name before a border's noun names the border.)
            return _entityAt[place] is { Label: EntityLabels.Loc } named
                ? !_lexicon.IsCountry(named.Canonical) || LastToken(place, named) + 1 is var after && after < _count && BorderNouns.Contains(_low[after])
                : _entityAt[place] is null && IsLowerCasePlainWord(place) && !IsInfinitive(place);
        }
        return false;
    }

    /// <summary>Units of time that a "for" of how long counts (<see cref="OpensADuration"/>).</summary>
    private static readonly HashSet<string> DurationUnits = new(StringComparer.Ordinal)
        { "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade", "decades", "time", "night", "nights" };

    /// <summary>Words from <paramref name="at"/> measure a time ("a second day", "three hours", "the first time", "days"):
    /// a determiner or a number and up to two modifiers before a unit of time.</summary>
    private bool OpensADuration(int at)
    {
        int k = at;
        for (int words = 0; k < _count && words < 3 && !DurationUnits.Contains(_low[k]); words++, k++)
            if (!(Determiners.Contains(_low[k]) || _doc.Tokens[_first + k].Kind == TokenKind.Number || IsLowerCasePlainWord(k))) return false;
        return k < _count && DurationUnits.Contains(_low[k]);
    }

    /// <summary>The verb at <paramref name="verb"/> follows "what" and its subject, a pronoun or a name ("what it called", "what
    /// Baku called"): its clause is a noun phrase's.</summary>
    private bool IsVerbOfAWhatClause(int verb) => WhatOpeningTheClauseOf(verb) >= 0;

    /// <summary>The "what" that opens the clause of the verb at <paramref name="verb"/> right before its subject, or -1.</summary>
    private int WhatOpeningTheClauseOf(int verb)
    {
        // ("for what the Kremlin called a "tragic incident"": past the name's article.)
        int subject = verb - 1;
        if (subject >= 1 && _entityAt[subject] is { } name) subject = FirstToken(subject, name) is var first && first >= 1 && _low[first - 1] == "the" ? first - 1 : first;
        else if (!(subject >= 0 && SubjectPronouns.Contains(_low[subject]))) return -1;
        return subject >= 1 && _low[subject - 1] == "what" ? subject - 1 : -1;
    }

    /// <summary>"…, a charge Iran denies": the verb at <paramref name="verb"/> follows its subject's name and, before it, a noun of a
    /// charge that the clause describes without "that".</summary>
    private bool ChargeBeforeItsSubject(int verb) =>
        verb >= 2 && _entityAt[verb - 1] is { } subject && ActorLabels.Contains(subject.Label) && FirstToken(verb - 1, subject) - 1 is var noun and >= 0
        && ChargeNouns.Contains(_low[noun]);

    /// <summary>The verb at <paramref name="verb"/> follows its subject and a relative "which" or "whom" after a comma, the
    /// pronoun its object ("…, which Indian authorities consider a front", "…, which Abu Dhabi denies").</summary>
    private bool IsVerbOfARelativeObject(int verb)
    {
        int k = verb - 1;
        for (int words = 0; k >= 1 && words < 4 && (_entityAt[k] is not null || IsLowerCasePlainWord(k) && _low[k] is not ("which" or "whom")); words++)
            k = _entityAt[k] is { } name ? FirstToken(k, name) - 1 : k - 1;
        return k >= 1 && k < verb - 1 && _low[k] is "which" or "whom" && _low[k - 1] == ",";
    }

    /// <summary>Nouns of an office or of those who hold one (<see cref="RemovesFromOffice"/>).</summary>
    private static readonly HashSet<string> OfficeNouns = new(StringComparer.Ordinal)
    {
        "government", "cabinet", "minister", "ministers", "official", "officials", "governor", "governors", "commander", "commanders",
        "chief", "head", "prosecutor", "mayor", "ambassador", "envoy", "premier",
    };

    /// <summary>The verb's object is an office or its holder, a person named past titles ("the government of", "Defence Minister
    /// Oleksii Reznikov") or a title heading it ("the commander-in-chief of the armed forces"), none of them a possessor ("dismissed Zelensky's call" dismisses the call) but a party whose office it
    /// is ("dismissed Ukraine's top military commander").</summary>
    private bool RemovesFromOffice(int verbEnd)
    {
        if (verbEnd < _count && _entityAt[verbEnd] is { } owner && ActorLabels.Contains(owner.Label) && LastToken(verbEnd, owner) + 1 is var mark
            && mark + 1 < _count && _low[mark] is "'s" or "’s" && ObjectNounAmong(mark + 1, OfficeNouns)) return true;
        for (int k = verbEnd; k < Math.Min(_count, verbEnd + 6); k++)
            if (_low[k] is "'s" or "’s") return false;
        if (ObjectNounAmong(verbEnd, OfficeNouns)) return true;
        int first = verbEnd;
        bool titled = false;
        for (; first < _count && _entityAt[first] is null && (IsTitleWord(first) || IsDeterminerOrPossessive(_low[first])); first++)
            titled |= Relations.TitleLexicon.KindOf(_low[first]) is Relations.TitleKind.Head or Relations.TitleKind.Member;
        // ("dismissed the commander-in-chief of the armed forces, General Valery Zaluzhnyi": a title heading the object, its
        // holder named later or not at all.)
        return first < _count && _entityAt[first] is { Label: EntityLabels.Person }
               || titled && (first >= _count || _low[first] is "of" or "," or "." or "on" or "and" or "after" or "over" or "in");
    }

    /// <summary>"Zulushev, who was dismissed by President Sadyr Japarov": the verb at <paramref name="i"/> is a passive with
    /// "by" after it, its subject a person (right before it, or before "who").</summary>
    private bool PassiveOfAPerson(int i, int verbEnd)
    {
        if (verbEnd >= _count || _low[verbEnd] != "by") return false;
        int k = i - 1;
        if (k < 0 || !BeForms.Contains(_low[k])) return false;
        while (k >= 0 && (Auxiliaries.Contains(_low[k]) || BeForms.Contains(_low[k]))) k--;
        if (k >= 1 && _low[k] == "who") k -= _low[k - 1] == "," ? 2 : 1;
        return k >= 0 && _entityAt[k] is { Label: EntityLabels.Person };
    }

    /// <summary>The "for" after "arrest warrant" within the verb's object, or -1 ("a warrant for the arrest of X" is the noun
    /// "arrest"'s act).</summary>
    private int WarrantFor(int verbEnd)
    {
        for (int k = verbEnd; k + 2 < _count && k - verbEnd < 5 && !IsClauseBreak(k); k++)
            if (_low[k] == "arrest" && _low[k + 1] is "warrant" or "warrants" && _low[k + 2] == "for") return k + 2;
        return -1;
    }

    /// <summary>Participles of custody: what an order that someone be held has done to them.</summary>
    private static readonly HashSet<string> CustodyParticiples = new(StringComparer.Ordinal)
        { "held", "detained", "jailed", "imprisoned", "arrested", "kept", "remanded" };

    /// <summary>A named party or an object pronoun at <paramref name="verbEnd"/>, and a participle of custody right after it.</summary>
    private bool OrdersCustody(int verbEnd)
    {
        if (verbEnd >= _count) return false;
        int after = _entityAt[verbEnd] is { } named ? (ActorLabels.Contains(named.Label) ? LastToken(verbEnd, named) + 1 : -1)
            : _low[verbEnd] is "him" or "her" or "them" ? verbEnd + 1 : -1;
        return after > 0 && after < _count && CustodyParticiples.Contains(_low[after]);
    }

    /// <summary>The participle of custody at <paramref name="i"/> follows the object of "order" ("ordered him held"), the object
    /// <see cref="OrdersCustody"/> reads.</summary>
    private bool CompletesAnOrderOfCustody(int i)
    {
        if (i < 2 || !CustodyParticiples.Contains(_low[i])) return false;
        int first = _entityAt[i - 1] is { } named ? FirstToken(i - 1, named) : i - 1;
        return first >= 1 && LemmaOf(first - 1) == "order" && OrdersCustody(first);
    }

    /// <summary>A time and "to leave" follow the verb within its clause ("gave the ambassador, Sylvain Itte, 48 hours to leave").</summary>
    private bool GivesTimeToLeave(int verbEnd)
    {
        for (int k = verbEnd; k + 2 < _count && k - verbEnd < 12 && !IsClauseBreak(k); k++)
            if (DurationUnits.Contains(_low[k]) && _low[k + 1] == "to" && _low[k + 2] is "leave" or "quit" or "depart" or "exit") return true;
        return false;
    }

    /// <summary>"to leave the country" or "to leave within" follows the verb's object within its clause.</summary>
    private bool OrdersOutOfTheCountry(int verbEnd)
    {
        for (int k = verbEnd; k + 3 < _count && k - verbEnd < 14 && !IsClauseBreak(k); k++)
            if (_low[k] == "to" && _low[k + 1] is "leave" or "quit" && (_low[k + 2] == "the" && _low[k + 3] == "country" || _low[k + 2] == "within")) return true;
        return false;
    }

    /// <summary>"under arrest" or "under house arrest" follows the verb's object, within its clause.</summary>
    private static readonly HashSet<string> Trainers = new(StringComparer.Ordinal) { "instructors", "advisers", "advisors", "trainers", "experts" };

    /// <summary>"military instructors", "some 100 military advisers": the verb's object, past a determiner or a count, is
    /// "military" and a noun of those who train or advise.</summary>
    private bool MilitaryTrainersObject(int verbEnd)
    {
        int i = verbEnd;
        while (i < _count && i < verbEnd + 3 && (Determiners.Contains(_low[i]) || char.IsDigit(_low[i][0]) || _low[i] is "about" or "around")) i++;
        return i + 1 < _count && _low[i] == "military" && Trainers.Contains(_low[i + 1]);
    }

    /// <summary>"to court", "to the International Court of Justice", "to an arbitration tribunal": "to" and, within four words,
    /// a court after the verb's object, in its clause.</summary>
    private bool TakenToCourt(int verbEnd)
    {
        for (int i = verbEnd; i + 1 < _count && i - verbEnd < 8 && !IsClauseBreak(i); i++)
        {
            if (_low[i] != "to") continue;
            for (int t = i + 1; t < _count && t - i <= 4 && !IsClauseBreak(t); t++)
                if (_low[t] is "court" or "tribunal") return true;
            return false;
        }
        return false;
    }

    private bool PutUnderArrest(int verbEnd)
    {
        for (int i = verbEnd; i + 1 < _count && i - verbEnd < 10 && !IsClauseBreak(i); i++)
            if (_low[i] == "under") return _low[i + 1] == "arrest" || _low[i + 1] == "house" && i + 2 < _count && _low[i + 2] == "arrest";
        return false;
    }

    /// <summary>Where no pattern matched, the verb's default code reads an act into what is none.</summary>
    private bool DefaultCodesNoAct(string lemma, VerbInfo verb, int start, int verbEnd) =>
        // "established a checkpoint", "has ruled Russia", "increased its troops": these blocks code an act only through
        // a pattern ("establish ties", "boost cooperation"); their default (material cooperation) would read any object as a partner.
        _lexicon.Block(verb.Block) is var block && PatternOnlyBlocks.Contains(block.Name) && verb.Code == block.Code
        // "the Duma passed a resolution", "adopted a law": a legislature's act on a text, whatever the verb's default code;
        // "served as ambassador": a role, not an act.
        // ("Zourabichvili vetoed the bill": a veto is an act on a legislature's text, not one of its own.)
        // ("who served under former prime minister Askar Mamin": nor is serving under someone.)
        || HasLegislativeObject(verbEnd) && lemma != "veto" || verbEnd < _count && (_low[verbEnd] == "as" || lemma == "serve" && _low[verbEnd] == "under")
        // "a group Western governments have linked to the GRU": to link is to associate, no cooperation; "called
        // Kazakhstan "one of the most promising …"": to call something a name is no call.
        || lemma == "link" || lemma == "call" && NamesItsObject(verbEnd)
        // "to protest what it called the presence of Israeli operatives": to call something so in a clause of "what" names it;
        // so in one of "which" ("the shoal, which it calls Huangyan Island").
        || lemma is "call" or "describe" or "term" or "dub" && (IsVerbOfAWhatClause(start) || IsVerbOfARelativeObject(start))
        // "Turkey, which considers the SDF an offshoot of the PKK": to consider something a thing is no consultation.
        || lemma is "consider" or "regard" && NamesItsObject(verbEnd)
        // "had no plans to join NATO", "Armenia joined the Eurasian Economic Union": to join a body as a member meets no one
        // (joining talks or a summit is attending them).
        || lemma == "join" && JoinsABody(verbEnd)
        // "gave NIS until October to find a buyer": to give a party time gives it nothing.
        || lemma is "give" or "grant" && GivesADeadline(verbEnd)
        // "joining BRICS did not mean Indonesia was aligning itself": to mean is to intend only before an infinitive.
        || lemma == "mean" && !(verbEnd < _count && _low[verbEnd] == "to")
        // "would not provoke conflict", "accused Manila of provoking tensions": to provoke is to bring about, no dissent (the
        // dictionary's default).
        || lemma == "provoke"
        // "meet its obligations" is no meeting; to die is no act of the one who dies.
        || lemma == "meet" && MeetsAnObligation(verbEnd) || lemma == "die"
        // "proposals passed on by the envoy", "passed through Turkey": to pass is to yield or approve only through a
        // pattern ("passed a budget", "passed the plan").
        || lemma == "pass"
        // "removing a major obstacle to the expansion of the alliance": to remove is to expel (the dictionary's default) only a
        // party or people.
        || lemma == "remove" && !RemovesPeople(verbEnd)
        // "approved a disaster declaration for Florida": so is to approve a paper, unless what is approved is aid, restrictions
        // or what another asked for or offered ("approved Kyiv's request").
        || lemma == "approve" && !GivesAid(verbEnd) && RestrictionTakenUp(verbEnd) < 0 && !ObjectNounAmong(verbEnd, AskedOrOffered)
        // "as it approached Grozny": to approach a place is to move towards it, no approach to a party.
        || lemma == "approach" && verbEnd < _count && _entityAt[verbEnd] is { Label: EntityLabels.Loc } && !StandsForAState(_entityAt[verbEnd]!)
        // ("had approached a Chinese ship": nor is approaching a vessel or a settlement.)
        || lemma == "approach" && ForceTargetObject(verbEnd) >= 0
        // "Beijing claims Taiwan as its own territory", "which claims most of the South China Sea": a claim to a place is no accusation.
        || lemma == "claim" && ClaimsAPlace(verbEnd)
        // ("claimed a right of first refusal", "claimed victory": nor is a claim to a right, a title or a win.)
        || lemma == "claim" && ObjectNounAmong(verbEnd, ClaimedEntitlements)
        // "takes stake in Pakistani copper mine", "bought a 15% stake": a share of a company changes hands, no one is seized.
        || lemma is "take" or "buy" or "acquire" && TakesAShare(verbEnd)
        // "personnel armed with knives": to be armed with something is a state, not an act of arming anyone.
        || lemma == "arm" && verbEnd < _count && _low[verbEnd] == "with"
        // "since Trump returned to the White House", "returned to power": coming back to an office is no retreat.
        || lemma == "return" && ReturnsToOffice(verbEnd)
        // "determined in January that the RSF had committed genocide": a finding, no intent (only "determined to" is one).
        || lemma == "determine" && !(verbEnd < _count && _low[verbEnd] == "to")
        // "beating forecasts": to beat a figure is no assault; "before U.S. tariffs took effect": a rule taking effect is no
        // act; "Jeri, who took office after Congress removed Boluarte": nor is a leader taking office, or charge of a portfolio.
        || lemma == "beat" && verbEnd < _count && BeatenFigures.Contains(_low[verbEnd])
        || lemma == "take" && verbEnd < _count && _low[verbEnd] is "effect" or "office" or "charge"
        // "will take over the protection of its border", "took over the chairmanship": to take on a duty seizes nothing.
        || lemma is "take" or "take over" && TakesOverADuty(start, verbEnd)
        // "Maduro was sworn in for a third term": an oath of office accuses no one.
        || lemma == "swear" && verbEnd < _count && _low[verbEnd] == "in"
        // "Nodia argued that Moscow does not need formal ties": to argue or contend that something is so states it; the
        // clause's subject is not disapproved of (arguing against or with someone still is).
        || lemma is "argue" or "contend" && verbEnd < _count && _low[verbEnd] == "that"
        // "admitted that Russian air defences had fired": a verb of support before "that" states a fact; nothing is given to
        // anyone (one of yielding concedes: "Gollum allowed that Mordor isn't …"; parties who agree that something should be
        // done share a position).
        || verbEnd < _count && _low[verbEnd] == "that" && _lexicon.Code(verb.Code)?.Type == "SUPPORT" && lemma != "agree"
        // "was studying a rail link through Uzbekistan": to study a thing is no investigation of a party.
        || lemma == "study" && !(Object(verbEnd, null) is { } studied && IsDirectObjectEntity(verbEnd, studied))
        // "Serbia Caught Between Moscow and Brussels": to be caught between two is no capture, nor is to catch up with a rival.
        || lemma == "catch" && verbEnd < _count && _low[verbEnd] is "between" or "up"
        // "failing to protect Christians": to fail to act says the act did not happen (Status reads it), it rejects no one.
        || lemma == "fail" && verbEnd < _count && _low[verbEnd] == "to"
        // "Moscow Struggles to Keep Central Asian Migrants": to struggle to do something is to try hard, no force.
        || lemma == "struggle" && verbEnd + 1 < _count && _low[verbEnd] == "to" && IsInfinitive(verbEnd + 1)
        // "Mali, Burkina Faso and Niger left ECOWAS", "Putin left Moscow": to leave a place or a body meets no one (only
        // the dictionary's patterns, "left for Beijing", make it a visit).
        || lemma == "leave"
        // "NIS faces U.S. sanctions": to face an act is to be its target, no meeting; the act's noun makes the event.
        // "Transnistria Faces Energy Crisis After Gazprom Halts Supplies": to face a thing is to meet no one; only a party
        // faced right after the verb is met.
        || lemma == "face" && (FacesAnAct(verbEnd) || !(Object(verbEnd, null) is { } faced && IsDirectObjectEntity(verbEnd, faced)))
        // "Japarov dismissed Tashiev", "Tashiev was dismissed by Japarov": to dismiss a person is to remove an official from
        // office, no disapproval (dismissing claims or a report still is one).
        || lemma == "dismiss" && (ObjectIsAPerson(verbEnd) || IsPassive(start) && SubjectOfPassiveIsAPerson(start))
        // "is serving a 24-year sentence for the murder of his wife": to serve a sentence or a term helps no one.
        || lemma == "serve" && ObjectNounAmong(verbEnd, ServedTerms)
        // "police cleared D-Chowk square": to clear a place of people is no concession.
        || lemma == "clear" && (ForceTargetObject(verbEnd) >= 0 || Object(verbEnd, null) is { Label: EntityLabels.Loc } cleared && IsDirectObjectEntity(verbEnd, cleared))
        // "the exclave of Vorukh, which is surrounded by Kyrgyz territory": a place lying within land or water is no siege.
        || lemma is "surround" or "encircle" or "border" && verbEnd < _count && _low[verbEnd] == "by" && IsLandAfter(verbEnd + 1);

    private static readonly HashSet<string> ServedTerms = new(StringComparer.Ordinal)
        { "sentence", "sentences", "term", "terms", "time", "prison", "jail" };

    /// <summary>Land or water ("territory", "mountains", "the sea") heads the phrase from <paramref name="from"/>, past an
    /// article, names and up to two plain words.</summary>
    private bool IsLandAfter(int from)
    {
        for (int i = from, plain = 0; i < _count && plain <= 2; i++)
        {
            if (LandNouns.Contains(_low[i])) return true;
            if (_entityAt[i] is not null || Determiners.Contains(_low[i])) continue;
            if (!IsLowerCasePlainWord(i)) return false;
            plain++;
        }
        return false;
    }

    private static readonly HashSet<string> LandNouns = new(StringComparer.Ordinal)
    {
        "territory", "territories", "land", "lands", "mountains", "hills", "desert", "deserts", "forest", "forests", "sea", "seas",
        "water", "waters", "ocean", "lakes", "rivers", "steppe", "fields", "farmland", "countries", "states",
    };

    /// <summary>"take over" (or "take on") and a duty's noun after an article or a possessive ("the protection of its border", "its
    /// responsibilities", "the rotating presidency").</summary>
    private bool TakesOverADuty(int start, int verbEnd)
    {
        int k = start + 1 < _count && _low[start + 1] is "over" or "on" ? start + 2 : verbEnd;
        if (k >= _count) return false;
        if (IsDeterminerOrPossessive(_low[k])) k++;
        if (k < _count && _low[k] is "rotating" or "new" or "full") k++;
        return k < _count && DutyNouns.Contains(_low[k]);
    }

    private static readonly HashSet<string> DutyNouns = new(StringComparer.Ordinal)
        { "protection", "responsibility", "responsibilities", "duties", "duty", "role", "presidency", "chairmanship", "chair", "management", "operation", "operations", "guarding", "running", "leadership" };

    /// <summary>The word at <paramref name="i"/> follows "the right to" or "freedom of" (past "peaceful" or "free"): what may be
    /// done ("the right to peaceful protest", "freedom of assembly").</summary>
    private bool NamedAsARight(int i)
    {
        int k = i - 1;
        // ("a right of first refusal over Hess's stake": a right of one's own, no act.)
        if (k >= 0 && _low[k] is "peaceful" or "peacefully" or "free" or "first") k--;
        return k >= 1 && (_low[k] == "to" && _low[k - 1] is "right" or "rights" or "freedom" || _low[k] == "of" && _low[k - 1] is "freedom" or "freedoms" or "right" or "rights");
    }

    /// <summary>"take" and a measure's noun within three words ("control measures", "the necessary steps", "action", "note",
    /// "place"): a way of acting, nothing taken from anyone.</summary>
    private bool TakesMeasures(int verbEnd)
    {
        for (int k = verbEnd; k < Math.Min(_count, verbEnd + 3); k++)
        {
            if (WaysOfActing.Contains(_low[k])) return true;
            if (!IsLowerCasePlainWord(k)) return false;
        }
        return false;
    }

    private static readonly HashSet<string> WaysOfActing = new(StringComparer.Ordinal)
        { "measures", "measure", "steps", "step", "action", "actions", "precautions", "note", "place", "advantage", "shape", "root" };

    /// <summary>", a move that alarmed carmakers in Germany", ", a decision which …": after the comma at <paramref name="comma"/>,
    /// a noun phrase summing up the act and a relative clause on it, which has places of its own.</summary>
    private bool OpensASummaryAppositive(int comma)
    {
        if (comma + 3 >= _count || _low[comma + 1] is not ("a" or "an")) return false;
        for (int i = comma + 2; i < Math.Min(_count, comma + 5); i++)
        {
            if (_low[i] is "that" or "which") return i > comma + 2;
            if (!IsLowerCasePlainWord(i)) return false;
        }
        return false;
    }

    /// <summary>"Aliyev and Putin met in Dushanbe on October 9, their first meeting since …": an act's noun opening a phrase set
    /// off by a comma (after a possessive or an article and up to three modifiers) sums up an act of its type told before it in
    /// the sentence, and is no second act; nor is "the" act's noun in a phrase after one of its type in an earlier sentence.</summary>
    private bool RestatesAnActBefore(Candidate c)
    {
        // "… did not send observers to the drills": "the" and the noun of an act of a type the article told before, inside a
        // preposition's phrase, is that act again.
        if (c.Start >= 2 && _low[c.Start - 1] == "the" && Prepositions.Contains(_low[c.Start - 2]))
            foreach (var earlier in _earlier)
                if (earlier.Trigger.Start < _sentence.Start && earlier.Type == c.Type) return true;
        int k = c.Start - 1;
        // ("…, the 25th such agreement Uzbekistan has concluded": an ordinal counts among the modifiers.)
        for (int words = 0; k >= 0 && words < 3 && (IsLowerCasePlainWord(k) || char.IsDigit(_low[k][0])) && !OpensANounPhrase(_low[k]); words++) k--;
        // ("Syria's Sharaa meets Trump at White House, first visit by a Syrian leader": a headline drops the article.)
        if (k >= 0 && _low[k] == "," && IsRankWord(_low[k + 1])) k++;
        else if (k < 1 || !OpensANounPhrase(_low[k])) return false;
        if (_low[k - 1] != ",") return false;
        int comma = _doc.Tokens[_first + k - 1].Start;
        // (An accord's noun sums up its signing: "signed a protocol with Tashkent on July 17, the 25th such agreement".)
        string? signing = AccordNouns.Contains(_low[c.Start]) ? _lexicon.Code("057")?.Mode : null;
        foreach (var earlier in _earlier)
            if (earlier.Trigger.Start >= _sentence.Start && earlier.Trigger.End <= comma && (earlier.Type == c.Type || signing is not null && earlier.Mode == signing))
                return true;
        return false;
    }

    private static bool OpensANounPhrase(string word) => word is "the" or "a" or "an" or "his" or "her" or "its" or "their";

    /// <summary>A person's name right before the auxiliaries of the passive verb at <paramref name="start"/> ("Tashiev was dismissed").</summary>
    private bool SubjectOfPassiveIsAPerson(int start) => SubjectBeforeAuxiliaries(start) is int i and >= 0 && _entityAt[i] is { Label: EntityLabels.Person };

    /// <summary>The token right before the auxiliaries and adverbs of the verb at <paramref name="start"/>, or -1.</summary>
    private int SubjectBeforeAuxiliaries(int start)
    {
        int i = start - 1;
        while (i >= 0 && (BeForms.Contains(_low[i]) || IsAdverb(_low[i]) || _low[i] is "not" or "also" or "has" or "have" or "had")) i--;
        return i;
    }

    /// <summary>Nouns of people who are hurt, held or driven out: an assault or a coercion done to them is done by force.</summary>
    private static readonly HashSet<string> PeopleActedOn = new(StringComparer.Ordinal)
    {
        "civilians", "people", "persons", "villagers", "residents", "citizens", "nationals", "soldiers", "troops", "servicemen", "officers",
        "policemen", "police", "guards", "peacekeepers", "journalists", "reporters", "protesters", "demonstrators", "activists", "children",
        "women", "men", "students", "workers", "fishermen", "farmers", "migrants", "refugees", "prisoners", "hostages", "worshippers",
        "passengers", "pilgrims", "miners", "tourists", "patients", "doctors", "nurses", "employees", "staff", "militants", "rebels",
        "fighters", "insurgents", "gunmen", "suspects", "opponents", "dissidents", "diplomats", "officials", "crew", "sailors",
        "politicians", "lawmakers", "lawyers", "detainees", "captives", "critics",
    };

    /// <summary>"Five civilians were killed by Israeli forces", "detained dozens of protesters", "shot dead a man": an assault or a
    /// coercion whose object, or whose passive subject, is people or a person is read as force, though no party is named.</summary>
    private bool DoneToPeople(Candidate c) =>
        ObjectNounAmong(c.End, PeopleActedOn) || ObjectNounAmong(c.End, OnePersonNouns)
        || IsPassive(c.Start) && SubjectBeforeAuxiliaries(c.Start) is int subject and >= 0 && _entityAt[subject] is null
           && (PeopleActedOn.Contains(_low[subject]) || OnePersonNouns.Contains(_low[subject]))
        // ("civilians killed by Russian forces": or right before its participle and the agent's "by".)
        || ParticipleOnPeopleBefore(c);

    /// <summary>"civilians killed by Russian forces", "migrants deported by the United States": the verb is a participle of harm or
    /// custody (<see cref="HarmedOrHeldParticiples"/>) right after a noun of people no name covers and before its agent's "by".</summary>
    private bool ParticipleOnPeopleBefore(Candidate c) => !c.Nominal && c.End == c.Start + 1 && ParticipleOnPeopleAt(c.Start);

    /// <summary>The word at <paramref name="verb"/> is such a participle (<see cref="ParticipleOnPeopleBefore"/>).</summary>
    private bool ParticipleOnPeopleAt(int verb) =>
        verb >= 1 && verb + 1 < _count && _low[verb + 1] == "by" && HarmedOrHeldParticiples.Contains(_low[verb])
        && _entityAt[verb - 1] is null && PeopleActedOn.Contains(_low[verb - 1]);

    /// <summary>Nouns of people held by another party.</summary>
    private static readonly HashSet<string> PeopleHeld = new(StringComparer.Ordinal)
        { "hostage", "hostages", "prisoner", "prisoners", "captive", "captives", "detainee", "detainees" };

    /// <summary>The verb's object, past a determiner, a count and up to two modifiers, is a person's or a people's name or a noun
    /// of people ("six detained Americans", "the journalist Evan Gershkovich", "14 political prisoners"), of
    /// <paramref name="nouns"/> when given (a people's name then counts only as the phrase's last word: "three Israeli hostages",
    /// not "Russian weapons").</summary>
    private bool ReleasesPeople(int verbEnd, HashSet<string>? nouns = null)
    {
        var people = nouns ?? PeopleActedOn;
        int i = verbEnd;
        if (i < _count && IsDeterminerOrPossessive(_low[i])) i++;
        i = PastACount(i);
        // ("the release of 119 people": a count of people is them.)
        if (i < _count && _entityAt[i] is { Label: EntityLabels.Quantity } counted && people.Contains(_low[LastToken(i, counted)])) return true;
        if (i < _count && (IsNumberWord(i) || _entityAt[i] is { Label: EntityLabels.Quantity })) i = _entityAt[i] is { } count ? LastToken(i, count) + 1 : i + 1;
        for (int modifiers = 0; i < _count && modifiers <= 2; i++, modifiers++)
        {
            if (_entityAt[i] is { Label: EntityLabels.Person } || people.Contains(_low[i])) return true;
            if (_entityAt[i] is { Label: EntityLabels.Norp } peoples)
            {
                i = LastToken(i, peoples);
                if (nouns is null || !(i + 1 < _count && IsLowerCasePlainWord(i + 1))) return true;
                continue;
            }
            if (!(IsLowerCasePlainWord(i) || _headline && IsPlainWord(i))) return false;
        }
        return false;
    }

    /// <summary>An event noun within the next four words after the verb, past modifiers and names ("faces U.S. sanctions").</summary>
    private bool FacesAnAct(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
        {
            if (NominalTriggers.CodeOf(_low[i]) is not null) return true;
            if (Prepositions.Contains(_low[i]) || _doc.Tokens[_first + i].Kind != TokenKind.Word && _entityAt[i] is null) return false;
        }
        return false;
    }

    private static readonly HashSet<string> BeatenFigures = new(StringComparer.Ordinal)
        { "forecasts", "forecast", "expectations", "estimates", "estimate", "consensus", "records", "record", "deadline", "inflation" };

    /// <summary>"to power", "to office", "to the presidency", "to the White House": after "to", an office or a seat of government.</summary>
    private bool ReturnsToOffice(int verbEnd)
    {
        if (verbEnd + 1 >= _count || _low[verbEnd] != "to") return false;
        int k = verbEnd + 1;
        if (_low[k] == "the" && k + 1 < _count) k++;
        return _low[k] is "power" or "office" or "presidency" or "premiership" or "government" or "parliament" || _entityAt[k] is { Label: EntityLabels.Org };
    }

    private static readonly HashSet<string> HostedForces = new(StringComparer.Ordinal)
        { "base", "bases", "troops", "soldiers", "forces", "missiles", "weapons", "warheads", "refugees", "migrants", "facility", "exercises", "drills",
          "aircraft", "jets", "warplanes", "warships", "drones" };

    /// <summary>The noun phrase after the verb (up to five words) is a weapon or ends in a noun of forces or arms.</summary>
    private bool HostsForcesOrArms(int verbEnd)
    {
        for (int i = verbEnd, words = 0; i < _count && words < 7; i++, words++)
        {
            if (_entityAt[i] is { Label: EntityLabels.Weapon } || HostedForces.Contains(_low[i])) return true;
            // ("hosted the Collective Security Treaty Organization's (CSTO) Rubezh-2025 exercises": past the owner's name, an
            // acronym in parentheses and the exercises' own name.)
            if (_entityAt[i] is { } name) { i = LastToken(i, name); continue; }
            if (_low[i] is "'s" or "’s") continue;
            if (_low[i] == "(" && i + 2 < _count && _low[i + 2] == ")" && _entityAt[i + 1] is not null) { i += 2; continue; }
            // ("has hosted about 1,500 Russian troops": past a count.)
            if (PastACount(i) is var counted && counted > i) { i = counted - 1; continue; }
            if (_isTrigger[i] || Prepositions.Contains(_low[i]) || _doc.Tokens[_first + i].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>
    /// A name right after the verb is followed by a quotation or a noun phrase that names it ("called X "a …"", "called X a
    /// threat"); or a noun phrase is followed by a quotation ("called the proceedings "part of a persecution"").
    /// </summary>
    private bool NamesItsObject(int verbEnd)
    {
        if (verbEnd >= _count) return false;
        // "what it called "unfriendly actions"": a quotation right after the verb is the name given.
        if (IsOpeningQuote(verbEnd)) return true;
        // "considers the SDF an offshoot": an article before the name.
        if (_entityAt[verbEnd] is null && _low[verbEnd] == "the" && verbEnd + 1 < _count && _entityAt[verbEnd + 1] is not null) verbEnd++;
        // "called Russia's tax "an economic war"": a possessor opens the object as an article does.
        bool possessor = _entityAt[verbEnd] is { } owner && LastToken(verbEnd, owner) + 1 is var mark && mark < _count && _low[mark] is "'s" or "’s";
        if (_entityAt[verbEnd] is not { } e || possessor)
        {
            // "protested the attack, calling it "an act of aggression"": a pronoun named so.
            if (_low[verbEnd] is "it" or "them" or "him" or "her" or "this")
                return verbEnd + 1 < _count && _low[verbEnd + 1] is "\"" or "“" or "a" or "an" or "the" or "one" or "as";
            if (possessor) verbEnd = LastToken(verbEnd, _entityAt[verbEnd]!) + 1;
            else if (!Determiners.Contains(_low[verbEnd])) return false;
            int j = verbEnd + 1;
            while (j < _count && j - verbEnd <= 3 && IsLowerCasePlainWord(j) && !Determiners.Contains(_low[j]) && _low[j] is not ("and" or "or" or "but")) j++;
            // "called the arrests of Sputnik staff "unacceptable"": past the noun's "of" phrase.
            if (j > verbEnd + 1 && j + 1 < _count && _low[j] == "of")
                for (int words = 0, k = j + 1; k < _count && words < 4; words++)
                {
                    if (_entityAt[k] is { } named) k = LastToken(k, named) + 1;
                    else if (IsLowerCasePlainWord(k) && !Determiners.Contains(_low[k])) k++;
                    else { if (IsOpeningQuote(k)) j = k; break; }
                }
            // "called the proceedings "part of a persecution"", "called the case an internal matter"; "called the sanctions
            // illegal": an adjective closing the clause (or its first verb phrase: "called his detention arbitrary and demanded
            // his release") after the object says what it is called.
            return j > verbEnd + 1 && j < _count && (_low[j] is "\"" or "“" or "a" or "an"
                                                      || j > verbEnd + 2 && (IsClauseEnd(j) || _low[j] is "and" or "or" or "but") && IsAdjectiveLike(_low[j - 1]));
        }
        int next = LastToken(verbEnd, e) + 1;
        // ("called the Russian leader "the dearest friend of the Korean people"": past the nouns the name describes.)
        if (e.Label == EntityLabels.Norp)
            for (int nouns = 0; nouns < 2 && next + 1 < _count && IsLowerCasePlainWord(next) && !Determiners.Contains(_low[next]); nouns++) next++;
        // ("considers Central Asia part of its sphere of influence", "called Minsk its closest ally".)
        return next < _count && (_low[next] is "\"" or "“" or "a" or "an" or "the" or "one" or "as" or "its" or "their" or "his" or "her"
                                 || _low[next] == "part" && next + 1 < _count && _low[next + 1] == "of");
    }

    /// <summary>A party's name, then "until" or an amount of time ("72 hours", "a week", "30 days").</summary>
    private bool GivesADeadline(int verbEnd)
    {
        int i = verbEnd < _count && _low[verbEnd] == "the" ? verbEnd + 1 : verbEnd;
        if (i >= _count || _entityAt[i] is not { } party) return false;
        int next = LastToken(i, party) + 1;
        if (next < _count && _low[next] == "until") return true;
        for (int k = next; k < Math.Min(_count, next + 3); k++)
            if (_low[k] is "hours" or "days" or "weeks" or "months" or "week" or "month" or "deadline") return true;
        return false;
    }

    /// <summary>An organisation's name, after an article if any, is the verb's object.</summary>
    private bool JoinsABody(int verbEnd)
    {
        int i = verbEnd < _count && _low[verbEnd] == "the" ? verbEnd + 1 : verbEnd;
        return i < _count && _entityAt[i] is { Label: EntityLabels.Org };
    }

    private bool IsClauseEnd(int i) => _low[i] is "." or "," or ";" or ":" || IsClauseBreak(i);

    /// <summary>"Article 4 of NATO's founding treaty", "Article 5 of the Washington Treaty": a part of a text ("article", "clause",
    /// "chapter", "section") and "of" stand within six words before the noun at <paramref name="noun"/>.</summary>
    private bool ArticleOfTheText(int noun)
    {
        bool of = false;
        for (int k = noun - 1; k >= Math.Max(0, noun - 6); k--)
        {
            if (_low[k] == "of") of = true;
            else if (of && _low[k] is "article" or "articles" or "clause" or "clauses" or "chapter" or "section") return true;
            else if (IsClauseBreak(k) || _low[k] == ",") return false;
        }
        return false;
    }

    /// <summary>"illegal", "dangerous", "unacceptable", "baseless": a word with an adjective's ending.</summary>
    private static bool IsAdjectiveLike(string word) =>
        word.Length > 4 && (word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
                            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ble", StringComparison.Ordinal)
                            || word.EndsWith("less", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal)
                            || word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ary", StringComparison.Ordinal)
                            || word.EndsWith("ent", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal));

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
        { "call", "calls", "called", "calling", "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "dub", "dubbed", "term", "termed" };

    /// <summary>
    /// "called the deportations "kidnapping"", "branded the strikes an act of murder": the act noun of what a naming verb
    /// calls its object (after the object and a quotation mark, an article or "of") is a word for it, no act of the subject.
    /// </summary>
    private bool NamesWhatWasDone(int noun)
    {
        int k = noun - 1;
        // ("called the expulsion "a shameful attack on press freedom"": past the noun's modifiers after its article.)
        int modifiers = 0;
        while (k >= 1 && modifiers < 2 && IsLowerCasePlainWord(k) && _low[k] is not ("a" or "an" or "of" or "as") && !NamingVerbs.Contains(_low[k])) { k--; modifiers++; }
        if (modifiers > 0 && _low[k] is not ("a" or "an")) k = noun - 1;
        while (k >= 0 && _low[k] is "\"" or "“" or "'" or "‘") k--;
        if (k < 1 || !(k < noun - 1 || _low[k] is "a" or "an" or "of" or "as")) return false;
        for (int i = k; i >= Math.Max(0, noun - 9); i--)
        {
            // "called for a ceasefire", "called on Iran to …": a call for something names nothing.
            if (NamingVerbs.Contains(_low[i])) return i < k && _low[i + 1] is not ("for" or "on" or "upon" or "off" or "in" or "up");
            if (IsClauseBreak(i) || _low[i] is "," or "and" or "that" or "which" or "who") return false;
        }
        return false;
    }

    private static readonly HashSet<string> Obligations = new(StringComparer.Ordinal)
    {
        "obligation", "obligations", "commitment", "commitments", "demand", "demands", "target", "targets", "requirement",
        "requirements", "need", "needs", "deadline", "deadlines", "expectations", "criteria", "standard", "standards", "goal",
        "goals", "cost", "costs", "condition", "conditions", "challenge", "challenges",
    };

    /// <summary>The verb's object, past a determiner and up to two modifiers, is something met as a need is ("meet its obligations").</summary>
    private bool MeetsAnObligation(int verbEnd)
    {
        int j = verbEnd;
        if (j < _count && Determiners.Contains(_low[j])) j++;  // possessives ("its", "their") are among them
        for (int words = 0; j < _count && words < 3 && IsLowerCasePlainWord(j); words++, j++)
            if (Obligations.Contains(_low[j])) return true;
        return false;
    }

    /// <summary>The longest multi-word verb form starting at <paramref name="i"/>, else the single-word verb.</summary>
    private (int End, string? Lemma) MatchVerb(int i)
    {
        foreach (var (tail, lemma) in _lexicon.PhrasalStartingWith(_low[i]))
        {
            if (i + tail.Length >= _count) continue;
            bool ok = true;
            for (int k = 0; k < tail.Length && ok; k++) ok = _low[i + 1 + k] == tail[k];
            if (ok) return (i + 1 + tail.Length, lemma);
        }
        return (i + 1, _lexicon.VerbLemma(_low[i]));
    }

    /// <summary>Nouns of a document that acts by what it says ("a decree banning imports", "a statement condemning the attack").</summary>
    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "law", "laws", "decree", "decrees", "bill", "order", "resolution", "statement", "declaration", "letter", "communique", "motion",
        "legislation", "ruling",
    };

    /// <summary>The word before <paramref name="i"/>, past a date and its "on", is a document's noun (<see cref="DocumentNouns"/>).</summary>
    private bool FollowsADocumentNoun(int i)
    {
        int k = i - 1;
        if (k >= 0 && _entityAt[k] is { Label: EntityLabels.Date } date) k = FirstToken(k, date) - 1;
        if (k >= 0 && k < i - 1 && _low[k] == "on") k--;
        return k >= 0 && DocumentNouns.Contains(_low[k]);
    }

    /// <summary>The document noun right before <paramref name="participle"/> is the object of a verb of preventing, past its
    /// determiner and up to two modifiers ("vetoed a draft resolution demanding …").</summary>
    private bool DocumentPrevented(int participle)
    {
        for (int k = participle - 2, words = 0; words < 4 && k >= 0 && _entityAt[k] is null; k--, words++)
        {
            if (LemmaOf(k) is { } verb && PreventingVerbs.Contains(verb)) return true;
            if (!Determiners.Contains(_low[k]) && !(IsLowerCasePlainWord(k) && !IsPastForm(k))) return false;
        }
        return false;
    }

    /// <summary>The infinitive at <paramref name="verb"/> follows "to" and, in its clause, a gerund after "from" and the gerund's
    /// object ("stopped militants from using its territory to launch attacks").</summary>
    private bool IsPurposeOfAPreventedAct(int verb)
    {
        if (verb < 2 || _low[verb - 1] != "to") return false;
        for (int k = verb - 2, words = 0; k >= 1 && words < 8; k--, words++)
        {
            if (IsClauseBreak(k) || _low[k] is "," or "that" or "to") return false;
            if (_low[k - 1] == "from" && IsGerund(k)) return true;
        }
        return false;
    }

    /// <summary>Verbs of preventing an act, whose document does not pass.</summary>
    private static readonly HashSet<string> PreventingVerbs = new(StringComparer.Ordinal)
        { "veto", "block", "reject", "oppose", "refuse", "scrap", "cancel", "withhold" };

    /// <summary>Where a phrase opening the sentence may begin, <paramref name="token"/> within it: after the dateline and an
    /// adverb that opens the sentence, with its comma ("Meanwhile in Gaza,", "Separately, in Baku,").</summary>
    private int OpeningPhraseStart(int token)
    {
        int k = AfterDateline(token);
        if (k + 1 < token && (IsAdverb(_low[k]) || _low[k] is "meanwhile" or "elsewhere" or "separately" or "earlier" or "later")) k++;
        return k + 1 < token && _low[k] == "," ? k + 1 : k;
    }

    /// <summary>The first token after the sentence's dateline ("DUSHANBE, Nov 27 (Reuters) -") before <paramref name="token"/>, or 0.</summary>
    private int AfterDateline(int token)
    {
        int from = 0;
        for (int k = 1; k < token; k++)
            // ("BELGRADE, Serbia — Tens of thousands …": a dateline of places alone ends at its dash too.)
            if (_low[k] is "-" or "—" or "–" && (_low[k - 1] == ")" || k < 6 && _entityAt[k - 1] is { Label: EntityLabels.Loc })) from = k + 1;
        return from;
    }

    /// <summary>Only words that count or describe a people stand before <paramref name="token"/> in the sentence, after its
    /// dateline if any ("Thousands of Iraqi", "Up to 100 ethnic"): no verb, no name but a nationality, no preposition but "of"
    /// and "to".</summary>
    private bool OpensTheSentenceCounted(int token)
    {
        for (int k = AfterDateline(token); k < token; k++)
        {
            if (_entityAt[k] is { } named) { if (named.Label != EntityLabels.Norp) return false; continue; }
            if (_doc.Tokens[_first + k].Kind == TokenKind.Number || Determiners.Contains(_low[k]) || _low[k] is "of" or "to") continue;
            if (_doc.Tokens[_first + k].Kind != TokenKind.Word || Prepositions.Contains(_low[k]) || _lexicon.VerbLemma(_low[k]) is not null) return false;
        }
        return true;
    }

    /// <summary>A nationality's people in the plural ("Kurds", "Georgians"), not its adjective ("Kurdish", "Swiss").</summary>
    private static bool IsPeopleInThePlural(Entity e) =>
        e.Label == EntityLabels.Norp && e.Text.Length > 3 && e.Text[^1] == 's' && e.Text[^2] != 's' && !e.Text.Contains(' ');

    /// <summary>"Georgia's Ruling Party": a possessive "'s" stands before the noun at <paramref name="noun"/>, past up to two words.</summary>
    private bool IsPossessedNoun(int noun)
    {
        for (int k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (_low[k] is "'s" or "’s") return true;
            if (!IsPlainWord(k) || _entityAt[k] is not null) return false;
        }
        return false;
    }

    /// <summary>A word after a determiner, adjective, noun, preposition or verb is a noun ("a meeting", "held talks").</summary>
    private bool IsNounContext(int i)
    {
        // "ask NATO allies to discuss the incidents": "allies" is a verb only before "with" or a reflexive.
        if (_low[i] == "allies") return !(i + 1 < _count && _low[i + 1] is "with" or "itself" or "themselves");
        // Sentence-initial "Talks between …", "Meeting with …": a noun before a preposition.
        if (i == 0) return i + 1 < _count && Prepositions.Contains(_low[i + 1]);
        // "would respond with "overwhelming" force": a word quoted between "with" or an article and a noun describes the noun
        // (after "of" it may be a gerund: "accused … of "destroying" relations").
        if (i >= 2 && _low[i - 1] is "\"" or "“" && i + 2 < _count && _low[i + 1] is "\"" or "”" && IsLowerCasePlainWord(i + 2)
            && (_low[i - 2] == "with" || Determiners.Contains(_low[i - 2]))) return true;
        string prev = _low[i - 1];
        // "carried out near-daily strikes", "launched cross-border attacks": after a lower-case word hyphened to a lower-case one.
        if (IsHyphenatedModifier(i - 1) && char.IsLower(_doc.Text[_doc.Tokens[_first + i - 1].Start])) return true;
        // "Israel Continues Rafah Strikes", "launched Rafah strikes": an act's plural after a name that a verb staging the act
        // governs is that verb's object, no verb of the name's.
        if (_low[i].EndsWith('s') && NominalTriggers.CodeOf(_low[i]) is not null && _entityAt[i - 1] is { } actsModifier
            && FirstToken(i - 1, actsModifier) - 1 is var staging and >= 0 && IsStagingVerb(staging)) return true;
        // "weeks after receiving Russian President Vladimir Putin": a gerund after a conjunction of time, before its object,
        // is a verb.
        if (TimeConjunctions.Contains(prev) && _low[i].EndsWith("ing", StringComparison.Ordinal) && i + 1 < _count
            && (Determiners.Contains(_low[i + 1]) || _entityAt[i + 1] is not null || char.IsUpper(_doc.Text[_doc.Tokens[_first + i + 1].Start]))) return false;
        // "responded by cutting rail links with Moldova": so is one after "by" or "without", before any object.
        if (prev is "by" or "without" && _low[i].EndsWith("ing", StringComparison.Ordinal) && i + 1 < _count && _doc.Tokens[_first + i + 1].Kind == TokenKind.Word) return false;
        // "Georgian Police Detain Opposition Leader": in a headline a base form after a noun of a body or its people is its verb.
        // ("Sudan's Army Recaptures Presidential Palace": a singular body's verb takes "-s"; "Ethiopia and Eritrea troops clash
        // near border town": a title in sentence case is a headline too.)
        // (Not after a preposition: "pledges 3 billion euros in military aid".)
        if ((_headline || _title) && _lexicon.VerbLemma(_low[i]) is { } headlineVerb && (_low[i] == headlineVerb || _low[i] == headlineVerb + "s")
            && (ActingBodies.Contains(prev) || PeopleOfABody.Contains(prev)) && !(i >= 2 && Prepositions.Contains(_low[i - 2]))) return false;
        // ("Georgia's Ruling Party Suspends EU Talks": so is an "-s" form after a possessor's noun and its modifiers.)
        if ((_headline || _title) && _lexicon.VerbLemma(_low[i]) is { } possessorsVerb && _low[i] == possessorsVerb + "s" && IsPlainWord(i - 1) && _entityAt[i - 1] is null
            && IsPossessedNoun(i - 1)) return false;
        // "Israel began releasing nearly 2,000 Palestinian prisoners": a gerund after a verb of beginning or going on is the verb.
        if (_low[i].EndsWith("ing", StringComparison.Ordinal) && prev is "began" or "begun" or "begin" or "begins" or "started" or "starts"
                or "continued" or "continues" or "resumed" or "resumes" or "kept" or "keeps") return false;
        // "signed a law on Wednesday suspending cooperation with the IAEA", "issued a statement condemning the attack": a
        // participle after a document's noun, before its object, is the document's act, and its signer's.
        if (_low[i].EndsWith("ing", StringComparison.Ordinal) && FollowsADocumentNoun(i) && i + 1 < _count
            && (IsDeterminerOrPossessive(_low[i + 1]) || _entityAt[i + 1] is not null || IsLowerCasePlainWord(i + 1))) return false;
        // "which Sudan's government accuses of arming the RSF", "the army denies the charge": a verb's "-s" form after a body's
        // noun, before an object, is that body's verb; so is its base form after a plural ("Tajik authorities accuse him of …").
        // ("Kenyan police kill protesters", "Russian troops kill civilians": and before people or a count of them; "police
        // arrest former president Duterte": or a title.)
        if ((ActingBodies.Contains(prev) || PeopleOfABody.Contains(prev)) && _lexicon.VerbLemma(_low[i]) is { } present
            && (_low[i] == present + "s" || _low[i] == present && (prev.EndsWith('s') || prev == "police"))
            && i + 1 < _count && (IsDeterminerOrPossessive(_low[i + 1]) || _entityAt[i + 1] is not null || _low[i + 1] == "of" && IsGerund(i + 2)
                                  || _low[i + 1] is "him" or "her" or "them" or "it" || PeopleActedOn.Contains(_low[i + 1]) || IsNumberWord(i + 1)
                                  || IsTitleWord(i + 1)))
            return false;
        // "allies led by Russia", "forces backed by Iran": a plural before a participle and its agent is a noun.
        if (_low[i].EndsWith('s') && i + 2 < _count && _low[i + 2] == "by" && (_low[i + 1] is "led" || _low[i + 1].EndsWith("ed", StringComparison.Ordinal))) return true;
        // "White House press secretary": a verb's base form right before a title written in lower case describes the title.
        if (i + 1 < _count && _lexicon.VerbLemma(_low[i]) == _low[i] && IsOfficerTitle(i + 1) && IsLowerCasePlainWord(i + 1)) return true;
        // "welcomed the army's advance": after a possessive "'s" a word other than a past form is a noun.
        // ("the protesters' demands": so after a plural's apostrophe.)
        if (prev is "'s" or "’s" && !_low[i].EndsWith("ed", StringComparison.Ordinal)
            || prev is "'" or "’" && i >= 2 && _low[i - 2].EndsWith('s') && IsLowerCasePlainWord(i - 2)) return true;
        // After a date, an amount or a weapon ("on Monday ordered", "drones struck") the plain-word rules below apply.
        // "the town of Bara in North Kordofan state": "state" after a place's name is the division it names.
        // "vetoed an EU aid package": after "a" or "an" and a name, a base form is a noun (a singular subject would take "-s").
        // "had struck Hamas targets": after a name that a past verb of force begins its object with, an "-s" form is a noun
        // ("said Ukraine attacks …" keeps its verb).
        // ("Thousands of Iraqi Kurds demonstrated": a people named in the plural opening the sentence is a subject before its
        // verb; "opened its borders to most West Africans ordered out of Nigeria", "Buses carrying the released Palestinians
        // arrived" are not.)
        // ("has allowed U.S. forces access to four bases": after a name that is a verb's object or a preposition's, "forces" is
        // its troops.)
        if (_low[i] == "forces" && _entityAt[i - 1] is { } owner && ActorLabels.Contains(owner.Label) && FirstToken(i - 1, owner) is var forcesOf and >= 1
            && (LemmaOf(forcesOf - 1) is not null || Prepositions.Contains(_low[forcesOf - 1]))) return true;
        if (_entityAt[i - 1] is { } e && ActorLabels.Contains(e.Label))
            return IsPossessive(e) || e.Label == EntityLabels.Norp && !(IsPeopleInThePlural(e) && !_low[i].EndsWith("ing", StringComparison.Ordinal) && OpensTheSentenceCounted(FirstToken(i - 1, e)))
                   || e.Label == EntityLabels.Loc && _low[i] == "state" || IsUninflectedActNoun(i, e)
                   // ("The Sahel states withdrew from ECOWAS": a plural right before a verb's past form is its subject; not in a
                   // headline, whose verbs take "-s": "Venezuela frees detained Americans".)
                   || !_headline && !_title && _low[i].EndsWith('s') && i + 1 < _count && _entityAt[i + 1] is null && _lexicon.VerbLemma(_low[i + 1]) is not null && IsPastForm(i + 1)
                   // ("Hungary blocks EU aid for Ukraine": so is one after a singular name that a headline's verb in the present
                   // governs, where a verb would take "-s"; not one before "to": "Kremlin says Putin ready to meet".)
                   || _lexicon.VerbLemma(_low[i]) == _low[i] && FirstToken(i - 1, e) is var named and >= 1
                      && (IsIndefiniteArticleBefore(named)
                          || (IsObjectOfAPastVerb(named) || (_headline || _title) && IsPresentVerb(named - 1) && !e.Text.EndsWith('s') && !(i + 1 < _count && _low[i + 1] == "to"))
                             && !OpensADeterminedObject(i + 1))
                   // ("in response to the latest U.S. arms sales to Taiwan": after an article, a modifier and a name, an "-s"
                   // form before a plain noun is a noun too.)
                   || _low[i].EndsWith('s') && i + 1 < _count && IsLowerCasePlainWord(i + 1) && !Prepositions.Contains(_low[i + 1])
                      && FirstToken(i - 1, e) is var modified and >= 2 && IsLowerCasePlainWord(modified - 1) && Determiners.Contains(_low[modified - 2])
                   || _low[i].EndsWith('s') && FirstToken(i - 1, e) is var objectStart and >= 1 && IsPastForm(objectStart - 1)
                      && _lexicon.VerbLemma(_low[objectStart - 1]) is { } governing
                      && DefaultTypeOf(governing) is "ASSAULT" or "COERCE" or "SANCTION";
        // "the 2015 deal", "a May 2024 agreement": a year or a date after a determiner modifies the noun that follows.
        int modifier = _entityAt[i - 1] is { Label: EntityLabels.Date } date ? FirstToken(i - 1, date) : _doc.Tokens[_first + i - 1].Kind == TokenKind.Number ? i - 1 : -1;
        if (modifier > 0 && Determiners.Contains(_low[modifier - 1])) return true;
        // "won the seat with 178 votes": a plural counted by a number is a noun.
        if (_doc.Tokens[_first + i - 1].Kind == TokenKind.Number && _low[i].EndsWith('s')) return true;
        // "weapons and volunteers": a plural after "and" and a plain noun is a second noun, not a second verb.
        if (prev is "and" or "or" && i >= 2 && _low[i].EndsWith('s') && _entityAt[i - 2] is null && IsPlainWord(i - 2)
            && _lexicon.VerbLemma(_low[i - 2]) is null) return true;
        // "Azerbaijan's state oil company": after a name's possessive a noun phrase begins ("it's" is "it is").
        if (prev is "'s" or "’s" && i >= 2 && _entityAt[i - 2] is not null) return true;
        // ("Ukraine and Russia each released 84 prisoners": "each" right after a name stands apart from it, before its verb.)
        if (Auxiliaries.Contains(prev) || SubjectPronouns.Contains(prev) || prev is "and" or "or" || IsAdverb(prev)
            || prev == "each" && i >= 2 && _entityAt[i - 2] is { } quantified && ActorLabels.Contains(quantified.Label) && IsPastForm(i)) return false;
        if (Determiners.Contains(prev) || Prepositions.Contains(prev)) return true;
        // "NATO's peacekeeping force KFOR", "the ruling party": after a determiner or a possessive and an "-ing" word that
        // modifies it, a word is a noun.
        if (prev.EndsWith("ing", StringComparison.Ordinal) && i >= 2 && (_low[i - 2] is "'s" or "’s" || Determiners.Contains(_low[i - 2]))) return true;
        // "its international arm Greenpeace International", "its military wing": after a possessive pronoun and one modifier (no
        // plural, which may be the subject: "their troops fire") a word that is no past form is a noun.
        if (i >= 2 && _low[i - 2] is "its" or "their" or "his" or "her" && IsLowerCasePlainWord(i - 1) && !_low[i - 1].EndsWith('s') && !IsPastForm(i)) return true;
        // "forces attacked", "drones struck": after a plain word, a past form that is no noun is the verb of that word's
        // clause; so is a verb whose past is its base form right before its object ("air force hit the …").
        if (IsPastForm(i) || _lexicon.VerbLemma(_low[i]) == _low[i] && i + 1 < _count && (_low[i + 1] is "the" or "a" or "an" or "its" or "their" || _entityAt[i + 1] is not null)) return false;
        // ("Russian drones hit residential buildings": so is a past spelt as its base form after weapons in the plural; "a
        // missile attack" stays a noun.)
        if (InvariantParticiples.Contains(_low[i]) && _entityAt[i - 1] is { Label: EntityLabels.Weapon } && _low[i - 1].EndsWith('s')) return false;
        return _doc.Tokens[_first + i - 1].Kind == TokenKind.Word;
    }

    /// <summary>The code of a body suspended, the verb's object: an organisation's name (past a determiner or a place's
    /// possessive), "1721" where a news medium's noun follows it or ends a phrase of lower-case words ("two private TV
    /// channels"), else "172"; a country's, "160"; or null.</summary>
    private string? SuspendedBody(int verbEnd)
    {
        int i = verbEnd;
        if (i < _count && IsDeterminerOrPossessive(_low[i])) i++;
        if (i < _count && _entityAt[i] is { Label: EntityLabels.Loc or EntityLabels.Norp } owner && LastToken(i, owner) + 1 is var mark && mark < _count
            && _low[mark] is "'s" or "’s") i = mark + 1;
        // ("The African Union suspended Gabon": a member state suspended from a body has its relations with it reduced, 160.)
        if (i < _count && _entityAt[i] is { Label: EntityLabels.Loc } member && _lexicon.IsCountry(member.Canonical) && !IsPossessive(member)) return "160";
        if (i < _count && _entityAt[i] is { Label: EntityLabels.Org } body)
        {
            int next = LastToken(i, body) + 1;
            return next < _count && (Entities.Rules.NameRules.NamesAMedium(_doc, _first + next) || _low[next] is "channel" or "broadcaster")
                ? "1721" : "172";
        }
        for (int words = 0; i < _count && words < 3 && IsLowerCasePlainWord(i); i++, words++)
            if (Entities.Rules.NameRules.NamesAMedium(_doc, _first + i) || _low[i] is "channels" or "newspapers" or "broadcasters" or "outlets" or "websites")
                return "1721";
        return null;
    }

    /// <summary>The verb's object (up to five words) is followed by "toward", "towards" or "into": it is moved somewhere.</summary>
    private bool MovedSomewhere(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 6); i++)
        {
            if (_low[i] is "toward" or "towards" or "into") return i > verbEnd;
            if (!(_entityAt[i] is not null || IsPlainWord(i) || _low[i] is "'s" or "’s")) return false;
        }
        return false;
    }

    private static readonly HashSet<string> ClaimedEntitlements = new(StringComparer.Ordinal)
        { "right", "rights", "ownership", "title", "victory", "win", "credit", "inheritance", "compensation", "damages" };

    /// <summary>An infinitive of purpose follows the object of a verb of sending, within six words, and no party is named from
    /// there to the clause's end ("deployed the military to support the police").</summary>
    private bool SentToActOnNoParty(int verbEnd)
    {
        int to = verbEnd;
        while (to < Math.Min(_count - 1, verbEnd + 6) && !(_low[to] == "to" && IsInfinitive(to + 1)))
        {
            if (IsClauseBreak(to) || _entityAt[to] is not null) return false;
            to++;
        }
        if (to >= _count - 1 || _low[to] != "to") return false;
        for (int k = to + 1; k < _count && !IsClauseBreak(k); k++)
            if (_entityAt[k] is { } party && ActorLabels.Contains(party.Label)) return false;
        return true;
    }

    private static readonly HashSet<string> DispatchedForces = new(StringComparer.Ordinal)
    {
        "troops", "soldiers", "forces", "warships", "vessels", "ships", "boats", "jets", "aircraft", "warplanes", "drones", "paratroopers",
        "contingent", "battalion", "battalions", "brigade", "brigades", "units", "reinforcements", "army", "military", "peacekeepers",
        "marines", "personnel",
    };

    /// <summary>"a U.S. ally", "a close U.S. ally", "a 50 billion euro EU aid package": "a" or "an" before the token at
    /// <paramref name="i"/>, past up to two lower-case modifiers or a sum.</summary>
    private bool IsIndefiniteArticleBefore(int i)
    {
        int k = i - 1;
        for (int modifiers = 0; modifiers < 2 && k >= 1; modifiers++)
            if (_entityAt[k] is { Label: EntityLabels.Money } sum) k = FirstToken(k, sum) - 1;
            // ("a 50 billion euro ($54 billion) EU aid package": past a sum in parentheses.)
            else if (_low[k] == ")" && k >= 3 && _entityAt[k - 1] is { Label: EntityLabels.Money } converted && FirstToken(k - 1, converted) - 1 is var open
                     && _low[open] == "(") k = open - 1;
            else if (IsLowerCasePlainWord(k) && !Determiners.Contains(_low[k])) k--;
            else break;
        return k >= 0 && _low[k] is "a" or "an";
    }

    /// <summary>"blocked EU aid for Ukraine": the name at <paramref name="named"/> follows a verb's past form, as its object.</summary>
    private bool IsObjectOfAPastVerb(int named) =>
        named >= 1 && _entityAt[named - 1] is null && IsPastForm(named - 1) && _lexicon.VerbLemma(_low[named - 1]) is not null && !ReportingVerbs.Contains(_low[named - 1]);

    /// <summary>Token <paramref name="k"/> opens a verb's object: a determiner, a possessive, a name or an object pronoun
    /// ("demanded Russia withdraw its troops").</summary>
    private bool OpensADeterminedObject(int k) =>
        k < _count && (IsDeterminerOrPossessive(_low[k]) || _entityAt[k] is not null || _low[k] is "him" or "her" or "them" or "it" or "us");

    /// <summary>"an Israel strike killed five": an act's noun in a verb's base form after one state's name is no verb,
    /// which would agree with its singular subject ("strikes"); after a list ("Russia and China attack …") it may be one.
    /// (Not after a body's name: "Boeing strike ends" is a stoppage, and a group's name may be plural.)</summary>
    private bool IsUninflectedActNoun(int i, Entity name)
    {
        if (name.Label != EntityLabels.Loc || !(_lexicon.IsState(name.Canonical) || _lexicon.IsState(name.Text)) || NominalTriggers.CodeOf(_low[i]) is null
            || _lexicon.VerbLemma(_low[i]) != _low[i]) return false;
        int before = FirstToken(i - 1, name) - 1;
        return before < 0 || _low[before] is not ("and" or "," or "or");
    }

    /// <summary>"attacked", "struck": a past form (regular, or a dictionary form other than the base, -s and -ing) that is no event noun.</summary>
    private bool IsPastForm(int i)
    {
        string w = _low[i];
        if (NominalTriggers.CodeOf(w) is not null) return false;
        return w.EndsWith("ed", StringComparison.Ordinal) || IrregularPastForms.Contains(w)
               || (_lexicon.VerbLemma(w) ?? (UnlistedVerbs.TryGetValue(w, out var unlisted) ? unlisted.Lemma : null)) is { } lemma && lemma != w  // ("retook")
                  && !w.EndsWith('s') && !w.EndsWith("ing", StringComparison.Ordinal)
               // "was hit by Russian strikes", "were cut": a participle spelt as its base form, after a form of "be".
               || i >= 1 && BeForms.Contains(_low[i - 1]) && InvariantParticiples.Contains(w);
    }

    /// <summary>Past forms the dictionary lists as lemmas of their own ("LOST") or not at all ("became"), so that its lemmas do
    /// not tell them ("resigned after the party lost its majority": a clause's verb).</summary>
    private static readonly HashSet<string> IrregularPastForms = new(StringComparer.Ordinal) { "lost", "became", "ran", "brought", "sank", "shook", "wrote" };

    /// <summary>Verbs of what is done to a person that headlines put in the past only for the passive ("Yoon arrested over …").</summary>
    private static readonly HashSet<string> DoneToSomeone = new(StringComparer.Ordinal)
        { "kill", "release", "free", "charge", "fine", "convict", "sentence", "wound", "injure", "deport", "extradite", "summon", "attack", "shoot", "abduct", "kidnap" };

    /// <summary>The type of the code a verb has with no pattern matched, or null.</summary>
    private string? DefaultTypeOf(string lemma) => _lexicon.Code(_lexicon.Verb(lemma)?.Code)?.Type;

    private static readonly HashSet<string> InvariantParticiples = new(StringComparer.Ordinal)
        { "hit", "cut", "put", "set", "shut", "hurt", "cast", "spread", "let", "quit", "shed", "split", "upset", "bid" };

    /// <summary>
    /// "insisted that Chisinau wanted to drag Transnistria into a war": a clause of "that" whose verb is in the past or the
    /// present indicative after its subject states a fact; a demand's clause has the subjunctive or a modal ("insisted that
    /// Russia withdraw", "demanded that Iran must stop"). So does a clause of a pronoun and such a verb without "that".
    /// </summary>
    private bool ReportsAFact(int verbEnd)
    {
        int k = verbEnd;
        // ("suggested it had given the rebels information": "that" may be left out before a pronoun; "insist the country remains
        // committed": before a noun after "the", or a name.)
        if (k + 1 < _count && _low[k] is "it" or "he" or "she" or "they" or "we") k++;
        else if (k + 2 < _count && _low[k] == "the" && IsLowerCasePlainWord(k + 1))
        {
            for (k++; k + 1 < _count && k - verbEnd < 3 && IsLowerCasePlainWord(k + 1) && !IsPastForm(k + 1) && _lexicon.VerbLemma(_low[k + 1]) is null; k++) { }
            k++;
        }
        else
        {
            if (k < _count && _low[k] == "that") k++;
            if (k >= _count || _entityAt[k] is not { } subject) return false;
            k = LastToken(k, subject) + 1;
        }
        return k < _count && (IsPastForm(k) || _low[k] is "is" or "was" or "were" or "are" or "has" or "had"
                              || _lexicon.VerbLemma(_low[k]) is { } lemma && _low[k] == lemma + "s");
    }

    /// <summary>A noun of a coercive measure ("sanctions", "tariffs", "restrictions") earlier in the sentence, in the clause before
    /// <paramref name="i"/> (no full stop, semicolon or clause break between).</summary>
    private bool MeasureBefore(int i)
    {
        for (int k = i - 1; k >= 0 && !IsClauseBreak(k); k--)
            if (_low[k] is "sanctions" or "sanction" or "tariffs" or "tariff" or "restrictions" or "measures" or "embargo" or "bans" or "ban") return true;
        return false;
    }

    /// <summary>Participles of judging or naming a state ("considered", "deemed").</summary>
    private static readonly HashSet<string> JudgingParticiples = new(StringComparer.Ordinal)
        { "considered", "deemed", "believed", "presumed", "thought", "regarded", "classified" };

    /// <summary>"ten Americans, including six considered wrongfully detained": a participle after one of judging (past an
    /// adverb) names the state someone is judged in, no act of anyone's.</summary>
    private bool IsJudgedState(int i)
    {
        int k = i - 1;
        if (k >= 0 && IsAdverb(_low[k])) k--;
        return k >= 0 && JudgingParticiples.Contains(_low[k]) && IsPastForm(i);
    }

    /// <summary>"poorly trained border service": a participle between a modifier and its noun describes, it does not report.</summary>
    private bool IsAttributiveParticiple(int i, int end)
    {
        string w = _low[i];
        if (end != i + 1 || end >= _count || !(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) return false;
        // "the U.S.-backed Syrian Democratic Forces", "a Kurdish-led force": a participle hyphenated to the word before it.
        if (IsJoiningHyphen(i - 1)) return true;
        string next = _low[end];
        // "Nigerian Troops Free 37 Kidnapped Students": in a headline, between a number and a word that names nothing.
        // ("Turkmenistan Frees Jailed Activist": so is one right after the headline's verb in the present.)
        if (_headline && i >= 1 && (IsNumberWord(i - 1) || IsPresentVerb(i - 1)) && _entityAt[end] is null && _doc.Tokens[_first + end].Kind == TokenKind.Word) return true;
        // "bombed suspected TTP hideouts", "struck alleged Hezbollah depots": a participle of suspicion before a name that
        // describes a noun, after a verb, an article, a number or a preposition, describes that noun.
        if (w is "suspected" or "alleged" && _entityAt[end] is { } described && LastToken(end, described) + 1 is var noun && noun < _count
            && IsLowerCasePlainWord(noun) && i >= 1 && _entityAt[i - 1] is null
            && (IsPastForm(i - 1) || Determiners.Contains(_low[i - 1]) || Prepositions.Contains(_low[i - 1]) || IsNumberWord(i - 1))) return true;
        // ("returned 119 looted Benin Bronzes to Nigeria": so is one between a number and a name.)
        if (i >= 1 && IsNumberWord(i - 1) && _entityAt[i - 1] is null && _entityAt[end] is not null) return true;
        // ("sentenced ousted Prime Minister Sheikh Hasina": so is one before a title and its person, after a verb, an article or a
        // preposition.)
        if (i >= 1 && _entityAt[end] is null && IsTitleWord(end) && PersonAfterTitles(end) is not null
            && (LemmaOf(i - 1) is not null && !Auxiliaries.Contains(_low[i - 1]) || Determiners.Contains(_low[i - 1]) || Prepositions.Contains(_low[i - 1])))
            return true;
        // "three suspected Russian saboteurs": a nationality may stand between the participle and its noun.
        bool nationality = _entityAt[end] is { Label: EntityLabels.Norp };
        if (_entityAt[end] is not null && !nationality || _doc.Tokens[_first + end].Kind != TokenKind.Word || Prepositions.Contains(next)
            || Determiners.Contains(next) || Auxiliaries.Contains(next) || SubjectPronouns.Contains(next) || next is "and" or "or"
            // "The State Committee for National Security (GKNB) accused him of spying": an object pronoun follows a verb.
            || next is "him" or "her" or "it" or "them" or "us" or "me"
            // "Russian forces launched more than 400 drones": a word of quantity opens the object, as a number does.
            || next is "more" or "over" or "about" or "nearly" or "almost" or "around" or "dozens" or "hundreds" or "thousands"
            || char.IsUpper(_doc.Text[_doc.Tokens[_first + end].Start]) && !nationality)
            return false;
        int j = i - 1;
        while (j >= 0 && IsAdverb(_low[j])) j--;
        // "Russia's proposed gas union": after a possessor, "'s" is no auxiliary.
        if (j >= 1 && _low[j] is "'s" or "’s" && _entityAt[j - 1] is { } owner && IsPossessive(owner)) return true;
        if (j < 0) return true;
        // ("The African Union (AU) threatened sanctions": so does an acronym in parentheses after the subject's name.)
        if (NameEndsAt(j) || Auxiliaries.Contains(_low[j]) || SubjectPronouns.Contains(_low[j])) return false;
        // "Ilan Shor, a businessman, denied organizing the payments": after the comma that closes an interruption following the
        // subject's name, the past form is the subject's verb.
        // ("Niger's junta, which seized power in 2023, expelled French troops": so is it after a relative clause's closing comma.)
        if (_low[j] == "," && (InterruptionAfterTheSubject(j) >= 0 || RelativeClauseClosedAt(j) >= 0)) return false;
        // "Opposition Leader Detained as Protests Enter …": a headline drops "was"; its participle after a noun is passive.
        if (_headline) return true;
        // "police detained opposition leader X": after a plain noun (a subject), the past form is the verb; an attributive
        // participle follows a determiner, a number, a preposition, punctuation, a quantifier or a verb ("the detained
        // leader", "two detained journalists", "the RSF and allied militias", "said detained protesters").
        // Before a nationality only a determiner, a number or a quantifier says so ("forces attacked Kyrgyz border posts").
        // "declared a state of emergency and accused Russian intelligence services": after "and", before a nationality, a past
        // form sharing the subject of a verb before it is that verb's second.
        if (nationality && _low[j] is "and" or "or" && VerbSharingItsSubject(i) >= 0) return false;
        // "blamed foreign forces for the unrest and accused local lawyer Dauletmurat Tazhimuratov of …": so is one whose lower-case
        // words lead to a party's name ("the RSF and allied militias in Darfur" describe), and one of a verb with one reading
        // ("imposed sanctions on Turkey and banned charter flights", "imposed sanctions on Turkey, banned charter flights and …"),
        // or of stopping a relation ("closed its airspace to Indian airlines and suspended trade with New Delhi").
        if (_low[j] is "and" && NameAfterModifiers(end) && VerbSharingItsSubject(i) >= 0) return false;
        if (_low[j] is "and" or "," && _lexicon.VerbLemma(w) is { } lemma
            && (UnmistakableVerbs.Contains(lemma) || StoppingVerbs.Contains(lemma) && RelationObject(end) is not null
                || lemma is "kill" or "attack" or "strike" or "seize" or "capture" or "occupy"  // "struck Iran and killed commanders of …"
                // ("condemned the attacks and deployed troops to the region": or of sending forces.)
                || lemma is "deploy" or "send" or "dispatch" or "order" or "move" or "rush" && ObjectNounAmong(end, DispatchedForces)
                // ("accused the RSF of genocide in January and imposed sanctions on its commander": a measure's verb before its noun.)
                || ImposingVerbs.Contains(lemma) && (RestrictionTakenUp(end) >= 0 || NominalTriggers.CodeOf(next) is { } measure && _lexicon.Code(measure)?.Type == "COERCE"))
            && VerbSharingItsSubject(i) >= 0) return false;
        // ("Ukraine and Russia each released 84 prisoners": "each" or "both" right after a name stands apart from it, before its verb.)
        if (_low[j] is "each" or "both" && j >= 1 && _entityAt[j - 1] is { } quantified && ActorLabels.Contains(quantified.Label)) return false;
        // "urged them to use frozen Russian assets": after an infinitive or a modal's verb no past form is a verb.
        if (nationality && j >= 1 && (_low[j - 1] == "to" || Modals.Contains(_low[j - 1])) && _lexicon.VerbLemma(_low[j]) == _low[j]) return true;
        return Determiners.Contains(_low[j]) || Prepositions.Contains(_low[j]) || _doc.Tokens[_first + j].Kind != TokenKind.Word
               || _low[j] is "and" or "or" or "many" or "more" or "other" or "several" or "all" or "most" or "few" or "both" || IsNumberWord(j)
               // ("Israeli forces arrested three Palestinians": a verb's form read as a noun, "forces", is the subject.)
               || !nationality && (_lexicon.VerbLemma(_low[j]) is not null && !IsNounContext(j) || ReportingVerbs.Contains(_low[j]))
               // "released detained Americans", "for carrying sanctioned Iranian oil": after a past form or a gerund, before a
               // nationality, it describes the people or the goods.
               || nationality && (IsPastForm(j) || IsGerund(j));
    }

    /// <summary>The code of the emergency rule a verb's object at <paramref name="k"/> names, past an article and one modifier:
    /// martial law or a state of emergency (1724), a curfew (1723); or null.</summary>
    private string? EmergencyRuleAt(int k)
    {
        if (k < _count && Determiners.Contains(_low[k])) k++;
        if (k + 1 < _count && IsLowerCasePlainWord(k) && _low[k] is not ("martial" or "state" or "curfew")) k++;
        if (k >= _count) return null;
        if (_low[k] == "curfew" || _low[k] == "curfews") return "1723";
        if (k + 1 < _count && _low[k] == "martial" && _low[k + 1] == "law") return "1724";
        return k + 2 < _count && _low[k] == "state" && _low[k + 1] == "of" && _low[k + 2] == "emergency" ? "1724" : null;
    }

    /// <summary>The comma that opens the phrase the comma at <paramref name="comma"/> closes, set off after a name (with
    /// <paramref name="named"/>) or a word that opens its clause with no verb before it ("Ilan Shor, who lives in Moscow,", "The
    /// Taliban, 45,"), so that what follows is the predicate of what stands before the phrase; or -1.</summary>
    private int InterruptionAfterTheSubject(int comma, bool named = true)
    {
        int open = comma - 1;
        while (open >= 0 && comma - open <= 40 && _low[open] != "," && !IsClauseBreak(open)) open--;
        if (open < 1 || open == comma - 1 || _low[open] != ",") return -1;
        int k = open - 1;
        if (_entityAt[k] is { } name)
        {
            if (!ActorLabels.Contains(name.Label)) return -1;
            k = FirstToken(k, name) - 1;
        }
        else if (named || _doc.Tokens[_first + k].Kind != TokenKind.Word) return -1;
        for (; k >= 0 && !IsClauseBreak(k) && _low[k] != ","; k--)
            if (_entityAt[k] is null && (IsPastForm(k) || Auxiliaries.Contains(_low[k]) || IsPresentVerb(k))) return -1;
        return open;
    }

    /// <summary>The nearest past form before the comma at <paramref name="comma"/>, in its clause, has its agent after "by".</summary>
    private bool AfterAnAgentsPhrase(int comma)
    {
        for (int i = comma - 1; i >= 0 && !IsClauseBreak(i) && _low[i] is not ("," or "that" or "who" or "which"); i--)
            if (_entityAt[i] is null && IsPastForm(i)) return i + 1 < comma && _low[i + 1] == "by";
        return false;
    }

    /// <summary>The past form at <paramref name="verb"/>, after a comma, is a dictionary verb followed later in its clause by
    /// "and" and another past form ("…, banned charter flights and suspended visa-free travel").</summary>
    private bool InASeriesOfPastForms(int verb)
    {
        if (_entityAt[verb] is not null || !IsPastForm(verb) || _lexicon.VerbLemma(_low[verb]) is null) return false;
        for (int i = verb + 1; i + 1 < _count; i++)
        {
            if (IsClauseBreak(i) || _low[i] is "that" or "who" or "which" or "(") return false;
            if (_low[i] == "and") return _entityAt[i + 1] is null && IsPastForm(i + 1) && _lexicon.VerbLemma(_low[i + 1]) is not null;
        }
        return false;
    }

    /// <summary>Up to three lower-case words from <paramref name="from"/> and then a party's name ("local lawyer Dauletmurat Tazhimuratov").</summary>
    private bool NameAfterModifiers(int from)
    {
        int k = from;
        while (k < _count && k - from < 3 && IsLowerCasePlainWord(k) && !Prepositions.Contains(_low[k])) k++;
        return k > from && k < _count && _entityAt[k] is { } e && ActorLabels.Contains(e.Label);
    }

    /// <summary>A number, in figures or in words ("12", "two", "dozens").</summary>
    private bool IsNumberWord(int k) =>
        _doc.Tokens[_first + k].Kind == TokenKind.Number
        || _low[k] is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozens" or "hundreds" or "thousands";

    /// <summary>Whether only an article, a number or a quantifier comes before token <paramref name="token"/> in the sentence,
    /// after its dateline if any ("DUSHANBE, Nov 27 (Reuters) - Three Chinese nationals …").</summary>
    private bool OpensTheClause(int token)
    {
        for (int k = AfterDateline(token); k < token; k++)
            if (!(Determiners.Contains(_low[k]) || IsNumberWord(k) || _low[k] is "several" or "many" or "some" or "more" or "than" or "at" or "least")) return false;
        return true;
    }

    /// <summary>A count and its "of" ("Thousands of", "Tens of thousands of") before <paramref name="of"/> open the sentence (after
    /// its dateline if any) or follow a comma.</summary>
    private bool CountOpensTheClause(int of)
    {
        if (of < 1 || !(IsNumberWord(of - 1) || _low[of - 1] is "tens" or "scores" or "millions")) return false;
        int opening = AfterDateline(of), k = of - 1;
        while (k >= opening && (Determiners.Contains(_low[k]) || IsNumberWord(k) || _low[k] is "of" or "tens" or "scores" or "millions")) k--;
        return k < opening || _low[k] == ",";
    }

    /// <summary>Token <paramref name="k"/> ends a run of up to four numbers and lower-case modifiers (no verbs) right after
    /// "of" and perhaps "at least" ("of at least seven opposition", "of 40 foreign").</summary>
    private bool CountedAfterOf(int k)
    {
        int start = k;
        while (k >= 1 && start - k < 4 && _entityAt[k] is null
               && (IsNumberWord(k) || _doc.Tokens[_first + k].Kind == TokenKind.Number
                   || IsLowerCasePlainWord(k) && _lexicon.VerbLemma(_low[k]) is null && !Prepositions.Contains(_low[k]) && !Determiners.Contains(_low[k]) && !Auxiliaries.Contains(_low[k])))
            k--;
        if (k < start && k >= 2 && _low[k] == "at" && _low[k + 1] == "least") k--;  // "of at least seven"
        else if (k == start) return false;
        return k >= 0 && _low[k] == "of";
    }

    /// <summary>
    /// "infrastructure used by special forces": a participle with its agent right after a common noun (or a quotation)
    /// describes that noun; it reports no act of the clause's subject.
    /// </summary>
    private bool IsReducedRelative(int i, int end)
    {
        string w = _low[i];
        // ("civilians killed by Russian forces were buried", "Venezuelan migrants deported by the United States": a participle of
        // harm or custody done to people, its agent named, reports that agent's act on them.)
        if (end == i + 1 && ParticipleOnPeopleAt(i) && PartyAfterPreposition(end) is not null) return false;
        // "cancel visas issued to Pakistani nationals": a participle of giving after an object noun describes that noun.
        if (i > 1 && end < _count && _low[end] == "to" && w is "issued" or "supplied" or "delivered" or "granted" or "sold" or "provided" or "sent"
            && IsLowerCasePlainWord(i - 1)
            && (Determiners.Contains(_low[i - 2]) || _lexicon.VerbLemma(_low[i - 2]) is not null && !Auxiliaries.Contains(_low[i - 2]))) return true;
        // "freed 17 Colombian citizens held in its prisons": a participle and its phrase after people a verb acts on describe them.
        if (i >= 3 && end < _count && Prepositions.Contains(_low[end]) && PeopleActedOn.Contains(_low[i - 1]) && IsPastForm(i)
            && (_entityAt[i - 2] is { Label: EntityLabels.Norp } people ? FirstToken(i - 2, people) - 1 : i - 2) is var counted and >= 1
            && (_doc.Tokens[_first + counted].Kind == TokenKind.Number || IsNumberWord(counted)) && _lexicon.VerbLemma(_low[counted - 1]) is not null) return true;
        // "arrested two men suspected of planning sabotage": a participle of suspicion after a plain noun describes it.
        if (i > 0 && IsSuspicionParticiple(i) && IsLowerCasePlainWord(i - 1) && !Auxiliaries.Contains(_low[i - 1])) return true;
        // "to supply Transnistria with gas purchased on European markets": a participle and a phrase after a noun that is
        // the object of a preposition describes that noun (a clause's own subject opens no preposition: "officials gathered in …").
        // ("expect an aviation component to be deployed in Dushanbe": not after an auxiliary, "to be".)
        // ("the latest of at least seven opposition politicians jailed in recent weeks": after "of", past numbers and modifiers.)
        // ("questioned the role of the Russian peacekeepers deployed to Nagorno-Karabakh", "relatives of four Tajik men charged
        // over the attack": past a people's name.)
        if (i >= 2 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && IsLowerCasePlainWord(i - 1)
            && !Auxiliaries.Contains(_low[i - 1]) && !BeForms.Contains(_low[i - 1])
            && (_entityAt[i - 2] is { Label: EntityLabels.Norp } modifier ? FirstToken(i - 2, modifier) - 1 : i - 2) is var beforeNoun and >= 0
            // ("230 Ukrainians, including soldiers captured in Mariupol": or "including", which joins a noun as a preposition does.)
            // ("Tens of thousands of people marched through Belgrade": not the "of" of a count that opens the clause, its subject.)
            && !(_low[beforeNoun] == "of" && CountOpensTheClause(beforeNoun))
            // ("Thousands of supporters of the junta rallied in Niamey": nor the "of" of a crowd's phrase that opens the clause.)
            && !UnnamedCrowdBefore(i)
            && (Prepositions.Contains(_low[beforeNoun]) || _low[beforeNoun] == "including"
                || beforeNoun >= 1 && Determiners.Contains(_low[beforeNoun]) && Prepositions.Contains(_low[beforeNoun - 1])
                || CountedAfterOf(beforeNoun)
                // ("agreed to receive Venezuelan migrants deported from the United States": or a verb's object, past its people's name;
                // "will accept migrants deported from the United States": or right after the verb, where a phrase of "from" follows.)
                || (beforeNoun < i - 2 || _low[i].EndsWith("ed", StringComparison.Ordinal) && i + 1 < _count && _low[i + 1] == "from") && _lexicon.VerbLemma(_low[beforeNoun]) is { } governing && !FramingVerbs.Contains(governing)
                   && !ReportingVerbs.Contains(_low[beforeNoun]) && !Auxiliaries.Contains(_low[beforeNoun]))) return true;
        // "intercepted three rockets launched from Lebanese territory": so does one after a weapon that is a verb's or a
        // preposition's object (past its number and article).
        if (i >= 2 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && _entityAt[i - 1] is { Label: EntityLabels.Weapon } weapon)
        {
            int k = FirstToken(i - 1, weapon) - 1;
            while (k >= 0 && _entityAt[k] is null && (IsNumberWord(k) || _doc.Tokens[_first + k].Kind == TokenKind.Number || Determiners.Contains(_low[k]))) k--;
            if (k >= 1 && _low[k] is "down" or "up" or "off" or "out") k--;  // "shot down 40 drones fired at Kyiv"
            if (k >= 0 && _entityAt[k] is null && (Prepositions.Contains(_low[k])
                                                   || _lexicon.VerbLemma(_low[k]) is not null && !Auxiliaries.Contains(_low[k]) && !ReportingVerbs.Contains(_low[k]))) return true;
        }
        // "The TTP, a separate group allied with the Afghan Taliban, claimed …": so does one after the noun of an apposition.
        if (i >= 3 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && IsLowerCasePlainWord(i - 1)
            && !Auxiliaries.Contains(_low[i - 1]) && _lexicon.VerbLemma(_low[i - 1]) is null)
        {
            int det = i - 2;
            for (int modifiers = 0; det >= 1 && modifiers < 2 && IsLowerCasePlainWord(det) && !Determiners.Contains(_low[det]); modifiers++) det--;
            if (det >= 1 && _low[det] is "a" or "an" or "the" && _low[det - 1] == ",") return true;
        }
        // "urged both sides to respect the ceasefire agreed in Doha": so does one after a verb's object (a party's noun after a
        // verb of saying may be its clause's subject: "said the government agreed in May to …").
        // ("called off all cultural events organized with Russian state bodies": past up to two modifiers and a verb's particle.)
        if (i >= 3 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && IsLowerCasePlainWord(i - 1)
            && !Auxiliaries.Contains(_low[i - 1]) && !ActingBodies.Contains(_low[i - 1]) && !PeopleOfABody.Contains(_low[i - 1]) && !PairNouns.Contains(_low[i - 1]))
        {
            int det = i - 2;
            for (int modifiers = 0; det >= 2 && modifiers < 2 && IsLowerCasePlainWord(det) && _lexicon.VerbLemma(_low[det]) is null && !Determiners.Contains(_low[det]) && _low[det] != "all"; modifiers++) det--;
            int verb = det - 1;
            if (verb >= 1 && _low[verb] is "off" or "up" or "out" or "down") verb--;
            if (det >= 1 && (Determiners.Contains(_low[det]) || _low[det] == "all") && verb >= 0
                && (_lexicon.VerbLemma(_low[verb]) is not null || verb >= 1 && _low[verb - 1] == "to")
                && !Auxiliaries.Contains(_low[verb]) && !ReportingVerbs.Contains(_low[verb]) && !StatementVerbs.Contains(_low[verb])) return true;
        }
        // "Thailand will release 18 Cambodian soldiers captured in July": a participle and its phrase after people who are a
        // verb's object (past a number, a nationality, an article) describe them (not in a headline: "Soldiers killed in attack").
        if (!_headline && i >= 3 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && PeopleOfABody.Contains(_low[i - 1]))
        {
            int k = i - 2;
            while (k >= 0 && i - k <= 6 && (_entityAt[k] is { Label: EntityLabels.Norp } || IsNumberWord(k) || Determiners.Contains(_low[k]))) k--;
            // ("the treatment of Azerbaijani citizens detained in Yekaterinburg": so do people who are a preposition's object.)
            if (k >= 0 && k < i - 2 && _entityAt[k] is null
                && (_lexicon.VerbLemma(_low[k]) is not null && !Auxiliaries.Contains(_low[k]) && !ReportingVerbs.Contains(_low[k]) || Prepositions.Contains(_low[k]))) return true;
        }
        // ("Paul Kagame, who denies supporting the rebels, spoke by phone with Marco Rubio": a simple past is no participle.)
        if (i == 0 || end >= _count || _low[end] != "by" || SimplePastsOnly.Contains(w)
            || !(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || IsPastForm(i))) return false;
        string prev = _low[i - 1];
        if (_entityAt[i - 1] is not null || Auxiliaries.Contains(prev) || SubjectPronouns.Contains(prev) || prev is "and" or "or") return false;
        // "talks on normalizing relations, led by special envoys …" (but "Georgia, attacked by Russia, …" reports an attack).
        if (prev == "," && i >= 2) return _entityAt[i - 2] is null && _doc.Tokens[_first + i - 2].Kind == TokenKind.Word;
        return _doc.Tokens[_first + i - 1].Kind == TokenKind.Word ? !IsAdverb(prev) : prev is "\"" or "”" or "'" or "’";
    }

    /// <summary>The longest matching pattern of the verb's block that serves the verb (any, for a null lemma), and where its words end.</summary>
    private (VerbPattern? Pattern, int End) BestPattern(string? lemma, VerbBlock block, int start, int end)
    {
        VerbPattern? best = null;
        int bestScore = 0, bestEnd = end;
        foreach (var p in block.Patterns)
        {
            if (lemma is not null && p.NotFor?.Contains(lemma) == true) continue;
            int score = p.Pre.Count + p.Post.Count;
            if (score < bestScore || !MatchPost(p.Post, end, out int patternEnd) || !MatchPre(p.Pre, start)) continue;
            // "lifted sanctions": of two patterns as long, an intent's read off a stem ("sanction", 0351) yields to the act's
            // whose word is written as-is ("sanctions", 085).
            // "Israeli warplanes struck Hezbollah positions": one that names the subject ("&AIRCRAFT strike", 195) says more of
            // the act than one that names its target ("strike positions", 193).
            // ("called on partners to provide …": one whose first word is the particle right after the verb, "call on", reads the
            // verb's sense before one whose word comes in the object, "call … partner".)
            if (score == bestScore && !(best is not null && _lexicon.Code(best.Code)?.Type == "AGREE" && _lexicon.Code(p.Code)?.Type is not (null or "AGREE")
                                        && p.Post.Count > 0 && best.Post.Count > 0 && _low[patternEnd - 1] == p.Post[^1] && _low[bestEnd - 1] != best.Post[^1])
                && !(best is not null && p.Pre.Count > best.Pre.Count)
                && !(best is not null && p.Post.Count > 0 && best.Post.Count > 0 && end < _count && Prepositions.Contains(p.Post[0]) && _low[end] == p.Post[0]
                     && _low[end] != best.Post[0])) continue;
            (best, bestScore, bestEnd) = (p, score, patternEnd);
        }
        return (best, bestEnd);
    }

    private bool MatchPost(List<string> elements, int pos, out int end)
    {
        end = pos;
        for (int k = 0; k < elements.Count; k++)
        {
            int limit = Math.Min(_count, pos + (k == 0 ? 5 : 3));
            int found = -1, length = 0;
            for (int p = pos; p < limit && found < 0; p++)
            {
                // "signed a $1 billion production-sharing agreement": a sum counts as one word (a quantity's words may be the
                // pattern's: "sent 200 police officers").
                if (_entityAt[p] is { Label: EntityLabels.Money } amount)
                {
                    int last = LastToken(p, amount);
                    (limit, p) = (Math.Min(_count, limit + last - p), last);
                    continue;
                }
                // "Ukraine Strikes Russian Refinery as Peace Talks Stall": "as" opens a clause of its own (the pattern "strike …
                // talks" read an accusation).
                // "AZERBAIJAN DETAINS IRANIAN AGENTS, TEHRAN PROTESTS": so does a headline's comma (the pattern "detain … protest" read a protest).
                // "detained 4,000 demonstrators who protested against …": nor does a relative clause's verb (the pattern "detain …
                // protest" read a protest).
                // "struck Gaza after Hamas fired rockets at Sderot": nor a clause of time with a subject of its own (the pattern
                // "strike … rockets" took its words).
                // ("threatened to cancel its contract, according to the Kun.uz news site": nor an attribution.)
                // ("declined to comment on whether it planned to increase purchases": nor a question's clause, "comment … plan".)
                // ("condemned the junta and accused it of using mercenaries": nor a second verb after "and", "condemn … of &CRIME".)
                if (_low[p] is "and" or "but" && p > pos && p + 1 < _count && _entityAt[p + 1] is null && _lexicon.VerbLemma(_low[p + 1]) is not null && IsPastForm(p + 1)
                    && elements[k] != _low[p]) return false;
                // ("praised Assad during a visit to Damascus": nor a phrase of time, whose noun is the occasion, not the object: the
                // pattern "praise … visit" read a visit.)
                if (IsClauseBreak(p) || _low[p] is "as" or "if" or "during" or "amid" or "despite" or "throughout" && elements[k] != _low[p] || _headline && _low[p] == ","
                    || _low[p] is "who" or "whom" or "which" or "whose" or "according" or "whether" || OpensAClauseOfANamedSubject(p)) return false;
                // ("agreed to lift sanctions on Syria": nor past an infinitive that undoes what they name, right after the verb's "to":
                // the pattern "agree to … sanctions" read new sanctions.)
                if (p >= 1 && _low[p - 1] == "to" && elements[k] != _low[p] && IsInfinitive(p) && _lexicon.VerbLemma(_low[p]) is { } undoing
                    && UndoingVerbs.Contains(undoing)) return false;
                // "called Burhan on Sunday": a preposition before a date is a time adverbial, not the pattern's "call on".
                if (ElementAt(elements[k], p, out length) && !(Prepositions.Contains(elements[k]) && p + 1 < _count && _entityAt[p + 1] is { Label: EntityLabels.Date })) found = p;
                // "phoned Aliyev to express support for …": words after an infinitive are that verb's, not this one's.
                else if (_low[p] == "to" && p > pos && IsInfinitive(p + 1)) return false;
            }
            if (found < 0) return false;
            // "staged a hunger strike in prison": a pattern opening with a preposition does not reach past an act's noun, the
            // verb's object, whose phrase it is (the pattern "stage … in &DETENTION" read a detention; a pattern of the
            // preposition alone, "agreed a deal with", keeps its short object, below).
            if (k == 0 && elements.Count > 1 && Prepositions.Contains(elements[0]) && ActNounBetween(pos, found)) return false;
            // "struck the Russian ship off the coast": a pattern of one particle or preposition ("strike off") takes at
            // most a short object between ("push Russia out"), or a phrase of place ("rallied in Magas against").
            if (elements.Count == 1 && (Prepositions.Contains(elements[0]) || elements[0] is "off" or "up" or "out" or "down" or "back" or "away")
                && (found - pos > 3 || !IsShortObject(pos, found) && !(_low[pos] is "in" or "at" or "outside" && IsShortObject(pos + 1, found)))) return false;
            pos = end = found + length;
        }
        // The last pattern word must head its phrase: in "enhance security assistance programs", "security" is a modifier;
        // a preposition heads none ("called for closer coordination" is a call for something).
        return elements.Count == 0 || pos >= _count || Prepositions.Contains(elements[^1]) || !IsModifierContinuation(pos);
    }

    private static readonly HashSet<string> LeftAccords = new(StringComparer.Ordinal)
        { "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "pacts", "treaty", "treaties" };

    /// <summary>The accord's noun (<see cref="LeftAccords"/>) the object from <paramref name="from"/> names, or the phrase of
    /// "of" or "from" there ("pulled out of the Black Sea grain deal"), past an article or a possessive, names and up to three
    /// lower-case modifiers ("its defence cooperation agreement"); or -1.</summary>
    private int AccordLeft(int from)
    {
        int i = from < _count && _low[from] is "of" or "from" ? from + 1 : from;
        if (i < _count && IsDeterminerOrPossessive(_low[i])) i++;
        for (int modifiers = 0; i < _count && modifiers <= 3; i++)
        {
            if (LeftAccords.Contains(_low[i]) && _entityAt[i] is null) return i;
            // ("withdrew from the New START Treaty": an accord's name ends in its noun.)
            if (_entityAt[i] is { } name)
            {
                i = LastToken(i, name);
                if (LeftAccords.Contains(_low[i])) return i;
                continue;
            }
            // ("Chad Ends Defence Pact With France": a headline capitalises the modifiers; "suspended the Indus Waters Treaty":
            // so does a name the tagger missed.)
            if (!IsPlainWord(i) && _low[i] is not ("'s" or "’s")) return -1;
            modifiers++;
        }
        return -1;
    }

    /// <summary>The last token of an organisation's name that the object from <paramref name="from"/> is, past "of" or "from"
    /// and an article ("withdrew from the Council of Europe"); or -1.</summary>
    private int BodyLeft(int from)
    {
        int i = from < _count && _low[from] is "of" or "from" ? from + 1 : from;
        if (i < _count && _low[i] == "the") i++;
        return i < _count && _entityAt[i] is { Label: EntityLabels.Org } body && !IsPossessive(body) && LastToken(i, body) is var last
               && !(last + 1 < _count && IsLowerCasePlainWord(last + 1) && _lexicon.VerbLemma(_low[last + 1]) is null && !Prepositions.Contains(_low[last + 1]))
            ? last : -1;
    }

    private static readonly HashSet<string> SummitNouns = new(StringComparer.Ordinal) { "summit", "summits", "conference", "conferences" };

    /// <summary>"called for an immediate end to the attacks", "demanded a halt to the fighting", "urged a cessation of hostilities":
    /// the object from <paramref name="from"/> (past "for") is an end or a halt to fighting.</summary>
    private bool AsksToEndFighting(int from)
    {
        int k = from < _count && _low[from] == "for" ? from + 1 : from;
        if (k < _count && Determiners.Contains(_low[k])) k++;
        if (k < _count && _low[k] is "immediate" or "swift" or "complete" or "permanent" or "lasting") k++;
        return k + 2 < _count && _low[k] is "end" or "halt" or "stop" or "cessation" && _low[k + 1] is "to" or "of" && ObjectNounAmong(k + 2, FightNouns);
    }

    /// <summary>An event noun the tagger left untagged stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool ActNounBetween(int from, int to)
    {
        for (int g = from; g < to; g++)
            if (_entityAt[g] is null && NominalTriggers.CodeOf(_low[g], g > 0 ? _low[g - 1] : null) is not null) return true;
        return false;
    }

    /// <summary>"after", "before", "since", "until" or "when" at <paramref name="i"/> opens a clause whose subject is a name right
    /// after it (past an article or a possessive and up to two modifiers: "after his governing Liberal Democratic Party lost"), its
    /// verb following (past the name's weapon: "after Hamas rockets hit Sderot", "after Hamas fired rockets").</summary>
    private bool OpensAClauseOfANamedSubject(int i)
    {
        if (_low[i] is not ("after" or "before" or "since" or "until" or "when") || i + 1 >= _count) return false;
        int name = i + 1;
        if (IsDeterminerOrPossessive(_low[name]))
            for (name++; name < _count && name - i <= 4 && _entityAt[name] is null && IsLowerCasePlainWord(name)
                         && (_lexicon.VerbLemma(_low[name]) is null || _low[name].EndsWith("ing", StringComparison.Ordinal)); name++) { }
        if (name >= _count || _entityAt[name] is not { } subject) return false;
        int next = LastToken(name, subject) + 1;
        if (next < _count && _entityAt[next] is { Label: EntityLabels.Weapon } weapon) next = LastToken(next, weapon) + 1;
        return StartsAVerbPhraseAfter(next);
    }

    /// <summary>Names, plain words, and "and"/"or"/commas joining them ("fired drones and missiles at") in [from, to).</summary>
    private bool IsShortObject(int from, int to)
    {
        for (int g = from; g < to; g++)
            if (_entityAt[g] is null && !IsPlainWord(g) && !JoinsObjects(g, from, to)) return false;
        return true;
    }

    /// <summary>"and", "or" or a comma between two words of a short object ("fired drones and missiles at").</summary>
    private bool JoinsObjects(int g, int from, int to) =>
        _low[g] is "and" or "or" or "," && g > from && g + 1 < to && (_entityAt[g - 1] is not null || IsPlainWord(g - 1)) && (_entityAt[g + 1] is not null || IsPlainWord(g + 1));

    private bool IsModifierContinuation(int pos)
    {
        string next = _low[pos];
        // "deepened security ties", "Deepens Security Ties": a relation's noun, whatever verb it spells, heads the phrase.
        if (RelationNouns.Contains(next) && _entityAt[pos] is null) return true;
        return _entityAt[pos] is null && _doc.Tokens[_first + pos].Kind == TokenKind.Word && !char.IsUpper(_doc.Text[_doc.Tokens[_first + pos].Start])
               && !Prepositions.Contains(next) && !Determiners.Contains(next) && !Auxiliaries.Contains(next) && !SubjectPronouns.Contains(next)
               && !IsClauseBreak(pos) && next is not ("and" or "or" or "worth" or "as" or "that" or "which" or "who" or "if" or "when")
               // ("signed the Ankara Declaration late on Wednesday": an adverb of time heads no phrase.)
               && next is not ("late" or "early" or "earlier" or "last" or "yesterday" or "today" or "tonight") && !IsAdverbOfTime(next) && !IsAdverb(next)
               // "had taken necessary control measures": a noun of measures is no verb after a pattern's word.
               && (_lexicon.VerbLemma(next) is null || next is "measures" or "steps" or "rules" or "checks" or "controls");
    }

    private bool MatchPre(List<string> elements, int pos)
    {
        for (int k = elements.Count - 1; k >= 0; k--)
        {
            int found = -1;
            // ("appealed at the court and accused Spotify of lying": a word before a conjunction or a comma is another clause's,
            // not this verb's subject; the pattern "court … accuse" read a charge.)
            for (int p = pos - 1; p >= Math.Max(0, pos - 4) && found < 0; p--)
            {
                if (ElementAt(elements[k], p, out _)) found = p;
                else if (_low[p] is "and" or "but" or "or" or "," || IsClauseBreak(p)) break;
            }
            if (found < 0) return false;
            pos = found;
        }
        return true;
    }

    private bool ElementAt(string element, int p, out int length)
    {
        length = 1;
        // "vowing to fight the Rapid Support Forces": a capitalised word inside a name is no pattern's word ("vow … support");
        // a name's first or last word may be ("formed the Alliance of Sahel States", "appeal to the Supreme Court"), and so
        // may any word of an amount ("sent 200 police officers").
        if (element[0] != '&')
            return !(_entityAt[p] is { Label: EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc } name && FirstToken(p, name) < p
                     && LastToken(p, name) > p && char.IsUpper(_doc.Text[_doc.Tokens[_first + p].Start])) && WordMatches(_low[p], element);
        foreach (var member in _lexicon.Synset(element[1..]) ?? [])
        {
            if (p + member.Length > _count) continue;
            bool ok = true;
            for (int k = 0; k < member.Length && ok; k++) ok = WordMatches(_low[p + k], member[k]);
            if (ok) { length = member.Length; return true; }
        }
        return false;
    }

    /// <summary>Dictionary words are base forms; TABARI-style stems also match longer words ("sanction" → "sanctions");
    /// "ties" and "links" are the dictionaries' "relations", as news writes them.</summary>
    private bool WordMatches(string token, string word) =>
        token == word || word == "relations" && token is "ties" or "links" || word == "telephone" && token is "phone"
        || (token.Length > 3 && token.EndsWith('s') && token[..^1] == word)
        || _lexicon.VerbLemma(token) == word
        || (word.Length >= 5 && token.Length - word.Length is > 0 and <= 3 && token.StartsWith(word, StringComparison.Ordinal)
            // ("detained dozens of protesters": the doers of an act, "-er(s)", "-or(s)", are no word of the act, "held a protest".)
            && token[word.Length..] is not ("er" or "ers" or "or" or "ors"));

    /// <summary>
    /// "invited to attend", "agreed to meet": the infinitive is the content of the trigger verb right before it, not a
    /// second event; "ordered the military to prepare": nor is the act of a verb's object (the object's, not the subject's).
    /// </summary>
    private bool IsComplementOfTrigger(Candidate c)
    {
        if (!c.Nominal && IsBareInfinitiveAfterLet(c.Start)) return true;
        if (c.Nominal || c.Start < 2) return false;
        // "urged Tehran to "engage directly" with Washington": a quotation may open at the infinitive, and an adverb may split
        // it ("wants Armenia to first remove").
        int to = (IsOpeningQuote(c.Start - 1) || IsAdverb(_low[c.Start - 1]) || _low[c.Start - 1] is "first" or "also" or "then" or "not")
                 && _low[c.Start - 2] == "to" ? c.Start - 2 : c.Start - 1;
        if (_low[to] != "to") return false;
        if (IsControlledInfinitive(to)) return true;
        // "urged Tajik authorities to "take all necessary measures" to protect Chinese citizens": an infinitive of purpose
        // after the object of a controlled infinitive is part of the same request.
        for (int k = to - 1; k >= Math.Max(1, to - 8) && (_entityAt[k] is null && _doc.Tokens[_first + k].Kind == TokenKind.Word && !IsClauseBreak(k)
                 && (!Prepositions.Contains(_low[k]) || _low[k] == "to") || _low[k] is "\"" or "“" or "”"); k--)
            if (_low[k] == "to" && k < to - 1 && (IsInfinitive(k + 1) || IsOpeningQuote(k + 1) && IsInfinitive(k + 2))) return IsControlledInfinitive(k);
        // "urged both sides to agree to a ceasefire and to allow aid": a coordinated infinitive completes the same verb.
        if (to < 1 || _low[to - 1] != "and") return false;
        for (int k = to - 2; k >= Math.Max(1, c.Start - 14); k--)
            if (_low[k] == "to" && IsInfinitive(k + 1)) return IsControlledInfinitive(k);
        return false;
    }

    /// <summary>
    /// "agreed to let inspectors of the IAEA return to its sites": a bare infinitive after "let" and its object has
    /// that object as its subject; the act is the object's, not the clause subject's.
    /// </summary>
    private bool IsBareInfinitiveAfterLet(int verb)
    {
        for (int i = verb - 1; i >= Math.Max(1, verb - 14); i--)
        {
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            if (_low[i - 1] is "let" or "lets" or "letting") return i < verb;
            if (!(IsPlainWord(i) || Determiners.Contains(_low[i]) || _low[i] is "of" or "(" or ")")) return false;
        }
        return false;
    }

    /// <summary>The "to" at <paramref name="to"/> follows a trigger, or an object-control verb and its object.</summary>
    private bool IsControlledInfinitive(int to)
    {
        if (to < 1) return false;
        if (_isTrigger[to - 1]) return true;
        // ("threatened on Monday to break relations with Russia": past a time between the verb and "to".)
        if (_entityAt[to - 1] is { Label: EntityLabels.Date } when && FirstToken(to - 1, when) - 1 is var before and >= 0)
        {
            if (before >= 1 && _low[before] is "on" or "in" or "at") before--;
            if (_isTrigger[before] && _entityAt[before] is null && LemmaOf(before) is not null) return true;
        }
        // "signed a framework agreement in Kabul on July 17 to prepare a feasibility study": an infinitive after an
        // accord's noun, and where and when it was reached, is what was agreed, no act of its own.
        int noun = to - 1;
        while (noun > 0 && IsTimeOrPlaceWord(noun) && _low[noun] != ",") noun--;
        if (AccordNouns.Contains(_low[noun]) && _low[noun] is not ("plan" or "peace")) return true;
        for (int i = to - 1, words = 0; i >= 0 && words < 7; i--, words++)
        {
            // ("called on the United States and France, which brokered the truce, to force Israel …": past a relative clause on it.)
            if (_low[i] == "," && RelativeClauseClosedAt(i) is int opening and >= 0) { i = opening; continue; }
            // The object may hold names: "ordered the French ambassador to leave", "urged Russia to withdraw".
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            // "called on Georgians to protest": "call on" controls its object as "urge" does.
            if (LemmaOf(i) is { } lemma
                && (ObjectControlVerbs.Contains(lemma) || lemma == "call" && _low[i + 1] is "on" or "upon")) return true;
            // ("urged Russia and Ukraine to …": a list of names is one object.)
            if (!IsPlainWord(i) && _low[i] is not ("on" or "upon") && !(_low[i] is "and" or "or" && i >= 1 && _entityAt[i - 1] is not null)) return false;
        }
        return false;
    }

    /// <summary>The word at <paramref name="i"/> stands between a party's name (no possessive) and an object: another name, a
    /// number or a determiner ("China sanctions U.S. firms", "the U.S. sanctions three Iranian officials").</summary>
    private bool BetweenSubjectAndObject(int i) =>
        _entityAt[i - 1] is { } subject && ActorLabels.Contains(subject.Label) && !IsPossessive(subject) && i + 1 < _count
        && (_entityAt[i + 1] is { } named && (ActorLabels.Contains(named.Label) || named.Label == EntityLabels.Quantity) || IsNumberWord(i + 1) || Determiners.Contains(_low[i + 1]));

    /// <summary>The verb's lemma, the dictionary's or that of a verb it lacks (<see cref="UnlistedVerbs"/>: "urge", "sanction").</summary>
    private string? LemmaOf(int i) => _lexicon.VerbLemma(_low[i]) ?? (UnlistedVerbs.TryGetValue(_low[i], out var unlisted) ? unlisted.Lemma : null);

    /// <summary>The infinitive ("to agree") whose object's phrase holds the noun at <paramref name="noun"/>, past up to four
    /// articles, lower-case words and prepositions, or null.</summary>
    private int? InfinitiveBefore(int noun)
    {
        for (int k = noun - 1, steps = 0; k >= 1 && steps < 5; k--, steps++)
        {
            if (_low[k - 1] == "to" && IsInfinitive(k) && _lexicon.VerbLemma(_low[k]) == _low[k]) return k;
            if (!(Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) || Prepositions.Contains(_low[k]))) return null;
        }
        return null;
    }

    /// <summary>The infinitive's "to" at <paramref name="to"/> follows the object of a verb that controls it ("urged the
    /// authorities to …", "asked Belarus, where he later settled, to …"), within eight tokens; <paramref name="named"/> says
    /// whether the object holds a name. The object runs over names, a relative clause between commas and any lower-case word
    /// ("pressed ethnic armed groups near its border to …").</summary>
    private bool IsObjectControlled(int to, out bool named)
    {
        named = false;
        for (int i = to - 1; i >= Math.Max(1, to - 8); i--)
        {
            if (_low[i] == "," && RelativeClauseClosedAt(i) is int opening and >= 0) { i = opening; continue; }
            if (_entityAt[i] is { } e) { named = true; i = FirstToken(i, e); continue; }
            if (LemmaOf(i) is { } lemma && ObjectControlVerbs.Contains(lemma)) return i < to - 1;
            if (_doc.Tokens[_first + i].Kind != TokenKind.Word || !char.IsLower(_doc.Text[_doc.Tokens[_first + i].Start]) || IsClauseBreak(i)
                || _low[i] is "and" or "or" or "to" or "that" or "which" or "who") return false;
        }
        return false;
    }

    /// <summary>The infinitive's "to" follows the object of a verb that controls it, and that object names no one.</summary>
    private bool ControlsAnUnnamedObject(int to) => IsObjectControlled(to, out bool named) && !named;

    private static readonly HashSet<string> LegislativeTexts = new(StringComparer.Ordinal)
        { "resolution", "resolutions", "law", "laws", "bill", "bills", "amendment", "amendments", "legislation", "budget", "motion", "decree", "constitution" };

    /// <summary>The verb's direct object is a legislative text ("passed a resolution").</summary>
    private bool HasLegislativeObject(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
            if (LegislativeTexts.Contains(_low[i])) return IsDirectObject(verbEnd, i);
        return false;
    }

    /// <summary>
    /// Verbs of news the CAMEO verb dictionary lacks, by form, with their lemma and CAMEO code: "urge" an appeal (020),
    /// "sanction" the imposing of sanctions (163, as the noun "sanctions"; not its third person "sanctions", which is the noun).
    /// </summary>
    private static readonly Dictionary<string, (string Lemma, string Code)> UnlistedVerbs = new(StringComparer.Ordinal)
    {
        ["urge"] = ("urge", "020"), ["urges"] = ("urge", "020"), ["urged"] = ("urge", "020"), ["urging"] = ("urge", "020"),
        ["sanction"] = ("sanction", "163"), ["sanctions"] = ("sanction", "163"), ["sanctioned"] = ("sanction", "163"), ["sanctioning"] = ("sanction", "163"),
        // (to retake is to recapture, CAMEO 192 as the dictionary codes "recapture")
        ["retake"] = ("retake", "192"), ["retakes"] = ("retake", "192"), ["retook"] = ("retake", "192"), ["retaken"] = ("retake", "192"),
        ["retaking"] = ("retake", "192"),
        // (to impeach is to bring formal charges against an official, CAMEO 1121 as the dictionary codes "accuse … of corruption")
        ["impeach"] = ("impeach", "1121"), ["impeaches"] = ("impeach", "1121"), ["impeached"] = ("impeach", "1121"), ["impeaching"] = ("impeach", "1121"),
        // (to pause a relation or a supply reduces it, as the other verbs of stopping do: see RelationObject)
        ["pause"] = ("pause", "160"), ["pauses"] = ("pause", "160"), ["paused"] = ("pause", "160"), ["pausing"] = ("pause", "160"),
    };

    /// <summary>Dictionary verb blocks whose acts are coded only through their patterns (see <see cref="FindTriggers"/>).</summary>
    private static readonly HashSet<string> PatternOnlyBlocks = new(StringComparer.Ordinal) { "ENACT", "OVERSEE_MANAGE", "BOOST" };

    private static readonly HashSet<string> ObjectControlVerbs = new(StringComparer.Ordinal)
        { "order", "urge", "ask", "tell", "force", "persuade", "allow", "invite", "instruct", "encourage", "pressure", "press", "compel", "want" };

    /// <summary>The action an agreement commits to, coded or not.</summary>
    private sealed record Action(int End, string Mode, Candidate? Coded);

    /// <summary>
    /// "a deal to procure helicopters", "agreed to set up": an agreement or an expression of intent (CAMEO 03x, or
    /// the bare 050 of AGREE) with the action it commits to is one AGREE event.
    /// </summary>
    private Action? CommittedAction(Candidate c, List<Candidate> all)
    {
        // ("hoped to visit Washington": a hope to act is an intent, though the dictionary reads "hope" as an appeal; a hope to
        // have, get or receive something done by another stays an appeal: "hoping to have its debt written off"; one to join
        // a body is none, as joining is none: "the EU, which Moldova hopes to join".)
        bool commits = c.Nominal ? c.Type == "AGREE" : c.Code == "050" || c.Code.StartsWith("03", StringComparison.Ordinal)
            || _lexicon.VerbLemma(_low[c.Start]) == "hope" && c.End + 1 < _count && _low[c.End] == "to"
               && _low[c.End + 1] is not ("have" or "get" or "see" or "receive" or "obtain" or "win" or "join");
        if (!commits) return null;
        // "agreed in principle on Saturday to provide": adverbials may come between, a new noun phrase may not, but an
        // amount pledged may ("pledged $1.2 billion to modernize the Tajik armed forces").
        int to = c.End;
        if (!c.Nominal && to < _count && _entityAt[to] is { Label: EntityLabels.Money or EntityLabels.Quantity } amount) to = LastToken(to, amount) + 1;
        // "persuade Putin to rejoin the deal": a party right after the verb does the infinitive's act; the subject commits to none.
        if (!c.Nominal && to < _count && _entityAt[to] is { } controlled && ActorLabels.Contains(controlled.Label)) return null;
        // ("agreed in Tashkent on December 22 to build": a place or a date counts as one word.)
        // ("the court decides whether to remove Yoon", "will decide whom to task with forming a government": a question left open
        // commits to nothing.)
        int from = to;
        if (!c.Nominal && to < _count && _low[to] is "whether" or "whom" or "who" or "what" or "which" or "how" or "when" or "where") return null;
        for (int words = 0; to < _count && words < 5 && _low[to] != "to" && !Determiners.Contains(_low[to]) && !IsClauseBreak(to)
                            && (_entityAt[to] is { Label: EntityLabels.Loc or EntityLabels.Date } || _doc.Tokens[_first + to].Kind == TokenKind.Word && !_isTrigger[to]); words++)
            to = _entityAt[to] is { Label: EntityLabels.Loc or EntityLabels.Date } passed ? LastToken(to, passed) + 1 : to + 1;
        if (to + 1 >= _count || _low[to] != "to" || (c.Nominal && to != c.End)) return null;
        // "agreed to jointly build": an adverb may split the infinitive.
        int verb = PastAnAdverb(to + 1);
        if (all.FirstOrDefault(o => !o.Nominal && o.Start == verb) is { } coded) return new Action(coded.End, coded.Info.Mode ?? coded.Type.ToLowerInvariant(), coded);
        // (A hope commits only to an act of its own: "which Moldova hopes to join" is no act, as joining a body is none.)
        if (!c.Nominal && _lexicon.VerbLemma(_low[c.Start]) == "hope") return null;
        var (end, lemma) = MatchVerb(verb);
        if (lemma is not null) return new Action(end, lemma, null);
        // "agreed to double bilateral trade": a word the dictionary lacks before its object's modifier is a verb too (not a word
        // of order: "agree to first phase of Gaza ceasefire").
        bool unlistedVerb = !c.Nominal && IsLowerCasePlainWord(verb) && !Determiners.Contains(_low[verb]) && NominalTriggers.CodeOf(_low[verb]) is null
                            && _low[verb] is not ("first" or "second" or "third" or "final" or "last" or "next" or "initial" or "new")
                            && verb + 1 < _count && IsLowerCasePlainWord(verb + 1) && !Prepositions.Contains(_low[verb + 1]) && _low[verb + 1] is not ("and" or "or")
                            && !_low[verb].EndsWith("ed", StringComparison.Ordinal) && !_low[verb].EndsWith("ing", StringComparison.Ordinal);
        return IsInfinitive(verb) || unlistedVerb ? new Action(verb + 1, _low[verb], null) : null;
    }
}
