using Extraction.Model;

namespace Extraction.Events;

// Event assembly: an event from its trigger, and the actor and recipient of a verb trigger.
internal sealed partial class SentenceEvents
{
    /// <summary>Types that are acts between two parties: a bare dictionary verb with no second party is too weak a cue.</summary>
    private static readonly HashSet<string> Interactive = new(StringComparer.Ordinal)
        { "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION" };

    /// <summary>The act's noun the verb's dictionary pattern runs over ("called for a ceasefire", "carried out air strikes"), or null.</summary>
    private Candidate? NounInPattern(Candidate verb) =>
        verb.FromPattern ? _candidates.FirstOrDefault(o => o.Nominal && o.Start >= verb.End && (o.Start < verb.PatternEnd || IsActAskedFor(verb, o))) : null;

    /// <summary>"called for an emergency meeting": the act's noun right after the "for" that ends a request's pattern is the
    /// act asked for, as if among the pattern's words (not protests called for, which a call to the streets stages).</summary>
    private bool IsActAskedFor(Candidate verb, Candidate noun) =>
        verb.Type == "REQUEST" && noun.Type != "PROTEST" && verb.PatternEnd == verb.End + 1 && _low[verb.End] == "for" && noun.Start >= verb.PatternEnd
        && IsDirectObject(verb.PatternEnd, noun.Start);

    /// <summary>The name follows "of" after a noun of what is done to someone (<see cref="PatientNouns"/>: "the suspension of
    /// Governor X", past titles).</summary>
    private bool IsPatientOfAnActNoun(Entity e)
    {
        int k = TokenIndexOf(e.Start) - 1;
        while (k >= 0 && _entityAt[k] is null && (IsTitleWord(k) || Determiners.Contains(_low[k]))) k--;
        return k >= 1 && _low[k] == "of" && PatientNouns.Contains(_low[k - 1]);
    }

    /// <summary>The verb of the first "to" and its infinitive from <paramref name="from"/> on, before <paramref name="end"/>
    /// (an adverb between passed: "to jointly build"), or null.</summary>
    private int? InfinitiveAfter(int from, int end)
    {
        int to = from;
        while (to < end && _low[to] != "to") to++;
        int verb = to + 1 < _count && IsAdverb(_low[to + 1]) ? to + 2 : to + 1;
        return to < end && verb < _count ? verb : null;
    }

    /// <summary>The noun at <paramref name="noun"/> follows "of" (and an article or a modifier) after a noun of a picture, a film
    /// or a record of it ("a video of the strike", "footage of the protest").</summary>
    private bool DepictedAt(int noun)
    {
        int k = noun - 1;
        for (int words = 0; k >= 0 && words < 2 && (Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) && _low[k] != "of"); words++) k--;
        return k >= 1 && _low[k] == "of" && DepictionNouns.Contains(_low[k - 1]);
    }

    private static readonly HashSet<string> DepictionNouns = new(StringComparer.Ordinal)
    {
        "video", "videos", "footage", "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images",
        "film", "films", "recording", "recordings", "clip", "clips", "map", "maps",
    };

    /// <summary>A prize, an award or a medal is named within the five words after the verb, before any comma.</summary>
    private bool WinsAnAward(int verbEnd)
    {
        for (int k = verbEnd; k < Math.Min(_count, verbEnd + 5) && _low[k] != "," && !IsClauseBreak(k); k++)
            if (_low[k] is "prize" or "prizes" or "award" or "awards" or "medal" or "medals" or "trophy") return true;
        return false;
    }

    /// <summary>Only the nouns of acts and up to two lower-case modifiers stand between tokens <paramref name="last"/> and
    /// <paramref name="noun"/> ("Gaza ceasefire talks", "the Black Sea grain deal": the place names the topic, as "Rafah strikes"
    /// names where they fell).</summary>
    private bool ModifiersOnlyBetween(int last, int noun)
    {
        for (int k = last + 1, modifiers = 0; k < noun; k++)
            if (_entityAt[k] is not null || NominalTriggers.CodeOf(_low[k]) is null && !(IsLowerCasePlainWord(k) && LemmaOf(k) is null && ++modifiers <= 2))
                return false;
        return true;
    }

    /// <summary>A party's name stands before the noun at <paramref name="noun"/>, past up to two lower-case modifiers ("Kyrgyz-Tajik
    /// border clashes").</summary>
    private bool PartyModifiesTheNoun(int noun)
    {
        int k = noun - 1;
        for (int modifiers = 0; k >= 0 && modifiers < 2 && IsLowerCasePlainWord(k); modifiers++) k--;
        return k >= 0 && (_entityAt[k] is { } party && ActorLabels.Contains(party.Label) || IsHyphenatedModifier(k) && char.IsUpper(_doc.Text[_doc.Tokens[_first + k].Start]));
    }

    private Event? Build(Candidate c, Action? action)
    {
        var span = action is null ? (c.Start, c.End) : (c.Start, action.End);
        string? verbLemma = c.Nominal ? null : LemmaOf(c.Start);
        if ((c.Type == "REQUEST" && !c.Nominal && ReportsAFact(c.End)) || NamesWhatWasDone(c.Start) || c.Nominal && RestatesAnActBefore(c)
            || TellsTheTollOf(c)) return null;
        // "accused the bloc of failing to defend Armenia during the border clashes with Azerbaijan": a clash is between the
        // sides its own phrase names ("clashes between Kyrgyz and Tajik troops", "Kyrgyz-Tajik border clashes"), no one else.
        if (c.Nominal && _low[c.Start] is "clash" or "clashes" && !(c.End < _count && _low[c.End] == "between") && !PartyModifiesTheNoun(c.Start)) return null;
        // "Yerevan's shift away from its traditional ally Russia": a noun of alliance right before a name describes the name.
        if (_low[c.Start] is "ally" or "allies" && c.End < _count && _entityAt[c.End] is { } described && ActorLabels.Contains(described.Label)) return null;
        // "Trump posted a video of the strike": an act a picture or a film shows is not staged by whoever shows it.
        if (!c.Nominal && c.FromPattern && DepictedAt(c.PatternEnd - 1)) return null;
        // "who won the Nobel Peace Prize last year": an award won is no party's support.
        if (!c.Nominal && verbLemma == "win" && WinsAnAward(c.End)) return null;
        // "Prigozhin was killed in a plane crash": a death by mishap is no one's act.
        if (!c.Nominal && c.Type == "ASSAULT" && c.End + 1 < _count && _low[c.End] == "in" && ObjectNounAmong(c.End + 1, MishapNouns)) return null;
        // "recalled its ambassador to Ethiopia for consultations": the diplomatic formula names no consultation held.
        if (c.Nominal && c.Type == "CONSULT" && c.Start >= 2 && _low[c.Start - 1] == "for" && RecalledBefore(c.Start - 1)) return null;
        // "Pashinyan, who has been engaged in a public feud with Catholicos Karekin II": to engage in what no pattern names is
        // force only when it is fighting or violence.
        if (!c.Nominal && !c.FromPattern && verbLemma == "engage" && c.End + 1 < _count && _low[c.End] == "in" && !ObjectNounAmong(c.End + 1, FightNouns)) return null;
        // "the board's argument that it was needed to keep him focused": what is needed or wanted asks nothing of anyone.
        if (!c.Nominal && verbLemma is "need" or "want" or "require" && IsPassive(c.Start)) return null;
        // "Gonzalez had been sheltering in the Dutch embassy": to shelter or hide in a place is to be sheltered, no aid given.
        if (!c.Nominal && verbLemma is "shelter" or "hide" && c.End < _count && _low[c.End] is "in" or "at" or "inside" or "with") return null;
        // "Putin returned to Moscow": to go back to a place is a journey, nothing given back.
        if (!c.Nominal && c.End + 1 < _count && _low[c.End] == "to" && _entityAt[c.End + 1] is { Label: EntityLabels.Loc }
            && verbLemma is { } back && GivingBack(back)) return null;
        var (actor, recipient, confidence) = c.Nominal ? NominalRoles(c, action) : VerbRoles(c);
        // "Venezuelan migrants deported by the United States": the people a participle of harm or custody describes, named by
        // their nationality, are the ones acted on.
        if (recipient is null && ParticipleOnPeopleBefore(c) && c.Start >= 2 && _entityAt[c.Start - 2] is { Label: EntityLabels.Norp } people
            && !(actor is not null && Same(people, actor))) recipient = people;
        // "in a case brought by South Africa accusing Israel of genocide": a participle right after the agent of a participle
        // that describes a noun is that agent's act, aimed at its own object.
        if (!c.Nominal && AgentRightBefore(c.Start) is { } agent && (actor is null || !Same(actor, agent)))
            (actor, recipient) = (agent, Object(c.End, agent));
        // "India strikes Pakistan after Kashmir attack": a place that is no state right before the act's noun (or a word that
        // is a noun as well as a verb's base form) is where it happened, whatever a subject search finds there.
        if ((c.Nominal || NominalTriggers.CodeOf(_low[c.Start]) is not null && _lexicon.VerbLemma(_low[c.Start]) == _low[c.Start])
            && actor is { Label: EntityLabels.Loc } where && !_lexicon.IsState(where.Canonical) && !_lexicon.IsState(where.Text) && TokenIndexOf(where.Start) is var w and >= 0
            && ModifiersOnlyBetween(LastToken(w, where), c.Start)) actor = c.Nominal ? StagerPast(w) : null;  // ("Israel Continues Rafah Strikes": its stager's.)
        // "Demonstrators chanting "Ruto must go" broke through …, setting part of the building on fire": a name quoted
        // takes no part in an act told outside the quotation.
        if (actor is not null && QuotedApart(actor, c.Start)) actor = null;
        if (recipient is not null && QuotedApart(recipient, c.Start, eitherWay: true)) recipient = null;
        // "During Xi's visit, the two sides signed …": "the two sides" right before the verb is its subject, whatever name
        // an opening phrase holds; so it is of a verb after "and" that shares that verb's subject ("met … and signed a declaration").
        int subjectVerb = c.Start >= 1 && _low[c.Start - 1] == "and" ? FirstVerbOfItsSubject(c.Start) : c.Start;
        // ("Both governments asked the OSCE to dissolve the Minsk Group": the verb's own object stays its recipient; "Both men
        // were freed": the pair of a passive is acted on, by no one named.)
        if (!c.Nominal && (actor is null || !IsSubjectRightBefore(actor, c.Start)) && !IsPassive(c.Start) && PairSubject(subjectVerb) is var (one, other))
            (actor, recipient, confidence) = recipient is not null && !Same(recipient, one) && !Same(recipient, other) && IsDirectObjectEntity(c.End, recipient)
                ? (one, recipient, 0.5) : (one, other, 0.5);
        // "Thousands protest in Belgrade", "Students marched through the capital": a protest by a crowd no name covers is an
        // event still, with no actor (news-event datasets code most protests so, by their protesters).
        // ("Students blocked major intersections in Belgrade": so is a way blocked by a crowd, as by a people's.)
        bool blocksAWay = c.Type == "COERCE" && !c.Nominal && verbLemma == "block" && ObjectNounAmong(c.End, Thoroughfares);
        // "marched through central Madrid on Saturday to protest against soaring rents": the purpose of a march that is a protest
        // itself is that protest, told once.
        if (!c.Nominal && c.Type == "PROTEST" && c.Start >= 1 && _low[c.Start - 1] == "to" && VerbBeforeItsPurpose(c.Start - 1) is int journey and >= 0
            && CandidateAt(journey) is { Type: "PROTEST" }) return null;
        bool riots = CrowdRiots(c, verbLemma, actor);
        // "Azerbaijani protesters gathered outside the Iranian embassy", "Thousands of protesters gathered outside parliament":
        // protesters who gather protest; they meet no one.
        bool protestersGather = c.Type == "CONSULT" && !c.Nominal && WordBeforeAuxiliaries(c.Start) is var gatherers and >= 0 && _low[gatherers] is "protesters" or "demonstrators";
        if (actor is null && !((c.Type == "PROTEST" || blocksAWay || riots || protestersGather) && UnnamedCrowdBefore(c.Start))) return null;
        // "an Azerbaijan Airlines jet crashed near Aktau, killing 38 people": a participle of harm after an accident's verb tells
        // its toll; the one whose craft it was did no harm.
        // ("accused Chinese vessels of ramming a supply boat, injuring several sailors": nor is the toll of a charged act, the
        // gerund after "of", told as done; it is part of the charge.)
        if (!c.Nominal && c.Start >= 2 && _low[c.Start - 1] == "," && HarmDoneParticiples.Contains(_low[c.Start])
            && VerbSharingItsSubject(c.Start) is int host and >= 0 && (AccidentVerbs.Contains(_low[host]) || host >= 1 && _low[host - 1] == "of")) return null;
        // "won the election, defeating Conservative leader Pierre Poilievre", "took 49.4% of the vote against 41.2% for Kim":
        // in a sentence about a vote, a verb of contest beats or takes no one by force.
        if (!c.Nominal && c.Type is "ASSAULT" or "COERCE" && recipient is null or { Label: EntityLabels.Person }
            && verbLemma is { } contest && ContestVerbs.Contains(contest) && AboutAVote()) return null;
        // "Nvidia and Advanced Micro Devices have agreed to pay the U.S. government": the party the committed act is aimed at is
        // the other party, before the co-subject.
        // ("Mirziyoyev and Rahmon agreed to jointly build two plants on the Zarafshan River": a place after a preposition,
        // where the act is, is no party in the co-subject's stead.)
        if (!c.Nominal && action is not null && Object(action.End, actor) is { } aimedAt
            && (recipient is null || IsCoSubject(recipient, c.Start) && !(aimedAt.Label == EntityLabels.Loc && PrecededByPreposition(aimedAt)))) recipient = aimedAt;
        // "agreed to sell its stake in Kazzinc … to Shukhrat Ibragimov": a sale or a transfer goes to the party after "to";
        // so does what is given back or up ("returned the Aghdam district to Azerbaijan": not to Aghdam).
        // ("agreed last year to return $182 million of her assets to Uzbekistan": past a time before the "to".)
        if (!c.Nominal && action is not null && InfinitiveAfter(c.End, action.End) is int infinitive && (_lexicon.VerbLemma(_low[infinitive]) ?? _low[infinitive]) is var moved
            && (TransferVerbs.Contains(moved) || moved is "sell" or "lend" or "lease" or "export" || GivingBack(moved)) && PartyAfterTo(action.End, actor) is { } receiver)
            recipient = receiver;
        if (!c.Nominal && action is null && verbLemma is { } givenBack && GivingBack(givenBack) && PartyAfterTo(c.End, actor) is { } owner)
            recipient = owner;
        // ("will send Ukraine two more Patriot systems": what is given goes to the party named right after the verb.)
        if (!c.Nominal && recipient is null && verbLemma is { } giving && TransferVerbs.Contains(giving) && IndirectObject(c.End) is { } indirect && !Same(indirect, actor))
            recipient = indirect;
        // ("sent 29 prisoners accused of drug trafficking to the United States": prisoners go to the state after "to".)
        if (!c.Nominal && c.Code == "063" && verbLemma is "send" or "transfer" && HeldPeopleObject(c.End) is var held and >= 0 && StateAfterTo(held) is { } receiving)
            recipient = receiving;
        // "carried out air strikes on Kabul": the event noun inside the verb's pattern names the target after it.
        // The trigger then spans the verb and its noun ("held a meeting").
        // ("would push for new EU sanctions on Tehran": not the name of the noun's own author before it.)
        if (!c.Nominal && NounInPattern(c) is { } noun && PrepositionalRecipient(noun.End, actor, c.Type) is { } target)
        {
            bool nounsAuthor = recipient is not null && ModifiesAnActNounBefore(recipient, noun.End, noun.Type);
            if (recipient is null || nounsAuthor || Same(recipient, target))
                (recipient, span) = (recipient is null || nounsAuthor ? target : recipient, (span.Item1, Math.Max(span.Item2, noun.End)));  // a state named keeps its name, not its capital's
        }
        // "is ready to sign a peace treaty with Armenia": so does the noun inside the pattern of the act committed to.
        if (!c.Nominal && recipient is null && action?.Coded is { } committedAct && NounInPattern(committedAct) is { } actNoun
            && PrepositionalRecipient(actNoun.End, actor, committedAct.Type) is { } partner) recipient = partner;
        // "ordered the arrest of Ricardo Yanez": after the pattern's noun of what is done to someone, "of" names that one (not
        // the one a request is made of: "demanded the release of …").
        if (!c.Nominal && recipient is null && c.Type != "REQUEST" && NounInPattern(c) is { } done && PatientNouns.Contains(_low[done.Start])
            && PartyAfterOf(done.End) is var (patient, _) && !Same(patient, actor))
            recipient = patient;
        // "issued an arrest warrant for chief executive Mark Bristow": the warrant names whom it is for.
        if (!c.Nominal && recipient is null && verbLemma == "issue" && WarrantFor(c.End) is int warrantFor and >= 0
            && PartyAfterPreposition(warrantFor) is var (wanted, _) && !Same(wanted, actor))
            recipient = wanted;
        // "refused to join Russia's gas union", "threatened to impose sanctions on Belarusian officials": the other party
        // is the one the act in the complement is aimed at, after that act's own pattern words.
        // ("threatened on Monday to break relations with Russia": past a time.)
        // ("threatened to expel Ethiopian troops": a party before the pattern's last word is the object too, unless it owns the
        // act's noun, "threatened to impose EU sanctions on Minsk".)
        if (recipient is null && !c.Nominal && action is null && PastATime(c.End) is var to && to + 1 < _count && _low[to] == "to"
            && MatchVerb(to + 1) is { Lemma: not null } complement)
        {
            var act = _candidates.FirstOrDefault(o => !o.Nominal && o.Start == to + 1);
            recipient = Object(complement.End, actor);
            if (act is not null && (recipient is null || TokenIndexOf(recipient.Start) >= act.PatternEnd || ModifiesAnActNounBefore(recipient, act.PatternEnd, act.Type)))
                recipient = Object(act.PatternEnd, actor);
        }
        // "met Mishustin … and discussed the resumption of Russian purchases of Turkmen gas": what is discussed is a topic; only
        // "with" names the other party.
        if (!c.Nominal && recipient is not null && verbLemma is "discuss" or "debate"
            && TokenIndexOf(recipient.Start) is var discussed && discussed > c.Start && !AfterWith(discussed))
            recipient = null;
        // "Putin met with Karimov … and signed a treaty": an act between equals after "and" is with the first verb's partner
        // ("met with Mohammed bin Salman and attended the forum": not an event attended, whose parties are its own).
        // "met Vladimir Putin in Moscow and asked for guarantees": so is a request for something.
        // ("condemned China's actions and reaffirmed its support": not after an act of another kind, whose object is no partner.)
        // ("suspended Gabon and called for a return to constitutional order": what is asked for is asked of the one the act before
        // was aimed at, whatever act that was.)
        bool asksFor = c.Type == "REQUEST" && c.Start + 1 < _count && _low[c.Start + 1] == "for";
        if (recipient is null && !c.Nominal && (Symmetric.Contains(c.Type) || asksFor)
            && VerbSharingItsSubject(c.Start) is var first and >= 0
            && (asksFor || !IsVerbOfAnAsymmetricAct(first))
            // ("said the fall of Assad was … and pledged to work with partners": a verb of saying has a clause, no partner, for object.)
            && !(ReportingVerbs.Contains(_low[first]) && _low[first] != "told")
            && _low[c.Start - 1] == "and" && verbLemma != "attend")
        {
            recipient = Object(MatchVerb(first).End, actor);
            // ("condemned the Israeli strikes and called for restraint": not a name that only says whose act the first verb's
            // object is; restraint is asked of all.)
            if (asksFor && recipient is not null && TokenIndexOf(recipient.Start) is var named and >= 0 && LastToken(named, recipient) + 1 is var act
                && act < _count && _isTrigger[act] && NominalTriggers.CodeOf(_low[act]) is not null) recipient = null;
        }
        // "Xi arrived in Astana": a visit's host is the place it goes to; "Putin left Moscow for Beijing": the place after
        // a visit pattern's "for".
        if (recipient is null && !c.Nominal && verbLemma is { } lemma && MovementVerbs.Contains(lemma)) recipient = Destination(c.End, actor);
        // ("led the talks for Bishkek": after an object that is no place, "for" names the side one acts for.)
        if (!c.Nominal && c.FromPattern && c.Code == "042" && c.PatternEnd < _count && _low[c.PatternEnd - 1] == "for"
            && Enumerable.Range(c.End, c.PatternEnd - 1 - c.End).All(k => _entityAt[k] is not null)
            && _entityAt[c.PatternEnd] is { } destination && ActorLabels.Contains(destination.Label)) recipient = destination;
        // "Mujahid said Islamabad had made demands and accused it of …": a verb after "and" whose object pronoun stands for
        // the reported clause's subject joins the reporting verb, whose subject acts on it. "Kosovo said they had been
        // abducted inside Kosovo and demanded their release": so does one whose object is what is done to the clause's
        // subject ("their release"), no party the act is aimed at.
        bool ownPatient = !c.Nominal && c.End + 1 < _count && _low[c.End] is "their" or "his" or "its" && PatientNouns.Contains(_low[c.End + 1]);
        if (!c.Nominal && (recipient is null || ownPatient) && c.End < _count && (_low[c.End] is "it" or "him" or "her" or "them" || ownPatient)
            && c.Start >= 1 && _low[c.Start - 1] == "and" && ResolvePronoun(c.End) is { } referent && Same(referent, actor)
            && ReportingVerbBefore(FirstVerbOfItsSubject(c.Start)) is int reporting and >= 0 && Subject(reporting, out _) is { Possessive: false } speaker)
            (actor, recipient) = (speaker.Entity, ownPatient ? null : referent);
        if (recipient is not null && Same(actor, recipient)) recipient = null;
        // "Qatari air defenses intercepted most of the missiles": to stop projectiles in flight seizes nothing.
        if (!c.Nominal && verbLemma == "intercept" && InterceptsProjectiles(c.End)) return null;
        // "Israel sent troops into the buffer zone": forces sent into a place go in uninvited; "sent the aircraft carrier USS
        // Gerald R. Ford to the Caribbean": arms or forces sent to a sea or a region (no state or its capital) are deployed
        // there. Neither helps anyone.
        if (!c.Nominal && c.Type is "COOPERATE" or "AID" && verbLemma is "send" or "dispatch" or "deploy"
            && (SentInto(c.End)
                || recipient is { Label: EntityLabels.Loc } region && !StandsForAState(region)
                   && (WeaponObject(c.End) || c.End < _count && _low[c.End] is "troops" or "forces" or "warships" or "soldiers" or "jets"))) return null;
        // A verb needs its second party unless its act is typically intransitive (protest, mobilize), a dictionary
        // pattern fixed the reading of a non-interactive act, or it commits to an action; noun triggers come from a
        // curated table. A verb with one reading only needs no second party ("vetoed the law", "refused to apologize"), a weapon
        // as the object of an assault verb fixes its reading too ("fired a ballistic missile toward the sea"), so does a target
        // struck or seized ("attacked a village near Kharkiv", "seized an oil tanker") or people it is done to ("civilians were
        // killed by …"), and so does an
        // act's noun among a request's or a complaint's pattern words ("Egypt called for a ceasefire": an appeal, to no one named;
        // "lodged a diplomatic protest": a complaint).
        if (recipient is null && !c.Nominal && action is null && (Interactive.Contains(c.Type) || (!c.FromPattern && c.Type is not ("PROTEST" or "MOBILIZE")))
            // ("praised the visit": a pattern that reads a meeting or cooperation off another verb still needs its party;
            // "boycotted its summits", a refusal read off a verb of coercion, does not.)
            && !(verbLemma is { } lemmaOfTheAct && UnmistakableVerbs.Contains(lemmaOfTheAct)
                 && (!c.FromPattern || c.Type is not ("CONSULT" or "COOPERATE" or "AID" or "AGREE")
                     || DefaultTypeOf(lemmaOfTheAct) is not { } own || own == c.Type))
            && !(c.Type == "ASSAULT" && WeaponObject(c.End) || c.Type is "ASSAULT" or "COERCE" && (ForceTargetObject(c.End) >= 0 || DoneToPeople(c)) || blocksAWay || riots || protestersGather
                 || c.Info == Execution)
            // ("Belarus released 14 political prisoners": so does a release of people.)
            // ("ordered the release of 119 people": so do people after the "of" of the pattern's noun of release.)
            && !(c.Type == "RETREAT" && c.Code.StartsWith("084", StringComparison.Ordinal)
                 && (DoneToPeople(c) || c.FromPattern && c.PatternEnd + 1 < _count && _low[c.PatternEnd] == "of" && ReleasesPeople(c.PatternEnd + 1)))
            // ("warned Israel's enemies": so does a threat to adversaries left unnamed.)
            && !(c.Type == "THREATEN" && ObjectNounAmong(c.End, AdversaryNouns))
            // ("Denmark withdrew its special forces": so does forces withdrawn, and "France recalled its ambassador": an envoy
            // recalled, wherever they served.)
            && !(c.Type == "RETREAT" && c.Code is "0874" or "087" && verbLemma != "surrender" && ObjectNounAmong(c.End, DispatchedForces))
            && !(c.FromPattern && c.Code == "161" && (PatternWordAt(c, "ambassador") || PatternWordAt(c, "diplomat")))
            && !(c.Type is "REQUEST" or "ACCUSE" && NounInPattern(c) is not null)
            // ("dissolved all political parties": so does a ban of parties, whose noun names those it is done to.)
            && c.Code != "1722"
            // ("Saudi Arabia called for restraint": so does what an appeal's pattern asks for, past its preposition.)
            && !(c.Type == "REQUEST" && AsksForWhatItsPatternNames(c))
            // ("called on supporters to boycott companies": and an appeal to people unnamed to do something, as "urged" is.)
            && !(c.Type == "REQUEST" && verbLemma == "call" && c.End < _count && _low[c.End] == "on" && InfinitiveAfterAnUnnamedObject(c.End + 1))
            // ("Hungary vowed to block any new sanctions on Russia": a refusal whose object is an act's noun refuses that act.)
            && !(c.Type == "REJECT" && ObjectIsAnAct(c.End))
            // ("Russia welcomed the agreement": an accord welcomed is endorsed, as one praised is, whoever made it.)
            && !(c.Type == "SUPPORT" && verbLemma is "welcome" or "hail" or "applaud" or "endorse" && ObjectNounAmong(c.End, AccordNouns))
            // ("Moscow denied the accusations", "The Taliban denied harboring militants", "…, which Abu Dhabi denies": a charge
            // denied is rejected, PLOVER's reading of CAMEO's "deny responsibility", whoever made it; so is a claim denied,
            // "The Kremlin denied that Russian drones had entered Polish airspace".)
            && !(c.Type == "REJECT" && verbLemma is "deny" && c.End < _count && _low[c.End] == "that")
            // ("Hezbollah denied any role in the rocket attack": so is a part in an act denied.)
            && !(c.Type == "REJECT" && verbLemma is "deny" or "dismiss" or "reject" or "refute" && (ObjectNounAmong(c.End, ChargeNouns) || IsGerund(c.End)
                                                                                                  || ObjectNounAmong(c.End, PartInAnAct)
                                                                                                  || IsVerbOfARelativeObject(c.Start) || ChargeBeforeItsSubject(c.Start)))
            // ("burned their weapons": laying down one's own arms is done to no one, nor is a truce declared, a surrender or a
            // resignation.)
            && c.Code != "0873" && !(c.Code == "0874" && verbLemma == "surrender") && !(c.Code == "0871" && ObjectNounAmong(c.End, TruceNouns))
            // ("declared martial law": emergency rule is imposed on no one named.)
            && c.Code is not ("1723" or "1724")
            && c.Info != Resignation
            // ("Serbia lifted a night curfew in Montenegro", "lifted a state of emergency", "suspended some sanctions on Syria's
            // energy sector": a measure eased names the concession, wherever it held.)
            && !((c.Type == "CONCEDE" || c.Code == "085") && (ObjectNounAmong(c.End, EasedMeasures) || c.FromPattern && PatternWordAt(c, "emergency")))) return null;

        string status = Status(span.Item1, c);
        string type = action is not null ? "AGREE" : c.Type;
        string? officialComplaint = null;
        // "despite a threat by U.S. President Donald Trump to retaliate against EU rules": a hostile act that a threat names is
        // threatened, not done.
        if (!c.Nominal && type is "ASSAULT" or "COERCE" or "SANCTION" && ThreatensTheAct(c.Start)) type = "THREATEN";
        // "Philippines protests Chinese water cannon attack", "Astana's protest": a state's protest is a complaint lodged, not a
        // demonstration (CAMEO 114); protests in the plural are crowds ("accused Russia of organising protests").
        // ("summoned the Russian ambassador to deliver a note of protest": so is a protest a pattern's words deliver; and a
        // ministry's: "Azerbaijan's Defense Ministry protested", "Cambodia's Ministry of Foreign Affairs protested the seizure".)
        if (type == "PROTEST" && (_low[c.Start] is "protest" or "protested" or "protests" or "protesting" && !(c.Nominal && _low[c.Start] == "protests")
                                  || !c.Nominal && c.FromPattern && PatternWordAt(c, "protest"))
            && actor is not null && (StandsForAState(actor) || actor.Label == EntityLabels.Org && (actor.Text.EndsWith(" Ministry", StringComparison.Ordinal)
                                                                                                   || actor.Text.StartsWith("Ministry ", StringComparison.Ordinal)))
            && _lexicon.Code("114") is { } complaint)
            (type, officialComplaint) = (complaint.Type, complaint.Mode);
        // "Serbian Students Block Bridges", "Kurdish protesters blocked roads": a people's crowd blocking a way obstructs passage
        // (CAMEO 144, PROTEST); a state blocking one coerces.
        if (type == "COERCE" && blocksAWay && actor?.Label is null or EntityLabels.Norp && _lexicon.Code("144") is { } obstruction)
            (type, officialComplaint) = (obstruction.Type, obstruction.Mode);
        // ("Thousands of protesters stormed Kenya's parliament": a crowd's force against a place is a riot, CAMEO 145.)
        if (riots && _lexicon.Code("145") is { } riot) (type, officialComplaint) = (riot.Type, riot.Mode);
        // "Trump and Zelenskiy clashed in the Oval Office": people who clash with each other clash in words (CAMEO 111), not arms.
        if (type == "ASSAULT" && verbLemma == "clash" && actor is { Label: EntityLabels.Person } && recipient is { Label: EntityLabels.Person }
            && _lexicon.Code("111") is { } criticism)
            (type, officialComplaint) = (criticism.Type, criticism.Mode);
        if (protestersGather && _lexicon.Code("141") is { } rally) (type, officialComplaint) = (rally.Type, rally.Mode);
        // "is preparing to reject the ceasefire", "plans to strike": an intention (not an agreement or a decision) to act
        // against someone is that act, anticipated; PLOVER's intent to cooperate is for cooperation.
        if (action?.Coded is { Type: "REJECT" or "THREATEN" or "ASSAULT" or "COERCE" or "SANCTION" or "PROTEST" or "ACCUSE" or "MOBILIZE" } hostile
            && !c.Nominal && verbLemma is not ("agree" or "sign" or "decide" or "vote"))
            (type, status) = (hostile.Type, EventTypes.Anticipated);
        // "voted on Saturday to impeach President Yoon": a vote to charge or condemn is the charge, done by the vote.
        if (action?.Coded is { Type: "ACCUSE" } charge && !c.Nominal && verbLemma == "vote") type = charge.Type;
        string? mode = officialComplaint ?? action?.Mode ?? c.Info.Mode;
        // PLOVER: intended cooperation is coded as the intent to cooperate (as CAMEO2PLOVER does for 03x, including
        // 035 "intent to yield"); mode keeps what was intended.
        string actType = type;
        if (status == EventTypes.Anticipated && type is "CONSULT" or "SUPPORT" or "COOPERATE" or "AID" or "CONCEDE" or "RETREAT") type = "AGREE";
        // So is a conflictual act said to come or vowed a threat (PLOVER: THREATEN, not ASSAULT + future; the mode keeps its
        // content): after a modal ("said they will reimpose sanctions") or a verb of intent ("vowed to defeat", "promised to
        // deport"); not an act's purpose ("set up a force to fight al-Qaeda"), an attempt ("tried to hack"), a decision
        // announced ("announced it would prohibit all aid", the measure) or an act's noun, whose own party the clause's future
        // need not be ("will comply with Western sanctions").
        if (status == EventTypes.Anticipated && !c.Nominal && type is "ASSAULT" or "COERCE" or "SANCTION"
            && (IsSaidOrVowed(span.Item1) || action is not null && verbLemma is { } intent && IntentWords.Contains(intent))
            && !(ReportingVerbBefore(span.Item1) is var announcing and >= 0 && _lexicon.VerbLemma(_low[announcing]) is "announce" or "decide"))
            type = "THREATEN";

        int startChar = _doc.Tokens[_first + span.Item1].Start, endChar = _doc.Tokens[_first + span.Item2 - 1].End;
        var ev = new Event
        {
            Id = "",
            Type = type,
            Mode = mode,
            Trigger = new Trigger(startChar, endChar, _doc.Slice(startChar, endChar)),
            Status = status,
            Confidence = Math.Clamp(confidence + (recipient is null ? 0 : 0.1) + (c.FromPattern ? 0.1 : 0), 0, 1),
            Source = EventStage.StageName,
        };
        if (actor is not null) ev.Arguments.Add(new EventArgument { Role = "actor", Entity = actor.Id });
        if (recipient is not null) ev.Arguments.Add(new EventArgument { Role = "recipient", Entity = recipient.Id });
        AddContextArguments(ev, actType, span.Item2, c.PatternEnd, actor, recipient);
        if (actor?.Label == EntityLabels.Loc && _lexicon.CountryOfCapital(actor.Canonical) is { } country) ev.ActorCountry = country;
        return ev;
    }

    /// <summary>"Japan and South Korea said (that) they …": the names of the list that is the subject of the verb of saying right
    /// before the "they" at <paramref name="they"/>; none where one name alone says it.</summary>
    private List<Entity> SpeakersTheyStandsFor(int they)
    {
        var speakers = new List<Entity>();
        int k = they - 1;
        if (k >= 0 && _low[k] == "that") k--;
        if (k < 1 || !ReportingVerbs.Contains(_low[k])) return speakers;
        for (k--; k >= 0 && _entityAt[k] is { } name && ActorLabels.Contains(name.Label); )
        {
            speakers.Add(name);
            k = FirstToken(k, name) - 1;
            if (k >= 0 && _low[k] == "the") k--;
            if (k < 1 || _low[k] is not ("and" or ",")) break;
            k--;
            if (k >= 0 && _low[k] == ",") k--;
        }
        return speakers.Count > 1 ? speakers : [];
    }

    /// <summary>Verbs of taking a place by force.</summary>
    private static readonly HashSet<string> TakingVerbs = new(StringComparer.Ordinal)
        { "seize", "capture", "recapture", "retake", "take", "overrun", "occupy", "wrest", "liberate", "take back" };

    /// <summary>Verbs of a crowd's violence against places and things.</summary>
    private static readonly HashSet<string> RiotVerbs = new(StringComparer.Ordinal)
        { "storm", "ransack", "torch", "smash", "vandalise", "vandalize", "pelt", "stone", "hurl", "throw", "attack" };

    /// <summary>"Thousands of protesters stormed Kenya's parliament", "Kurdish protesters stormed the Swedish consulate": force
    /// (<see cref="RiotVerbs"/>) that a crowd no name covers, or a people's crowd, does is a riot (CAMEO 145, PROTEST), not an
    /// armed attack; gunmen storming a village are no crowd.</summary>
    private bool CrowdRiots(Candidate c, string? verbLemma, Entity? actor)
    {
        if (c.Type != "ASSAULT" || c.Nominal || verbLemma is null || !RiotVerbs.Contains(verbLemma) || IsPassive(c.Start)) return false;
        if (actor is null) return UnnamedCrowdBefore(c.Start);
        int crowd = WordBeforeAuxiliaries(c.Start);
        return actor.Label == EntityLabels.Norp && crowd >= 1 && _entityAt[crowd] is null && CrowdNouns.Contains(_low[crowd]) && _entityAt[crowd - 1] == actor;
    }

    /// <summary>Plural nouns of people who protest as a crowd.</summary>
    private static readonly HashSet<string> CrowdNouns = new(StringComparer.Ordinal)
    {
        "protesters", "protestors", "demonstrators", "marchers", "students", "people", "thousands", "hundreds", "dozens", "workers", "farmers",
        "residents", "activists", "supporters", "crowds", "teachers", "doctors", "nurses", "miners", "villagers", "women", "youths", "citizens",
        "pensioners", "truckers", "drivers", "employees", "unionists", "unions", "relatives", "families", "veterans", "rioters",
    };

    /// <summary>"Tens of thousands of people marched", "Thousands protest": the verb's subject, right before it (past auxiliaries,
    /// adverbs, a relative clause and a phrase of "in" a place, or before the verb a second one shares it with), is a crowd's noun (<see cref="CrowdNouns"/>) no name covers, whose phrase (counts, "of", lower-case modifiers,
    /// other crowds' nouns joined by "and") opens the sentence or follows a comma or a conjunction of time, or that a relative clause's
    /// "who" stands for.</summary>
    private bool UnnamedCrowdBefore(int verb)
    {
        // ("prompting thousands of protesters to rally": or the object of a verb that brings the act about.)
        bool prompted = verb >= 1 && _low[verb - 1] == "to";
        // ("Thousands of people gathered outside parliament to protest": or the subject of the verb an infinitive of purpose follows.)
        if (prompted && VerbBeforeItsPurpose(verb - 1) is int purposeful and >= 0) return UnnamedCrowdBefore(purposeful);
        int k = prompted ? verb - 2 : WordBeforeAuxiliaries(verb);
        // ("Protesters set fire to a police station and blocked roads": the subject of the verb a second one after "and" shares;
        // "Students, who have led the protests for months, blocked …": past a relative clause on it.)
        if (!prompted && k >= 0 && _low[k] == "and" && VerbSharingItsSubject(verb) is var shared and >= 0) k = WordBeforeAuxiliaries(shared);
        // ("fired tear gas at thousands of protesters who marched on parliament": or the crowd a relative clause is on.)
        if (!prompted && k >= 1 && _low[k] == "who" && _entityAt[k - 1] is null && CrowdNouns.Contains(_low[k - 1])) return true;
        if (k >= 1 && _low[k] == "," && RelativeClauseClosedAt(k) is var opened and >= 1) k = opened - 1;
        // ("Protesters in Tbilisi marched to parliament": past the place the crowd is in.)
        if (k >= 2 && _entityAt[k] is { Label: EntityLabels.Loc } place && FirstToken(k, place) is var first && first >= 2 && _low[first - 1] == "in") k = first - 2;
        // ("Families of hostages held in Gaza protested": past a participle on the noun before it.)
        if (k >= 2 && _entityAt[k] is null && IsLowerCasePlainWord(k) && IsPastForm(k) && _entityAt[k - 1] is null && IsLowerCasePlainWord(k - 1)
            && _low[k - 2] == "of") k--;
        // ("Thousands of supporters of the junta rallied": past the unnamed body whose supporters they are.)
        if (k >= 2 && _entityAt[k] is null && IsLowerCasePlainWord(k) && (_low[k - 1] == "the" ? k - 2 : k - 1) is var of && of >= 1 && _low[of] == "of"
            && CrowdNouns.Contains(_low[of - 1])) k = of - 1;
        if (k < 0 || _entityAt[k] is not null || !CrowdNouns.Contains(_low[k])) return false;
        int opening = AfterDateline(verb);
        // ("hundreds of thousands of students and teachers marched": crowds' nouns may be joined.)
        for (k--; k >= opening && _entityAt[k] is null && (IsLowerCasePlainWord(k) && !Prepositions.Contains(_low[k]) && _low[k] is not ("as" or "when") && LemmaOf(k) is null || _low[k] == "of"
                                                           || _low[k] is "and" or "or" && k >= 1 && CrowdNouns.Contains(_low[k - 1])
                                                           || IsNumberWord(k) || Determiners.Contains(_low[k]) || k == opening && IsPlainWord(k)); k--) { }
        // ("vetoed the law a day after thousands of students marched": or opens a clause of time; "detained the opposition leader as
        // tens of thousands of people rallied": or of "as" or "when".)
        return prompted ? k >= 0 && PromptingVerbs.Contains(_low[k]) : k < opening || _low[k] is "," or "as" or "when" || TimeConjunctions.Contains(_low[k]);
    }

    /// <summary>The past form of a verb of moving, gathering or defying ("gathered", "marched", "took to the streets", "defied a
    /// curfew") up to eight words before the "to" at <paramref name="to"/> of an infinitive of purpose, with only lower-case words,
    /// prepositions, places and times between; or -1.</summary>
    private int VerbBeforeItsPurpose(int to)
    {
        for (int k = to - 1; k >= Math.Max(0, to - 8); k--)
        {
            if (_entityAt[k] is { } place) { if (place.Label is not (EntityLabels.Loc or EntityLabels.Date)) return -1; k = FirstToken(k, place); continue; }
            if (LemmaOf(k) is "gather" or "march" or "rally" or "assemble" or "converge" or "take" or "come" or "flock" or "turn" or "defy" && IsPastForm(k)) return k;
            if (!IsLowerCasePlainWord(k) && !(_entityAt[k] is null && Prepositions.Contains(_low[k]))) return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> LaunchVerbs = new(StringComparer.Ordinal) { "launch", "drop", "hurl", "lob" };
    private static readonly HashSet<string> StoppingVerbs = new(StringComparer.Ordinal) { "suspend", "halt", "freeze", "end", "stop", "pause", "cut", "sever" };
    private static readonly HashSet<string> SupplyNouns = new(StringComparer.Ordinal)
        { "deliveries", "supplies", "shipments", "exports", "supply", "transit", "imports", "purchases", "sales", "payments", "funding", "financing", "subsidies", "aid", "assistance" };
    private static readonly HashSet<string> RelationNouns = new(StringComparer.Ordinal)
        { "cooperation", "ties", "relations", "contacts", "dialogue", "membership", "participation", "links", "trade", "partnership", "sharing" };

    /// <summary>The code of reducing relations when the verb's object, past a determiner or possessive and up to two
    /// modifiers, is a relation ("all cooperation", "its diplomatic ties"): 161 when diplomatic, else 160; 162 when it is a
    /// supply ("gas deliveries"); or null.</summary>
    private string? RelationObject(int verbEnd)
    {
        bool diplomatic = false;
        for (int i = verbEnd, modifiers = 0; i < _count && modifiers <= 2; i++)
        {
            if (RelationNouns.Contains(_low[i])) return diplomatic ? "161" : "160";
            // "halted gas deliveries to Ukraine": to stop supplies is to cut them (CAMEO 162, as "cut supplies"); so is to stop
            // supplying ("stopped supplying gas to Moldova").
            if (SupplyNouns.Contains(_low[i]) || i == verbEnd && _low[i] is "supplying" or "delivering" or "shipping" or "exporting" or "pumping") return "162";
            // "suspended Madagascar's membership": past the possessor whose relation it is.
            if (_entityAt[i] is { } owner && i == verbEnd && LastToken(i, owner) + 1 < _count && _low[LastToken(i, owner) + 1] is "'s" or "’s")
            {
                i = LastToken(i, owner) + 1;
                continue;
            }
            // ("paused all U.S. military aid to Ukraine": past "all" and a party's name that modifies the noun.)
            if (_entityAt[i] is { } giver && ActorLabels.Contains(giver.Label) && !IsPossessive(giver) && LastToken(i, giver) + 1 < _count
                && IsLowerCasePlainWord(LastToken(i, giver) + 1) && ++modifiers <= 2)
            {
                i = LastToken(i, giver);
                continue;
            }
            // ("Suspends Oil Exports to Benin": a headline capitalises the modifiers.)
            if (_entityAt[i] is not null || !(IsDeterminerOrPossessive(_low[i]) || _low[i] == "all" || (IsLowerCasePlainWord(i) || _headline && IsPlainWord(i)) && ++modifiers <= 2)) return null;
            diplomatic |= _low[i] == "diplomatic";
        }
        return null;
    }

    /// <summary>The party after "in" or "with" of a relation's noun that <paramref name="possessor"/> owns ("Armenia's
    /// participation in the CSTO", "Russia's ties with Iran"), or null.</summary>
    private Entity? PartnerInARelation(Entity possessor)
    {
        int i = LastToken(TokenIndexOf(possessor.Start), possessor) + 1;
        if (i + 3 >= _count || _low[i] is not ("'s" or "’s")) return null;
        i++;
        if (!RelationNouns.Contains(_low[i]) && IsLowerCasePlainWord(i)) i++;  // "diplomatic ties"
        if (i + 2 >= _count || !RelationNouns.Contains(_low[i]) || _low[i + 1] is not ("in" or "with")) return null;
        int party = _low[i + 2] == "the" ? i + 3 : i + 2;
        // ("froze Armenia's participation in the Russian-led Collective Security Treaty Organization": past the body's modifiers.)
        for (int modifiers = 0; modifiers < 2 && party < _count && (IsHyphenatedModifier(party) || IsLowerCasePlainWord(party)); modifiers++) party++;
        return party < _count && _entityAt[party] is { } other && ActorLabels.Contains(other.Label) && other.Label != EntityLabels.Norp ? other : null;
    }

    /// <summary>A "for" between <paramref name="from"/> and <paramref name="to"/> opens the phrase of an act's noun, past an
    /// article ("for the killing of …", "for the attack").</summary>
    private bool ForAnActBefore(int from, int to)
    {
        for (int k = from; k + 1 < Math.Min(to, _count); k++)
        {
            if (_low[k] != "for") continue;
            int act = Determiners.Contains(_low[k + 1]) ? k + 2 : k + 1;
            if (act < _count && (_low[act] is "killing" or "killings" or "death" or "deaths" or "murder" || NominalTriggers.CodeOf(_low[act]) is not null)) return true;
        }
        return false;
    }

    /// <summary>The first party after a "between" in the object from <paramref name="from"/>, within six words, before its clause
    /// ends; or null.</summary>
    private (Entity Party, int End)? BetweenInTheObject(int from)
    {
        for (int k = from; k + 1 < Math.Min(_count, from + 7); k++)
        {
            if (IsClauseBreak(k) || _low[k] is "which" or "who" or "that") return null;
            if (_low[k] == "between") return PartyFrom(k + 1);
        }
        return null;
    }

    /// <summary>Verbs by which a body takes up a measure (<see cref="AdoptsACoercion"/>).</summary>
    private static readonly HashSet<string> AdoptingVerbs = new(StringComparer.Ordinal)
        { "approve", "adopt", "agree", "endorse", "pass", "unveil", "announce", "introduce", "extend", "renew", "expand", "tighten" };

    /// <summary>Words of a noun phrase that measures or counts a measure ("an 18th package of", "a new round of").</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
        { "package", "round", "set", "raft", "series", "wave", "list", "of", "new", "fresh", "further", "more", "additional", "tougher", "sweeping" };

    /// <summary>
    /// The verb's object is an event noun of coercion (sanctions, an embargo): after a determiner, an ordinal or number,
    /// words of <see cref="MeasureWords"/> and a date with its preposition ("agreed on Friday an 18th package of sanctions").
    /// </summary>
    private bool AdoptsACoercion(int verbEnd)
    {
        int i = verbEnd;
        if (i + 1 < _count && _low[i] is "on" or "in" && _entityAt[i + 1] is { Label: EntityLabels.Date } date) i = LastToken(i + 1, date) + 1;
        for (int words = 0; i < _count && words < 6; i++, words++)
        {
            if (NominalTriggers.CodeOf(_low[i]) is { } code) return _lexicon.Code(code)?.Type == "COERCE";
            if (_entityAt[i] is not null || !(Determiners.Contains(_low[i]) || MeasureWords.Contains(_low[i]) || _doc.Tokens[_first + i].Kind == TokenKind.Number
                                                || Entities.Rules.NameRules.IsOrdinal(_low[i]))) return false;
        }
        return false;
    }

    /// <summary>Nouns of a party's part in an act ("denied any role in the attack").</summary>
    private static readonly HashSet<string> PartInAnAct = new(StringComparer.Ordinal) { "role", "involvement", "responsibility", "part", "hand", "link", "links" };

    /// <summary>The name right before the participle at <paramref name="participle"/>, after "by" and a past participle
    /// ("brought by South Africa accusing …"); or null.</summary>
    private Entity? AgentRightBefore(int participle)
    {
        if (participle < 3 || !_low[participle].EndsWith("ing", StringComparison.Ordinal) || _entityAt[participle - 1] is not { } agent
            || !ActorLabels.Contains(agent.Label)) return null;
        int first = FirstToken(participle - 1, agent);
        // ("brought": an irregular participle the dictionary's verbs need not have.)
        return first >= 2 && _low[first - 1] == "by" && _entityAt[first - 2] is null && (IsPastForm(first - 2) || _low[first - 2] is "brought" or "led" or "made")
               && !IsPassive(first - 2) ? agent : null;
    }

    /// <summary>An object of up to four lower-case words from <paramref name="from"/> ("supporters", "the international
    /// community"), then an infinitive.</summary>
    private bool InfinitiveAfterAnUnnamedObject(int from)
    {
        for (int k = from; k < _count && k - from <= 4; k++)
        {
            // (A verb's base form after "to" is one, though it is an act's noun too: "to boycott companies".)
            if (k > from && _low[k] == "to") return k + 1 < _count && (IsInfinitive(k + 1) || _entityAt[k + 1] is null && _lexicon.VerbLemma(_low[k + 1]) == _low[k + 1]);
            if (!(IsLowerCasePlainWord(k) || Determiners.Contains(_low[k]))) return false;
        }
        return false;
    }

    /// <summary>
    /// Verbs whose dictionary reading is the act whatever follows them: they make an event with no second party named ("the
    /// ELN bombed a military base", "refused to apologize"), unlike "hit", "fire", "strike" or "beat", which need one to be
    /// read as force.
    /// </summary>
    private static readonly HashSet<string> UnmistakableVerbs = new(StringComparer.Ordinal)
    {
        "bomb", "bombard", "shell", "ambush", "assassinate", "massacre", "behead", "kidnap", "abduct", "besiege", "confiscate", "demolish",
        "veto", "reject", "refuse", "accuse", "condemn", "denounce", "blame", "threaten", "sanction", "expel", "arrest", "detain", "boycott",
        "demand", "ban", "prohibit", "outlaw", "jail", "imprison", "criticize", "criticise", "praise", "commend", "urge", "mediate",
    };

    /// <summary>The name listed or coordinated before <paramref name="conjunct"/> (<see cref="NamedBeforeInList"/>) as another subject
    /// of the verb at <paramref name="verb"/>: not <paramref name="actor"/>, no possessor, in no phrase of a preposition and not yet
    /// among the co-actors; or null.</summary>
    private Mention? NextCoSubject(Mention conjunct, int verb, Entity actor) =>
        NamedBeforeInList(conjunct, verb) is { } coSubject && !Same(coSubject, actor) && !IsPossessive(coSubject)
        && TokenIndexOf(coSubject.Start) is var coToken and >= 0 && !InPrepositionalPhrase(coToken) && !AmongCoActors(coSubject)
            ? new Mention(coSubject, coToken, false, false) : null;

    /// <summary>The token after a time at <paramref name="i"/> ("on Monday", "last week"), or <paramref name="i"/> where none is.</summary>
    private int PastATime(int i)
    {
        int k = i + 1 < _count && _low[i] is "on" or "in" or "at" && _entityAt[i + 1] is { Label: EntityLabels.Date } ? i + 1 : i;
        return k < _count && _entityAt[k] is { Label: EntityLabels.Date } when ? LastToken(k, when) + 1 : i;
    }

    private static readonly HashSet<string> Thoroughfares = new(StringComparer.Ordinal)
    {
        "road", "roads", "bridge", "bridges", "highway", "highways", "street", "streets", "motorway", "motorways", "railway", "railways",
        "junction", "junctions", "intersection", "intersections", "entrance", "entrances", "traffic", "crossing", "crossings",
    };

    /// <summary>A request's pattern runs on past its "for" to a word of what is asked for ("called for restraint"), not only to
    /// the preposition that names whom it is asked of ("called on").</summary>
    private bool AsksForWhatItsPatternNames(Candidate c) =>
        c.FromPattern && c.End < _count && _low[c.End] == "for" && c.PatternEnd - 1 > c.End && c.PatternEnd <= _count && !Prepositions.Contains(_low[c.PatternEnd - 1]);

    /// <summary>Verbs of travel whose destination is the host of the visit they make (CAMEO 040/042).</summary>
    private static readonly HashSet<string> MovementVerbs = new(StringComparer.Ordinal) { "arrive", "travel", "fly", "visit", "tour" };

    /// <summary>The place right after "in", "to" or "at" following a verb of travel, within its clause.</summary>
    private Entity? Destination(int from, Entity? actor)
    {
        for (int i = from; i < Math.Min(_count - 1, from + 4); i++)
        {
            if (IsClauseBreak(i) || _isTrigger[i]) return null;
            if (_low[i] is "in" or "to" or "at" && _entityAt[i + 1] is { Label: EntityLabels.Loc } place && !Same(place, actor)) return place;
        }
        return null;
    }

    /// <summary>The names of <paramref name="recipient"/>'s kind listed after it (", X", "and the Y"), each acted on by
    /// <paramref name="actor"/> as a co-subject's event is added (<see cref="CoActors"/>); none where the list's last name
    /// opens a verb phrase.</summary>
    private void AddObjectsListedAfter(Entity actor, Entity recipient)
    {
        int k = LastToken(TokenIndexOf(recipient.Start), recipient) + 1;
        for (int added = 0; k + 1 < _count && added < 4 && _low[k] is "," or "and"; added++)
        {
            // ("killing three Palestinians, the Palestinian health ministry said": a reporting clause ends the list.)
            if (_low[k] == "," && IsReportingClause(k + 1)) break;
            // "and" (or ", and") before a name makes it the list's last.
            bool last = _low[k] == "and" || _low[k + 1] == "and";
            int next = _low[k] == "," && _low[k + 1] == "and" ? k + 2 : k + 1;
            if (next < _count && _low[next] == "the") next++;
            if (next >= _count || _entityAt[next] is not { } listed || listed.Label != recipient.Label || Same(listed, actor)) break;
            int end = LastToken(next, listed) + 1;
            // ("sentenced Makhabat Tazhibek kyzy, Temirov's wife and the outlet's director": a possessor opens an apposition.)
            if (StartsAVerbPhraseAfter(end) || end < _count && _low[end] is "'s" or "’s") break;
            CoActors.Add((actor, listed));
            if (last) break;
            k = end;
        }
    }

    /// <summary>The past form that the participle at <paramref name="start"/> is joined to by "and" or "or", within its clause;
    /// or -1.</summary>
    private int JoinedPassive(int start)
    {
        if (start < 2 || _low[start - 1] is not ("and" or "or")) return -1;
        for (int k = start - 2; k >= Math.Max(0, start - 12) && !IsClauseBreak(k) && _low[k] != ","; k--)
            if (_entityAt[k] is null && IsPastForm(k)) return IsPassive(k) ? k : -1;
        return -1;
    }

    private (Entity? Actor, Entity? Recipient, double Confidence) VerbRoles(Candidate c)
    {
        // "rejected an offer by U.S. President Donald Trump to send troops": the infinitive after a noun of intent and its
        // "by" is the agent's act, not the clause subject's.
        if (AgentOfIntentBefore(c.Start) is { } intending) return (intending, Object(c.End, exclude: intending), 0.5);
        if (IntentOpposedOrReferredTo(c.Start)) return (null, null, 0);
        // "sentenced Kabiri on charges of terrorism and organising a criminal group": a gerund of the charge is no act of the
        // clause's parties.
        if (_low[c.Start].EndsWith("ing", StringComparison.Ordinal) && InAChargesPhrase(c.Start)) return (null, null, 0);
        // "former foreign minister Boris Shikhmuradov, jailed in 2002, remains missing": a past participle set off after a name,
        // with no object, tells what was done to the one named; only its agent would be the actor.
        if (DescribesTheNameBefore(c)) return (ByAgent(c.End), _entityAt[c.Start - 2], 0.5);
        var subject = Subject(c.Start, out bool direct);
        // Without a pattern, the verb's default code is a weak cue: only a plain subject (not a possessor) will do.
        if (!c.FromPattern && subject is { Possessive: true } && !PossessesAnActingBody(subject)) subject = null;
        Entity? agent = ByAgent(c.End);
        Entity? actor, recipient;
        // "talks in Doha mediated by Qatar": a participle followed by its agent is passive without an auxiliary.
        bool agentRightAfter = agent is not null && c.End < _count && _low[c.End] == "by" && _low[c.Start].EndsWith("ed", StringComparison.Ordinal);
        if (agentRightAfter && !IsPassive(c.Start)) return (agent, null, 0.45);
        // "founded by Catholic priests and inspired by the Cuban revolution": so is one whose "by" names no party (not "responded
        // by arresting …", the means); nobody named did it.
        if (agent is null && c.End + 1 < _count && _low[c.End] == "by" && _low[c.Start].EndsWith("ed", StringComparison.Ordinal) && !IsPassive(c.Start)
            && !IsGerund(Determiners.Contains(_low[c.End + 1]) ? Math.Min(c.End + 2, _count - 1) : c.End + 1))
            return (null, null, 0.45);
        // "Trump said he was disappointed in Putin": a participle of feeling before "in", "with", "at" or "about" is the subject's
        // feeling towards the party after it, no passive.
        if (IsPassive(c.Start) && _lexicon.VerbLemma(_low[c.Start]) is "disappoint" or "frustrate" or "anger" or "upset" or "alarm" or "dismay" or "outrage"
            && c.End + 1 < _count && _low[c.End] is "in" or "with" or "at" or "about")
            return (subject?.Entity, Object(c.End + 1, subject?.Entity), 0.5);
        if (IsPassive(c.Start))
        {
            // "X was invited by Y": Y acts on X. Without "by", an entity subject is the one acted on and the
            // actor is the first party named after the verb in the same clause ("Melia was detained, his party said":
            // not the party); a non-entity subject leaves the framing clause's subject.
            recipient = direct ? subject?.Entity : null;
            // "Three Chinese nationals working for a mining company … were killed": a nationality opening the sentence, after a
            // number or an article only, describes the passive's subject however long its phrase, and is acted on.
            // ("Three US servicemen were killed by an improvised explosive device": so does a state's name before a noun.)
            // ("Several IRPT activists have been deported": so does a body's name before its people's noun.)
            if (!direct && subject is { Possessive: false } people && OpensTheClause(people.Token)
                && (people.Entity.Label == EntityLabels.Norp
                    || people.Entity.Label == EntityLabels.Loc && LastToken(people.Token, people.Entity) + 1 is var head && head < c.Start && IsLowerCasePlainWord(head)
                    || people.Entity.Label == EntityLabels.Org && LastToken(people.Token, people.Entity) + 1 is var members && members < c.Start
                       && (PeopleOfABody.Contains(_low[members]) || _low[members] is "activists" or "supporters" or "employees" or "staff" or "journalists")))
                (recipient, subject) = (people.Entity, null);
            // "The suspects, Aleksander K. and Dmitry S., were detained": a name set off by commas right before the passive
            // stands beside its subject, and is acted on.
            if (!direct && subject is { Possessive: false } apposed && WordBeforeAuxiliaries(c.Start) is var comma and >= 1
                && _low[comma] == "," && _entityAt[comma - 1] == apposed.Entity)
                (recipient, subject) = (apposed.Entity, null);
            // "Melia, a former chairman of the United National Movement party, was detained": a name in a phrase set off after the
            // subject describes the subject, which is acted on.
            if (!direct && subject is not null && WordBeforeAuxiliaries(c.Start) is var closing and >= 1 && _low[closing] == ","
                && InterruptionAfterTheSubject(closing, named: false) is var open and >= 0 && subject.Token > open)
                (recipient, subject) = (_entityAt[open - 1], null);
            // "Three Chinese citizens were killed and another was wounded": the subject of a passive clause before is acted on too.
            if (!direct && subject is { Possessive: false } sufferers && SubjectOfAPassive(LastToken(sufferers.Token, sufferers.Entity) + 1))
                (recipient, subject) = (sufferers.Entity, null);
            // "said his government would not be provoked": the possessor of a passive's subject is on the side acted on.
            if (!direct && subject is { Possessive: true } owner) (recipient, subject) = (owner.Entity, null);
            // "has been accused of arming the RSF", "Meta was penalised for forcing Facebook users …": what follows "of", or
            // "for" and a gerund, is the charge, not who made it.
            bool charge = c.End < _count && (_low[c.End] == "of" || _low[c.End] == "for" && IsGerund(c.End + 1));
            // "had been "kidnapped" by the Salvadoran government and held in a prison": a participle joined to a passive one
            // has its agent and its subject too.
            if (agent is null && JoinedPassive(c.Start) is int joined and >= 0 && ByAgent(joined + 1) is { } joinedAgent)
                (agent, recipient) = (joinedAgent, Subject(joined, out bool joinedDirect) is { } patient && joinedDirect ? patient.Entity : null);
            actor = agent ?? (direct ? (charge ? null : Object(c.End, exclude: recipient, beforeComma: true)) : subject?.Entity);
            // "Temirov, who was deported to Russia in 2022": where the one acted on was sent is no actor.
            if (agent is null && actor is { Label: EntityLabels.Loc } place && PrecededBy(TokenIndexOf(place.Start), Destinations)) actor = null;
            // "were arrested in January along with six other former Kloop employees": a party named among those acted on with the
            // subject is no actor.
            if (agent is null && actor is not null && NamedAsCompanion(TokenIndexOf(actor.Start), c.End)) actor = null;
            // "A Christian missionary from Calgary was arrested in Lebanon": an arrest or a deportation of a party named, by no one
            // named, is the state's where it happened (PLOVER's coders read Lebanon), or the dateline's; not of a name in a phrase
            // of the subject's ("an aide to a member of the European Parliament … had been arrested").
            if (actor is null && recipient is not null && c.Code is "173" or "174" && !PrecededByPreposition(recipient)
                && StateWhereItHappened(c.End) is { } state && !Same(state, recipient)) actor = state;
            // "North Korean troops have been deployed to Russia's Kursk region": forces sent by no one named move for their own
            // state, to the party "to" names.
            if (actor is null && recipient is not null && c.Type == "MOBILIZE" && _lexicon.VerbLemma(_low[c.Start]) is "deploy" or "send" or "dispatch" or "station" or "redeploy"
                && TokenIndexOf(recipient.Start) is var sent and >= 0 && LastToken(sent, recipient) + 1 is var forces && forces < c.Start && HostedForces.Contains(_low[forces]))
                (actor, recipient) = (recipient, PartyAfterTo(c.End, recipient));
        }
        else
        {
            actor = subject?.Entity;
            // "The coalition, led by Saudi Arabia, launched air strikes": an unnamed body's leader named right before the verb
            // acts for it.
            if (actor is null && LeaderOfAnUnnamedBody(WordBeforeAuxiliaries(FirstVerbOfItsSubject(c.Start))) is { } leader) actor = leader;
            // "This has been complicated by Dushanbe's linkage of …, hoping to have its debt written off": a participle after a
            // passive clause whose subject names no party is its agent's act.
            if (actor is null && c.Start >= 1 && _low[c.Start - 1] == "," && VerbSharingItsSubject(c.Start) is var passive and >= 0
                && IsPassive(passive) && ByAgent(passive + 1) is { } passiveAgent)
                actor = passiveAgent;
            // "Czechia and China signed", "Aliyev and Pashinyan met in Brussels at the invitation of …": for acts
            // between equals the coordinated subjects are the two parties, unless the verb has a direct object
            // ("Kazakhstan and Kyrgyzstan supported Tashkent's return"). A relative clause between commas ends at its
            // comma ("Kagame, who denies supporting the M23, spoke … with Rubio": Rubio is not denied).
            recipient = Object(c.End, exclude: actor, beforeComma: InRelativeClause(c.Start));
            // ("ended its defence cooperation agreement with France": the party comes after an object taken in with no pattern, the
            // accord left; a place that is no state's before its noun only names it: "pulled out of the Black Sea grain deal".)
            // ("Moscow raised duties, a measure many Kyrgyz read as punishment": an object that a comma ends names no party, unless
            // it is one: "were leaving the Economic Community of West African States, accusing …".)
            if (!c.FromPattern && c.PatternEnd > c.End)
                recipient = c.PatternEnd < _count && _low[c.PatternEnd] == "," ? (_entityAt[c.PatternEnd - 1] is null ? null : recipient)
                    : Object(c.PatternEnd, exclude: actor, beforeComma: InRelativeClause(c.Start))
                      ?? (recipient is { Label: EntityLabels.Loc } modifier && !StandsForAState(modifier) ? null : recipient);
            // "two of its employees, whom the State Security Service accused of working for the FSB": a verb whose object stands
            // before it is followed by the charge; a party named in the charge is no one accused.
            if (recipient is not null && c.End + 1 < _count && _low[c.End] == "of" && IsGerund(c.End + 1)) recipient = null;
            // "froze Armenia's participation in the CSTO": a party's relation with another, stopped, is aimed at the other.
            if (recipient is not null && c.Type == "SANCTION" && PartnerInARelation(recipient) is { } other && (actor is null || !Same(other, actor))) recipient = other;
            // "apologized for the downing of an Azerbaijan Airlines plane", "thanked them for the support of the EU": after a verb
            // of praise, blame or apology "for" gives the reason; no party is named in it.
            if (recipient is not null && _lexicon.VerbLemma(_low[c.Start]) is { } attitude && ReasonVerbs.Contains(attitude)
                && Enumerable.Range(c.End, Math.Max(0, TokenIndexOf(recipient.Start) - c.End)).Any(k => _low[k] == "for"))
                recipient = null;
            // "have warned about the risks to Lake Balkhash": a warning's "about" or "against" names its topic, not the one warned
            // ("warned of consequences for Ukraine" threatens Ukraine).
            if (recipient is not null && _lexicon.VerbLemma(_low[c.Start]) == "warn" && c.End < _count && _low[c.End] is "about" or "against")
                recipient = null;
            // "Russia, which Chisinau accuses of interfering …": the relative pronoun before the clause's own subject is the
            // verb's object, and stands for the name before it; not where the verb has an object or an infinitive of its own
            // ("whom Beijing calls a "parasite"", "which Moldova hopes to join").
            // ("which Sudan's government accuses": a body of the party acts for it.)
            // ("accused of arming the RSF, which Abu Dhabi denies": what is denied is the charge the clause before makes.)
            if (subject is not null && (!subject.Possessive || PossessesAnActingBody(subject)) && ObjectRelativeAntecedent(subject.Token) is { } antecedent && !Same(antecedent, subject.Entity)
                && !(c.End < _count && (Determiners.Contains(_low[c.End]) || _low[c.End] is "to" or "\"" or "“")))
                recipient = _lexicon.VerbLemma(_low[c.Start]) is "deny" or "dispute" or "refute" ? null : antecedent;
            // "backing the suspension of Governor Siminalayi Fubara": backing what is done to someone backs no one named.
            // ("protest the detention of Tajik migrants" defends those detained.)
            if (recipient is not null && c.Type == "SUPPORT" && _lexicon.VerbLemma(_low[c.Start]) is "back" or "support" or "endorse" or "welcome" or "approve" or "hail"
                && IsPatientOfAnActNoun(recipient)) recipient = null;
            // "paused all U.S. military aid to Ukraine": a name that modifies the noun of a supply stopped owns it; the
            // party it is reduced for comes after.
            if (c.Type == "SANCTION" && recipient is not null && TokenIndexOf(recipient.Start) is var owner and >= 0 && owner >= c.End
                && LastToken(owner, recipient) + 1 is var modified && modified < _count && IsLowerCasePlainWord(modified) && IsDirectObjectEntity(c.End, recipient)
                && ObjectNounAmong(modified, SupplyNouns))  // (not "expelled the Indian ambassador": the people's envoy is aimed at)
                recipient = Object(modified, exclude: actor);
            // "applies EU sanctions against Russia": a name before the verb's pattern's noun of the same act owns the measure;
            // the target, if any, comes after the pattern ("rejected a U.S. request": the requester is the one rejected).
            // ("lifting most U.S. sanctions on Syria": so does a name before a coercion's noun that the act eases.)
            if (c.FromPattern && recipient is not null && (ModifiesAnActNounBefore(recipient, c.PatternEnd, c.Type)
                                                           || c.Type is "RETREAT" or "CONCEDE" && ModifiesAnActNounBefore(recipient, c.PatternEnd, "COERCE")))
                recipient = Object(c.PatternEnd, exclude: actor, beforeComma: InRelativeClause(c.Start));
            // "fired rockets at Israel": the "at" of the verb's pattern names the target, not a place (a meeting's "at" names
            // where: "meets Trump at White House").
            if (c.FromPattern && c.Type != "CONSULT" && c.PatternEnd < _count && _low[c.PatternEnd - 1] == "at" && _entityAt[c.PatternEnd] is { } target
                && ActorLabels.Contains(target.Label) && (actor is null || !Same(target, actor)))
                recipient = target;
            // "launched 65 drones and two ballistic missiles at Ukraine": after a weapon object, "at" names the target.
            if (recipient is null && c.Type == "ASSAULT" && WeaponObject(c.End)) recipient = TargetAfterWeapons(c.End, actor);
            // "struck weapons depots across Syria": the country where the targets struck lie is the one attacked.
            if (recipient is null && c.Type == "ASSAULT" && ForceTargetObject(c.End) is var struck and >= 0 && struck + 2 < _count
                && _low[struck + 1] is "in" or "across" or "inside" or "throughout" && _entityAt[struck + 2] is { Label: EntityLabels.Loc } country
                && _lexicon.IsCountry(country.Canonical) && (actor is null || !Same(country, actor)))
                recipient = country;
            // "a Chinese ship rammed one of its vessels": the owner a possessive pronoun gives the target struck is the one attacked.
            if (recipient is null && c.Type is "ASSAULT" or "COERCE" && ForceTargetObject(c.End) is var owned and >= 0
                && PossessivePronounBefore(c.End, owned) is var pronoun and >= 0 && ResolvePronoun(pronoun, actor) is { } targetOwner
                && (actor is null || !Same(targetOwner, actor)))
                recipient = targetOwner;
            // "denied sheltering the TTP": what a denied act is done to is no party to the denial.
            // ("denied that Washington was seeking to overthrow Maduro": nor is the subject of what is denied.)
            if (c.Type == "REJECT" && recipient is not null && _lexicon.VerbLemma(_low[c.Start]) == "deny" && c.End < _count && (IsGerund(c.End) || _low[c.End] == "that"))
                recipient = null;
            // "bringing some 1,500 troops from Russia, Kazakhstan and Tajikistan": where aid comes from is no party it is given to.
            // ("received tanks from Russia": a verb of receiving turns the two round, its "from" naming the giver.)
            if (recipient is not null && c.Type == "AID" && !c.Reverse && TokenIndexOf(recipient.Start) is var source and >= 1 && _low[source - 1] == "from") recipient = null;
            // "vowed revenge for the killing of Hamas leader Ismail Haniyeh": retribution "for" an act is for what was done, not
            // against the one it was done to ("vowed harsh punishment for Israel" names the target).
            if (recipient is not null && c.Code == "138" && ForAnActBefore(c.End, TokenIndexOf(recipient.Start))) recipient = null;
            // "North Korean soldiers are fighting alongside Russian troops": a companion in an act of force is no party it is
            // aimed at; one named after it may be ("fought alongside Islamic Jihad against Israel").
            if (recipient is not null && c.Type is "ASSAULT" or "COERCE" && TokenIndexOf(recipient.Start) is var companion and >= 1 && OpensACompanionPhrase(companion - 1))
                recipient = Object(LastToken(companion, recipient) + 1, exclude: actor);
            // "Qatar mediated the ceasefire deal between Israel and Hamas": a go-between acts for the parties the "between" of its
            // object names.
            if (recipient is null && c.Code is "045" or "039" && BetweenInTheObject(c.End) is var (first, _)) recipient = first;
            // "Qatar mediated on behalf of the United States": the one an act is done for is its principal, no party it is done to.
            if (recipient is not null && OnBehalfOf(TokenIndexOf(recipient.Start))) recipient = null;
            // "Li pledged that China would increase imports": a promise's clause names what is promised, not to whom.
            if (c.Type == "AGREE" && c.End < _count && _low[c.End] == "that") recipient = null;
            // "Erdogan and Putin discussed Syria by phone": what is discussed is a topic, no party.
            if (recipient is not null && _lexicon.VerbLemma(_low[c.Start]) is "discuss" or "debate" && IsDirectObjectEntity(c.End, recipient)) recipient = null;
            // "discussed the Central Asia–China pipeline with Chinese Premier Li Qiang": the partner of an act between
            // equals is the one "with" names, not a name inside its topic.
            int? with = !c.Reverse && Symmetric.Contains(c.Type) ? WithPhrase(c.End) : null;
            if (with is int w && (recipient is null || TokenIndexOf(recipient.Start) < w && !IsDirectObjectEntity(c.End, recipient)))
                recipient = Object(w + 1, exclude: actor) ?? recipient;
            // Support is mutual only when signed or given no object: "Egypt and Saudi Arabia have backed the army" is not.
            // Nor is a pledge or an offer of an amount or a thing ("the United States and the European Union had pledged $20 million",
            // "the Asian Infrastructure Investment Bank and the OPEC Fund pledged loans"),
            // though one to act together is ("Putin and Xi pledged to deepen their partnership").
            // Nor are mediators, guarantors or hosts mutual parties: "Nazarbayev, Obama and Medvedev brokered his departure", "Cuba
            // and Norway, which guarantee the peace process".
            // ("Germany and France welcomed the decision": nor is approval of something, whatever object the pattern took in.)
            bool mutual = (c.Type != "SUPPORT" || c.Code == "057" || !StartsAnObject(c.PatternEnd)
                           && _lexicon.VerbLemma(_low[c.Start]) is not ("welcome" or "hail" or "applaud" or "endorse" or "praise" or "commend"))
                          && !(_lexicon.VerbLemma(_low[c.Start]) is "pledge" or "promise" or "offer" && c.End < _count
                               && (_entityAt[c.End] is { Label: EntityLabels.Money } || StartsAnObject(c.End) && _low[c.End] != "to"
                                   // ("Jamaica, the Bahamas and Bangladesh have promised to send personnel": nor one to give or send.)
                                   || _low[c.End] == "to" && c.End + 1 < _count && TransferVerbs.Contains(_lexicon.VerbLemma(_low[c.End + 1]) ?? _low[c.End + 1])))
                          && _lexicon.VerbLemma(_low[c.Start]) is not ("broker" or "mediate" or "guarantee" or "sponsor" or "facilitate" or "host");
            // "Kamikawa and Kihara signed the pact with Teodoro": where "with" names the partner, the coordinated
            // subjects act together; so do those who send or give something ("China and India sent rescue teams").
            if (!c.Reverse && subject is not null && (Symmetric.Contains(c.Type) || IsExchange(c)) && mutual
                && !(c.FromPattern && _lexicon.VerbLemma(_low[c.Start]) is { } verb && TransferVerbs.Contains(verb))
                && !(with is int named && recipient is not null && TokenIndexOf(recipient.Start) > named)
                && !(recipient is not null && IsDirectObjectEntity(c.End, recipient))
                && Coordinated(subject, c.Start) is { } partner)
                recipient = partner;
            // "Putin phoned both leaders to congratulate them": an act on a pair is done to each of the two.
            if (!c.Reverse && recipient is null && actor is not null && PairObject(c.End) is var (one, two) && !Same(one, actor) && !Same(two, actor))
            {
                recipient = one;
                CoActors.Add((actor, two));
            }
            // "Japan and the United States have backed Manila": coordinated subjects of an act not between them each do it;
            // the other one's event is added beside this one (Extract). "Hamas and Israel accused each other": each does it to
            // the other.
            // (Not a name in a phrase or a possessor before ", and": "suspended its partnership with Georgia, and Washington
            // later imposed …", "suspended Madagascar's membership, and Guterres condemned …".)
            // ("Lithuania, Latvia and Estonia barred Ivanishvili": each of a list does it.) Only a subject right before its verb,
            // and for an act between equals only one aimed at a party its object or "with" names ("Japan and the United States
            // have backed Manila"; not "Czechia and China signed an agreement …, the news agency Ceteka said").
            // ("France and Britain sent troops to Ukraine": so is a transfer to a party "to" names.)
            // ("Saudi Arabia, Qatar and Egypt condemned the strikes and called for restraint": or right before the verb whose
            // subject a verb after "and" shares.)
            bool eachActs = !Symmetric.Contains(c.Type) || !mutual
                            || recipient is not null && (IsDirectObjectEntity(c.End, recipient) || with is int party && TokenIndexOf(recipient.Start) - party is 1 or 2
                                                         || TransferredTo(c, recipient));
            if (!c.Reverse && subject is { Possessive: false, InPrepositionalPhrase: false } && actor == subject.Entity
                && (IsSubjectRightBefore(actor, c.Start)
                    || c.Start >= 1 && _low[c.Start - 1] == "and" && VerbSharingItsSubject(c.Start) is var shared and >= 0 && IsSubjectRightBefore(actor, shared))
                && eachActs)
            {
                // ("Ukraine and Russia exchanged 300 prisoners", "traded fire": so is an exchange, each side's act aimed at the other.)
                bool reciprocal = c.End + 1 < _count && (_low[c.End] == "each" && _low[c.End + 1] == "other" || _low[c.End] == "one" && _low[c.End + 1] == "another")
                                  || IsExchange(c);
                for (var conjunct = subject; (_coActors?.Count ?? 0) < 4 && NextCoSubject(conjunct, c.Start, actor) is { } next; conjunct = next)
                {
                    var coSubject = next.Entity;
                    if (reciprocal)
                    {
                        recipient = coSubject;
                        CoActors.Clear();
                        CoActors.Add((coSubject, actor));
                        break;
                    }
                    if (recipient is not null && Same(coSubject, recipient)) break;
                    CoActors.Add((coSubject, recipient));
                }
            }
            // ("Japan and South Korea said they would hold talks with Washington": so do the coordinated subjects of a verb of saying
            // that "they" right before the verb stands for.)
            else if (!c.Reverse && subject is { Possessive: false, InPrepositionalPhrase: false } && actor == subject.Entity && _low[subject.Token] == "they"
                     && WordBeforeAuxiliaries(c.Start) == subject.Token && eachActs)
                foreach (var speaker in SpeakersTheyStandsFor(subject.Token))
                    if (!Same(speaker, actor) && !(recipient is not null && Same(speaker, recipient)) && (_coActors?.Count ?? 0) < 4) CoActors.Add((speaker, recipient));
            // "accused Poland and Lithuania of funding the opposition": each of coordinated objects is acted on (not where the
            // last opens a clause of its own: "attacked Kyiv, and Moldova protested").
            if (!c.Reverse && actor is not null && recipient is not null && (_coActors?.Count ?? 0) == 0 && IsDirectObjectEntity(c.End, recipient))
                AddObjectsListedAfter(actor, recipient);
        }
        if (c.Reverse) (actor, recipient) = (recipient, actor);
        // "Milei wins backing from IMF": after a verb of obtaining and its object, "from" names the giver; the subject receives.
        else if (c.FromPattern && c.PatternEnd + 1 < _count && _low[c.PatternEnd] == "from"
                 && PartyFrom(c.PatternEnd + (_low[c.PatternEnd + 1] == "the" ? 2 : 1)) is var (giver, _)
                 && _lexicon.VerbLemma(_low[c.Start]) is "win" or "get" or "receive" or "obtain" or "secure" or "gain")
            (actor, recipient) = (giver, actor);
        // "Ukraine received the first batch of F-16 fighter jets from the Netherlands": so does "from" past the object.
        else if (recipient is not null && _lexicon.VerbLemma(_low[c.Start]) is "receive" or "obtain" or "get" && TokenIndexOf(recipient.Start) is var given and >= 2
                 && (_low[given - 1] == "from" || _low[given - 1] == "the" && _low[given - 2] == "from"))
            (actor, recipient) = (recipient, actor);
        // "recaptured the town of Adan Yabaal from al-Shabaab", "retook Kupiansk from Russian troops": a place that is no state,
        // taken, was taken from the party "from" names after it.
        else if (recipient is { Label: EntityLabels.Loc } taken && !_lexicon.IsState(taken.Canonical) && LemmaOf(c.Start) is { } taking && TakingVerbs.Contains(taking)
                 && LastToken(TokenIndexOf(taken.Start), taken) + 1 is var from && from < _count && _low[from] == "from"
                 && PartyAfterPreposition(from) is var (holder, _) && !Same(holder, actor))
            recipient = holder;
        double confidence = subject is { InPrepositionalPhrase: false } ? 0.6 : 0.45;
        return (actor, recipient, confidence);
    }

    /// <summary>A verb candidate at <paramref name="verb"/> names an act not between equals ("condemned"). A loop, not a lambda
    /// (no closure on every event built).</summary>
    private bool IsVerbOfAnAsymmetricAct(int verb)
    {
        foreach (var o in _candidates)
            if (!o.Nominal && o.Start == verb && !Symmetric.Contains(o.Type)) return true;
        return false;
    }

    /// <summary>A noun phrase begins at <paramref name="i"/>: a determiner or a lower-case plain word.</summary>
    private bool StartsAnObject(int i) =>
        i < _count && (Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i));

    /// <summary>The party after "at", "against" or "toward" (and an article), or the state after "into", that follows the weapons an
    /// assault verb takes, or null.</summary>
    private Entity? TargetAfterWeapons(int from, Entity? actor)
    {
        for (int i = from; i + 1 < Math.Min(_count, from + 12); i++)
        {
            if (_low[i] is "," || IsClauseBreak(i) || _isTrigger[i]) return null;
            // ("fired rockets at a U.S. base in Syria": past an article, a party's name before its facility.)
            int target = i + 2 < _count && Determiners.Contains(_low[i + 1]) ? i + 2 : i + 1;
            if (_low[i] is "at" or "against" or "toward" or "towards" && _entityAt[target] is { } e && ActorLabels.Contains(e.Label)
                && (actor is null || !Same(e, actor))) return e;
            // ("fired dozens of rockets into northern Israel": a state fired into, past a word of its region.)
            int into = i + 2 < _count && IsLowerCasePlainWord(i + 1) ? i + 2 : i + 1;
            if (_low[i] == "into" && _entityAt[into] is { Label: EntityLabels.Loc } state && _lexicon.IsCountry(state.Canonical)
                && (actor is null || !Same(state, actor))) return state;
        }
        return null;
    }

    /// <summary>The code of what the verb of expressing names after it, past a possessive and a modifier: 030 for interest, 051 for
    /// support, solidarity or gratitude, null (the dictionary's disapproval) for concern, regret, anger …, "" for anything else.</summary>
    private string? ExpressedFeeling(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 3); i++)
        {
            switch (_low[i])
            {
                case "interest": return "030";
                case "support" or "solidarity" or "gratitude" or "condolences" or "appreciation": return "051";
                case "concern" or "concerns" or "regret" or "outrage" or "anger" or "dismay" or "indignation" or "disappointment" or "displeasure"
                    or "alarm" or "protest" or "disapproval" or "opposition": return null;
            }
            if (!(IsDeterminerOrPossessive(_low[i]) || IsLowerCasePlainWord(i))) break;
        }
        return "";
    }

    /// <summary>From <paramref name="k"/>, up to three lower-case nouns, then a form of "be" and a past participle ("citizens
    /// were killed"): a name before <paramref name="k"/> is the subject of a passive.</summary>
    private bool SubjectOfAPassive(int k)
    {
        for (int nouns = 0; k < _count && nouns < 3 && IsLowerCasePlainWord(k) && !BeForms.Contains(_low[k]); nouns++) k++;
        return k + 1 < _count && _low[k] is "was" or "were" && IsPastForm(k + 1);
    }

    /// <summary>The word at <paramref name="gerund"/> stands in a phrase of "charges of" or "suspicion of", past up to six words
    /// and the "and" joining charges.</summary>
    private bool InAChargesPhrase(int gerund)
    {
        for (int k = gerund - 1, words = 0; k >= 1 && words < 6; k--, words++)
        {
            if (_low[k] == "of") return _low[k - 1] is "charges" or "charge" or "suspicion" or "counts" or "count" or "accusations";
            if (!(_low[k] is "and" or "," or "or" || IsLowerCasePlainWord(k))) return false;
        }
        return false;
    }

    /// <summary>The candidate's verb is a past participle right after a name and its comma, followed by no object (a
    /// preposition, a time, a comma or the end). Not after a name in apposition ("The de facto president of Abkhazia, Aslan
    /// Bzhania, resigned": the comma closes the aside) or in a phrase ("talks in Istanbul, hosted by …" describes the talks).</summary>
    private bool DescribesTheNameBefore(Candidate c) =>
        c.Start >= 2 && _low[c.Start - 1] == "," && _entityAt[c.Start - 2] is { Label: EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc } named
        && FirstToken(c.Start - 2, named) is var first && !(first >= 1 && _low[first - 1] == ",") && !PrecededByPreposition(named)
        && _low[c.Start].EndsWith("ed", StringComparison.Ordinal) && IsPastForm(c.Start)
        && (c.End >= _count || _entityAt[c.End] is { Label: EntityLabels.Date } || _low[c.End] is "in" or "on" or "at" or "by" or "for" or "since" or "after" or "," or ".");

    /// <summary>The name at <paramref name="at"/> stands in a phrase of "along with", "together with", "alongside" or a joining
    /// participle ("involving", "including") that begins after <paramref name="from"/>, with no comma or "by" between.</summary>
    private bool NamedAsCompanion(int at, int from)
    {
        for (int k = at - 1; k >= from; k--)
        {
            // ("was released in a prisoner exchange involving Germany": a party a joining participle names is no agent either.)
            if (OpensACompanionPhrase(k) || JoiningParticiples.Contains(_low[k])) return true;
            if (_low[k] is "," or "by") return false;
        }
        return false;
    }

    /// <summary>The word at <paramref name="k"/> ends "alongside", "along with" or "together with".</summary>
    private bool OpensACompanionPhrase(int k) => _low[k] == "alongside" || _low[k] == "with" && k >= 1 && _low[k - 1] is "along" or "together";

    /// <summary>"on behalf of (the) X": the name at <paramref name="token"/> is the one something is done for.</summary>
    private bool OnBehalfOf(int token)
    {
        int k = token - 1;
        if (k >= 0 && Determiners.Contains(_low[k])) k--;
        return k >= 1 && _low[k] == "of" && _low[k - 1] == "behalf";
    }

    /// <summary>"from" within six words of the verb, then "list" or "blacklist" within four more.</summary>
    private bool OffAList(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 6); i++)
        {
            if (IsClauseBreak(i)) return false;
            if (_low[i] != "from") continue;
            for (int k = i + 1; k < Math.Min(_count, i + 5); k++)
                if (_low[k] is "list" or "blacklist" or "register" or "registry") return true;
            return false;
        }
        return false;
    }

    /// <summary>A noun phrase of lower-case words (an article, up to four words) and then "with" and a party follow the verb.</summary>
    private bool SignsAPaperWith(int verbEnd)
    {
        int i = verbEnd;
        if (i < _count && Determiners.Contains(_low[i])) i++;
        int words = 0;
        // (An event noun signed, "signed a deal with Xi", is the act itself.)
        for (; i < _count && words < 4 && IsLowerCasePlainWord(i) && _low[i] != "with"; i++, words++)
            if (NominalTriggers.CodeOf(_low[i]) is not null) return false;
        return words > 0 && i + 1 < _count && _low[i] == "with" && _entityAt[i + 1] is { } party && ActorLabels.Contains(party.Label);
    }

    /// <summary>From <paramref name="verbEnd"/>, past a particle ("down", "over", "up"), a possessive pronoun and the noun of
    /// arms ("their weapons", "its arms").</summary>
    private bool GivesUpOwnArms(int verbEnd)
    {
        int i = verbEnd;
        if (i < _count && _low[i] is "down" or "over" or "up") i++;
        return i + 1 < _count && _low[i] is "their" or "its" or "his" && _low[i + 1] is "weapons" or "arms" or "weapon";
    }

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
        { "package", "sanctions", "resolution", "decision", "bill", "law", "proposal", "plan", "deal", "agreement", "measure", "measures", "budget", "statement", "declaration" };

    /// <summary>A title and "of" come before the name at <paramref name="first"/>, past an article, a people's name and up to two
    /// lower-case words of its description ("the Emir of Qatar", "a correspondent of the Russian newspaper Novaya Gazeta").</summary>
    private bool TitleOfBefore(int first)
    {
        int k = first - 1;
        for (int words = 0; k >= 0 && words < 2 && _entityAt[k] is null && IsLowerCasePlainWord(k) && !Determiners.Contains(_low[k]); words++) k--;
        if (k >= 0 && _entityAt[k] is { Label: EntityLabels.Norp } people) k = FirstToken(k, people) - 1;
        if (k >= 0 && Determiners.Contains(_low[k])) k--;
        return k >= 1 && _low[k] == "of" && IsTitleWord(k - 1);
    }

    /// <summary>The trigger's verb hands something over, and "to" names <paramref name="recipient"/> ("sent troops to Ukraine").</summary>
    private bool TransferredTo(Candidate c, Entity recipient) =>
        TokenIndexOf(recipient.Start) is var at and >= 1 && _low[at - 1] == "to" && TransferVerbs.Contains(_lexicon.VerbLemma(_low[c.Start]) ?? "");

    /// <summary>The verb's object is a measure to be adopted (<see cref="MeasureNouns"/>): "the European Union's 20th package".</summary>
    private bool BlocksAMeasure(int verbEnd) => ObjectNounAmong(verbEnd, MeasureNouns);

    private static readonly HashSet<string> LawsuitNouns = new(StringComparer.Ordinal) { "lawsuit", "suit", "complaint", "claim", "case", "appeal" };

    /// <summary>The last of "its", "their", "his" and "her" in tokens [<paramref name="from"/>, <paramref name="to"/>), or -1.</summary>
    private int PossessivePronounBefore(int from, int to)
    {
        for (int k = to - 1; k >= from; k--)
            if (_low[k] is "its" or "their" or "his" or "her") return k;
        return -1;
    }

    /// <summary>"shot dead at least 16 people": past the "dead" of a verb of killing at <paramref name="k"/>, else <paramref name="k"/>.</summary>
    private int PastDead(int k) => k < _count && _low[k] == "dead" ? k + 1 : k;

    /// <summary>The noun of the object from <paramref name="from"/> is one of <paramref name="nouns"/>, past "dead" (<see cref="PastDead"/>),
    /// an article, a count ("at least 12"), a party (its possessive or its name as a modifier) and up to three modifiers (lower-case
    /// words, ordinals, acts' nouns: "the European Union's 20th package", "EU sanctions package").</summary>
    private bool ObjectNounAmong(int from, HashSet<string> nouns)
    {
        int i = PastDead(from);
        if (i < _count && IsDeterminerOrPossessive(_low[i])) i++;
        // ("killed at least 12 soldiers", "arrested about 40 people", "detained dozens of protesters": past a count.)
        i = PastACount(i);
        if (i < _count && _entityAt[i] is { } owner && ActorLabels.Contains(owner.Label))
        {
            i = LastToken(i, owner) + 1;
            if (i < _count && _low[i] is "'s" or "’s") i++;
        }
        for (int words = 0; i < _count && words < 4; i++, words++)
        {
            if (nouns.Contains(_low[i])) return true;
            // ("a 50 billion euro EU aid package": a sum after the article, and a party's name as a modifier after it, count as one
            // word each.)
            // ("send 10,000 National Guard troops": and after a count.)
            // ("dissolved the opposition Move Forward party": and a body's name right before the noun.)
            if (i > from && _entityAt[i] is { } modifier && (modifier.Label == EntityLabels.Money && Determiners.Contains(_low[i - 1])
                                                              || ActorLabels.Contains(modifier.Label) && !IsPossessive(modifier)
                                                                 && (_entityAt[i - 1] is { Label: EntityLabels.Money } || char.IsDigit(_low[i - 1][0]) || IsNumberWord(i - 1))
                                                              || modifier.Label == EntityLabels.Org && LastToken(i, modifier) + 1 < _count
                                                                 && nouns.Contains(_low[LastToken(i, modifier) + 1])))
            {
                i = LastToken(i, modifier);
                continue;
            }
            // ("Dushanbe Signs Water Deal With Tashkent": a headline capitalises the modifiers.)
            if (!(IsLowerCasePlainWord(i) || _headline && IsPlainWord(i) || char.IsDigit(_low[i][0]) || _isTrigger[i] && NominalTriggers.CodeOf(_low[i]) is not null)) return false;
        }
        return false;
    }

    /// <summary>A form of "recall" within the eight words before <paramref name="k"/>.</summary>
    private bool RecalledBefore(int k)
    {
        for (int i = k - 1; i >= 0 && k - i <= 8; i--)
            if (_lexicon.VerbLemma(_low[i]) == "recall") return true;
        return false;
    }

    /// <summary>Nouns of fighting and violence after "engage in".</summary>
    private static readonly HashSet<string> FightNouns = new(StringComparer.Ordinal)
    {
        "fighting", "combat", "battle", "battles", "clashes", "hostilities", "war", "warfare", "skirmish", "skirmishes", "shelling",
        "attacks", "operations", "raids", "bombing", "bombings", "killings", "massacres", "atrocities", "cleansing", "genocide",
        "terrorism", "insurgency",
    };

    private static readonly HashSet<string> MishapNouns = new(StringComparer.Ordinal)
    {
        "crash", "crashes", "accident", "accidents", "collision", "earthquake", "flood", "floods", "flooding", "avalanche", "landslide", "landslides",
        "mudslide", "storm", "stampede",
    };

    private static readonly HashSet<string> PaperNouns = new(StringComparer.Ordinal)
        { "document", "documents", "text", "papers", "declaration", "memorandum", "communique", "contract", "contracts", "protocol", "roadmap", "map", "charter",
          "deal", "deals", "pact", "accord", "accords", "treaty", "treaties", "agreement", "agreements" };

    /// <summary>The verb's object is a paper signed (<see cref="PaperNouns"/>), past an article and up to two modifiers.</summary>
    private bool SignsAPaper(int verbEnd) => ObjectNounAmong(verbEnd, PaperNouns);

    /// <summary>The token of "with" in the clause after <paramref name="from"/> (within the object window), or null.</summary>
    private int? WithPhrase(int from)
    {
        for (int i = from; i < Math.Min(_count, from + 14); i++)
        {
            string w = _low[i];
            // A dash joining two names ("Central Asia–China") breaks no clause.
            bool joining = w is "–" or "-" or "—" && i > 0 && _doc.Tokens[_first + i].Start == _doc.Tokens[_first + i - 1].End;
            if (IsClauseBreak(i) && !joining || w is "," or "(" or "which" or "who" or "that" || i > from && _isTrigger[i] && !IsObjectNoun(from, i)) return null;
            // "hosted US President Joe Biden … and upgraded relations with Washington": "and" + another verb phrase has a
            // "with" of its own.
            if (w == "and" && StartsAVerbPhrase(i + 1)) return null;
            // "signed a pact amid tensions with China": a phrase of the circumstances has a "with" of its noun's own ("after talks
            // with" names the counterpart).
            if (OpensACircumstance(i)) return null;
            if (w == "with" && _entityAt[i] is null) return i;
        }
        return null;
    }

    /// <summary>The event noun at <paramref name="noun"/> heads the object that begins at <paramref name="from"/> ("signed the pact
    /// with", "held talks with"): only a determiner and lower-case modifiers (capitalised in a headline) that are no verbs come before it.</summary>
    private bool IsObjectNoun(int from, int noun)
    {
        if (NominalTriggers.CodeOf(_low[noun]) is null) return false;
        for (int k = from; k < noun; k++)
            if (!(Determiners.Contains(_low[k]) || (IsLowerCasePlainWord(k) || _headline && IsPlainWord(k)) && _lexicon.VerbLemma(_low[k]) is null)) return false;
        return true;
    }

    /// <summary>"imposed an arms embargo on Uzbekistan": the act's noun at <paramref name="noun"/> opens the object at
    /// <paramref name="from"/> of a verb that stages it, past an article and modifiers (capitalised in a headline), and its
    /// phrase of "on" or "against" names the target.</summary>
    private bool IsStagedMeasure(int from, int noun)
    {
        if (from < 1 || !IsStagingVerb(from - 1) || NominalTriggers.CodeOf(_low[noun]) is null
            || noun + 1 >= _count || _low[noun + 1] is not ("on" or "against" or "upon")) return false;
        for (int k = from; k < noun; k++)
            if (!(Determiners.Contains(_low[k]) || (_headline ? IsPlainWord(k) : IsLowerCasePlainWord(k)) && !IsPastForm(k) && !_low[k].EndsWith("ing", StringComparison.Ordinal))) return false;
        return true;
    }

    /// <summary>Forces and bodies through which a state or an organisation acts ("Russia's army", "Azerbaijan's foreign ministry",
    /// "Ukraine's air force hit …").</summary>
    private static readonly HashSet<string> ActingBodies = new(StringComparer.Ordinal)
    {
        "force", "forces", "army", "navy", "military", "troops", "fleet", "government", "police", "guards", "drones", "missiles", "artillery",
        "warplanes", "jets", "ministry", "authorities", "parliament", "cabinet", "presidency", "leadership", "embassy", "prosecutors",
        "administration", "regime", "defences", "defenses", "units", "soldiers", "fighters", "warships", "aircraft", "planes", "bombers",
        "tanks", "council", "junta", "court", "tribunal", "senate", "congress", "legislature", "assembly", "coastguard", "militia", "rebels",
        "delegation", "negotiators", "intelligence", "services", "agency", "agencies", "service",  // "Azerbaijan's security services arrested …"
    };
    // A static field that reads another is declared after it in the same file.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ActingBodiesLookup = ActingBodies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The possessor is followed by one of <see cref="ActingBodies"/> or <see cref="PeopleOfABody"/>, perhaps after one
    /// modifier ("air force", "foreign ministry", "its leaders");
    /// a state's or a body's is also followed by the title of one who speaks for it ("Russia's foreign minister urged …",
    /// "the IAEA's chief"), as CAMEO codes the state or body as the actor when no name follows.</summary>
    private bool PossessesAnActingBody(Mention possessor)
    {
        // (A possessive pronoun stands for its referent: "Its leaders asked the Council of Europe …".)
        int k = _entityAt[possessor.Token] is null ? possessor.Token + 1 : LastToken(possessor.Token, possessor.Entity) + 1;
        if (k < _count && _low[k] is "'s" or "’s") k++;
        bool body = possessor.Entity.Label is EntityLabels.Loc or EntityLabels.Org;
        for (int words = 0; k < _count && words < 2 && IsPlainWord(k); words++, k++)
            if (ActingBodies.Contains(_low[k]) || PeopleOfABody.Contains(_low[k]) || body && IsOfficerTitle(k)
                // ("Taiwan's coast guard": a guard that is a force, not one man.)
                || _low[k] == "guard" && k >= 1 && _low[k - 1] is "coast" or "national" or "border") return true;
        return false;
    }

    /// <summary>A title noun of one who holds an office ("minister", "president", "spokesman"), not a modifier of one.</summary>
    private bool IsOfficerTitle(int i) => IsOfficerWord(_low[i]);

    private static bool IsOfficerWord(string word) => Relations.TitleLexicon.KindOf(word) is Relations.TitleKind.Head or Relations.TitleKind.Member;
}
