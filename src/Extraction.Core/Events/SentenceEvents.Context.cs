using Extraction.Model;

namespace Extraction.Events;

// Status (asserted, anticipated, negated, hypothetical) and the context roles: location, time, amount, instrument, name.
internal sealed partial class SentenceEvents
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "nor" };
    /// <summary>Verbs (and their nouns, and "unable") that say the act after them did not take place ("refused to attend", "failed to
    /// defend", "avoided open criticism", "Bakiyev's failure to close").</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
        { "denied", "denies", "deny", "refused", "refuses", "refuse", "declined", "rejected", "failed", "fails", "fail", "failing",
          "avoided", "avoids", "avoid", "avoiding", "refrained", "refrains", "refrain", "failure", "refusal",
          "unable", "inability" };  // "had been unable to deliver food": what could not be done was not
    private static readonly HashSet<string> Hypotheticals = new(StringComparer.Ordinal) { "if", "may", "might", "could", "would", "should", "must", "unless", "whether" };
    private static readonly HashSet<string> Anticipations = new(StringComparer.Ordinal)
        { "will", "shall", "'ll", "expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aims", "scheduled",
          "pledged", "pledges", "pledging", "promised", "promises", "promising", "vowed", "vows", "vowing", "commits",
          // ("proposed holding joint exercises next year": an act proposed is yet to come.)
          "proposed", "proposes", "proposing" };

    /// <summary>"have", "has" or "had" in the clause before <paramref name="and"/>, with no infinitive's "to" after it: "has vowed
    /// to expand its arsenal and rejected calls" shares the perfect, but the "to" is the first verb's alone.</summary>
    private bool PerfectBefore(int and)
    {
        for (int j = and - 1; j >= Math.Max(0, and - 8) && !IsClauseBreak(j); j--)
        {
            if (_low[j] == "to") return false;
            if (_low[j] is "have" or "has" or "had") return true;
        }
        return false;
    }

    /// <summary>A verb of simulating or rehearsing governs the act's noun at <paramref name="noun"/>, past up to three determiners and
    /// lower-case modifiers ("to simulate a blockade", "rehearsed a full-scale attack").</summary>
    private bool IsSimulated(int noun)
    {
        for (int k = noun - 1; k >= 0 && noun - k <= 4 && _entityAt[k] is null; k--)
        {
            if (_low[k] is "simulate" or "simulated" or "simulates" or "simulating" or "rehearse" or "rehearsed" or "rehearses" or "rehearsing"
                or "practise" or "practised" or "practising" or "practice" or "practiced" or "practicing") return true;
            if (!(Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) && !Prepositions.Contains(_low[k]))) return false;
        }
        return false;
    }

    /// <summary>A verb of saying (perhaps with "that" and the clause's subject) comes before the "would" at <paramref name="would"/>
    /// in its sentence, and no "if", "unless" or "whether" comes after it.</summary>
    private bool ReportedFuture(int would)
    {
        for (int i = would + 1; i < _count && !IsClauseBreak(i); i++)
            if (_low[i] is "if" or "unless" or "whether") return false;
        for (int i = would - 1; i >= Math.Max(0, would - 8); i--)
        {
            if (ReportingVerbs.Contains(_low[i]) || StatementVerbs.Contains(_low[i]) || _low[i] is "confirmed" or "warned" or "insisted") return true;
            if (IsClauseBreak(i) || _low[i] is "if" or "unless" or "whether") return false;
        }
        return false;
    }

    /// <summary>The verb at <paramref name="verb"/> is a base form right after a name that right follows a verb of demand ("insisted
    /// Kyiv withdraw").</summary>
    private bool DemandedOfTheNameBefore(int verb)
    {
        if (verb < 2 || _lexicon.VerbLemma(_low[verb]) != _low[verb] || _entityAt[verb - 1] is not { } named) return false;
        int before = FirstToken(verb - 1, named) - 1;
        return before >= 0 && LemmaOf(before) is { } demanding && DemandVerbs.Contains(demanding) && _low[before] != demanding;
    }

    /// <summary>A person, an organisation, a place or a people is named in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private bool PartyNamedBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_entityAt[k] is { } e && ActorLabels.Contains(e.Label)) return true;
        return false;
    }

    /// <summary>Cues before the trigger in its clause: negation nearest, then hypothetical, then anticipated.</summary>
    private string Status(int start, Candidate c)
    {
        bool negated = false, hypothetical = false, anticipated = false, coordinated = false, occasion = false;
        // "insisted Kyiv withdraw its forces": a base form right after the name a verb of demand is followed by is demanded, not done.
        if (!c.Nominal && DemandedOfTheNameBefore(start)) hypothetical = true;
        int articles = 0;  // "was not involved in the talks": an article does not count towards a negation's reach
        for (int i = start - 1, distance = 1; i >= 0 && distance <= 10; i--, distance++)
        {
            string w = _low[i];
            // "Oyan, Qazaqstan, which has been denied registration since 2019, called on …": a relative clause on the subject
            // right before the verb has a status of its own.
            if (w == "," && distance <= 2 && RelativeClauseClosedAt(i) >= 0) break;
            // "Spain, which said it could not meet the target, won an exemption after talks": nor is a relative clause further
            // back part of the trigger's clause.
            if (w == "," && RelativeClauseClosedAt(i) is int relativeOpening and >= 0) { i = relativeOpening; continue; }
            // "… to plan attacks, a charge Kabul denies": a noun's clause set off by a comma, its subject named, has a status of its own.
            if (w == "," && i + 2 < start && _low[i + 1] is "a" or "an" or "the" && PartyNamedBetween(i + 2, start)) break;
            // "signed a treaty pledging assistance if either country is attacked, during Putin's first visit": the occasion of the
            // main clause lies outside a condition before it.
            if (occasion && w is "if" or "unless" or "whether") break;
            // "would raise prices unless Minsk agreed to sell": a clause of "unless" is a condition.
            if (w == "unless") { hypothetical = true; break; }
            // "demanded that Dushanbe protect Chinese citizens": a verb in its base form after a demand's "that" is what is
            // demanded, not done.
            if (w == "that" && i > 0 && _lexicon.VerbLemma(_low[i - 1]) is { } demanding && DemandVerbs.Contains(demanding) && !c.Nominal && _lexicon.VerbLemma(_low[c.Start]) == _low[c.Start]
                && !Enumerable.Range(i + 1, Math.Max(0, start - i - 1)).Any(k => Auxiliaries.Contains(_low[k]) || _isVerbTrigger[k]))
            {
                hypothetical = true;
                break;
            }
            // "denied accusations that it had armed the RSF", "denied that Russia had attacked": a denied act is not told as done.
            if (w == "that" && IsDenialBefore(i)) { hypothetical = true; break; }
            // "… threatened intervention if talks fail, and has imposed sanctions": ", and" opens a clause of its own.
            // "Beijing, which buys most of Kazakhstan's metals": a relative clause has a status of its own.
            if (IsClauseBreak(i) || w is "that" or "which" or "who" || w == "and" && i > 0 && _low[i - 1] == ",") break;
            // "rejected the proposal, vowing to fight the RSF": a participle after a comma opens a phrase of its own, the
            // trigger's too ("rejected the proposal, urging India to sign").
            if (w == "," && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) && (i + 1 < start && IsParticiplePhraseOpener(i + 1) || i + 1 == start && !c.Nominal)) break;
            // "said South Africa would not be bullied and urged Washington …": a past form after "and" is no verb of the modal
            // before it (that would take a base form), unless the two share a perfect ("would have met and signed").
            if (w == "and" && distance == 1 && IsPastForm(start) && !PerfectBefore(i)) break;
            // ("cancelled all cultural events planned with Russia and summoned Moscow's ambassador to protest": nor of a verb
            // phrase before a past form after "and" that holds the act.)
            if (w == "and" && i + 1 < start && _entityAt[i + 1] is null && IsPastForm(i + 1) && _isVerbTrigger[i + 1] && !PerfectBefore(i)) break;
            // "On May 21, the court sentenced …": a name's word (the month) is no modal.
            if (_entityAt[i] is not null) continue;
            // "vowed that the group would respond and said its forces had launched drones": a verb of saying opens the clause it
            // reports; cues before it are another clause's (the reported act was still told, "did not say who fired").
            if (IsVerbOfSaying(w) && i + 1 < start) break;
            if (w is "the" or "a" or "an" or "any") articles++;
            // ("did not confirm the raids": a verb of knowing or telling between them takes the negation.)
            if (distance <= 3 + articles && Negations.Contains(w) && !(c.Nominal && TellingVerbBetween(i, start))) negated = true;
            // "entering the zone without notifying the commission": an act done without is not done.
            // ("left without signing a minerals deal": so is the act a gerund after it stages, its object.)
            if (w == "without" && (distance == 1 || c.Nominal && i + 1 < start && _entityAt[i + 1] is null && _low[i + 1].EndsWith("ing", StringComparison.Ordinal)
                                                    && distance <= 4 + articles)) negated = true;
            // "in a bid to pressure Moscow into agreeing to a ceasefire": what one means to press or force a party into doing is not
            // done ("pressured Kyiv into signing the deal" was).
            if (w == "into" && i + 1 <= start && (i + 1 == start || IsGerund(i + 1) || _isVerbTrigger[i + 1] && _low[i + 1].EndsWith("ing", StringComparison.Ordinal))
                && VerbBefore(i) is var pressing and >= 1 && _low[pressing - 1] == "to"
                && LemmaOf(pressing) is "pressure" or "force" or "push" or "press" or "coerce" or "bully" or "drag" or "lure" or "trick" or "compel")
                hypothetical = true;
            // "rejected the accusation and warned …": a refusal governs its own object, not the next verb's.
            coordinated |= w == "and";
            // "rejected Trump's accusation": another's accusation, demand or threat, answered, was still made ("avoided open
            // criticism of the Kremlin" is the subject's own, never made).
            if (distance <= 6 && Refusals.Contains(w) && c.Type != "REJECT" && !coordinated
                && !(c.Nominal && c.Type is "ACCUSE" or "REQUEST" or "THREATEN" or "PROTEST" && Premodifier(c.Start) is not null)) negated = true;
            // "announced that Hungary would withdraw from the court": "would" reported after a verb of saying is the future
            // of the time of saying, no condition.
            if (Hypotheticals.Contains(w))
            {
                if (w == "would" && ReportedFuture(i)) anticipated = true;
                else hypothetical = true;
            }
            // "pledged support during a visit to Damascus": a promise made on an occasion leaves the occasion as told (not a
            // future tense: "will hold talks during a visit").
            occasion |= c.Nominal && w == "during";
            if (Anticipations.Contains(w) && !(occasion && w is not ("will" or "shall" or "'ll"))) anticipated = true;
            // "looks to", "set to", "about to", "going to", "is to", "likely to", "ready to": intention, schedule or expectation
            if (w == "to" && i > 0 && _low[i - 1] is "looks" or "look" or "looking" or "set" or "about" or "going" or "is" or "are" or "seeks" or "seek" or "aims" or "aim"
                    or "likely" or "ready" or "willing" or "prepared" or "poised" or "due" or "obliged" or "obligated" or "bound") anticipated = true;
            if (w == "to" && i > 0 && _low[i - 1] == "unlikely") hypothetical = true;
            // "Pakistan to Seek Treason Charges Against Imran Khan", "Niger Junta to Expel French Envoy": a headline's "to" after
            // its subject, where the body would say "will", is the future.
            if (w == "to" && distance == 1 && (_headline || _title) && i > 0 && !c.Nominal && _lexicon.VerbLemma(_low[i - 1]) is null && !Determiners.Contains(_low[i - 1])) anticipated = true;
            // "asked Belarus, where he later settled, to extradite him": what one is asked or urged to do is not done.
            // ("a call for its peacekeeping forces to be deployed": a passive infinitive's "to" stands before "be".)
            bool infinitive = w == "to" && (distance == 1 || distance == 2 && _low[i + 1] == "be");
            if (infinitive && !IsNounBefore(i) && IsObjectControlled(i, out _)) hypothetical = true;
            // "set up a joint force of 5,000 troops to fight jihadist groups": an act in an infinitive of purpose after a
            // noun is intended.
            // Not after "the first country": "Russia was the first country to congratulate Sarkisian" did.
            // ("the first foreign leader to telephone Otunbayeva": a modifier may come between.)
            // ("prompting Mali's junta to sever relations": an act brought about was done.)
            // ("summoned the British ambassador to protest against …": the diplomatic formula makes its protest by the summons.)
            // ("gathered outside parliament to protest": nor is the purpose of a crowd that gathered or marched, which it did there.)
            if (infinitive && IsNounBefore(i) && !(i >= 2 && OrdinalBeforeTheNoun(i - 1)) && !PromptedToAct(i, out _) && RankedNounBefore(i) < 0
                && VerbBeforeItsPurpose(i) < 0
                && !(VerbBefore(i) is var summoning and >= 0 && _lexicon.VerbLemma(_low[summoning]) == "summon")) anticipated = true;
        }
        // "published a false report that Tusk had ordered the mobilization of 200,000 men for deployment to Ukraine": what a
        // false report tells of did not take place.
        if (ToldByAFalseReport(start)) negated = true;
        // "a Chinese attack on Taiwan could threaten Japan's survival": an indefinite act's noun that is the subject of a modal
        // is supposed, not told.
        if (c.Nominal && IndefiniteSubjectOfAModal(c)) hypothetical = true;
        // "CSTO exercises scheduled for October", "talks planned for next week": an act's noun set for a date is yet to come.
        if (c.Nominal && c.End < _count && _low[c.End] is "scheduled" or "planned" or "slated") anticipated = true;
        // "cancelled a visit by Overchuk", "called off a planned visit", "Colombia Suspends Talks", "the Houthis halted attacks
        // on ships": a called-off or stopped act did not take place; nor does an ended or annulled pact hold ("Chad has ended
        // its defence cooperation agreement with France").
        // "Hungary vetoed an EU aid package": a name modifying the act's noun stands between it and the verb.
        int governing = c.Nominal ? GoverningWord(c.Start) : -1;
        // "blocked the European Union's 20th package of sanctions": the verb governs the package the acts come in.
        if (governing >= 1 && _low[governing] == "of" && _low[governing - 1] is "package" or "packages" or "round" or "set")
        {
            governing -= 2;
            while (governing >= 0 && (IsLowerCasePlainWord(governing) && !IsPastForm(governing) || char.IsDigit(_low[governing][0]))) governing--;
            if (governing >= 1 && _low[governing] is "'s" or "’s") governing--;
        }
        // ("vetoed a 50 billion euro EU aid package": and a sum before the name.)
        while (governing >= 1 && _entityAt[governing] is { } modifier && (ActorLabels.Contains(modifier.Label) || modifier.Label == EntityLabels.Money))
        {
            int k = FirstToken(governing, modifier) - 1;
            governing = k >= 0 && Determiners.Contains(_low[k]) ? k - 1 : k;
        }
        // "discussed the lifting of U.S. sanctions", "the suspension of talks": so is one whose ending is named.
        if (governing >= 0
            && (CallingOff.Contains(_low[governing]) || c.Type == "AGREE" && Revoking.Contains(_low[governing]) || _low[governing] == "off" && governing > 0 && _low[governing - 1] is "called" or "calls" or "call" or "put" or "puts"
                || _low[governing] == "of" && governing > 0 && EndingNouns.Contains(_low[governing - 1])
                // ("Russia put an end to its attacks": so is one after "an end to" or "a halt to".)
                || _low[governing] == "to" && governing > 0 && _low[governing - 1] is "end" or "halt"
                // "has stopped attending CSTO meetings": nor is one that a gerund after a verb of ceasing governs.
                || governing > 0 && _low[governing].EndsWith("ing", StringComparison.Ordinal) && Ceasing.Contains(_low[governing - 1])))
            negated = true;
        // "sending warships and fighter jets to simulate a blockade of the island": a simulated or rehearsed act is not done.
        if (c.Nominal && IsSimulated(c.Start)) hypothetical = true;
        return negated ? EventTypes.Negated : hypothetical ? EventTypes.Hypothetical : anticipated ? EventTypes.Anticipated : EventTypes.Asserted;
    }

    /// <summary>A verb of knowing or telling stands between tokens <paramref name="from"/> and <paramref name="to"/> (both excluded).</summary>
    private bool TellingVerbBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if ((_lexicon.VerbLemma(_low[k]) ?? _low[k]) is "confirm" or "say" or "comment" or "disclose" or "specify" or "reveal" or "know" or "acknowledge"
                    or "mention" or "deny" or "report" or "explain" or "identify")
                return true;
        return false;
    }

    /// <summary>Nouns of what is said against a party, whose content a denial rejects ("denied reports that …").</summary>
    private static readonly HashSet<string> ChargeNouns = new(StringComparer.Ordinal)
        { "accusations", "accusation", "allegations", "allegation", "claims", "claim", "charges", "charge", "reports", "report", "suggestions",
          "involvement", "responsibility", "wrongdoing" };

    /// <summary>The first "that" before <paramref name="start"/> in its clause follows a false report's noun ("a false report
    /// that", "fabricated claims that").</summary>
    private bool ToldByAFalseReport(int start)
    {
        for (int k = start - 1; k >= 2 && start - k <= 25 && !IsClauseBreak(k); k--)
            if (_low[k] == "that")
                return ChargeNouns.Contains(_low[k - 1]) && _low[k - 2] is "false" or "fake" or "fabricated" or "bogus" or "untrue" or "baseless" or "unfounded";
        return false;
    }

    /// <summary>A form of "deny" before the "that" at <paramref name="that"/>, or before a noun of a charge right before it
    /// ("denied accusations that", "rejected claims that").</summary>
    private bool IsDenialBefore(int that)
    {
        int k = that - 1;
        if (k >= 1 && ChargeNouns.Contains(_low[k]))
        {
            k--;
            if (k >= 0 && Determiners.Contains(_low[k])) k--;
            return k >= 0 && _lexicon.VerbLemma(_low[k]) is "deny" or "reject" or "dismiss" or "refute";
        }
        return k >= 0 && _lexicon.VerbLemma(_low[k]) == "deny";
    }

    /// <summary>"first", "last", "only", "second" or "third" before the noun at <paramref name="noun"/>, past one modifier or a name.</summary>
    private bool OrdinalBeforeTheNoun(int noun) =>
        noun >= 1 && IsRankWord(_low[noun - 1]) || noun >= 2 && IsLowerCasePlainWord(noun - 1) && IsRankWord(_low[noun - 2])
        // ("the only EU leader to congratulate": past a name.)
        || noun >= 2 && _entityAt[noun - 1] is { } name && FirstToken(noun - 1, name) is var first and >= 1 && IsRankWord(_low[first - 1]);

    private static bool IsRankWord(string w) => w is "first" or "last" or "only" or "second" or "third";

    /// <summary>Forms of verbs that bring an act on ("drew protests", "sparked criticism").</summary>
    private static readonly HashSet<string> CausingVerbs = new(StringComparer.Ordinal)
    {
        "drew", "draws", "draw", "drawn", "drawing", "sparked", "sparks", "spark", "sparking", "triggered", "triggers", "trigger",
        "triggering", "prompted", "prompts", "prompt", "prompting", "provoked", "provokes", "provoke", "provoking", "fuelled", "fueled",
        "fuels", "fuel", "fuelling", "fueling", "attracted", "attracts", "attract",
    };

    /// <summary>The noun of <paramref name="c"/> follows "a", "an" or "any" (past a name modifying it) and, past a short
    /// phrase of a preposition, comes before a modal ("a Chinese attack on Taiwan could …").</summary>
    private bool IndefiniteSubjectOfAModal(Candidate c)
    {
        int before = c.Start - 1;
        if (before >= 0 && _entityAt[before] is { } modifier) before = FirstToken(before, modifier) - 1;
        if (before < 0 || _low[before] is not ("a" or "an" or "any")) return false;
        int j = c.End;
        if (j < _count && Prepositions.Contains(_low[j]))
            // ("told Erdogan during a meeting in Sochi that Russia would supply gas": a clause of "that" has its own modal.)
            for (int words = 0; ++j < _count && words < 4 && (_entityAt[j] is not null || IsPlainWord(j) && _low[j] is not ("that" or "which" or "who"))
                                && !Hypotheticals.Contains(_low[j]); words++) { }
        return j < _count && _low[j] is "could" or "would" or "might" or "may";
    }

    /// <summary>Nouns of ending an act or a measure, before "of" and the act's noun.</summary>
    private static readonly HashSet<string> EndingNouns = new(StringComparer.Ordinal)
        { "lifting", "easing", "removal", "suspension", "cancellation", "postponement", "halt", "end", "repeal", "withdrawal" };

    private static readonly HashSet<string> CallingOff = new(StringComparer.Ordinal)
        { "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "postpone", "postpones", "postponed", "scrapped", "scraps", "scrap",
          "suspend", "suspends", "suspended", "suspending", "halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping",
          "pause", "pauses", "paused", "pausing", "veto", "vetoes", "vetoed", "vetoing", "block", "blocks", "blocked", "blocking" };

    /// <summary>Verbs of ceasing, before the gerund of what is no longer done (the dictionary codes the verbs themselves where
    /// the gerund is an act's: "ceased attacking" is a retreat).</summary>
    private static readonly HashSet<string> Ceasing = new(StringComparer.Ordinal)
        { "stop", "stops", "stopped", "cease", "ceases", "ceased", "quit", "quits", "halted" };

    /// <summary>Verbs of ending what holds, which unmake an agreement but not an act that took place ("ended its offensive").</summary>
    private static readonly HashSet<string> Revoking = new(StringComparer.Ordinal)
        { "end", "ends", "ended", "ending", "terminate", "terminates", "terminated", "terminating", "annul", "annuls", "annulled", "annulling",
          "revoke", "revokes", "revoked", "revoking", "rescind", "rescinds", "rescinded", "rescinding", "abrogate", "abrogates", "abrogated", "abrogating" };

    /// <summary>The word before <paramref name="to"/> is a lower-case noun: no verb, or one after a determiner, a number or a
    /// modifier that is no verb ("troops to fight", "a joint force to fight", "the right to protest").</summary>
    private bool IsNounBefore(int to)
    {
        int noun = to - 1;
        if (noun >= 0 && _entityAt[noun] is { Label: EntityLabels.Quantity }) return true;  // "5,000 troops to fight"
        if (noun < 1 || !IsLowerCasePlainWord(noun)) return false;
        if (_lexicon.VerbLemma(_low[noun]) is null) return true;
        int before = noun - 1;
        return Determiners.Contains(_low[before]) || _doc.Tokens[_first + before].Kind == TokenKind.Number
               || IsLowerCasePlainWord(before) && _lexicon.VerbLemma(_low[before]) is null && !Prepositions.Contains(_low[before]) && !Auxiliaries.Contains(_low[before]);
    }

    /// <summary>A clause's verb among the next <paramref name="words"/> tokens from <paramref name="from"/>, before any comma or
    /// clause break.</summary>
    private bool ClauseVerbWithin(int from, int words)
    {
        for (int k = from; k < _count && k - from < words; k++)
        {
            if (_low[k] == "," || IsClauseBreak(k)) return false;
            // ("after a Chinese aircraft carrier sailed between two islands": a past form the dictionary lacks, after a noun.)
            if (IsClauseVerb(k) || k > from && _low[k].EndsWith("ed", StringComparison.Ordinal) && IsLowerCasePlainWord(k)
                                   && (IsLowerCasePlainWord(k - 1) && !Determiners.Contains(_low[k - 1]) && _lexicon.VerbLemma(_low[k - 1]) is null
                                       || _entityAt[k - 1] is { Label: EntityLabels.Weapon })) return true;
        }
        return false;
    }

    /// <summary>"Sanctions … Over Taiwan Arms Sales": after "over" a place that describes the noun after it names the topic,
    /// not where the act happened.</summary>
    private bool DescribesTheTopic(int first, int last) =>
        first > 0 && _low[first - 1] == "over" && last + 1 < _count && _doc.Tokens[_first + last + 1].Kind == TokenKind.Word
        && !LocationPrepositions.Contains(_low[last + 1]) && !IsClauseBreak(last + 1) && _low[last + 1] is not ("and" or "or");

    /// <summary>Location ("in/at" a place after the trigger), time, amount, instrument and name from the sentence.
    /// <paramref name="actType"/> is the act's own type where an intent to it is coded AGREE ("was due to meet": CONSULT).</summary>
    private void AddContextArguments(Event ev, string actType, int after, int patternEnd, Entity? actor, Entity? recipient)
    {
        Entity? location = null;
        int anchor = TokenIndexOf(ev.Trigger.Start);
        // ("Bolsonaro, who denies wrongdoing, is under house arrest in Brasilia": an act in a relative clause has no place past it.)
        int clauseEnd = RelativeClauseStart(anchor) is var relative and >= 0 ? RelativeClauseEnd(relative) : _count;
        for (int i = after; i < clauseEnd && location is null; i++)
        {
            // ", ending decades of conflict over the Nagorno-Karabakh region": a participle's clause has places of its own, and
            // so has one of ", as" (", as relations deteriorated after deaths … in Yekaterinburg"), another verb phrase after
            // "and" ("thanked Bukele … and said Washington would press for the release of prisoners in Venezuela") and
            // another act's verb ("released 10 citizens in exchange for migrants deported by Washington to a prison in El Salvador").
            // A participle after a comma that is an act itself goes on with the same one (", killing 40 people at the camp").
            // "exchanged prisoners on Sunday, officials said, after talks in Istanbul": nor past a reporting clause.
            // ("said its forces had struck military airfields and that air defences had intercepted drones over the Belgorod
            // region": nor past a second reported clause.)
            if (IsClauseBreak(i) || _low[i] == "and" && (OpensAClause(i) || OpensASecondPredicate(i) || i + 1 < _count && _low[i + 1] == "that")
                || _low[i] == "," && IsReportingClause(i + 1)
                || i > after && (_isVerbTrigger[i] && !(_low[i - 1] == "," && _low[i].EndsWith("ing", StringComparison.Ordinal)) || IsReducedRelative(i, i + 1))
                || _low[i] == "," && i + 1 < _count && (IsLowerCasePlainWord(i + 1) && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) || _low[i + 1] == "as")
                // "accusing London of interfering in Georgia's affairs": a charge's gerund after "of" or "for" has places of its own.
                || i > after && _low[i] is "of" or "for" && i + 1 < _count && IsGerund(i + 1) && ev.Type == "ACCUSE"
                // ("expelled the deputy ambassador, accusing London of interfering in Georgia's affairs": a participle of speech
                // is another act, whose places are its own.)
                || _low[i] == "," && i + 1 < _count && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) && SpeechVerbs.Contains(LemmaOf(i + 1) ?? "")
                || _low[i] == "," && OpensASummaryAppositive(i)
                // "arrived in Tashkent with a proposal to build a nuclear plant in the Jizzakh region": so has an infinitive,
                // and a relative clause ("froze the accounts of activists who live in Russia").
                || i > after && (_low[i] == "to" && i + 1 < _count && IsInfinitive(i + 1) || _low[i] is "who" or "which" or "whose")
                // "exchanged fire on Wednesday, days after Bangkok suspended a declaration signed … in Kuala Lumpur": a clause of
                // time has places of its own.
                || i > after && _low[i] is "after" or "before" or "since" or "until" or "while" or "when" && i + 1 < _count && _entityAt[i + 1] is { } timeSubject
                   && StartsAVerbPhrase(PastAPeoplesNoun(timeSubject, LastToken(i + 1, timeSubject) + 1))
                // ("launched strikes on Pakistan after an attack in Pahalgam killed 26 people": so has one whose subject no name covers.)
                || i > after && _low[i] is "after" or "before" or "since" or "until" or "when" && i + 1 < _count && _low[i + 1] is "a" or "an" or "the"
                   && ClauseVerbWithin(i + 2, 8)
                // "launched the rockets in response to the killing of a commander in Tyre": so has a phrase of motive.
                || OpensAPhraseOfMotive(i)) break;
            // "released Vadim Krasikov, an FSB officer serving a life sentence for murdering a Chechen exile in a Berlin park": a
            // person's appositive tells of the person; a place after it, once closed, is the act's again.
            if (_low[i] == "," && PersonsAppositiveEnd(i) is var closed and >= 0)
            {
                if (closed == _count) break;
                i = closed - 1;
                continue;
            }
            // "a post by China's consul general in Osaka": a place after a title and "in" is the official's post; "in the Russia-led
            // Collective Security Treaty Organization": a place hyphened to a lower-case word describes what follows.
            if (_entityAt[i] is { Label: EntityLabels.Loc } e && e != actor && e != recipient && InPhraseOfPlace(FirstToken(i, e))
                && !Entities.EntityText.IsHyphenatedToLowerCase(_doc.Text, e.End)
                && !DescribesTheTopic(FirstToken(i, e), LastToken(i, e)) && !(FirstToken(i, e) is var at && at >= 2 && _low[at - 1] == "in"
                      && Relations.TitleLexicon.KindOf(_low[at - 2]) is Relations.TitleKind.Head or Relations.TitleKind.Member))
                location = e;
        }
        if (location is not null) ev.Arguments.Add(new EventArgument { Role = "location", Entity = location.Id });
        // ("agreed to sell Armenia Caesar howitzers, prompting a protest from Baku": a protest, a meeting, an accusation or a
        // denial is armed with nothing.)
        foreach (var (role, labels) in ContextRoles)
            if (Nearest(anchor, after, labels, actor, recipient, acrossClauses: role is "time" or "name") is { } e
                && !(role == "instrument" && (ArmsAnotherAct(e, anchor) || IsWeaponStruck(e, anchor, after) || NamesAnIndustry(e) || actType is "PROTEST" or "CONSULT" or "ACCUSE" or "REJECT"))
                && !(role == "name" && !NamesTheAct(e, anchor, after))
                // ("will provide $500 million in aid, Ishiba told Shmyhal during talks in Tokyo": a meeting has no amount of its own.)
                && !(role == "amount" && (actType == "CONSULT" || CountsAnotherActsVictims(e, Math.Max(after, patternEnd)))))
                ev.Arguments.Add(new EventArgument { Role = role, Entity = e.Id });
    }

    /// <summary>The comma at <paramref name="comma"/> follows a person's name and opens an appositive of an article ("Vadim
    /// Krasikov, an FSB officer serving …"; not ", the White House said"): the token that closes it (the next comma, or the
    /// token count where the sentence's end does); otherwise -1.</summary>
    private int PersonsAppositiveEnd(int comma)
    {
        if (comma < 1 || comma + 2 >= _count || _entityAt[comma - 1] is not { Label: EntityLabels.Person } || _low[comma + 1] is not ("a" or "an" or "the")
            || IsReportingClause(comma + 1))
            return -1;
        int close = comma + 2;
        while (close < _count && _low[close] is not ("," or "." or ";")) close++;
        return close == _count - 1 && _low[close] == "." ? _count : close;
    }

    /// <summary>Token <paramref name="token"/> lies inside a person's appositive (<see cref="PersonsAppositiveEnd"/>) opened
    /// after <paramref name="from"/>.</summary>
    private bool InPersonsAppositive(int from, int token)
    {
        for (int k = from + 1; k < token; k++)
            if (_low[k] == "," && PersonsAppositiveEnd(k) is var end and >= 0)
            {
                if (token < end) return true;
                k = end;
            }
        return false;
    }

    /// <summary>A semicolon stands between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool SemicolonBetween(int from, int to)
    {
        if (!_hasSemicolon) return false;
        for (int k = from + 1; k < to; k++)
            if (_low[k] == ";") return true;
        return false;
    }

    /// <summary>A named event is the act's name only right before its trigger, past up to two modifiers ("the CSTO's
    /// Rubezh-2004 military exercises"), or right after it ("exercises Rubezh-2004"); not an event named elsewhere in the
    /// sentence ("criticized Bakiyev for failing to carry out reforms promised after the March revolution").</summary>
    private bool NamesTheAct(Entity name, int trigger, int triggerEnd)
    {
        int first = TokenIndexOf(name.Start), last = LastToken(first, name);
        return last < trigger ? trigger - last <= 3 : first >= triggerEnd && first - triggerEnd <= 1;
    }

    /// <summary>"agreed to a ceasefire after four days of missile and drone strikes": a weapon (or a list of them) right
    /// before an act's noun other than the trigger is that act's instrument, and so is one in a phrase of the occasion after the
    /// trigger ("after a drone incursion").</summary>
    private bool ArmsAnotherAct(Entity weapon, int trigger)
    {
        int first = TokenIndexOf(weapon.Start), k = LastToken(first, weapon) + 1;
        while (k + 1 < _count && _low[k] is "and" or "or" or "," && _entityAt[k + 1] is { Label: EntityLabels.Weapon } next) k = LastToken(k + 1, next) + 1;
        if (k < _count && k != trigger && NominalTriggers.CodeOf(_low[k]) is not null) return true;
        // ("Poland closes border crossing with Belarus after drone incursion": so does one in a phrase of the occasion.)
        int before = first - 1;
        while (before > trigger && Determiners.Contains(_low[before])) before--;
        return before > trigger && OpensAnOccasion(before);
    }

    /// <summary>"destroyed two Houthi drone boats", "shot down a drone", "destroyed dozens of Russian strategic bombers": a weapon
    /// that a verb of destroying or taking has as its object is the target, no instrument.</summary>
    private bool IsWeaponStruck(Entity weapon, int trigger, int after)
    {
        if (_lexicon.VerbLemma(_low[trigger]) is not ({ } lemma and ("destroy" or "down" or "shoot" or "sink" or "capture" or "seize" or "damage"))) return false;
        if (after < _count && _low[after] == "down") after++;
        int first = TokenIndexOf(weapon.Start);
        // ("destroyed dozens of Russian strategic bombers": past a count and the people whose the weapons were.)
        int counted = PastACount(after);
        if (counted < _count && _entityAt[counted] is { Label: EntityLabels.Norp } owners) counted = LastToken(counted, owners) + 1;
        return first >= after && (IsDirectObject(after, first) || first >= counted && IsDirectObject(counted, first));
    }

    /// <summary>"secret information about a tank factory", "sanctions over its missile programme": a weapon before a noun of
    /// its making or trade describes that noun and arms no one.</summary>
    private bool NamesAnIndustry(Entity weapon)
    {
        int next = TokenIndexOf(weapon.Start) is var first and >= 0 ? LastToken(first, weapon) + 1 : _count;
        return next < _count && IndustryNouns.Contains(_low[next]);
    }

    private static readonly HashSet<string> IndustryNouns = new(StringComparer.Ordinal)
    {
        "factory", "factories", "plant", "plants", "maker", "makers", "manufacturer", "manufacturers", "program", "programs",
        "programme", "programmes", "industry", "production", "producer", "producers", "deal", "deals", "sale", "sales", "exports",
        "imports", "contract", "contracts", "parts", "components", "technology", "maintenance", "repair", "shipment", "shipments",
    };

    private static readonly HashSet<string> AimParticiples = new(StringComparer.Ordinal)
        { "aiming", "hoping", "seeking", "planning", "intending", "expecting", "looking", "wanting" };

    /// <summary>"first" or "last" opens the noun phrase that ends before token <paramref name="since"/> ("their first direct
    /// peace talks since"), past lower-case words only.</summary>
    private bool FirstOrLastBefore(int since)
    {
        for (int k = since - 1, words = 0; k >= 0 && words < 6 && _entityAt[k] is null && char.IsLower(_doc.Text[_doc.Tokens[_first + k].Start]); k--, words++)
        {
            if (_low[k] is "first" or "last") return true;
            if (Prepositions.Contains(_low[k]) || IsClauseBreak(k)) return false;
        }
        return false;
    }

    /// <summary>"next year", "the coming months", "later this week": a date still to come from the time of writing.</summary>
    private static bool IsTimeToCome(Entity date) =>
        date.Text.StartsWith("next ", StringComparison.OrdinalIgnoreCase) || date.Text.StartsWith("later ", StringComparison.OrdinalIgnoreCase)
        || date.Text.Contains("coming", StringComparison.OrdinalIgnoreCase);

    /// <summary>"to" and a verb's base form between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool InfinitiveBetween(int from, int to)
    {
        for (int k = Math.Max(0, from); k + 1 < to; k++)
            if (_low[k] == "to" && IsInfinitive(k + 1)) return true;
        return false;
    }

    /// <summary>A comma and a participle of aim (<see cref="AimParticiples"/>) between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool AimBetween(int from, int to)
    {
        for (int k = from + 1; k + 1 < to; k++)
            if (_low[k] == "," && AimParticiples.Contains(_low[k + 1])) return true;
        return false;
    }

    private static readonly (string Role, string[] Labels)[] ContextRoles =
    [
        ("time", [EntityLabels.Date]), ("amount", [EntityLabels.Money, EntityLabels.Quantity]),
        ("instrument", [EntityLabels.Weapon]), ("name", [EntityLabels.Event]),
    ];

    /// <summary>A phrase of motive (<see cref="OpensAPhraseOfMotive"/>) opens between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool MotivePhraseBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (OpensAPhraseOfMotive(k)) return true;
        return false;
    }

    /// <summary>
    /// The entity of one of <paramref name="labels"/> nearest the trigger's token, preferring one in the trigger's own
    /// clause: "thanked Germany for a Patriot system and asked Berlin to send cruise missiles" — the request is for the
    /// missiles. Nothing in parentheses: "(Armenpress, February 13)" dates the report, not the event; nothing in a
    /// relative clause on the subject before the trigger, or on a party after it ("pledged … to Moldova, which was granted
    /// candidate status in June 2022"; the summit "in Dushanbe, which commences on October 18" does date the invitation
    /// to it) or on anything with an act of its own after it, nor in a clause coordinated after the trigger's with its own subject. An amount or a weapon only from the
    /// trigger's clause, never from a relative clause after it ("the crash …, which killed 38 people"): "offered $1.3
    /// billion in loans, while Russian Railways proposed a joint venture" — the proposal has no amount.
    /// </summary>
    private Entity? Nearest(int anchor, int after, string[] labels, Entity? actor, Entity? recipient, bool acrossClauses)
    {
        // "a leader of last year's anti-government protests": a date that possesses the act's noun is its time.
        if (Array.IndexOf(labels, EntityLabels.Date) >= 0 && DateOwningTheNoun(anchor) is { } owner) return owner;
        Entity? best = null;
        bool bestApart = true;
        int bestDistance = int.MaxValue;
        // "hosted Xi on June 17, weeks after receiving Putin": a gerund after a conjunction of time is not dated by the
        // clause before it.
        bool afterTimeConjunction = anchor >= 1 && TimeConjunctions.Contains(_low[anchor - 1]);
        // "Clashes erupted on October 11 after … the TTP, which Islamabad accuses Kabul of sheltering": an act told in the
        // present or the pluperfect in a relative clause is not dated by the clause it describes a name of (one in the past,
        // "Kadri Simson, who said …", is of the same time).
        int anchorRelative = anchor >= 0 ? RelativeClauseStart(anchor) : -1, anchorClause = anchorRelative;
        if (anchorClause >= 0 && !TellsOfAnotherTime(anchorClause)) anchorClause = -1;
        foreach (var e in _entities)
        {
            if (e.Start >= _sentence.End) break;
            if (e.End <= _sentence.Start || Array.IndexOf(labels, e.Label) < 0) continue;
            int token = TokenIndexOf(e.Start);
            if (token < 0 || anchor < 0 || InParentheses(token)
                || RelativeClauseStart(token) is int clause and >= 0
                   && (RelativeClauseEnd(clause) <= anchor
                       // "insists that Armenia amend its constitution, which refers to the 1990 declaration": a year describing
                       // a noun in a relative clause after the trigger dates that noun ("its summit …, which commences on
                       // October 18" dates the act's setting).
                       // ("asked Modi to extradite Hasina, who has lived in India since fleeing Dhaka in August": nor does one in a
                       // perfect, which tells of another time.)
                       // ("an attack that killed 26 tourists last month": not one on the act's own noun, which tells of the act.)
                       || anchor < clause && clause != anchor + 1 && (!acrossClauses || IsAttributive(token) || DescribesAParty(clause, actor, recipient) || HasAnActOfItsOwn(clause)
                                              || OpensWithAPerfect(clause)
                                              // "ordered the release of Khaleda Zia, Hasina's rival, who has been under house
                                              // arrest since 2018": a state's start in a relative clause dates no act before it.
                                              || token >= 1 && _low[token - 1] == "since"))) continue;
            if (!acrossClauses && BreaksClause(Math.Min(anchor, token), Math.Max(anchor, token))) continue;
            // "has been accused … of committing genocide; Washington imposed sanctions on Dagalo in January": a semicolon ends
            // what any role may cross.
            if (SemicolonBetween(Math.Min(anchor, token), Math.Max(anchor, token))) continue;
            // "killed 26 men in an attack on tourists that New Delhi blamed on Islamabad": nor past the relative pronoun of
            // the trigger's own clause.
            if (!acrossClauses && token < anchor && RelativePronounBetween(token, anchor)) continue;
            // "Xi, who visited Astana in 2013 …, has offered Kazakhstan $14 billion": an act in a relative clause takes no
            // amount or weapon from the clause the relative clause describes a name of.
            if (!acrossClauses && anchorRelative >= 0 && (token < anchorRelative || token >= RelativeClauseEnd(anchorRelative))) continue;
            // ("Oman, which had mediated talks between Washington and Tehran, said the round planned for Sunday had been
            // cancelled": nor a time from the clause after it.)
            if (anchorRelative >= 0 && token >= RelativeClauseEnd(anchorRelative)) continue;
            if (token < anchor && afterTimeConjunction || anchorClause >= 0 && token < anchorClause) continue;
            // "would not seek talks until the end of 2028, accusing Brussels of blackmail": a limit of time set on an act before
            // the trigger dates nothing after it.
            if (token < anchor && e.Label == EntityLabels.Date && IsTimeLimit(token)) continue;
            // "civilians killed by Russian forces were buried on Monday": a participle on the people before it has only its own
            // phrase's time, none of the clause it stands in.
            if (e.Label == EntityLabels.Date && ParticipleOnPeopleAt(anchor)
                && (token < anchor || Enumerable.Range(anchor + 1, Math.Max(0, token - anchor - 1)).Any(IsClauseVerb))) continue;
            // "KYIV, Jan 31 (Reuters) - A Russian drone attack … on Friday": the dateline's date is the report's.
            if (e.Label == EntityLabels.Date && Entities.EntityText.IsDatelineDate(_doc, e.Start)) continue;
            // "said trade had reached $245 billion last year, and that Russia was ready to supply more": a second reported
            // clause is not dated by the first.
            if (token < anchor && AndThatBetween(token, anchor)) continue;
            // "trade with Afghanistan doubled last year, and Tajikistan has agreed to supply electricity": nor is one coordinated
            // after a clause with its own time (a time opening the sentence covers both: "On Monday, X attacked, and Y …").
            // "exchanged prisoners on Sunday, days after their delegations held talks": a clause of "after" or "before" has its
            // own time.
            if (token < anchor && (token > 2 && ClauseWithItsSubjectBetween(token, anchor) || TimeClauseBetween(token, anchor))) continue;
            // "accused Ethiopia of threatening its sovereignty since Abiy said last year …": so has one after the act, with its subject,
            // and its weapons ("recalled its ambassador after a Thai soldier lost a leg in a landmine blast on Wednesday").
            if (token > anchor && e.Label is EntityLabels.Date or EntityLabels.Weapon or EntityLabels.Quantity or EntityLabels.Money
                && TimeClauseWithSubjectBetween(anchor, token)) continue;
            // "Following the attack on the Crocus City Hall on March 22, 2024, Russian authorities launched raids", "sought help …
            // after the fall of Bashar al-Assad in December": a date in a phrase of an occasion dates the occasion.
            if (e.Label == EntityLabels.Date && OccasionPhraseBefore(token) is var opener and >= 0 && (anchor < opener || anchor > token)) continue;
            // "their 1951 mutual defense treaty": a year between an article or a possessive and a noun dates that noun only.
            // ("seized power in a 2020 coup": after "in" or "during" the year's noun is the act's own occasion.)
            if (e.Label == EntityLabels.Date && IsAttributive(token) && !(anchor > token && anchor <= token + 3)
                && !(token >= 2 && _low[token - 2] is "in" or "during")) continue;
            // "sentenced her to death for her role in a $12.5 billion fraud case": a sum between a preposition's article and a
            // noun measures that noun, no amount of the act ("signed a $5 billion deal", the verb's object, is).
            if (e.Label == EntityLabels.Money && token >= 2 && _low[token - 1] is "a" or "an" or "the" && Prepositions.Contains(_low[token - 2])
                && IsAttributive(token)) continue;
            // "… sold jets to Vientiane, and its director general said in May …": a clause coordinated after the event's has
            // its own time, even for the roles that may come from another clause.
            if (token > anchor && OpensAClauseBetween(anchor, token)) continue;
            // ("launched the rockets in response to the killing of one of its commanders last week": nor after a phrase of motive.)
            if (token > anchor && MotivePhraseBetween(anchor, token)) continue;
            // "accused Moscow … and reminded his audience that Russia had not apologized for the downing … in December 2024": a
            // clause that another verb of the same subject reports has its own time.
            if (token > anchor && ReportedByAnotherVerbBetween(anchor, token)) continue;
            // "met for their first direct peace talks since 2022": a date after "since" that measures a first or last time
            // describes that noun.
            if (e.Label == EntityLabels.Date && token >= 2 && _low[token - 1] == "since" && FirstOrLastBefore(token - 1)) continue;
            // "has accelerated its talks, aiming to complete accession before … March 2026": a participle of aim sets the time
            // of what is aimed at.
            if (token > anchor && e.Label == EntityLabels.Date && AimBetween(anchor, token)) continue;
            // "asked the Organization of American States to help organize elections next year": a time still to come after an
            // infinitive past the act's words is the infinitive's ("ordered the ambassador to leave … in August" dates the order).
            if (token > anchor && e.Label == EntityLabels.Date && IsTimeToCome(e) && InfinitiveBetween(after, token)) continue;
            // "Kazakhstan, a WTO member since 2015, has complained": a date in an aside on the subject dates the description.
            if (token < anchor && e.Label == EntityLabels.Date && AsideBefore(FirstVerbOfItsSubject(anchor)) is var (asideStart, asideEnd) and (>= 0, _)
                && token > asideStart && token < asideEnd) continue;
            // "released Vadim Krasikov, an FSB officer serving a life sentence for murdering a Chechen exile in 2019": what a
            // person's appositive holds tells of the person.
            if (token > anchor && InPersonsAppositive(anchor, token)) continue;
            // "accused Kurti of provoking violence in northern Kosovo, where ethnic Serbs clashed with NATO peacekeepers last
            // month": a date in a clause of a place's "where" after the act dates what happened there.
            if (token > anchor && e.Label == EntityLabels.Date && WhereClauseBetween(anchor, token)) continue;
            // "to overturn his 2022 election defeat": a year describing the verb's object dates the object, not the act
            // ("seized power in a 2020 coup" is dated by it).
            if (token > anchor && e.Label == EntityLabels.Date && DescribesTheObject(anchor, token)) continue;
            // "will release 18 Cambodian soldiers it captured in July": a noun's clause without "that" (a pronoun and its past
            // verb after the noun) dates its own act.
            if (token > anchor && e.Label == EntityLabels.Date && InContactClause(anchor, token)) continue;
            // "agreed to reopen border crossings closed since 2021": a state's date after a participle describing a noun that
            // names no act dates that state.
            // ("urged Bishkek to repeal the law on "false information" adopted in 2021": so does one of "in" after a participle
            // describing the verb's object, past its closing quotation mark.)
            if (token > anchor + 3 && e.Label == EntityLabels.Date && _low[token - 1] is "since" or "in" && IsPastForm(token - 2) && !_isTrigger[token - 2]
                && (IsLowerCasePlainWord(token - 3) && !Auxiliaries.Contains(_low[token - 3]) && NominalTriggers.CodeOf(_low[token - 3]) is null
                    && _lexicon.VerbLemma(_low[token - 3]) is null || _low[token - 3] is "\"" or "”")) continue;
            bool apart = Separated(Math.Min(anchor, token), Math.Max(anchor, token));
            int distance = Math.Abs(token - anchor);
            if (best is null || (bestApart && !apart) || (apart == bestApart && distance < bestDistance))
                (best, bestApart, bestDistance) = (e, apart, distance);
        }
        return best;
    }

    /// <summary>"resigned …, following months of protests over the deaths of 15 people", "protested the killing of 20 people": a
    /// count after "of" that follows a noun of what is done to people (<see cref="PatientNouns"/>, singular or plural, or of their
    /// death) past the trigger's words and pattern ("ordered the release of 119 protesters" counts its own) counts that noun's
    /// victims.</summary>
    private bool CountsAnotherActsVictims(Entity count, int triggerEnd)
    {
        int token = TokenIndexOf(count.Start), noun = token - 2;
        if (count.Label != EntityLabels.Quantity || noun < triggerEnd || _low[token - 1] != "of" || _entityAt[noun] is not null) return false;
        string w = _low[noun];
        return PatientNouns.Contains(w) || w.EndsWith('s') && PatientNouns.Contains(w[..^1]) || w is "death" or "deaths";
    }

    /// <summary>The date at <paramref name="token"/> follows "until" or "till", past "the end of" or "the start of" ("until the
    /// end of 2028").</summary>
    private bool IsTimeLimit(int token)
    {
        int k = token - 1;
        if (k >= 3 && _low[k] == "of" && _low[k - 1] is "end" or "start" or "beginning" or "middle" && _low[k - 2] == "the") k -= 3;
        return k >= 0 && _low[k] is "until" or "till";
    }

    /// <summary>Between the trigger at <paramref name="anchor"/> and the date at <paramref name="token"/>, a lower-case noun, a subject
    /// pronoun and a past form open a noun's clause without "that" ("soldiers it captured in July"), with only a preposition
    /// after it before the date.</summary>
    private bool InContactClause(int anchor, int token)
    {
        for (int k = token - 1; k > anchor + 1 && token - k <= 4; k--)
            if (SubjectPronouns.Contains(_low[k]) && k + 1 < token && IsPastForm(k + 1) && IsNounOfAContactClause(k - 1)
                && Enumerable.Range(k + 2, token - k - 2).All(p => Prepositions.Contains(_low[p]) || Determiners.Contains(_low[p])))
                return true;
        // ("…, a step the Russian Supreme Court approved in April": so does a name for the clause's subject.)
        int verb = token - 1;
        while (verb > anchor && (Prepositions.Contains(_low[verb]) || Determiners.Contains(_low[verb]))) verb--;
        // (Not a verb of saying: "…, the official news agency WFNA said on Thursday" dates the report.)
        if (verb <= anchor + 2 || verb == token - 1 || !IsPastForm(verb) || ReportingVerbs.Contains(_low[verb]) || StatementVerbs.Contains(_low[verb])
            || _entityAt[verb - 1] is not { } subject || !ActorLabels.Contains(subject.Label)) return false;
        int noun = FirstToken(verb - 1, subject) - 1;
        if (noun > anchor && _low[noun] == "the") noun--;
        return noun > anchor && IsNounOfAContactClause(noun);
    }

    /// <summary>A lower-case noun at <paramref name="k"/> that a clause without "that" may describe: no verb's form, unless an
    /// article opens it ("a step"), and no word that joins clauses ("if he gave them a veto").</summary>
    private bool IsNounOfAContactClause(int k) =>
        IsLowerCasePlainWord(k) && !ClauseJoiners.Contains(_low[k]) && !Prepositions.Contains(_low[k]) && !Determiners.Contains(_low[k]) && !IsClauseBreak(k)
        && (_lexicon.VerbLemma(_low[k]) is null || k >= 1 && _low[k - 1] is "a" or "an" or "the");

    /// <summary>Words that open or join a clause.</summary>
    private static readonly HashSet<string> ClauseJoiners = new(StringComparer.Ordinal)
        { "if", "when", "as", "that", "and", "or", "so", "than", "whether", "where", "who", "which", "whom", "once", "because", "while", "unless", "after", "before", "since" };

    /// <summary>The relative clause opened at <paramref name="clause"/> has its first verb in the present or the pluperfect
    /// ("which Islamabad accuses", "who had led"), not in the past of the clause it describes ("who said").</summary>
    private bool TellsOfAnotherTime(int clause)
    {
        int verb = ClauseVerbAfterItsPronoun(clause);
        return verb < _count && (_low[verb] is "had" || !IsPastForm(verb) && _low[verb] is not ("was" or "were"));
    }

    /// <summary>The relative clause opened at <paramref name="clause"/> has its first verb in a perfect ("who has lived", "which
    /// had led").</summary>
    private bool OpensWithAPerfect(int clause) => ClauseVerbAfterItsPronoun(clause) is var verb && verb < _count && _low[verb] is "has" or "have" or "had";

    /// <summary>The token after the relative pronoun at <paramref name="clause"/> and the names that follow it (the clause's
    /// subject, "which Islamabad accuses"): its first verb.</summary>
    private int ClauseVerbAfterItsPronoun(int clause)
    {
        int verb = clause + 1;
        while (verb < _count && _entityAt[verb] is { } e) verb = LastToken(verb, e) + 1;
        return verb;
    }

    /// <summary>An attributive date at <paramref name="token"/> (<see cref="IsAttributiveDate"/>) with no preposition
    /// between it and the trigger at <paramref name="anchor"/>, or one after "of" and an article.</summary>
    private bool DescribesTheObject(int anchor, int token)
    {
        if (!IsAttributive(token)) return false;
        // "accused Sargsyan of abandoning the campaign for recognition of the 1915 genocide": after "of" and an article the
        // year describes the noun, however far from the trigger.
        if (token >= 2 && _low[token - 2] == "of" && Determiners.Contains(_low[token - 1])) return true;
        for (int i = anchor + 1; i < token - 1; i++)
            if (!IsPlainWord(i)) return false;
        return true;
    }

    /// <summary>The date right before "'s" and up to two lower-case modifiers of the noun at <paramref name="noun"/> ("last
    /// year's anti-government protests", "Monday's attack"), or null.</summary>
    private Entity? DateOwningTheNoun(int noun)
    {
        int k = noun - 1;
        for (int modifiers = 0; k >= 0 && modifiers < 2 && _entityAt[k] is null && _doc.Tokens[_first + k].Kind == TokenKind.Word
                                && char.IsLower(_doc.Text[_doc.Tokens[_first + k].Start]) && _low[k] is not ("'s" or "’s"); modifiers++) k--;
        return k >= 1 && _low[k] is "'s" or "’s" && _entityAt[k - 1] is { Label: EntityLabels.Date } date ? date : null;
    }

    /// <summary>The date or sum at <paramref name="token"/> stands between a determiner or a possessive and a noun ("the 1990
    /// declaration", "their 1951 Mutual Defense Treaty", "a $12.5 billion fraud case").</summary>
    private bool IsAttributive(int token) =>
        token >= 1 && (_entityAt[token] is { } date ? LastToken(token, date) + 1 : token + 1) is var next && next < _count
        && (IsDeterminerOrPossessive(_low[token - 1]) || _low[token - 1] is "'s" or "’s")
        // ("their 1951 Mutual Defense Treaty": the noun may be a name's word.)
        && (IsLowerCasePlainWord(next) || _entityAt[next] is null && IsPlainWord(next));

    /// <summary>A clause break ("while", "but", a semicolon …), an "and" opening a verb phrase ("met … and instructed") or
    /// a subordinate clause with a verb of its own ("suspended talks after the group killed 80 people", "agreed …, days
    /// after North Korea fired two missiles", "hosted a delegation …, where the two sides signed agreements worth $12
    /// billion") lies between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool RelativePronounBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] is "that" or "which" or "who" or "whom") return true;
        return false;
    }

    private bool BreaksClause(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (IsClauseBreak(i) || _low[i] == "and" && (StartsAVerbPhrase(i + 1) || OpensAClause(i) || i + 1 < _count && _low[i + 1] == "that" || OpensAClauseOfItsOwnSubject(i)))
                return true;
            // "a figure the government rejected, citing an audit that put the sum at $8.6 million": a participle of speech or of
            // a reason cited opens what is said, not done.
            if (_low[i] == "," && i + 1 < to && (ReportingParticiples.Contains(_low[i + 1]) || _low[i + 1] == "citing")) return true;
            if (_low[i] is "after" or "before" or "since" or "until" or "when" or "where" or "as" or "if")
            {
                // (the clause may be the trigger's own: "drones struck …, as Moscow rejected calls"); the clause's verb may come
                // after the later token ("asked Russia to send troops to Osh, where at least 100 people had been killed").
                for (int k = i + 2; k < _count && (k <= to || !IsClauseEnd(k)); k++)
                    if (_isVerbTrigger[k] || IsClauseVerb(k)) return true;
                // ("fires ballistic missile as Seoul and Washington begin drills": names and a verb in the present, which the
                // dictionary need not list as an act.)
                if (i + 1 < _count && _entityAt[i + 1] is not null && AfterNamesJoined(i + 1) is var verb && verb < _count && _entityAt[verb] is null
                    && _lexicon.VerbLemma(_low[verb]) is { } lemma && (_low[verb] == lemma || IsPresentVerb(verb))) return true;
            }
        }
        return false;
    }

    private bool AndThatBetween(int from, int to)
    {
        for (int i = from + 1; i + 1 < to; i++)
            if (_low[i] == "and" && _low[i + 1] == "that") return true;
        return false;
    }

    /// <summary>A finite verb of saying that reports the clause after it ("said", "told"; not <see cref="ReportingVerbs"/>' verbs
    /// of announcing or claiming, nor "according").</summary>
    private static bool IsVerbOfSaying(string w) => w is "said" or "says" or "told" or "added" or "stated";

    /// <summary>Between the two tokens, "and" or "but", a verb phrase after it and then "that", or a verb of saying right after it.</summary>
    private bool ReportedByAnotherVerbBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] is "and" or "but" && StartsAVerbPhrase(i + 1))
            {
                // ("welcomed the agreement but said his government would not hold a referendum before 2027": a verb of saying
                // reports its clause without "that" too.)
                if (IsVerbOfSaying(_low[i + 1])) return true;
                for (int k = i + 2; k < to; k++)
                    if (_low[k] == "that") return true;
                return false;
            }
        return false;
    }

    /// <summary>", where" between the two tokens, with no clause break between it and the second.</summary>
    private bool WhereClauseBetween(int from, int to)
    {
        for (int k = to - 1; k > from + 1; k--)
        {
            if (_low[k] == "where" && _low[k - 1] == ",") return true;
            if (IsClauseBreak(k)) return false;
        }
        return false;
    }

    /// <summary>"since", "after", "before" or "until" and then a name or a subject pronoun between the two tokens ("since the
    /// Taliban seized power in August 2021": a party's name after "the" too).</summary>
    private bool TimeClauseWithSubjectBetween(int from, int to)
    {
        for (int i = from + 1; i + 1 < to; i++)
            if (_low[i] is "since" or "after" or "before" or "until"
                // ("rallied every night since Prime Minister Irakli Kobakhidze announced on Nov. 28": past the subject's titles.)
                && (_entityAt[PastTitleWords(i + 1, to)] is not null || SubjectPronouns.Contains(_low[i + 1])
                    || _low[i + 1] == "the" && i + 2 < to && _entityAt[i + 2] is { } party && ActorLabels.Contains(party.Label)
                    || _low[i + 1] is "a" or "an" or "the" && NounPhraseBeforeItsVerb(i + 2, to)
                    // ("Pakistan Blames Afghan Taliban After Attack Kills 16 Soldiers": a headline's noun and its verb in the present.)
                    || (_headline || _title) && i + 2 < to && _entityAt[i + 1] is null && _doc.Tokens[_first + i + 1].Kind == TokenKind.Word
                       && !Determiners.Contains(_low[i + 1]) && IsPresentVerb(i + 2))) return true;
        return false;
    }

    /// <summary>Past up to two title words from <paramref name="k"/> ("Prime Minister"), staying before <paramref name="to"/>.</summary>
    private int PastTitleWords(int k, int to)
    {
        for (int titles = 0; titles < 2 && k + 1 < to && _entityAt[k] is null && IsTitleWord(k); titles++) k++;
        return k;
    }

    /// <summary>
    /// The date at <paramref name="date"/> closes a phrase of "after", "following" or "before" whose noun names an act or an
    /// occasion ("Following the attack on the Crocus City Hall on March 22, 2024", "after the fall of Bashar al-Assad in
    /// December"): the token of the preposition, or -1. Such a date is the occasion's, not that of an act outside the phrase.
    /// </summary>
    private int OccasionPhraseBefore(int date)
    {
        bool occasion = false;
        for (int k = date - 1; k >= 0 && date - k <= 16; k--)
        {
            if (_low[k] is "after" or "following" or "before") return occasion ? k : -1;
            if (_low[k] == "," || IsClauseBreak(k) || _isVerbTrigger[k]) return -1;
            occasion |= _entityAt[k] is null && (NominalTriggers.CodeOf(_low[k]) is not null || OccasionNouns.Contains(_low[k]));
        }
        return -1;
    }

    /// <summary>Nouns of occasions that no act's noun names (<see cref="OccasionPhraseBefore"/>).</summary>
    private static readonly HashSet<string> OccasionNouns = new(StringComparer.Ordinal)
        { "fall", "death", "collapse", "election", "elections", "coup", "war", "invasion", "crash", "ouster", "overthrow", "referendum", "vote", "summit" };

    /// <summary>From <paramref name="k"/>, a people's name and up to two lower-case nouns, then a clause's verb before
    /// <paramref name="to"/> ("a Thai soldier lost", "the army retreated").</summary>
    private bool NounPhraseBeforeItsVerb(int k, int to)
    {
        if (k < to && _entityAt[k] is { Label: EntityLabels.Norp } people) k = LastToken(k, people) + 1;
        int nouns = 0;
        for (; k < to && nouns < 2 && _entityAt[k] is null && IsLowerCasePlainWord(k) && _lexicon.VerbLemma(_low[k]) is null; k++) nouns++;
        return nouns > 0 && k < to && (IsClauseVerb(k) || _lexicon.VerbLemma(_low[k]) is not null);
    }

    /// <summary>"fired dozens of rockets at northern Israel and the Israeli military struck targets": the "and" at
    /// <paramref name="and"/> is followed by a subject (an article, names and up to three lower-case words) and its verb.</summary>
    private bool OpensAClauseOfItsOwnSubject(int and)
    {
        int k = and + 1;
        if (k < _count && _low[k] is "the" or "a" or "an") k++;
        bool named = false;
        for (int words = 0; k < _count && words < 4; words++)
        {
            if (_entityAt[k] is { } name && ActorLabels.Contains(name.Label)) { named = true; k = LastToken(k, name) + 1; continue; }
            if (!IsLowerCasePlainWord(k) || _isVerbTrigger[k] || IsClauseVerb(k) || Prepositions.Contains(_low[k])) break;
            k++;
        }
        // ("supplied by the United States and Britain to hit targets": an infinitive has no subject of its own.)
        while (k < _count && _low[k] != "to" && IsAuxiliaryOrAdverb(k)) k++;
        return k > and + 1 && k < _count && (named || _low[and + 1] == "the") && (_isVerbTrigger[k] || IsClauseVerb(k));
    }

    /// <summary>", and" and a subject of its own between the two tokens (not ", and" and a verb sharing the subject before).</summary>
    private bool ClauseWithItsSubjectBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] == "and" && OpensAClause(i) && !StartsAVerbPhraseAfter(i + 1)) return true;
        return false;
    }

    /// <summary>"after", "before", "since" or "until" between the two tokens, with no comma between it and the second.</summary>
    private bool TimeClauseBetween(int from, int to)
    {
        for (int i = to - 1; i > from; i--)
        {
            if (_low[i] == "," || IsClauseBreak(i)) return false;
            if (_low[i] is "after" or "before" or "since" or "until") return true;
        }
        return false;
    }

    private bool OpensAClauseBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] == "and" && OpensAClause(i) || _low[i] == "but" && i >= 1 && _low[i - 1] == ",") return true;
        return false;
    }

    /// <summary>
    /// ", and" at <paramref name="and"/> joins two clauses ("signed a contract with France …, and in February 2024 India
    /// delivered …"), not the last two names of a list ("Russia, China, and Iran").
    /// </summary>
    private bool OpensAClause(int and) =>
        and >= 2 && _low[and - 1] == "," && !(and + 1 < _count && _entityAt[and + 1] is { } next && _entityAt[and - 2] is { } last && next.Label == last.Label);

    /// <summary>A clause break or a coordinating "and" lies between tokens <paramref name="from"/> and <paramref name="to"/>; an
    /// "and" between two names joins them ("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed").</summary>
    private bool Separated(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] == "and" && !(_entityAt[i - 1] is not null && i + 1 < _count && _entityAt[i + 1] is not null) || IsClauseBreak(i)) return true;
        return false;
    }

    /// <summary>
    /// The "which"/"who" that opens the relative clause between commas holding <paramref name="token"/>, or -1: "China,
    /// which built an outpost in 2021, has stepped up …" — a clause on the subject, ended before the trigger, does not
    /// date the act; one after it may describe the act's setting ("its summit in Dushanbe, which commences on October
    /// 18": the seed's gold dates the invitation so). "who" and "whose" open one without a comma too ("executives of
    /// Sputnik Azerbaijan who had been detained in June").
    /// </summary>
    private int RelativeClauseStart(int token)
    {
        for (int i = token - 1; i >= 1; i--)
        {
            if (_low[i] is "which" or "who" or "whom" or "whose" && _low[i - 1] == "," || _low[i] is "who" or "whose" && _low[i - 1] != "(") return i;
            // "signed a declaration in which they pledged …": a preposition may open it.
            if (_low[i] is "which" or "whom" && i >= 2 && Prepositions.Contains(_low[i - 1]) && IsLowerCasePlainWord(i - 2)) return i;
            // "a war that has displaced more than 12 million people": "that" and a verb after a noun no verb shares.
            // ("the collapse of a canopy in Novi Sad that killed 15 people": after a place's name too; "an attack that killed 26
            // tourists": and after an act's noun, though a verb is spelt the same.)
            if (_low[i] == "that" && (IsLowerCasePlainWord(i - 1) && _lexicon.VerbLemma(_low[i - 1]) is null || CandidateAt(i - 1, nominal: true) is not null
                                      || _entityAt[i - 1] is { Label: EntityLabels.Loc })
                && StartsAVerbPhraseAfter(i + 1)) return i;
            if (_low[i] is "," && !IsListComma(i) || _low[i] is "(" or ")" || IsClauseBreak(i)) return -1;
        }
        return -1;
    }

    /// <summary>The relative clause opened at <paramref name="clause"/> has an event verb of its own, whose time its date is
    /// ("accuses the Taliban of sheltering the TTP, which has killed hundreds of soldiers since 2021"), or a party as its own
    /// subject before its verb ("open their border, which Turkey closed in 1993").</summary>
    private bool HasAnActOfItsOwn(int clause)
    {
        int end = RelativeClauseEnd(clause);
        for (int i = clause + 1; i < end; i++)
            if (_isVerbTrigger[i]) return true;
        // "their border, which Turkey closed in 1993": a party acting as the clause's own subject.
        return clause + 1 < end && _entityAt[clause + 1] is { } subject && ActorLabels.Contains(subject.Label)
               && LastToken(clause + 1, subject) + 1 is var verb && verb < end && IsClauseVerb(verb);
    }

    /// <summary>The relative clause opened at <paramref name="clause"/> ("…, which") follows the actor's or the recipient's name.</summary>
    private bool DescribesAParty(int clause, Entity? actor, Entity? recipient) =>
        clause >= 2 && _entityAt[clause - 2] is { } antecedent && (antecedent == actor && actor is not null || antecedent == recipient);

    private int RelativeClauseEnd(int start)
    {
        int i = start + 1;
        while (i < _count && (_low[i] != "," || IsListComma(i)) && !IsClauseBreak(i)) i++;
        return i;
    }

    /// <summary>"which Kyrgyzstan, Kazakhstan and Uzbekistan agreed to build", "the Popular Front Party, the Musavat Party and …":
    /// a comma between two names of parties joins a list ("… until his death in 2016, Uzbekistan left …" does not).</summary>
    private bool IsListComma(int comma) =>
        comma >= 1 && comma + 1 < _count && _entityAt[comma - 1] is { } before && ActorLabels.Contains(before.Label)
        && (_entityAt[comma + 1] is { } after ? ActorLabels.Contains(after.Label)
                                              : comma + 2 < _count && _low[comma + 1] == "the" && _entityAt[comma + 2] is { } named && ActorLabels.Contains(named.Label));

    /// <summary>An opening parenthesis before <paramref name="token"/> in the sentence is not closed before it.</summary>
    private bool InParentheses(int token)
    {
        for (int i = token - 1; i >= 0; i--)
        {
            if (_low[i] == ")") return false;
            if (_low[i] == "(") return true;
        }
        return false;
    }
}
