using Extraction.Model;

namespace Extraction.Events;

// The actor and recipient of an event noun (possessors, premodifiers, phrases of "by", "with", "between", "against").
internal sealed partial class SentenceEvents
{
    /// <summary>Where the names begin that a phrase from <paramref name="from"/> stands for: after the comma closing an unnamed
    /// phrase of up to eight plain words ("the heads of their security services, X and Y"), else <paramref name="from"/>.</summary>
    private int PartiesNamedInApposition(int from)
    {
        for (int i = from; i < _count && i - from <= 8; i++)
        {
            if (_low[i] == ",") return i > from && i + 1 < _count && _entityAt[i + 1] is not null ? i + 1 : from;
            if (_entityAt[i] is not null || !(IsPlainWord(i) || Determiners.Contains(_low[i]) || _low[i] == "of")) return from;
        }
        return from;
    }

    /// <summary>"claimed responsibility", "has claimed responsibility", "admitted responsibility": the word at <paramref name="noun"/>
    /// is "responsibility" after a verb that owns it.</summary>
    private bool ClaimsResponsibility(int noun) =>
        _low[noun] == "responsibility" && noun >= 1 && _low[noun - 1] is "claimed" or "claims" or "claim" or "claiming" or "admitted" or "admits" or "accepted" or "took" or "takes";

    /// <summary>"his Indian counterpart(,) Subrahmanyam Jaishankar": the token of the name after a possessive, a nationality and a noun
    /// of counterpart from <paramref name="k"/>; else <paramref name="k"/>.</summary>
    private int PastACounterpartsNoun(int k)
    {
        int i = k < _count && _low[k] is "his" or "her" or "its" or "their" ? k + 1 : k;
        if (i < _count && _entityAt[i] is { Label: EntityLabels.Norp } nationality) i = LastToken(i, nationality) + 1;
        if (i >= _count || _low[i] is not ("counterpart" or "counterparts")) return k;
        return i + 1 < _count && _low[i + 1] == "," ? i + 2 : i + 1;
    }

    /// <summary>Verbs and nouns of answering another's words or act ("comment on", "responded to").</summary>
    private static readonly HashSet<string> AnsweringWords = new(StringComparer.Ordinal)
    {
        "comment", "comments", "commented", "commenting", "respond", "responds", "responded", "responding", "react", "reacts", "reacted", "reacting",
        "reply", "replies", "replied", "replying", "reaction", "reactions"
    };

    /// <summary>Nouns of a quarrel, whose "over" names what it is about.</summary>
    private static readonly HashSet<string> DisputeNouns = new(StringComparer.Ordinal)
        { "dispute", "disputes", "row", "rows", "spat", "standoff", "stand-off", "disagreement", "disagreements", "quarrel", "feud", "tensions", "rift" };

    /// <summary>A verb of denying or rejecting governs the noun at <paramref name="noun"/>, past its article, quotation marks
    /// and up to four words describing it ("rejected the "absurd and false" accusations").</summary>
    private bool DenyingVerbBefore(int noun)
    {
        for (int k = noun - 1, words = 0; k >= 0 && words <= 6; k--, words++)
        {
            if (_lexicon.VerbLemma(_low[k]) is "deny" or "reject" or "dismiss" or "refute" && _entityAt[k] is null) return true;
            if (!(Determiners.Contains(_low[k]) || _low[k] is "\"" or "“" or "”" or "and" || IsLowerCasePlainWord(k))) return false;
        }
        return false;
    }

    /// <summary>A verb of denial ends a clause on the noun before <paramref name="from"/> (its subjects, names, pronouns and
    /// commas between, or "which"/"that"), within twelve words.</summary>
    private bool DeniedInAClauseOnIt(int from)
    {
        for (int k = from; k < _count && k - from <= 12; k++)
        {
            if (k > from && _lexicon.VerbLemma(_low[k]) is "deny" or "reject" or "dispute" or "refute" && _entityAt[k] is null) return true;
            if (IsClauseBreak(k) || !(_entityAt[k] is not null || _low[k] is "," or "and" or "which" or "that" or "all" or "both" || SubjectPronouns.Contains(_low[k])
                                      || Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) && LemmaOf(k) is null || Auxiliaries.Contains(_low[k])))
                return false;
        }
        return false;
    }

    /// <summary>The participle at <paramref name="participle"/> describes "those" or a plain noun right before it ("among those
    /// killed in an air strike", "civilians wounded in the attack").</summary>
    private bool IsReducedPassive(int participle) =>
        participle >= 1 && _entityAt[participle - 1] is null
        && (_low[participle - 1] == "those" || IsLowerCasePlainWord(participle - 1) && _lexicon.VerbLemma(_low[participle - 1]) is null && !Determiners.Contains(_low[participle - 1]));

    private (Entity? Actor, Entity? Recipient, double Confidence) NominalRoles(Candidate c, Action? action)
    {
        Entity? actor = Premodifier(c.Start), recipient = null;
        int after = c.End;
        // "detained him at the request of the Tajik Prosecutor-General's Office": "of" after a request names who made it.
        if (actor is null && c.Type == "REQUEST" && after + 1 < _count && _low[after] == "of")
        {
            if (PartyFrom(_low[after + 1] == "the" ? after + 2 : after + 1) is var (requester, _)) actor = requester;
            // "was liquidated by a court order in 2024 at the request of the prosecutor's office": a requester the phrase
            // names by no name is nobody named elsewhere in the sentence.
            else if (c.Start >= 2 && _low[c.Start - 1] == "the" && _low[c.Start - 2] == "at") return (null, null, 0);
        }
        // "Israel Kills Hezbollah Military Chief in Beirut Strike": a city before an attack's noun is where it struck, not
        // who struck (a state's name is: "an Israel strike").
        if (actor is { Label: EntityLabels.Loc } city && c.Type == "ASSAULT" && !_lexicon.IsCountry(city.Canonical)) return (ByAgent(c.End), null, 0.5);
        // "killing 133 people in an attack claimed by Islamic State": who claims an act made it, whatever the phrase it stands in.
        if (actor is null && after + 1 < _count && _low[after] == "claimed" && _low[after + 1] == "by" && ByAgent(after) is { } claimant) return (claimant, null, 0.6);
        // "bowing to the protesters' demands": a noun's possessor no name covers is its party, unnamed.
        if (actor is null && c.Start >= 2 && _low[c.Start - 1] is "'" or "’" && IsLowerCasePlainWord(c.Start - 2) && _low[c.Start - 2].EndsWith('s'))
            return (null, null, 0);
        // "warned Moscow of a planned attack by extremists": an act whose agent "by" names with a noun and no name is that
        // unnamed agent's, no one's named elsewhere.
        if (actor is null && after + 1 < _count && _low[after] == "by" && UnnamedAgentAt(after + 1)) return (null, null, 0);
        // "Modi met Putin during his visit to Moscow", "pledged support for the government of Assad during a visit to Damascus":
        // the one on the visit in whose course a clause's act fell is that clause's subject, whoever else the clause names.
        if (_low[c.Start] is "visit" or "visits" or "trip" or "tour" && (actor is null || c.Start >= 1 && _low[c.Start - 1] is "his" or "her" or "their" or "its")
            && GoverningWord(c.Start) is var during and >= 1 && _low[during] == "during"
            && VerbBefore(during) is var clauseVerb and >= 0 && Subject(clauseVerb, out _) is { Possessive: false, InPrepositionalPhrase: false } visitor)
            return (visitor.Entity, PrepositionalRecipient(after, visitor.Entity, c.Type), 0.55);
        double confidence = 0.6;
        // "a warrant for his arrest", "demanded Navalny's release": the possessor of such a noun is the one it is done to,
        // unless "of" names that one ("Russia's arrest of the journalist").
        if (actor is not null && PatientNouns.Contains(_low[c.Start]) && !(after < _count && _low[after] == "of") && HasPossessor(c.Start))
            return (null, null, 0);
        // "Beknazarov, whose arrest over his criticism of the deal led to clashes": so is the antecedent of "whose".
        if (PatientNouns.Contains(_low[c.Start]) && c.Start >= 1 && _low[c.Start - 1] == "whose") return (null, null, 0);
        // "talks between X and Y", "a meeting last week between X and Y", "talks between Egypt, Sudan and Ethiopia": the
        // two named are the parties, whoever hosts or brokers the act ("Egyptian talks between Israel and Hamas").
        // "talks in Dushanbe on September 24 between X and Y", "talks last week in Vienna between …": where and when may come first.
        int between = after;
        for (int phrases = 0; phrases < 3 && between < _count; phrases++)
            if (_entityAt[between] is { Label: EntityLabels.Date } when) between = LastToken(between, when) + 1;
            else if (between + 1 < _count && _low[between] is "in" or "on" or "at" && _entityAt[between + 1] is { Label: EntityLabels.Loc or EntityLabels.Date } where)
                between = LastToken(between + 1, where) + 1;
            else break;
        if (between + 1 < _count && _low[between] == "between")
        {
            // "talks between the heads of their security services, Kamchybek Tashiev and Saymumin Yatimov": the pair may be named
            // in apposition to an unnamed phrase.
            int first = PartiesNamedInApposition(between + 1);
            // ("between Chinese Foreign Minister Wang Yi and his Indian counterpart Subrahmanyam Jaishankar": past the second's noun
            // of counterpart.)
            if (PartyFrom(first) is var (x, xEnd) && xEnd + 1 < _count && _low[xEnd] is "and" or ","
                && (PartyFrom(PastACounterpartsNoun(xEnd + 1)) ?? PartyAfterAnAside(xEnd)) is var (y, _))
                return (x, y, 0.6);
        }
        // "Jaishankar told his Chinese counterpart, Wang Yi, in a phone call that …", "Aliyev apologised to Putin in a phone call":
        // a call or a meeting in which one told another something, or did something to another, is between the two (a visit's
        // host is where it goes).
        // ("agreed to US mediation in the final status talks with the Palestinians": "with" names the partner.)
        if (c.Type == "CONSULT" && _low[c.Start] is "call" or "calls" or "conversation" or "meeting" or "talks" && !(c.End < _count && _low[c.End] is "with" or "between")
            && GoverningWord(c.Start) is var preposition and >= 1 && _low[preposition] is "in" or "during"
            && TellerAndToldBefore(preposition) is var (teller, told)) return (teller, told, 0.6);
        // "Google lost its final appeal against a fine", "filed an appeal": an appeal at law asks no party for anything.
        if (_low[c.Start] is "appeal" or "appeals" && GoverningWord(c.Start) is var court and >= 0 && _lexicon.VerbLemma(_low[court]) is "lose" or "lost" or "win" or "file" or "reject" or "dismiss" or "uphold")
            return (null, null, 0);
        // "Israel rejected the "absurd and false" accusations": a charge denied or rejected is not its denier's.
        if (actor is null && ChargeNouns.Contains(_low[c.Start]) && DenyingVerbBefore(c.Start)) return (null, null, 0);
        // "Trump posted a video of the strike": whoever shows an act in a picture or a film is not its actor.
        if (actor is null && DepictedAt(c.Start)) return (null, null, 0);
        // "the Pretoria agreement": named by where it was made, an agreement cited, not made here.
        // ("quit the Paris climate agreement": past its modifiers.)
        int venueEnd = c.Start - 1;
        while (venueEnd >= 0 && c.Start - venueEnd <= 2 && IsLowerCasePlainWord(venueEnd)) venueEnd--;
        if (actor is null && venueEnd >= 0 && _entityAt[venueEnd] is { } venue && NamesAVenue(venue, venueEnd)) return (null, null, 0);
        // "Biden said the strikes were a response …": an event noun that is its own clause's subject has no actor outside it.
        // ("An air strike by Myanmar's military killed at least 40 people": but one whose agent "by" names is that agent's.)
        if (actor is null && IsClauseSubject(c.Start, after))
            return c.End < _count && _low[c.End] == "by" && ByAgent(c.End) is { } agent ? (agent, null, 0.5) : (null, null, 0);
        // "accused Russia of funding protests": the object of a gerund is no act of the gerund's subject, unless the
        // gerund stages it ("organising protests", "launching attacks").
        // "accused Grossi of paving the way for the strikes": nor is an act in a phrase of a charged gerund's object, unless the
        // gerund takes part in it ("of taking part in attacks").
        if (actor is null && GerundOverTheNoun(c.Start) is int gerund && !IsStagingVerb(gerund)) return (null, null, 0);
        // "Poland had detected 400 cyber attacks", "defences against hybrid threats": the object of a verb that is no
        // event itself, or of "against", is no act of the clause's subject.
        int governor = GoverningWord(c.Start);
        // ("to stop militants from using Afghan territory to launch attacks": nor one staged for a prevented act's purpose.)
        if (governor >= 0 && IsPurposeOfAPreventedAct(governor)) return (null, null, 0);
        // The word governing the noun's phrase past a name modifying the noun ("suffered a Russian attack", "evaded U.S. sanctions").
        int outer = governor >= 0 && _entityAt[governor] is { } premodifier ? GoverningWord(FirstToken(governor, premodifier)) : governor;
        // "faced mass detentions and deportations", "drew protests and criticism from Moscow": a noun joined to another by "and"
        // or "or" shares its governing word.
        if (outer >= 1 && _low[outer] is "and" or "or" && IsLowerCasePlainWord(outer - 1) && _lexicon.VerbLemma(_low[outer - 1]) is null)
            outer = GoverningWord(outer - 1);
        // "his government faces continued protests", "Georgia suffered a Russian attack", "faced sanctions from the EU": the
        // subject of a verb of undergoing is the one the act is aimed at; only a premodifier or "from"/"by" names its actor.
        int undergoing = outer >= 0 && IsUndergoingVerb(outer) ? outer
            : outer >= 1 && IsLowerCasePlainWord(outer) && IsUndergoingVerb(outer - 1) ? outer - 1 : -1;  // "faces continued protests"
        if (undergoing >= 0)
        {
            int from = after + 1 < _count && _low[after] is "from" or "by" ? (Determiners.Contains(_low[after + 1]) ? after + 2 : after + 1) : -1;
            var by = actor is not null && TokenIndexOf(actor.Start) > undergoing ? actor
                : _entityAt[governor] is { } modifier && ActorLabels.Contains(modifier.Label) ? modifier
                : from >= 0 && from < _count && _entityAt[from] is { } source && ActorLabels.Contains(source.Label) ? source : null;
            return (by, by is null ? null : Subject(undergoing, out _)?.Entity, 0.5);
        }
        // "Sodiqov's arrest drew protests from academic associations", "the vote sparked criticism from Moscow": an act a verb
        // of causing brings on is made by the party "from" names, not by the cause ("Russia's annexation of Crimea led to
        // sanctions": so does "led to").
        if (outer >= 0 && (CausingVerbs.Contains(_low[outer]) || _low[outer] == "to" && outer >= 1 && _low[outer - 1] is "led" or "leads" or "lead" or "leading"))
        {
            int from = after + 1 < _count && _low[after] == "from" ? (Determiners.Contains(_low[after + 1]) ? after + 2 : after + 1) : -1;
            return (from >= 0 && from < _count && _entityAt[from] is { } source && ActorLabels.Contains(source.Label) ? source : null, null, 0.5);
        }
        // "pressed ethnic armed groups to agree to ceasefires": the act an infinitive of an unnamed controlled object names is
        // that object's.
        if (actor is null && InfinitiveBefore(c.Start) is int named && ControlsAnUnnamedObject(named - 1)) return (null, null, 0);
        // "called on Tehran to slow the expulsions": the object of an object-control verb does the infinitive's act, and
        // the act named as that infinitive's object is the controlled party's, not the clause subject's.
        int infinitive = governor >= 0 && _low[governor] == "to" ? governor : governor >= 1 && _low[governor - 1] == "to" ? governor - 1 : -1;
        if (actor is null && infinitive >= 1 && _entityAt[infinitive - 1] is { } controlled && ActorLabels.Contains(controlled.Label)
            && IsControlledInfinitive(infinitive))
            (actor, confidence) = (controlled, 0.5);
        if (actor is null && governor >= 0
            && (_low[governor] is "against" || !_isTrigger[governor] && _lexicon.VerbLemma(_low[governor]) is { } governing && !StagingVerbs.Contains(governing)
                || c.Type != "AGREE" && IsUnlistedPastBeforeDeterminer(governor)))  // "initialled a peace agreement" makes one
            return (null, null, 0);
        // "Chinese workers … were killed in a drone attack launched from Afghan territory": the subject of a passive verb before
        // "in" or "during" is the one the act hit, not its actor, whom only an agent would name.
        // ("Two Chinese workers died on November 30 in a second attack": so is the subject of a verb of dying, past a date or a place.)
        if (actor is null && governor >= 1 && _low[governor] is "in" or "during" && ByAgent(governor) is null && VerbBeforeItsPhrases(governor - 1) is var harmed and >= 0
            && (HarmedParticiples.Contains(_low[harmed]) && (IsPassive(harmed) || IsReducedPassive(harmed)) || _low[harmed] is "died" or "die" or "dies" or "perished"))
            return (null, null, 0);
        // ("said he lost two brothers in the attack": so is the subject of a verb of losing, past what was lost.)
        if (actor is null && governor >= 2 && _low[governor] is "in" or "during" && ByAgent(governor) is null
            && VerbBeforeAnUnnamedObject(governor, LosingVerbs, 5) is var lost and >= 0 && lost < governor - 1)
            return (null, null, 0);
        // "police detained 14 members of Zubr during a protest": a protest during which its actors were detained or attacked is
        // theirs (the verb's object, if named), not the subject's (who may have attacked during their own: "youths resorted
        // to throwing stones during demonstrations").
        if (_low[c.Start] is "protest" or "protests" or "demonstration" or "demonstrations" or "rally" && governor >= 1 && _low[governor] is "during" or "at"
            && VerbBefore(governor) is var coercing and >= 0 && CandidateAt(coercing) is { Type: "COERCE" or "ASSAULT" } coercion)
        {
            if (Object(coercion.End, exclude: null) is { } protesters && TokenIndexOf(protesters.Start) < governor) return (protesters, null, 0.4);
            // ("Security forces killed at least 22 people during the demonstrations": so is one whose people were killed, counted;
            // "shot dead at least 16 people": past the verb's "dead".)
            int killed = PastDead(coercion.End);
            if (coercion.Type == "COERCE" || killed < _count && (IsNumberWord(killed) || _low[killed] is "at" or "more" or "dozens" or "hundreds"))
                return (null, null, 0);
        }
        // "called on Kyiv's allies to respond to the deployment", "in retaliation for the strike", "threatened to retaliate for
        // attacks on its energy facilities": an act answered is another's,
        // whom only its "by" names ("reacting to chemical attacks by ISIL").
        // ("could respond militarily to an attack on Taiwan": past an adverb.)
        int answering = governor >= 2 && _low[governor - 1].EndsWith("ly", StringComparison.Ordinal) && IsLowerCasePlainWord(governor - 1) ? governor - 2 : governor - 1;
        if (actor is null && governor >= 1 && (_low[governor] == "to" && _lexicon.VerbLemma(_low[answering]) is "respond" or "react" || _low[governor] == "to" && _low[governor - 1] is "response" or "reaction"
                                               || _low[governor] == "for" && (_low[governor - 1] is "retaliation" or "revenge" or "reprisal" or "reprisals"
                                                                              || _lexicon.VerbLemma(_low[governor - 1]) == "retaliate")))
            return ByAgent(c.End) is { } answered ? (answered, null, 0.5) : (null, null, 0);
        // "had warned Moscow in early March of a planned attack": an act one is warned of is no act of the one warned, whom only
        // its "by" would name.
        if (actor is null && governor >= 1 && _low[governor] == "of" && VerbBefore(governor) is var warning and >= 0
            && _lexicon.VerbLemma(_low[warning]) is "warn" or "alert" or "caution" or "inform" && ByAgent(c.End) is null) return (null, null, 0);
        // "Mozambique Opposition Leader Calls for Strikes": an act called for is asked of others, not done by the caller (a
        // protest is organised by the one calling for it: "the opposition called for protests").
        if (actor is null && c.Type != "PROTEST" && governor >= 1 && _low[governor] == "for" && _low[governor - 1] is "call" or "calls" or "called" or "calling") return (null, null, 0);
        // "Turkey called for an end to the attacks on civilians", "demanded a halt to the shelling": an act whose end is asked
        // for or made is named, not done, by the clause's subject; only its own possessor is its actor ("an end to its attacks").
        if (actor is null && governor >= 1 && _low[governor] is "to" or "of" && _low[governor - 1] is "end" or "halt" or "cessation") return (null, null, 0);
        // "Russia withdrew from the treaty", "walked out of the talks": an act named after "from" or "out of" is one left,
        // not one made.
        // ("pulled out of the Black Sea grain deal": past a name modifying the noun.)
        if (outer >= 0 && (_low[outer] == "from" || _low[outer] == "of" && outer >= 1 && _low[outer - 1] == "out")) return (null, null, 0);
        // "India Suspends Treaty After Kashmir Attack", "amid protests": an event named after a preposition of time or
        // circumstance is another act than the clause's.
        // ("fires ballistic missile ahead of US-South Korea drills": so is one "ahead of", past a name modifying the noun.)
        if (actor is null && (OpensAnOccasion(governor) || OpensAnOccasion(outer)))
        {
            // "speaking in Brussels after a meeting with Jaap de Hoop Scheffer", "won an exemption after talks with NATO": a
            // meeting "with" someone is the act of the subject of the verb before it.
            if (c.Type == "CONSULT" && after < _count && _low[after] == "with" && VerbBefore(governor) is int verb and >= 0
                && Subject(verb, out _) is { Possessive: false } met)
                return (met.Entity, PrepositionalRecipient(after, met.Entity, c.Type), 0.5);
            return (null, null, 0);
        }
        // "Trade Accusations Over Drone Strike", "protested over the arrests", "Agree to End Dispute Over Port Deal": an act an
        // act's words or a dispute are about, after "over", is another's; "held talks on a security agreement": so is the topic of talks after "on" or "about", not yet made
        // ("left the room during the vote on accession talks": or of a vote, a decision or a debate).
        if (actor is null && governor >= 1
            && (_low[governor] == "over" && (NominalTriggers.CodeOf(_low[governor - 1]) is not null || _isVerbTrigger[governor - 1] || DisputeNouns.Contains(_low[governor - 1]))
                || _low[governor] is "on" or "about" && (NominalTriggers.CodeOf(_low[governor - 1]) is { } talks && _lexicon.Code(talks)?.Type == "CONSULT"
                                                         || TopicNouns.Contains(_low[governor - 1]))
                // ("Israel does not comment on such accusations", "responded to the criticism": nor is an act one answers.)
                || _low[governor] is "on" or "to" && AnsweringWords.Contains(_low[governor - 1])))
            return (null, null, 0);
        // "said it was "deeply concerned" about the arrests", "anger over the killings": an act one feels about is another's
        // (a word of feeling without quotation marks is a verb the check above has met).
        int felt = governor >= 1 && _low[governor] is "\"" or "”" or "'" or "’" ? governor - 1 : governor;
        // ("was deeply troubled by the raid": nor is one felt "by".)
        // ("said it was "deeply concerned" by the arrests": past the quotation's closing mark.)
        if (actor is null && felt >= 1 && (FeelingWords.Contains(_low[felt]) || _low[felt] is "over" or "at" or "by"
                                           && (FeelingWords.Contains(_low[felt - 1]) || felt >= 2 && _low[felt - 1] is "\"" or "”" && FeelingWords.Contains(_low[felt - 2]))))
            return (null, null, 0);
        // "denied that Tehran had any role in the attack": an act named as what one has a part in is referred to, not done
        // (but "claimed responsibility for an attack": the claimant owns it).
        // ("suspended its participation in the New START treaty": nor is one a party takes part in.)
        if (governor >= 1 && _low[governor] is "in" or "into" or "for" && _low[governor - 1] is "role" or "involvement" or "responsibility"
                or "investigation" or "probe" or "inquiry" or "complicity" or "participation" or "membership" && !ClaimsResponsibility(governor - 1))
            return (null, null, 0);
        // "Kazakhstan Hit by Drone Strike": an act after a passive's "by" is done to the subject; without a party before its
        // noun ("hit by Russian strikes") its doer is unnamed.
        if (actor is null && governor >= 1 && _low[governor] == "by" && (IsPastForm(governor - 1) || InvariantParticiples.Contains(_low[governor - 1])))
            return (null, null, 0);
        // "free all those detained for peaceful protest", "jailed for taking part in protests": what one is punished for is the
        // charge, no act of the sentence's parties ("four men charged over the attack", "convicted of the bombing": so is what
        // "over", "with" or "of" names, past the one punished: "charged four men over the attack").
        if (governor >= 1 && _low[governor] is "for" or "over" or "with" or "of" && VerbBeforeAnUnnamedObject(governor, PunishingVerbs, 4) >= 0) return (null, null, 0);
        // "a ban on demonstrations", "restrictions on protests": the act is the ban's object, no act of anyone here.
        if (governor >= 1 && _low[governor] == "on" && _low[governor - 1] is "ban" or "bans" or "restrictions" or "curbs" or "limits" or "moratorium" or "crackdown")
            return (null, null, 0);
        // "Japan has similar agreements with Australia": an accord one has in the present stands; it is not made here.
        // ("has a deal to buy helicopters" is one made: an accord's infinitive names what was agreed.)
        if (AccordNouns.Contains(_low[c.Start]) && !(c.End < _count && _low[c.End] == "to") && HadBefore(c.Start)) return (null, null, 0);
        // "its commitments under the EEU treaty", "in line with the 2015 agreement": a standing agreement is cited, not made.
        if (outer >= 0 && (_low[outer] is "under" || _low[outer] == "with" && outer >= 2 && _low[outer - 2] == "in" && _low[outer - 1] == "line"))
            return (null, null, 0);
        // "the European parties to the 2015 deal", "signatories of the treaty": a party's role names no new act.
        if (governor >= 1 && _low[governor] is "to" or "of" && _low[governor - 1] is "party" or "parties" or "signatory" or "signatories")
            return (null, null, 0);
        // "called the incident a gross violation of the ceasefire", "the collapse of the talks", "the terms of the deal": nor
        // does a noun of what befalls an act, or of its parts, make the act anew.
        if (governor >= 1 && _low[governor] == "of" && ReferringNouns.Contains(_low[governor - 1])) return (null, null, 0);
        // "threats from its enemies", "criticism from Russia": "from" names who made the threat or the demand (not after a
        // possessive, which names its maker: "launched their offensive from Idlib" is where it started).
        if (actor is null && after + 1 < _count && _low[after] == "from" && !(c.Start >= 1 && _low[c.Start - 1] is "its" or "their" or "his" or "her") && c.Type is "ASSAULT" or "THREATEN" or "ACCUSE" or "REQUEST" or "PROTEST")
            return _entityAt[after + 1] is { } source && ActorLabels.Contains(source.Label) ? (source, null, 0.55) : (null, null, 0);
        // "Iran evaded U.S. sanctions": a measure one evades is another's (its premodifier's), aimed at the one who evades it.
        int evading = outer >= 0 && IsEvasionVerb(outer) ? outer : -1;
        if (evading >= 0) return (actor, actor is null ? null : Subject(evading, out _)?.Entity, 0.5);
        Mention? subject = null;
        if (actor is null)
        {
            subject = Subject(c.Start, out _, nominal: true);
            // "India said its strikes targeted infrastructure used to plan an attack": an act in the purpose of a thing used is
            // its users', whom the clause's subject need not be.
            if (subject is not null && InPurposeOfAThingUsed(subject.Token, c.Start)) subject = null;
            // "despite international condemnation", "during the 2022 nationwide protests", "Iran executes man over protests": an act
            // the world at large makes, or protests in the plural told as an occasion or a cause, are not the clause subject's.
            if (subject is not null && AuthorLeftOpenOrOccasionalCrowd(c)) subject = null;
            actor = ByAgent(c.End) ?? subject?.Entity;
            if (subject is not null && actor == subject.Entity && Symmetric.Contains(c.Type)) recipient = Coordinated(subject, c.Start);
            confidence = subject is { InPrepositionalPhrase: false } ? 0.55 : 0.4;
        }
        // "China and Russia conducted joint drills": a name found before the noun past its staging verb is that verb's subject, and
        // the partner coordinated with it is the other party to an act between equals.
        if (actor is not null && recipient is null && subject is null && Symmetric.Contains(c.Type) && TokenIndexOf(actor.Start) is var stager and >= 0
            && stager < c.Start && Coordinated(new Mention(actor, stager, false, false), c.Start) is { } coordinated && !Same(coordinated, actor))
            recipient = coordinated;
        // "The Philippines and Vietnam held their first joint exercise": "their" before an act between equals stands for the
        // coordinated subjects, both parties.
        if (actor is not null && recipient is null && Symmetric.Contains(c.Type) && OwnedByThem(c.Start)
            && Subject(c.Start, out _, nominal: true) is { } owners && Coordinated(owners, c.Start) is { } partner)
            (actor, recipient) = (owners.Entity, partner);
        if (action is not null) recipient = Object(action.End, actor) ?? recipient;
        else recipient = PrepositionalRecipient(after, actor, c.Type) ?? (after < _count && _low[after] == "that" ? Object(after + 1, actor) : null) ?? recipient;
        // "The deployment of Russian troops to Tajikistan", "the withdrawal of French forces from Mali": a force's own move is
        // its state's, whose people or name "of" and the force's noun give.
        if (actor is null && c.Type is "MOBILIZE" or "RETREAT" && after + 2 < _count && _low[after] == "of"
            && _entityAt[after + 1] is { Label: EntityLabels.Norp or EntityLabels.Loc } owner && LastToken(after + 1, owner) + 1 is var force
            && force < _count && HostedForces.Contains(_low[force]))
        {
            actor = owner;
            recipient = PrepositionalRecipient(force + 1, actor, c.Type) ?? recipient;
        }
        if (subject is not null && actor == subject.Entity && !Symmetric.Contains(c.Type)) AddCoSubjectsOfTheStagingVerb(c, subject);
        // ("The United States and Britain carried out strikes": so does a state found as the premodifier past the staging verb.)
        else if (subject is null && actor is not null && !Symmetric.Contains(c.Type) && TokenIndexOf(actor.Start) is var actorToken and >= 0 && actorToken < c.Start)
            AddCoSubjectsOfTheStagingVerb(c, new Mention(actor, actorToken, InPrepositionalPhrase(actorToken), IsPossessive(actor)));
        // "Israel's invasion of Lebanon", "Iran's seizure of a British tanker": after an act of force done by its possessor, "of"
        // names what it is done to.
        // So does "of" after a noun of what is done to someone that has no possessor ("Kyrgyzstan announced the arrest of
        // Sergei Ivanov").
        if (recipient is null && actor is not null
            && (c.Type is "ASSAULT" or "COERCE" && HasPossessor(c.Start) || PatientNouns.Contains(_low[c.End - 1]) && !HasPossessor(c.Start))
            && PartyAfterOf(after) is var (patient, _) && !Same(patient, actor))
            recipient = patient;
        // "An Israeli air strike destroyed Iran's consulate", "A Russian drone attack hit Kyiv": an attack that is the subject of a
        // verb of harm is aimed at that verb's object.
        if (recipient is null && actor is not null && c.Type == "ASSAULT" && after < _count && _entityAt[after] is null
            && _lexicon.VerbLemma(_low[after]) is "destroy" or "hit" or "strike" or "damage" or "kill" or "wound" or "injure"
            && Object(MatchVerb(after).End, actor) is { } target && !Same(target, actor))
            recipient = target;
        return (actor, recipient, confidence);
    }

    /// <summary>"The United States and Britain carried out strikes against Houthi targets": each of the coordinated subjects right
    /// before the verb that stages the act's noun does it too (<see cref="CoActors"/>).</summary>
    private void AddCoSubjectsOfTheStagingVerb(Candidate c, Mention subject)
    {
        int verb = GoverningWord(c.Start);
        if (verb >= 1 && _low[verb] is "out" or "up" or "off") verb--;
        if (subject is not { Possessive: false, InPrepositionalPhrase: false } || verb < 0 || !IsStagingVerb(verb) || !IsSubjectRightBefore(subject.Entity, verb)) return;
        for (var conjunct = subject; CoActors.Count < 4 && NextCoSubject(conjunct, verb, subject.Entity) is { } next; conjunct = next)
            CoActors.Add((next.Entity, null));
    }

    /// <summary>The gerund whose object is the noun at <paramref name="noun"/>, right before it ("of funding protests"), or the
    /// gerund after a charge's "of" or "for" whose object's phrase holds the noun, past up to five articles, lower-case words and
    /// prepositions ("of paving the way for the strikes"), unless it takes part ("of taking part in attacks"); or null.</summary>
    private int? GerundOverTheNoun(int noun)
    {
        if (noun > 0 && IsGerund(noun - 1)) return noun - 1;
        int k = noun - 1;
        for (int steps = 0; k >= 1 && steps < 5 && !IsGerund(k) && (Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) || Prepositions.Contains(_low[k])); steps++) k--;
        return k >= 1 && IsGerund(k) && _low[k - 1] is "of" or "for" && _low[k + 1] != "part" ? k : null;
    }

    /// <summary>
    /// "the strikes were", "the attack on Israel was", "a militant attack killed", "the deployment marked": a noun after
    /// an article (and at most two lower-case modifiers) followed, past a short prepositional phrase, by a form of "be"
    /// or "have" or by a past form is the subject of its clause ("an attack on a checkpoint that killed": not the verb of a
    /// relative clause).
    /// </summary>
    private bool IsClauseSubject(int noun, int after)
    {
        int d = noun - 1;
        while (d >= 0 && noun - d <= 3 && _low[d] is not ("the" or "a" or "an") && IsLowerCasePlainWord(d)) d--;
        if (d < 0 || _low[d] is not ("the" or "a" or "an")) return false;
        int k = after;
        if (k < _count && Prepositions.Contains(_low[k]))
            for (k++; k < Math.Min(_count, after + 6) && !BeForms.Contains(_low[k]) && _low[k] is not ("that" or "which" or "who")
                      && (_entityAt[k] is not null || IsPlainWord(k) || Determiners.Contains(_low[k])); k++) { }
        return k < _count && (BeForms.Contains(_low[k]) || _low[k] is "has" or "have" or "had" || _entityAt[k] is null && IsPastForm(k));
    }

    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "AGREE", "CONSULT", "COOPERATE", "SUPPORT" };

    /// <summary>"An Israeli airstrike killed 20 people", "the strike on the consulate in Damascus killed seven": an assault's
    /// verb whose subject is an assault's noun (past the noun's phrases) tells that act's toll, no second act. A loop, not a
    /// lambda over the candidates: one would put a closure on the heap for every verb.</summary>
    private bool TellsTheTollOf(Candidate verb)
    {
        if (verb.Nominal || verb.Type != "ASSAULT") return false;
        for (int k = WordBeforeAuxiliaries(verb.Start); k >= 0; k--)
        {
            if (_entityAt[k] is { } e) { k = FirstToken(k, e); continue; }
            if (_isTrigger[k]) return CandidateAt(k, nominal: true) is { Type: "ASSAULT" };
            if (_low[k] is "and" or "or" or "but" || !(Determiners.Contains(_low[k]) || Prepositions.Contains(_low[k]) || IsLowerCasePlainWord(k) && !IsClauseVerb(k))) return false;
        }
        return false;
    }

    /// <summary>An act's noun (a trigger) is the direct object after <paramref name="verbEnd"/>, past up to three words ("any new
    /// sanctions"). A loop, not a lambda over the candidates.</summary>
    private bool ObjectIsAnAct(int verbEnd)
    {
        foreach (var o in _candidates)
            if (o.Nominal && o.Start >= verbEnd && o.Start - verbEnd <= 3 && IsDirectObject(verbEnd, o.Start)) return true;
        return false;
    }

    /// <summary>Nouns that name an act only after its party's possessive, and the act's CAMEO code.</summary>
    private static readonly Dictionary<string, string> PossessedActs = new(StringComparer.Ordinal)
        { ["aid"] = "070", ["assistance"] = "070", ["support"] = "050", ["backing"] = "050", ["ban"] = "172" };

    /// <summary>Nouns of what one party asks or offers another, which a refusal answers.</summary>
    private static readonly HashSet<string> AskedOrOffered = new(StringComparer.Ordinal)
    {
        "request", "requests", "demand", "demands", "offer", "offers", "proposal", "proposals", "invitation", "invitations", "appeal",
        "appeals", "plea", "pleas", "overtures", "bid", "call", "calls", "ultimatum",
    };

    /// <summary>Irregular simple pasts whose participles differ ("spoke", "spoken"): never a passive's participle.</summary>
    private static readonly HashSet<string> SimplePastsOnly = new(StringComparer.Ordinal)
    {
        "spoke", "took", "gave", "wrote", "went", "came", "saw", "began", "broke", "chose", "drove", "flew", "froze", "rose", "stole",
        "swore", "threw", "knew", "grew", "drew", "shook", "fell", "withdrew", "overthrew", "undertook", "forgave", "arose", "rode",
    };

    /// <summary>"their" owns the noun at <paramref name="noun"/>, past up to four modifiers ("their first joint coast guard exercise").</summary>
    private bool OwnedByThem(int noun)
    {
        for (int k = noun - 1; k >= 0 && k >= noun - 5; k--)
        {
            if (_low[k] == "their") return true;
            if (!IsLowerCasePlainWord(k)) return false;
        }
        return false;
    }

    /// <summary>"joint" among the three words before the noun at <paramref name="noun"/> ("joint coast guard exercise").</summary>
    private bool JointBefore(int noun)
    {
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--)
        {
            if (_low[k] == "joint") return true;
            if (!IsLowerCasePlainWord(k) && !(_headline && IsPlainWord(k))) return false;
        }
        return false;
    }

    /// <summary>One of <paramref name="verbs"/> right before <paramref name="phrase"/>, or past a short object without a name
    /// (plain words and numbers, within <paramref name="span"/> words): "jailed for", "charged four men over", "lost two brothers
    /// in"; its position, or -1.</summary>
    private int VerbBeforeAnUnnamedObject(int phrase, HashSet<string> verbs, int span)
    {
        for (int k = phrase - 1; k >= 0 && k >= phrase - span; k--)
        {
            if (verbs.Contains(_low[k])) return k;
            if (_entityAt[k] is not null || !IsLowerCasePlainWord(k) && !IsNumberWord(k)) return -1;
        }
        return -1;
    }

    /// <summary>From <paramref name="from"/>, up to two lower-case modifiers (past an article) and a lower-case plural noun no name
    /// covers ("extremists", "unknown gunmen", "the rebels"): an agent left unnamed.</summary>
    private bool UnnamedAgentAt(int from)
    {
        int k = from < _count && _low[from] is "the" or "some" ? from + 1 : from;
        for (int modifiers = 0; k + 1 < _count && modifiers < 2 && IsLowerCasePlainWord(k) && IsLowerCasePlainWord(k + 1); modifiers++) k++;
        return k < _count && IsLowerCasePlainWord(k) && _low[k].EndsWith('s') && !_low[k].EndsWith("ss", StringComparison.Ordinal)
               && (k + 1 >= _count || !IsLowerCasePlainWord(k + 1));
    }

    /// <summary>Verbs of losing, whose subject suffers the act in whose phrase the loss was ("lost two brothers in the attack").</summary>
    private static readonly HashSet<string> LosingVerbs = new(StringComparer.Ordinal) { "lost", "lose", "loses", "losing" };

    private static readonly HashSet<string> PunishingVerbs = new(StringComparer.Ordinal)
    {
        "detained", "arrested", "jailed", "imprisoned", "sentenced", "convicted", "punished", "fined", "prosecuted", "charged", "tried",
        "indicted", "charge", "charges",
    };

    /// <summary>Nouns of deciding and debating, whose "on" or "about" names their topic.</summary>
    private static readonly HashSet<string> TopicNouns = new(StringComparer.Ordinal)
    {
        "vote", "votes", "decision", "decisions", "debate", "debates", "referendum", "resolution", "ruling", "report", "position",
        "stance", "bill", "law", "consensus", "deadlock", "progress", "briefing", "update", "views", "hearing", "question", "questions",
    };

    /// <summary>"has" or "have" as the verb right before the noun at <paramref name="noun"/>, past its determiner and up to three
    /// modifiers ("has similar agreements", "already has a defence pact"; not "has signed").</summary>
    private bool HadBefore(int noun)
    {
        for (int k = noun - 1, words = 0; k >= 0 && words < 5; k--, words++)
        {
            if (_low[k] is "has" or "have") return true;
            if (_entityAt[k] is not null || !(Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) && LemmaOf(k) is null)) return false;
        }
        return false;
    }

    /// <summary>Nouns of what befalls an act or of its parts, which refer to the act named after their "of".</summary>
    private static readonly HashSet<string> ReferringNouns = new(StringComparer.Ordinal)
    {
        "violation", "violations", "breach", "breaches", "collapse", "failure", "terms", "text", "provisions", "clauses", "anniversary",
        "expiry", "expiration", "implementation", "aftermath", "wake",
    };

    /// <summary>Participles of harm done, which add the result of the act they follow.</summary>
    private static readonly HashSet<string> HarmDoneParticiples = new(StringComparer.Ordinal)
        { "killing", "wounding", "injuring", "hurting", "destroying", "damaging" };

    /// <summary>Verbs of an accident, whose toll a participle of harm after them tells.</summary>
    private static readonly HashSet<string> AccidentVerbs = new(StringComparer.Ordinal)
        { "crashed", "crashes", "collapsed", "collapses", "sank", "capsized", "derailed", "collided", "overturned", "erupted" };

    /// <summary>Participles of harm whose passive subject an act named after "in" hit ("were killed in an attack").</summary>
    private static readonly HashSet<string> HarmedParticiples = new(StringComparer.Ordinal)
        { "killed", "wounded", "injured", "hurt", "hit", "destroyed", "damaged", "struck", "targeted", "captured", "displaced", "trapped" };

    /// <summary>The trigger starting at token <paramref name="token"/>, a verb's or (with <paramref name="nominal"/>) a noun's, or
    /// null (a loop: no closure).</summary>
    private Candidate? CandidateAt(int token, bool nominal = false)
    {
        foreach (var o in _candidates)
            if (o.Nominal == nominal && o.Start == token) return o;
        return null;
    }

    /// <summary>The token at <paramref name="k"/>, or before the phrases of time and place that end there ("died on November 30",
    /// "were killed in Khatlon on Monday"); -1 when none is left.</summary>
    private int VerbBeforeItsPhrases(int k)
    {
        while (k >= 1 && _entityAt[k] is { Label: EntityLabels.Date or EntityLabels.Loc } phrase)
        {
            k = FirstToken(k, phrase) - 1;
            // ("was killed in Tehran in late July in an attack": past a word that places the time in its span.)
            if (k >= 0 && phrase.Label == EntityLabels.Date && _low[k] is "late" or "early" or "mid") k--;
            if (k >= 0 && _low[k] is "on" or "in" or "at" or "near") k--;
        }
        return k;
    }

    /// <summary>Verbs of winning and beating, which a contest at the polls shares with force.</summary>
    private static readonly HashSet<string> ContestVerbs = new(StringComparer.Ordinal) { "defeat", "beat", "take", "capture", "win", "trounce", "rout" };

    private static readonly HashSet<string> VoteWords = new(StringComparer.Ordinal)
    {
        "election", "elections", "vote", "votes", "voting", "voters", "polls", "ballot", "ballots", "runoff", "primary", "primaries",
        "electoral", "referendum",
    };

    /// <summary>The sentence speaks of an election or a vote.</summary>
    private bool AboutAVote()
    {
        for (int i = 0; i < _count; i++)
            if (VoteWords.Contains(_low[i])) return true;
        // "… won Sri Lanka's presidential election. Dissanayake defeated opposition leader Sajith Premadasa in a second round of
        // counting": so is one within two sentences after a sentence about a vote (rarely asked: the words are lower-cased here).
        for (int back = 1; back <= 2 && back <= _sentenceIndex; back++)
        {
            var previous = _doc.Sentences[_sentenceIndex - back];
            for (int t = previous.FirstToken; t < previous.EndToken; t++)
                if (_doc.Tokens[t].Kind == TokenKind.Word && VoteWords.Contains(_doc.SpanOf(_doc.Tokens[t]).ToString().ToLowerInvariant())) return true;
        }
        return false;
    }

    /// <summary>Nouns of intent (or its failure) whose agent comes after "by" or before as a possessor: "an offer by Trump to
    /// send …", "Bakiyev's failure to close …".</summary>
    private static readonly HashSet<string> IntentNouns = new(StringComparer.Ordinal)
    {
        "offer", "plan", "proposal", "attempt", "bid", "threat", "move", "decision", "effort", "push", "call", "request", "demand",
        "order", "pledge", "promise", "vow", "refusal", "readiness", "intention", "failure", "challenge", "invitation",
    };

    /// <summary>The nearest verb (or participle opening a phrase) before <paramref name="token"/> in its clause, or -1.</summary>
    private int VerbBefore(int token)
    {
        for (int k = token - 1; k >= 0; k--)
        {
            if (IsClauseBreak(k) || _low[k] is "that" or "which" or "who") return -1;
            if (_entityAt[k] is { } e) { k = FirstToken(k, e); continue; }
            if (IsClauseVerb(k) || IsParticiplePhraseOpener(k) && k > 0 && _low[k - 1] == ",") return k;
        }
        return -1;
    }

    /// <summary>"disagreed with the plan to detain Melia", "rejected a proposal to hold talks": the infinitive of an unowned
    /// noun of intent after a preposition or a verb of opposing is someone else's intent, not the subject's act.</summary>
    private bool IntentOpposedOrReferredTo(int verb)
    {
        int to = verb - 1;
        // ("would block any attempt to reimpose the sanctions": any article that owns nothing.)
        if (to < 3 || _low[to] != "to" || !IntentNouns.Contains(_low[to - 1]) || _low[to - 2] is not ("the" or "a" or "an" or "any" or "every" or "this" or "such")) return false;
        string before = _low[to - 3];
        return Prepositions.Contains(before)
               || _lexicon.VerbLemma(before) is { } lemma && (UnmistakableVerbs.Contains(lemma) || lemma is "oppose" or "criticize" or "criticise" or "protest" or "resist" or "block");
    }

    /// <summary>The party named right before the "to" of the infinitive at <paramref name="verb"/>, after "by" and a noun of
    /// intent ("an offer by Trump to send …"), or null.</summary>
    private Entity? AgentOfIntentBefore(int verb)
    {
        int to = verb - 1;
        // "punishment for Bakiyev's failure to close the U.S. base": the possessor of a noun of intent is its agent.
        if (to >= 3 && _low[to] == "to" && IntentNouns.Contains(_low[to - 1]) && _low[to - 2] is "'s" or "’s"
            && _entityAt[to - 3] is { } owner && ActorLabels.Contains(owner.Label)) return owner;
        if (to < 3 || _low[to] != "to" || _entityAt[to - 1] is not { } party || !ActorLabels.Contains(party.Label)) return null;
        for (int i = FirstToken(to - 1, party) - 1; i >= 1 && i >= to - 8; i--)
        {
            if (_low[i] == "by") return IntentNouns.Contains(_low[i - 1]) ? party : null;
            if (!(_entityAt[i] is not null || IsTitleWord(i) || Determiners.Contains(_low[i]))) return null;
        }
        return null;
    }

    /// <summary>"a threat by Trump to retaliate", "threats to strike": the infinitive at <paramref name="verb"/> completes a noun of
    /// threat, past its "by" and agent.</summary>
    private bool ThreatensTheAct(int verb)
    {
        int to = verb - 1;
        if (to < 1 || _low[to] != "to") return false;
        for (int i = to - 1; i >= 0 && i >= to - 9; i--)
        {
            if (_low[i] is "threat" or "threats") return true;
            if (!(_entityAt[i] is not null || IsTitleWord(i) || Determiners.Contains(_low[i]) || _low[i] is "by" or "'s" or "’s")) return false;
        }
        return false;
    }

    /// <summary>The party right after a "to" in the clause from <paramref name="from"/> on (asides between commas passed), or null.</summary>
    private Entity? PartyAfterTo(int from, Entity? actor)
    {
        for (int i = from; i + 1 < Math.Min(_count, from + 16); i++)
        {
            // ("the Aghdam, Kalbajar and Lachin districts to Azerbaijan": an "and" between names joins what is handed on.)
            if (IsClauseBreak(i) || _low[i] is "which" or "who" or "that" || _isVerbTrigger[i]
                || _low[i] == "and" && !(i > from && _entityAt[i - 1] is not null && _entityAt[i + 1] is not null)) return null;
            if (_low[i] == "to") return Object(i + 1, actor) is { } party && TokenIndexOf(party.Start) <= i + 4 ? party : null;
        }
        return null;
    }

    /// <summary>"will send Ukraine two more Patriot systems", "gave Kyiv tanks": a party named right after a verb of giving, before
    /// what is given (an article, a number, a sum, a weapon or a lower-case noun), is the one it goes to; or null.</summary>
    private Entity? IndirectObject(int verbEnd)
    {
        if (verbEnd >= _count || _entityAt[verbEnd] is not { } receiver || !ActorLabels.Contains(receiver.Label) || receiver.Label == EntityLabels.Norp
            || IsPossessive(receiver)) return null;
        int next = LastToken(verbEnd, receiver) + 1;
        return next < _count && (Determiners.Contains(_low[next]) || IsNumberWord(next) || _entityAt[next] is { Label: EntityLabels.Weapon or EntityLabels.Money }
                                 || IsLowerCasePlainWord(next) && !Prepositions.Contains(_low[next]) && _lexicon.VerbLemma(_low[next]) is null && _low[next] is not ("and" or "or"))
            ? receiver : null;
    }

    /// <summary>Where what a verb of giving gives begins: past the party it goes to when that is named right after the verb
    /// (<see cref="IndirectObject"/>) or before "with" ("supplied Russia with drones"); else <paramref name="verbEnd"/>.</summary>
    private int GivenFrom(int verbEnd)
    {
        if (IndirectObject(verbEnd) is { } receiver) return LastToken(verbEnd, receiver) + 1;
        return verbEnd < _count && _entityAt[verbEnd] is { } supplied && ActorLabels.Contains(supplied.Label) && LastToken(verbEnd, supplied) + 2 is var with
               && with < _count && _low[with - 1] == "with" ? with : verbEnd;
    }

    /// <summary>"The junta led by General Abdourahamane Tiani", "The opposition, led by Maria Corina Machado,": the party that
    /// leads an unnamed body, when that phrase ends at token <paramref name="end"/> (a name or a comma after it), or null.</summary>
    private Entity? LeaderOfAnUnnamedBody(int end)
    {
        if (end >= 1 && _low[end] == ",") end--;
        if (end < 3 || _entityAt[end] is not { } leader || !ActorLabels.Contains(leader.Label)) return null;
        int k = FirstToken(end, leader) - 1;
        while (k >= 0 && IsTitleWord(k)) k--;
        if (k < 2 || _low[k] != "by" || _low[k - 1] is not ("led" or "headed")) return null;
        k -= 2;
        if (k >= 0 && _low[k] == ",") k--;
        return k >= 1 && _entityAt[k] is null && IsLowerCasePlainWord(k) && Determiners.Contains(_low[k - 1]) ? leader : null;
    }

    /// <summary>The name at token <paramref name="t"/> follows "with", past articles, titles and names describing it ("with
    /// the EU", "with Chinese Premier Li Qiang").</summary>
    private bool AfterWith(int t)
    {
        for (int k = t - 1; k >= Math.Max(0, t - 6); k--)
        {
            if (_low[k] == "with") return true;
            if (!(Determiners.Contains(_low[k]) || IsTitleWord(k) || _entityAt[k] is not null)) return false;
        }
        return false;
    }

    /// <summary>Verbs of giving back or up ("return", "cede", "hand over"): what is given is no party; the one after "to" is.</summary>
    private static bool GivingBack(string lemma) => lemma is "return" or "cede" or "hand";

    /// <summary>Verbs whose pattern's noun is what the subject hands on: coordinated subjects give it together, not to each other.</summary>
    private static readonly HashSet<string> TransferVerbs = new(StringComparer.Ordinal)
        { "send", "dispatch", "deliver", "provide", "give", "supply", "ship", "donate", "transfer", "airlift", "contribute" };

    /// <summary>Words of feeling before "about", "over" or "at" and the act felt about.</summary>
    private static readonly HashSet<string> FeelingWords = new(StringComparer.Ordinal)
    {
        "concerned", "concern", "worried", "worry", "alarmed", "alarm", "angry", "anger", "outrage", "outraged", "dismayed",
        "dismay", "disappointed", "disappointment", "shocked", "saddened", "upset", "fears", "fear", "unease", "uneasy",
        "troubled", "disturbed", "appalled", "horrified",
    };

    /// <summary>Verbs (and their gerunds) whose object is the act of their subject ("carried out strikes", "organising protests").</summary>
    private static readonly HashSet<string> StagingVerbs = new(StringComparer.Ordinal)
    {
        "stage", "hold", "organise", "organize", "launch", "conduct", "carry", "carry out", "wage", "mount", "make", "lead", "start",
        "resume", "continue", "begin", "sign", "conclude", "impose", "issue", "step up", "intensify", "escalate", "step", "have",
        "be", "announce", "plan", "threaten", "open", "restart", "expand", "increase", "reach", "agree", "give", "provide", "send",
        "claim",  // "Houthi Rebels Claim Attack on …": who claims an attack made it
        "propose", "suggest",  // "proposed holding joint exercises": a proposal of an act, with no one it is made to, intends it
        "order",  // "Maduro ordered the mobilization of 200,000 troops": who orders an act has it done
    };

    /// <summary>The plain subject of a verb of <see cref="StagingVerbs"/> that governs the phrase from <paramref name="first"/>, or null.</summary>
    private Entity? StagerPast(int first) =>
        GoverningWord(first) is var staging and >= 0 && IsStagingVerb(staging) && Subject(staging, out _) is { Possessive: false, InPrepositionalPhrase: false } stager
            ? stager.Entity : null;

    /// <summary>The word at <paramref name="i"/> is a form of one of <see cref="StagingVerbs"/>.</summary>
    private bool IsStagingVerb(int i) => _lexicon.VerbLemma(_low[i]) is { } lemma && StagingVerbs.Contains(lemma);

    /// <summary>"between Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Saudi national security
    /// adviser Musaed al-Aiban": the party after the ", and" that closes an aside opened by the comma at <paramref name="comma"/>.</summary>
    private (Entity Party, int End)? PartyAfterAnAside(int comma)
    {
        if (_low[comma] != ",") return null;
        for (int k = comma + 2; k + 1 < _count && k - comma <= 14 && !IsClauseBreak(k); k++)
            if (_low[k] == "and" && _low[k - 1] == ",") return PartyFrom(k + 1);
        return null;
    }

    /// <summary>The subject and the object of "told" or of an act's verb in the clause before <paramref name="phrase"/> ("Jaishankar
    /// told his Chinese counterpart, Wang Yi, in …", "Aliyev apologised to Putin in …"), or null.</summary>
    private (Entity Teller, Entity Told)? TellerAndToldBefore(int phrase)
    {
        for (int k = phrase - 1; k >= 1 && phrase - k <= 10 && !IsClauseBreak(k); k--)
            if ((_low[k] is "told" or "tells" || _isVerbTrigger[k]) && Subject(k, out _) is { Possessive: false, Entity: var teller }
                && Object(k + 1, exclude: teller) is { } told && told.Start < _doc.Tokens[_first + phrase].Start)
                return (teller, told);
        return null;
    }

    /// <summary>
    /// The word before the noun phrase that ends in the noun at <paramref name="noun"/> (past a determiner, numbers and up
    /// to four lower-case modifiers: "detected more than 400 cyber attacks"), or -1.
    /// </summary>
    private int GoverningWord(int noun)
    {
        int i = noun - 1;
        for (int words = 0; i >= 0 && words < 6; i--, words++)
        {
            // "After Missile Attack", "after a drone attack": a weapon names the attack's kind; "a 50 billion euro EU aid package":
            // a sum its size.
            if (_entityAt[i] is { Label: EntityLabels.Weapon or EntityLabels.Money } modifier) { i = FirstToken(i, modifier); continue; }
            // ("a 50 billion euro ($54 billion) EU aid package": so does a sum in parentheses.)
            if (_low[i] == ")" && i >= 2 && _entityAt[i - 1] is { Label: EntityLabels.Money } sum && FirstToken(i - 1, sum) - 1 is var open and >= 0 && _low[open] == "(")
            {
                i = open;
                continue;
            }
            // "under a ceasefire deal": an act's noun modifying the noun is part of its phrase.
            if (i == noun - 1 && _isTrigger[i] && NominalTriggers.CodeOf(_low[i]) is not null) continue;
            // "ending weeks of street protests": a length of time is measured in the noun's phrase.
            if (_low[i] == "of" && i >= 1 && DurationUnits.Contains(_low[i - 1])) { i--; continue; }
            // "suspended the New START treaty": capitalised words no name covers, between an article and the noun, name the thing.
            if (!_headline && InAnUntaggedNameAfterAnArticle(i)) continue;
            // "carried out repeated strikes", "condemned renewed attacks": a past form right between a verb and the noun
            // describes the noun ("The United States announced sanctions": a name's last word is no verb).
            if (i == noun - 1 && i >= 1 && _low[i].EndsWith("ed", StringComparison.Ordinal) && IsLowerCasePlainWord(i) && _entityAt[i - 1] is null
                && (_lexicon.VerbLemma(_low[i - 1]) is not null || _low[i - 1] is "out" or "up" or "off")) continue;
            bool number = _doc.Tokens[_first + i].Kind == TokenKind.Number;
            // A word that could be a verb is a modifier after a determiner ("a state visit"); a past form before one is the
            // verb, though the dictionary lacks it ("regretted the arrests").
            // In a headline every word is capitalised ("… Amid Opposition Protests").
            // "drew protests": a verb of causing governs, though the dictionary lacks it.
            // ("their first joint coast guard exercise": so is one inside a phrase a determiner or a possessive opens.)
            if (!(number || Determiners.Contains(_low[i]) || _low[i] is "more" or "than" or "some" or "about" or "several"
                  || (IsLowerCasePlainWord(i) || _headline && IsPlainWord(i)) && !IsUnlistedPastBeforeDeterminer(i) && !CausingVerbs.Contains(_low[i])
                     && (_lexicon.VerbLemma(_low[i]) is null || i > 0 && Determiners.Contains(_low[i - 1]) || InAPhraseOpenedBefore(i))))
                break;
        }
        return i;
    }

    /// <summary>The word at <paramref name="i"/> is capitalised, no name covers it, and it and up to two more such words follow
    /// "the", "a" or "an".</summary>
    private bool InAnUntaggedNameAfterAnArticle(int i)
    {
        for (int k = i, words = 0; k >= 1 && words < 3; k--, words++)
        {
            if (_entityAt[k] is not null || _doc.Tokens[_first + k].Kind != TokenKind.Word || !char.IsUpper(_doc.Text[_doc.Tokens[_first + k].Start])) return false;
            if (_low[k - 1] is "the" or "a" or "an") return true;
        }
        return false;
    }

    /// <summary>The word at <paramref name="i"/>, a base form, follows a noun's modifiers that a determiner or a possessive opens
    /// ("their first joint coast guard exercise": "guard" is no verb).</summary>
    private bool InAPhraseOpenedBefore(int i)
    {
        if (_lexicon.VerbLemma(_low[i]) != _low[i]) return false;
        for (int k = i - 1, words = 0; k >= 0 && words < 4; k--, words++)
        {
            if (IsDeterminerOrPossessive(_low[k])) return words > 0;
            if (!IsLowerCasePlainWord(k) || IsPastForm(k) || _lexicon.VerbLemma(_low[k]) == _low[k]) return false;
        }
        return false;
    }

    private bool IsUnlistedPastBeforeDeterminer(int i) =>
        _lexicon.VerbLemma(_low[i]) is null && _low[i].Length > 4 && _low[i].EndsWith("ed", StringComparison.Ordinal)
        && i + 1 < _count && Determiners.Contains(_low[i + 1]);

    /// <summary>A plain -ing word that is not an event noun itself ("funding", not "meeting" or "fighting").</summary>
    private bool IsGerund(int i) =>
        _entityAt[i] is null && !_isTrigger[i] && _low[i].Length > 4 && _low[i].EndsWith("ing", StringComparison.Ordinal) && NominalTriggers.CodeOf(_low[i]) is null
        && !Prepositions.Contains(_low[i]) && _low[i] is not ("according" or "including" or "regarding" or "concerning" or "following");

    /// <summary>The trigger at <paramref name="trigger"/> is inside a relative clause (<see cref="RelativeClauseStart"/>) that
    /// opens right after the subject's name and its comma.</summary>
    private bool InRelativeClauseOn(Mention subject, int trigger) =>
        _entityAt[subject.Token] is { } name && RelativeClauseStart(trigger) is var clause and >= 2 && LastToken(subject.Token, name) == clause - 2
        && !PairOpensTheSentence(subject.Token);

    /// <summary>"Turkey and Qatar, which mediated the talks, urged …": the name at <paramref name="second"/> is the second of two
    /// joined by "and" that open the sentence (past an article), the subject of the relative clause on them both.</summary>
    private bool PairOpensTheSentence(int second)
    {
        int and = second - 1;
        if (and >= 1 && _low[and] == "the") and--;
        if (and < 1 || _low[and] != "and" || _entityAt[and - 1] is not { } first) return false;
        int start = FirstToken(and - 1, first);
        return start == 0 || start == 1 && _low[0] == "the";
    }

    /// <summary>The entity joined to <paramref name="subject"/> by "and" right before it ("X and Y").</summary>
    private Entity? Coordinated(Mention subject, int trigger)
    {
        // "backed by the Asian Development Bank and the World Bank, which pledged $3.2 billion": the act of a relative
        // clause on the last of two names is that name's alone ("X and Y, which share a border, signed" is both's).
        if (InRelativeClauseOn(subject, trigger)) return null;
        // "In Moscow, he and Putin signed a treaty", "Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan met": the
        // partner of a pronoun subject, or of a subject the phrase of its state follows, is named after "and".
        var subjectName = _entityAt[subject.Token];
        int next = subjectName is null ? subject.Token + 1 : LastToken(subject.Token, subjectName) + 1;
        if (subjectName is not null && next + 1 < trigger && _low[next] == "of" && _entityAt[next + 1] is { Label: EntityLabels.Loc } home) next = LastToken(next + 1, home) + 1;
        if ((subjectName is null || next > LastToken(subject.Token, subjectName) + 1) && next + 1 < trigger && _low[next] == "and"
            && PartyFrom(next + 1) is { } after && !Same(after.Party, subject.Entity) && (subjectName is null || after.Party.Label == subjectName.Label))
            return after.Party;
        int i = subject.Token - 1;
        // "X and his Armenian counterpart, Y, met": the apposition names the other party.
        if (i >= 2 && _low[i] == "," && _low[i - 1] is "counterpart" or "counterparts") i--;
        // "Boko Haram and its offshoot, ISWAP, have killed": so does any noun after a possessive pronoun.
        else if (i >= 3 && _low[i] == "," && IsLowerCasePlainWord(i - 1) && _low[i - 2] is "its" or "his" or "her" or "their") i -= 2;
        // "Aliyev and Armenian Prime Minister Nikol Pashinyan", "al-Sisi and Qatar's Emir Sheikh Tamim": the second
        // party's title, nationality or country come between.
        // "Araqchi and U.S. special envoy Steve Witkoff": so does a state or body named before a title.
        // ("The United States and nine Latin American governments": so does a count before a nationality.)
        while (i >= 1 && (_entityAt[i] is { Label: EntityLabels.Norp } || _low[i] is "counterpart" or "counterparts" or "his" or "her" or "their" or "its"
                          || (IsNumberWord(i) || _low[i] is "several" or "other" or "some" or "many") && _entityAt[i + 1] is { Label: EntityLabels.Norp }
                          || (_entityAt[i] is null && IsTitleWord(i))
                          || (_entityAt[i] is { Label: EntityLabels.Loc or EntityLabels.Org } body && LastToken(i, body) + 1 < _count && IsTitleWord(LastToken(i, body) + 1))
                          || (_low[i] is "'s" or "’s" && _entityAt[i - 1] is { } owner && IsPossessive(owner))))
            i = _entityAt[i] is null && _low[i] is "'s" or "’s" ? FirstToken(i - 1, _entityAt[i - 1]!) - 1
                : _entityAt[i] is { } named ? FirstToken(i, named) - 1 : i - 1;
        if (i >= 1 && _low[i] is "the") i--;
        // "Congo, Rwanda sign peace deal in Washington": a headline's comma joins two names as "and" does.
        bool headlineComma = (_headline || _title) && i >= 1 && _low[i] == "," && _entityAt[i - 1] is not null;
        if (i < 1 || _low[i] != "and" && !headlineComma) return NextInList(subject);
        int j = i - 1;
        if (j >= 1 && _low[j] == ",") j--;
        // "Steven Mann of the United States and Bernard Fassier": a person's partner is the person an "of" phrase places.
        if (subject.Entity.Label == EntityLabels.Person) j = PersonBeforeItsState(j);
        // "Georgian interior ministry troops and South Ossetian militiamen": a nationality is named before its people's noun;
        // so is a group ("Taliban fighters and Tajik border guards exchanged fire"), whatever the subject after "and" is
        // ("Pakistani forces and Taliban fighters").
        if (IsPeoplesNounWord(j))
        {
            int k = j;
            for (int words = 0; words < 3 && k >= 1 && IsPeoplesNounWord(k); words++) k--;
            if (_entityAt[k] is { Label: EntityLabels.Norp or EntityLabels.Org } && (PeopleOfABody.Contains(_low[j]) || ActingBodies.Contains(_low[j])
                                                                                     || subject.Entity.Label == EntityLabels.Norp)) j = k;
            else if (subject.Entity.Label == EntityLabels.Norp) return null;
        }
        // "Colombia's government and the National Liberation Army": the possessor of the body before "and" is the party.
        if (j >= 2 && _entityAt[j] is null && IsPlainWord(j) && _low[j - 1] is "'s" or "’s" && _entityAt[j - 2] is { } possessor && IsPossessive(possessor)) j -= 2;
        // "where he and Vladimir Putin signed a declaration": a pronoun before "and" stands for the party it refers to.
        var partner = _entityAt[j] ?? (_low[j] is "he" or "she" ? ResolvePronoun(j, subject.Entity) : null);
        // "Russia attacked Kyiv, and Moldova protested": the object of a verb before ", and" is no partner of the next clause's subject.
        if (partner is not null && _low[i] == "and" && _low[i - 1] == "," && FirstToken(j, partner) is var partnerFirst && partnerFirst >= 1
            && _entityAt[partnerFirst - 1] is null && !Auxiliaries.Contains(_low[partnerFirst - 1]) && IsClauseVerb(partnerFirst - 1)) return null;
        return partner is { } e && ActorLabels.Contains(e.Label) && !Same(e, subject.Entity) ? e : null;
    }

    /// <summary>"the energy ministers of Uzbekistan, Kyrgyzstan and Kazakhstan signed": a subject that opens a list (one
    /// acting through its people) has the next name of the list as its partner.</summary>
    private Entity? NextInList(Mention subject)
    {
        int k = LastToken(subject.Token, subject.Entity) + 1;
        if (k + 1 >= _count || _low[k] is not ("," or "and")) return null;
        return _entityAt[k + 1] is { } next && next.Label == subject.Entity.Label && !Same(next, subject.Entity) && ActsThroughItsPeople(subject.Token) ? next : null;
    }

    /// <summary>The verb at <paramref name="verb"/> is in a relative clause opened by ", who" or ", which" (past
    /// auxiliaries and adverbs).</summary>
    private bool InRelativeClause(int verb)
    {
        int k = WordBeforeAuxiliaries(verb);
        return k >= 1 && _low[k] is "who" or "which" && _low[k - 1] == ",";
    }

    /// <summary>The act's noun has a modifier that leaves its author open ("international condemnation", "widespread protests"),
    /// or is a crowd's protests in the plural after a preposition of occasion or cause ("during the 2022 nationwide protests"),
    /// past determiners, dates, numbers and lower-case modifiers.</summary>
    private bool AuthorLeftOpenOrOccasionalCrowd(Candidate c)
    {
        int k = c.Start - 1;
        for (int words = 0; k >= 0 && words < 4; words++)
        {
            if (_entityAt[k] is { Label: EntityLabels.Date } date) k = FirstToken(k, date) - 1;
            else if (_entityAt[k] is null && (Determiners.Contains(_low[k]) || IsNumberWord(k) || IsLowerCasePlainWord(k) && !Prepositions.Contains(_low[k])))
            {
                if (_low[k] is "international" or "widespread" or "global" or "worldwide" or "public" or "popular" or "nationwide" or "mass") return true;
                k--;
            }
            else break;
        }
        return c.Type == "PROTEST" && _low[c.Start] is "protests" or "demonstrations" or "rallies" or "riots" or "strikes"
               && k >= 0 && _low[k] is "during" or "over" or "amid" or "after" or "since" or "before" or "despite" or "following" or "with";
    }

    /// <summary>Between tokens <paramref name="from"/> and <paramref name="to"/> a noun (or a closing quotation mark), a participle
    /// of use and "to" open the purpose of a thing used ("infrastructure used to plan", "drones designed to carry").</summary>
    private bool InPurposeOfAThingUsed(int from, int to)
    {
        for (int k = to - 1; k >= from + 2; k--)
            if (_low[k] == "to" && _low[k - 1] is "used" or "designed" or "meant" or "intended" or "employed" && _entityAt[k - 2] is null
                && (IsLowerCasePlainWord(k - 2) && !Auxiliaries.Contains(_low[k - 2]) && !IsAdverb(_low[k - 2]) || _low[k - 2] is "\"" or "”")) return true;
        return false;
    }

    private bool IsTitleWord(int i) => Relations.TitleLexicon.KindOf(_low[i]) != Relations.TitleKind.None && _low[i] != "of";

    /// <summary>Event nouns whose possessor is the one the act is done to ("his arrest", "Navalny's release").</summary>
    private static readonly HashSet<string> PatientNouns = new(StringComparer.Ordinal)
    {
        "arrest", "arrests", "detention", "release", "killing", "assassination", "execution", "expulsion", "deportation", "extradition",
        "abduction", "kidnapping", "capture", "murder", "ouster", "removal", "dismissal", "imprisonment", "sentencing", "conviction",
        "prosecution", "trial", "punishment", "rescue", "evacuation", "suspension",
    };

    /// <summary>A possessive ("his", "their", "X's") stands right before the noun at <paramref name="noun"/>, past up to two modifiers.</summary>
    private bool HasPossessor(int noun)
    {
        for (int i = noun - 1; i >= Math.Max(0, noun - 3); i--)
        {
            if (_low[i] is "his" or "her" or "its" or "their" or "'s" or "’s") return true;
            if (!IsLowerCasePlainWord(i)) return false;
        }
        return false;
    }

    /// <summary>Nouns of agreements and meetings that a city before them names by where they were made ("the Minsk
    /// agreements", "the Doha talks").</summary>
    private static readonly HashSet<string> VenueNamedNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "accord", "accords", "talks", "summit", "process", "format", "declaration", "memorandum",
        "protocol", "protocols", "conference", "negotiations", "communique", "consensus",
    };

    /// <summary>
    /// "brokered the Pretoria agreement that ended the war": a city (a capital too, though it may stand for its state
    /// elsewhere) right before such a noun names the agreement, neither party nor actor; a country does not ("the Iran
    /// agreement" is Iran's).
    /// </summary>
    private bool NamesAVenue(Entity e, int lastToken) =>
        e.Label == EntityLabels.Loc && !IsPossessive(e) && VenueNounAfterModifiers(lastToken + 1)
        && !_lexicon.IsCountry(e.Canonical) && !_lexicon.IsCountry(e.Text);

    /// <summary>A noun of <see cref="VenueNamedNouns"/> at <paramref name="i"/> or past up to two lower-case modifiers ("the Paris
    /// climate agreement").</summary>
    private bool VenueNounAfterModifiers(int i)
    {
        for (int modifiers = 0; i < _count && modifiers <= 2; i++, modifiers++)
        {
            if (VenueNamedNouns.Contains(_low[i])) return true;
            if (!IsLowerCasePlainWord(i)) return false;
        }
        return false;
    }

    /// <summary>A preposition of time or circumstance at <paramref name="i"/> ("after", "amid", "ahead of").</summary>
    private bool OpensAnOccasion(int i) =>
        i >= 0 && (_low[i] is "after" or "following" or "amid" or "despite" or "since" or "before" || _low[i] == "of" && i >= 1 && _low[i - 1] == "ahead");

    /// <summary>A preposition of the circumstances at <paramref name="i"/> ("amid", "despite"), whose noun's "with" names that noun's
    /// party, not the act's (unlike "after talks with", which names the counterpart).</summary>
    private bool OpensACircumstance(int i) => _low[i] is "amid" or "despite";

    private bool IsEvasionVerb(int i) => _lexicon.VerbLemma(_low[i]) is "evade" or "circumvent" or "bypass" or "skirt" or "dodge";

    /// <summary>"his government faces continued protests", "Georgia suffered a Russian attack": a verb whose subject undergoes
    /// the act named as its object.</summary>
    private bool IsUndergoingVerb(int i) =>
        _low[i] is "face" or "faces" or "faced" or "facing" or "suffer" or "suffers" or "suffered" or "suffering" or "endure" or "endures" or "endured"
            or "withstand" or "withstood" or "weather" or "weathered";

    /// <summary>Possessor or premodifier of a noun trigger: "Tajikistan’s insistence", "recent CSTO military exercises".</summary>
    private Entity? Premodifier(int start)
    {
        bool passedVerb = false;
        for (int i = start - 1, words = 0; i >= 0 && words < 3; i--)
        {
            if (_entityAt[i] is { } e)
            {
                // A name or weapon between possessor and noun ("the CSTO’s Rubezh-2004 exercises") is skipped. A place
                // that is no state names where the act happens ("Gaza Ceasefire Deal", "Kashmir attack"), not who acts.
                // Past a verb ("Israel reimposed blockades") the name is the verb's subject, which no preposition
                // governs ("Farmers in Ireland staged protests").
                if (ActorLabels.Contains(e.Label))
                    return (e.Label != EntityLabels.Loc || IsPossessive(e) || _lexicon.IsState(e.Canonical) || _lexicon.IsState(e.Text))
                           && !(passedVerb && InPrepositionalPhrase(FirstToken(i, e))) && !NamesAVenue(e, i) ? e : null;
                i = FirstToken(i, e);
                continue;
            }
            string w = _low[i];
            if (w is "its" or "their" or "his" or "her") return ResolvePronoun(i);
            if (w is "'s" or "’s") continue;
            // ("the Collective Security Treaty Organization's (CSTO) Rubezh-2025 exercises": past an acronym in parentheses.)
            if (ClosesAnAcronym(i)) { i -= 2; continue; }
            // "Turk said air strikes had killed …": the speaker of a reporting verb does not do the act reported.
            // "Russia evaded sanctions": the one who evades a measure is not the one who imposed it.
            // ("Installs Kavelashvili as Protests Continue": nor does "as", which opens a clause or a role.)
            if (_doc.Tokens[_first + i].Kind != TokenKind.Word || Prepositions.Contains(w) || w is "a" or "an" or "the" or "as" || Auxiliaries.Contains(w)
                || ReportingVerbs.Contains(w) || IsEvasionVerb(i)) return null;
            passedVerb |= IsClauseVerb(i);
            words++;
        }
        return null;
    }

    /// <summary>The party a preposition after the act's words names ("talks with X", "an attack on X"); not after "against"
    /// for help or cooperation, which names the adversary ("U.S. help against Islamist militants").</summary>
    private Entity? PrepositionalRecipient(int after, Entity? actor, string type)
    {
        for (int i = after; i < Math.Min(_count, after + 4); i++)
        {
            // "investment deals, according to the Kazakh Foreign Ministry": a source cited is no party.
            // ("signed a pact amid tensions with China": nor is a party of the circumstances' noun; "after talks with" names the
            // counterpart.)
            if (_isTrigger[i] || IsClauseBreak(i) || _low[i] == "according" || OpensACircumstance(i)) return null;
            // ("Washington's support for Kyiv": for support or aid, "for" names the one it is given to.)
            if (!(RecipientPrepositions.Contains(_low[i]) || _low[i] == "for" && type is "SUPPORT" or "AID")
                || _low[i] == "against" && type is "AID" or "SUPPORT" or "COOPERATE") continue;
            // "announced the deployment on Facebook": a platform is where it was said; "held a joint exercise on the Caspian Sea": a
            // place not a state's, after "on" an act between equals, is where it was held.
            int onWhat = i + 1 < _count && _low[i + 1] == "the" ? i + 2 : i + 1;
            if (_low[i] == "on" && onWhat < _count && _entityAt[onWhat] is { } onName
                && (Platforms.Contains(onName.Canonical) || Symmetric.Contains(type) && onName.Label == EntityLabels.Loc && !_lexicon.IsCountry(onName.Canonical))) return null;
            for (int j = i + 1; j < Math.Min(_count, i + 5); j++)
            {
                // "a visit by Chinese Premier Li Qiang": the nationality describes the name after it; so does a body before a
                // title and a person ("a meeting with NATO Secretary-General Jaap de Hoop Scheffer").
                if (_entityAt[j] is { Label: EntityLabels.Norp } n && ModifiesAName(LastToken(j, n) + 1)) { j = LastToken(j, n); continue; }
                if (_entityAt[j] is { Label: EntityLabels.Org or EntityLabels.Loc } body && LastToken(j, body) + 1 is var title && title + 1 < _count
                    && IsTitleWord(title) && _entityAt[title] is null && PersonAfterTitles(title) is { } titled)
                    return actor is null || !Same(titled, actor) ? titled : null;
                // "talks with his Tajik counterpart, Colonel General Sherali Mirzo": the name in apposition is the party.
                if (_entityAt[j] is { Label: EntityLabels.Norp } c && LastToken(j, c) + 3 < _count && _low[LastToken(j, c) + 1] is "counterpart" or "counterparts"
                    && _low[LastToken(j, c) + 2] == "," && PartyFrom(LastToken(j, c) + 3) is { Party.Label: EntityLabels.Person } counterpart)
                    return actor is null || !Same(counterpart.Party, actor) ? counterpart.Party : null;
                if (_entityAt[j] is { } e)
                {
                    // "a state visit by Mirziyoyev to Bishkek": past the actor named after another preposition.
                    if (actor is not null && Same(e, actor) && ActorLabels.Contains(e.Label)) { i = LastToken(j, e); break; }
                    // "students clash with police in Novi Sad": a city after an unnamed partner of "with" and "in" is where, not whom
                    // (the place of a target is whom: "an airstrike on a school in Gaza", "strikes on nine sites in Pakistan").
                    if (_low[i] == "with" && e.Label == EntityLabels.Loc && j > i + 2 && _low[j - 1] == "in" && !_lexicon.IsCountry(e.Canonical)) return null;
                    return ActorLabels.Contains(e.Label) && (actor is null || !Same(e, actor)) ? e : null;
                }
                // ("strikes on nine sites in Pakistan": a number counts the targets.)
                if (_doc.Tokens[_first + j].Kind is not (TokenKind.Word or TokenKind.Number)) break;
            }
        }
        return null;
    }
}
