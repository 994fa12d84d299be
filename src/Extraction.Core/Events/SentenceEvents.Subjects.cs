using Extraction.Model;

namespace Extraction.Events;

// The subject of a verb: the clause's structure before it (asides, relative clauses, coordination, reported speech).
internal sealed partial class SentenceEvents
{
    /// <summary>The subject-like mention before <paramref name="start"/> in the same clause.</summary>
    private Mention? Subject(int start, out bool direct, bool nominal = false)
    {
        direct = false;
        // "Thousands of people gathered outside parliament in Tbilisi to protest": those who gathered do the act of their purpose,
        // not a place on the way.
        if (!nominal && start >= 1 && _low[start - 1] == "to" && VerbBeforeItsPurpose(start - 1) is int gathered and >= 0) return Subject(gathered, out direct);
        if (AbsoluteSubject(start) is { } absolute) { direct = true; return absolute; }
        // "accused Washington of preparing an invasion and ordered the mobilization of reservists": the act's noun a verb after
        // "and" stages is that verb's subject's, which it shares with the verb before (past that verb's object).
        if (nominal && GoverningWord(start) is var staging and >= 1 && _low[staging - 1] == "and" && IsStagingVerb(staging)
            && VerbSharingItsSubject(staging) >= 0)
            return Subject(staging, out direct);
        // "used pepper spray to push back crowds trying to block the entrances": the unnamed noun a participle of trying describes
        // does the infinitive's act; nobody named does (not a body that acts for a state: "police trying to disperse …").
        if (!nominal && start >= 3 && _low[start - 1] == "to" && _low[start - 2] is "trying" or "seeking" or "attempting" or "hoping" or "wanting"
            && IsLowerCasePlainWord(start - 3) && !Auxiliaries.Contains(_low[start - 3]) && !BeForms.Contains(_low[start - 3])
            && !ActingBodies.Contains(_low[start - 3]) && !StateBodies.Contains(_low[start - 3])) return null;
        start = FirstVerbOfItsSubject(start);
        if (!nominal && NamedInADashAsideBefore(start) is { } listed) { direct = true; return listed; }
        // "urged the authorities to reverse the decision and release Moussa Mara", "pressed armed groups to agree to ceasefires":
        // the unnamed object of a verb that controls it does the infinitive's act; nobody named does.
        if (!nominal && start >= 1 && _low[start - 1] == "to" && ControlsAnUnnamedObject(start - 1)) return null;
        // "prompting Mali's junta to sever diplomatic relations": the party prompted does the act.
        // ("prompting thousands of protesters to rally": unnamed people prompted do it, no one named.)
        if (!nominal && start >= 1 && _low[start - 1] == "to" && PromptedToAct(start - 1, out var prompted)) { direct = prompted is not null; return prompted; }
        // "Orban was the only EU leader to congratulate Georgian Dream": the one a ranked noun describes does the act.
        if (!nominal && start >= 1 && _low[start - 1] == "to" && RankedNounBefore(start - 1) is int be and >= 1) return Subject(be, out direct);
        var mentions = new List<Mention>();
        Mention? relative = null;
        int relativePronoun = -1;
        // "Putin, visiting Beijing, signed a deal with Xi": a noun's aside stands before the verb that governs it.
        var (asideStart, asideEnd) = AsideBefore(nominal && GoverningWord(start) is var verb and >= 0 && _lexicon.VerbLemma(_low[verb]) is not null ? verb : start);
        bool pronounPassed = false;
        // "Lukashenko told state news agency BelTA during a visit to …": an act in a phrase of "during" is the reporting
        // clause's subject's, past the one told and the verb.
        bool duringPhrase = GoverningWord(start) is int governor and >= 0 && _low[governor] == "during", passedListener = false, reportedVerbPassed = false;
        // "accused Pashinyan's government of \"destroying\" relations": after "of" the act is the accused's, whose name
        // comes before the accusing verb; the search ends there.
        // So is an act named after a gerund that stages it ("accused foreign services of organising the protests").
        // "accused the bloc of waging a "hybrid attack"": past the noun's modifiers and quotation marks.
        int of = start - 1;
        for (int modifiers = 0; of >= 0; of--)
        {
            if (_low[of] is "\"" or "“" or "'" or "‘") continue;
            if (!nominal || modifiers == 3 || !IsLowerCasePlainWord(of) || Determiners.Contains(_low[of]) || IsGerund(of)) break;
            modifiers++;
        }
        // "accused the forces of taking part in attacks": a gerund's "in" joins the act to the accused too.
        if (nominal && of >= 1 && _low[of] == "in")
        {
            int k = of - 1;
            if (_low[k] == "part") k--;
            if (k >= 0 && IsGerund(k)) of = k;
        }
        if (nominal && of >= 1 && Determiners.Contains(_low[of]) && IsGerund(of - 1)) of -= 2;
        else if (nominal && of >= 0 && IsGerund(of)) of--;
        // ("accusing him of the unlawful deportation of children": past the noun's article.)
        else if (nominal && of >= 1 && Determiners.Contains(_low[of]) && _low[of - 1] == "of") of--;
        // "criticized both governments for failing to consult …", "blamed Kyiv for shelling …": so is an act after "for" and a
        // gerund after a verb's object (not "called for ending the war", the caller's).
        // ("charged three men with planning arson attacks": so is one after "with" and a gerund after a charge's object.)
        bool afterOf = of >= 0 && (_low[of] == "of" || _low[of] is "for" or "with" && of >= 1 && !_isVerbTrigger[of - 1] && _lexicon.VerbLemma(_low[of - 1]) is null
                                                        && (_entityAt[of - 1] is not null || IsLowerCasePlainWord(of - 1)) && of + 1 < _count && IsGerund(of + 1)
                                                        && (_low[of] == "for" || ChargedBefore(of)));
        int governingVerb = nominal ? GoverningWord(start) : -1;
        for (int i = start - 1; i >= 0; i--)
        {
            if (i == asideEnd) { i = asideStart; continue; }
            string w = _low[i];
            // "al-Burhan, who heads the Sovereignty Council, has vowed to defeat …", "the UAE, which Khartoum accuses of
            // arming the RSF, have called for a ceasefire": a relative clause between commas before the verb phrase is
            // no part of the clause.
            if (w == "," && mentions.Count == 0 && RelativeClauseClosedAt(i) is int opening and >= 0) { i = opening; continue; }
            if (afterOf && _isVerbTrigger[i]) break;
            // "(Reuters) - Russia's Gazprom …": a parenthesis is an aside (a credit, a citation), never the subject.
            if (w == ")" && OpeningParenthesis(i) is int open and >= 0) { i = open; continue; }
            if (_entityAt[i] is { } e)
            {
                int first = FirstToken(i, e);
                bool listener = IsToldListener(first);
                passedListener |= listener;
                // "Lee congratulated Takaichi in a phone call": the object of an act's verb does not do the act a phrase of "in"
                // or "during" after it names (the accused of "accused Russia of organising protests" does).
                // So does "killed two Azerbaijani brothers during a raid": a number or an article may open the object.
                // ("detained dozens of ethnic Azerbaijanis in a raid": past a count's "of" and modifiers.)
                int objectVerb = first - 1;
                for (int words = 0; objectVerb > 0 && words < 10; objectVerb--, words++)
                {
                    // ("killed Hezbollah's top military commander Fuad Shukr in an air strike": past the object's possessor.)
                    if (_low[objectVerb] is "'s" or "’s" && _entityAt[objectVerb - 1] is { } owner) { objectVerb = FirstToken(objectVerb - 1, owner); continue; }
                    // ("killing five members of the militant group and a Qatari security officer, in an attack": past an object
                    // joined before it, and a phrase of "of" in it, so long as no word is a verb's.)
                    bool joined = _low[objectVerb] == "and" && IsLowerCasePlainWord(objectVerb - 1) && LemmaOf(objectVerb - 1) is null && !IsPastForm(objectVerb - 1)
                                  || _low[objectVerb] == "of" && (words > 0 || Determiners.Contains(_low[objectVerb + 1])) && IsLowerCasePlainWord(objectVerb - 1);
                    if (!(joined || Determiners.Contains(_low[objectVerb]) || IsNumberWord(objectVerb) || _low[objectVerb] == "of" && IsNumberWord(objectVerb - 1)
                          || IsLowerCasePlainWord(objectVerb) && LemmaOf(objectVerb) is null && !Prepositions.Contains(_low[objectVerb]) && !IsPastForm(objectVerb)))
                        break;
                }
                // ("Russian drones entered Polish airspace during an attack on Ukraine": so does the object of a verb the dictionary lacks.)
                // ("accused the RSF of killing 47 civilians during the assault": not the accused, whose act the gerund after "of" names;
                // "of killing a Colombian fisherman in a strike": the one that gerund harmed is one, though "helping Israeli agents in an
                // attack" names the attack's agents.)
                bool objectOfAnAct = nominal && !afterOf && objectVerb >= 0
                                     && (_isVerbTrigger[objectVerb] || IsLowerCasePlainWord(objectVerb) && IsPastForm(objectVerb)
                                         || objectVerb >= 1 && _low[objectVerb - 1] == "of" && HarmDoneParticiples.Contains(_low[objectVerb]))
                                     && GoverningWord(start) is var adjunct and >= 0 && _low[adjunct] is "in" or "during"
                                     && !ChargedAfter(i, start);
                // ("Pagers used by members of Hezbollah exploded …, wounding about 2,800": whose the things are is no actor.)
                if (ActorLabels.Contains(e.Label) && !IsObjectOfAnEarlierVerb(first, i, start) && !listener && !DescribesACompound(i) && !objectOfAnAct
                    && !NamesWhoseCounterpartsAct(e, i)
                    && !IsObjectBeforePurpose(first, i, start) && !HoldsAThing(first) && !NamesAFacility(e, i))
                    // ("hours after South Korean and U.S. forces began their annual exercises": a noun's clause verb is the one that
                    // governs it.)
                    mentions.Add(new Mention(e, first, InPrepositionalPhrase(first) && !IsSubjectAfterConjunction(first, i, governingVerb > i && LemmaOf(governingVerb) is not null ? governingVerb : start)
                                                       && !ActsThroughItsPeople(first)
                                                       && !NamesAPostedNoun(e, first), IsPossessive(e)));
                i = first;
                continue;
            }
            // ", and" before a new clause, and "if", "when", "whether", ", as": the verb's subject comes after them ("…, as tens
            // of thousands of students marched": no name acts).
            // "where" opens a clause ("outside parliament, where thousands of people have rallied"), and so does "as" before
            // an event noun ("… Refinery as Peace Talks Stall"), unless it joins names ("such as", "as well as").
            // ("but that whoever did it had carried out a surgical strike": "whoever" is the clause's subject, unnamed.)
            if (IsClauseBreak(i) || w is "that" or "if" or "when" or "where" or "whether" or "whoever" || w is "and" or "as" && i > 0 && _low[i - 1] == ","
                || nominal && w == "as" && !(i > 0 && _low[i - 1] is "such" or "well") && !(i + 1 < _count && _low[i + 1] == "well")) break;
            // "expelled advisers a day after gunmen killed 26 tourists": before a clause's own subject, "after" opens it.
            // ("resigned after supporters stormed the building in Sukhumi to protest": a place in a phrase is no subject.)
            // ("hours after rockets were fired from Lebanese territory": so does a weapon, which acts for no one named.)
            // ("Venezuela Frees Six Americans After Trump Envoy Visits Caracas": so does a name the tagger missed, before a noun.)
            // ("has turned away from France since the coup, expelling French troops": not a phrase of time before a participle's comma.)
            if (w is "after" or "before" or "since" or "until" && AllInPhrasesAfter(mentions, i + 1) && i + 1 < start && _low[start - 1] != ","
                && (_entityAt[i + 1] is null && (IsLowerCasePlainWord(i + 1) || IsPlainWord(i + 1) && i + 2 < start && IsPlainWord(i + 2)
                                                 || Determiners.Contains(_low[i + 1]) && i + 2 < start && IsLowerCasePlainWord(i + 2))
                    || _entityAt[i + 1] is { Label: EntityLabels.Weapon })) break;
            // ("had asked for help in 2022 as gangs seized control of Port-au-Prince": so does "as" before a lower-case subject.)
            if (w == "as" && mentions.Count == 0 && !(i > 0 && _low[i - 1] is "such" or "well") && i + 1 < start && UnnamedSubjectBefore(i + 1, start)) break;
            // "Kim said the launch demonstrated …": a reported clause's subject comes after the reporting verb; its
            // speaker is not the actor, unless a pronoun stands for them ("Bouteflika said he is prepared to …").
            // "Lai said his government would not be provoked": a possessor found in the reported clause keeps the search there
            // (not one in a phrase: "said in his nightly address, urging …").
            // "defended the measure, saying foreign-funded media sought to destabilize the country": so does a participle's.
            // "The EU announced sanctions on Russia": a verb of saying whose object is the act's noun stages the act.
            // ("IRNA said the tanker had collided with an Iranian vessel, injuring …": nor one in a phrase of a reported clause
            // that has a verb of its own.)
            if ((mentions.TrueForAll(m => m.Possessive && !m.InPrepositionalPhrase) || reportedVerbPassed && mentions.TrueForAll(m => m.InPrepositionalPhrase))
                && !pronounPassed
                && (ReportingVerbs.Contains(w) || ReportingParticiples.Contains(w)) && w != "according" && !(duringPhrase && passedListener)
                && !(i + 1 < start && ClaimsResponsibility(i + 1))
                && !(nominal && i == governingVerb && IsStagingVerb(i))) break;
            if (!reportedVerbPassed && i < start && _entityAt[i] is null)
                reportedVerbPassed = i >= 1 && _low[i - 1] is "had" or "has" or "have" && w.EndsWith("ed", StringComparison.Ordinal) || IsClauseVerb(i);
            pronounPassed |= SubjectPronouns.Contains(w);
            // "Tekebayev, whom 30 deputies had accused of …": the relative clause's subject comes after "whom".
            if (w == "whom") break;
            if (w is "who" or "which")
            {
                // A relative clause's subject is its antecedent right before: "Russia, which attacked …"; not where a
                // subject of its own comes between ("attacks near Gao, which the junta blamed on …": "which" is the object).
                int j = i - 1;
                if (j >= 0 && _low[j] == ",") j--;
                // ("the Committee to Protect Journalists (CPJ), which urged …": past the name's acronym in parentheses.)
                if (IsAcronymInParenthesesEndingAt(j)) j -= 3;
                bool pronounIsSubject = true;
                for (int k = i + 1; k < start && pronounIsSubject; k++) pronounIsSubject = IsAuxiliaryOrAdverb(k);
                // "the strike on the consulate in Damascus, which killed seven": a place in a phrase of place is where, not what, acted.
                if (pronounIsSubject && j >= 0 && _entityAt[j] is { } ante && ActorLabels.Contains(ante.Label) && (w == "who") == (ante.Label == EntityLabels.Person)
                    && !(ante.Label == EntityLabels.Loc && PrecededBy(FirstToken(j, ante), LocationPrepositions)))
                {
                    relative = new Mention(ante, FirstToken(j, ante), false, false);
                    relativePronoun = i;
                    mentions.Add(relative);
                }
                // "escorting South Ossetian militiamen who fired on Georgian villages": a people's word before its people's
                // noun stands for them.
                else if (pronounIsSubject && w == "who" && j >= 1 && IsLowerCasePlainWord(j) && PeopleOfABody.Contains(_low[j])
                         && _entityAt[j - 1] is { Label: EntityLabels.Norp } people)
                {
                    relative = new Mention(people, FirstToken(j - 1, people), false, false);
                    relativePronoun = i;
                    mentions.Add(relative);
                }
                break;
            }
            if (w is "it" or "they" or "he" or "she" or "its" or "their" or "his" or "her" && !(!nominal && PossessesAnObject(i)) && !IsObjectIt(i) && ResolvePronoun(i) is { } r)
                mentions.Add(new Mention(r, i, InPrepositionalPhrase(i), w is "its" or "their" or "his" or "her"));
            else if (_entityAt[i] is null && (BodyNamedBefore(i, possessorToo: true) ?? StateOfItsBody(i)) is { } body)
                mentions.Add(new Mention(body, i, InPrepositionalPhrase(i) && !(!nominal && OpensAClauseAfterAConjunction(i, start)), i + 1 < _count && _low[i + 1] is "'s" or "’s"));
        }
        // Mentions inside prepositional phrases are not subjects; without a subject there is no actor.
        var chosen = mentions.FirstOrDefault(m => !m.InPrepositionalPhrase && !m.Possessive)
                     ?? mentions.FirstOrDefault(m => m.Possessive);
        if (chosen is not null)
        {
            direct = true;
            int end = _entityAt[chosen.Token] is { } ce && ce == chosen.Entity ? LastToken(chosen.Token, ce) : chosen.Token;
            // "Kokoity, who is backed by Moscow": the relative pronoun stands for its antecedent.
            if (chosen == relative) end = relativePronoun;
            // "Kyrgyz border guards were detained": a nationality before the noun of its people is the subject too.
            int people = end + 1;
            if (chosen.Entity.Label == EntityLabels.Norp)
                while (people < start && people - end <= 3 && IsPeoplesNounWord(people)) people++;
            if (people > end + 1 && people < start && Auxiliaries.Contains(_low[people])) end = people - 1;
            for (int k = end + 1; k < start && direct; k++)
                direct = IsAuxiliaryOrAdverb(k) || (k >= asideStart && k <= asideEnd) || k == end + 1 && _low[k] == "," && IsInApposition(chosen.Token)
                         || AdverbsJoined(k);
        }
        return chosen;
    }

    /// <summary>"a day after police raided the office": the word at <paramref name="i"/>, right after a conjunction of time, is
    /// the subject of the verb at <paramref name="verb"/> (only auxiliaries and adverbs between), no preposition's object.</summary>
    private bool OpensAClauseAfterAConjunction(int i, int verb)
    {
        if (i < 1 || !(TimeConjunctions.Contains(_low[i - 1]) || _low[i - 1] is "when" or "as" or "until")) return false;
        for (int k = i + 1; k < verb; k++)
            if (!IsAuxiliaryOrAdverb(k)) return false;
        return true;
    }

    /// <summary>Forms of verbs that bring another's act about ("prompting Mali's junta to sever relations").</summary>
    private static readonly HashSet<string> PromptingVerbs = new(StringComparer.Ordinal)
        { "prompted", "prompting", "prompts", "prompt", "led", "leading", "leads", "caused", "causing", "causes", "spurred", "spurring", "spurs" };

    /// <summary>"prompting Mali's junta to sever diplomatic relations with Kyiv", "led Moscow to recall its ambassador": the object
    /// of a verb that brings an act about, before the infinitive's <paramref name="to"/>, does the act; <paramref name="party"/> is
    /// that object's name, or null where no name covers it ("prompting thousands of protesters to rally").</summary>
    private bool PromptedToAct(int to, out Mention? party)
    {
        party = null;
        for (int k = to - 1; k >= 1 && to - k <= 5; k--)
        {
            if (_entityAt[k] is { } e)
            {
                if (!ActorLabels.Contains(e.Label)) return false;
                k = FirstToken(k, e);
                party = new Mention(e, k, false, false);
                continue;
            }
            if (PromptingVerbs.Contains(_low[k])) return k < to - 1;
            if (!(_low[k] is "'s" or "’s" or "of" || Determiners.Contains(_low[k]) || IsLowerCasePlainWord(k) || IsNumberWord(k))) return false;
        }
        party = null;
        return false;
    }

    /// <summary>The form of "be" before "the first", "the only", "the most" or another superlative and a noun right before
    /// <paramref name="to"/> ("was the only EU leader to", "is the most senior U.S. official to"), past up to two modifiers or a
    /// name; or -1.</summary>
    private int RankedNounBefore(int to)
    {
        int k = to - 2;  // the noun is at to - 1
        for (int modifiers = 0; k >= 2 && modifiers < 3 && !IsRankOrSuperlative(_low[k]); modifiers++)
            k = _entityAt[k] is { } name ? FirstToken(k, name) - 1 : IsLowerCasePlainWord(k) ? k - 1 : -1;
        return k >= 2 && IsRankOrSuperlative(_low[k]) && _low[k - 1] == "the" && BeForms.Contains(_low[k - 2]) && IsLowerCasePlainWord(to - 1) ? k - 2 : -1;
    }

    private static bool IsRankOrSuperlative(string w) => IsRankWord(w) || w == "most" || w.Length > 5 && w.EndsWith("est", StringComparison.Ordinal);

    /// <summary>Every mention found is inside a prepositional phrase and after token <paramref name="token"/>, but a body's word
    /// right at it (a loop: a lambda would capture the subject search's index and put a closure on the heap for every search).</summary>
    private bool AllInPhrasesAfter(List<Mention> mentions, int token)
    {
        foreach (var m in mentions)
        {
            // ("after police raided …": the body's word is that clause's subject, which ends the search as well.)
            if (m.Token == token && (StateBodies.Contains(_low[token]) || BodyHeads.Contains(_low[token]))) continue;
            if (!m.InPrepositionalPhrase || m.Token <= token) return false;
        }
        return true;
    }

    /// <summary>The party a relative pronoun set off by a comma right before <paramref name="subjectToken"/> stands for
    /// ("Russia, which Chisinau accuses …"; "whom" for a person only), or null; not a name inside a phrase of place or of a
    /// noun before it ("war crimes in Gaza, which Israel denies"), but one a verb's preposition governs ("defend itself
    /// against the TTP, which it accuses …").</summary>
    private Entity? ObjectRelativeAntecedent(int subjectToken)
    {
        if (subjectToken < 3 || _low[subjectToken - 1] is not ("which" or "whom") || _low[subjectToken - 2] != ",") return null;
        // "the Tehreek-e-Taliban Pakistan (TTP), which it accuses …": past the acronym in parentheses.
        int end = subjectToken - 3;
        if (end >= 3 && _low[end] == ")" && _low[end - 2] == "(" && _entityAt[end - 1] is not null) end -= 3;
        if (_entityAt[end] is not { } antecedent || !ActorLabels.Contains(antecedent.Label)
            || _low[subjectToken - 1] == "whom" && antecedent.Label != EntityLabels.Person) return null;
        int first = FirstToken(end, antecedent);
        if (first > 0 && Determiners.Contains(_low[first - 1])) first--;
        return first > 0 && _low[first - 1] is "in" or "of" or "on" or "at" or "near" or "from" ? null : antecedent;
    }

    /// <summary>The entity is joined by "and" to the subject right before the verb at <paramref name="verb"/> ("Nvidia and
    /// Advanced Micro Devices have agreed": Nvidia).</summary>
    private bool IsCoSubject(Entity e, int verb)
    {
        int first = TokenIndexOf(e.Start);
        if (first < 0 || first >= verb) return false;
        int k = LastToken(first, e) + 1;
        if (k >= verb || _low[k] != "and" || _entityAt[k + 1] is not { } other) return false;
        for (k = LastToken(k + 1, other) + 1; k < verb; k++)
            if (!IsAuxiliaryOrAdverb(k)) return false;
        return true;
    }

    /// <summary>"the arrest of Ricardo Yanez", "the seizure of a British tanker": the party after the "of" at <paramref name="of"/>,
    /// past a determiner (<see cref="PartyFrom"/>); or null.</summary>
    private (Entity Party, int End)? PartyAfterOf(int of) => of < _count && _low[of] == "of" ? PartyAfterPreposition(of) : null;

    /// <summary>The party after the preposition at <paramref name="preposition"/> ("an arrest warrant for chief executive Mark
    /// Bristow"), past a determiner; or null.</summary>
    private (Entity Party, int End)? PartyAfterPreposition(int preposition) =>
        preposition + 1 < _count ? PartyFrom(Determiners.Contains(_low[preposition + 1]) ? preposition + 2 : preposition + 1) : null;

    /// <summary>The party named from token <paramref name="k"/> on and the token after its name: "President Donald Trump" (a
    /// title before a person), "Nvidia chief executive Jensen Huang" (the person whose title a body's name opens); null
    /// when no actor's name comes there.</summary>
    private (Entity Party, int End)? PartyFrom(int k)
    {
        // "the director of the FSB, Nikolai Patrushev": a title's body, then its holder in apposition.
        bool titleOf = false;
        if (k + 2 < _count && Determiners.Contains(_low[k]) && IsTitleWord(k + 1)) k++;
        while (k < _count && _entityAt[k] is null && IsTitleWord(k)) k++;
        if (k + 1 < _count && _low[k] == "of" && k > 0 && IsTitleWord(k - 1))
        {
            k += Determiners.Contains(_low[k + 1]) ? 2 : 1;
            titleOf = true;
        }
        if (k >= _count || _entityAt[k] is not { } party || !ActorLabels.Contains(party.Label)) return null;
        int end = LastToken(k, party) + 1, t = end;
        if (titleOf)
        {
            int comma = end + 2 < _count && _low[end] == "(" && _low[end + 2] == ")" ? end + 3 : end;  // "… Service (FSB), Nikolai Patrushev"
            return comma + 1 < _count && _low[comma] == "," && _entityAt[comma + 1] is { Label: EntityLabels.Person } holder
                ? (holder, LastToken(comma + 1, holder) + 1) : null;
        }
        // "EU enlargement commissioner Marta Kos": a portfolio's lower-case words may come before the title.
        for (int portfolio = 0; t < _count && _entityAt[t] is null && (IsTitleWord(t) || portfolio++ < 2 && IsLowerCasePlainWord(t)); ) t++;
        return t > end && IsTitleWord(t - 1) && t < _count && _entityAt[t] is { Label: EntityLabels.Person } person ? (person, LastToken(t, person) + 1) : (party, end);
    }

    /// <summary>"Georgian Dream's founder, the billionaire Bidzina Ivanishvili, was sanctioned": the name at <paramref name="first"/>
    /// follows a comma after a noun (or its posting), perhaps past an article and lower-case words, so it names the subject before it.</summary>
    private bool IsInApposition(int first)
    {
        int k = first - 1;
        while (k >= 0 && _entityAt[k] is null && (IsLowerCasePlainWord(k) || Determiners.Contains(_low[k]))) k--;
        // "The U.S. ambassador in Bishkek, Stephen Young, met …": a noun's posting may come between it and the comma.
        return k >= 1 && _low[k] == "," && (_entityAt[k - 1] is null ? IsLowerCasePlainWord(k - 1) : IsPosting(k - 1));
    }

    /// <summary>The place at <paramref name="first"/> follows "from", "to" or "between" after a route's noun, or "to" or "and"
    /// after another such end, or says where one is ("a pipeline from Atasu in central Kazakhstan to Alashankou", "flights
    /// between Doha and Tashkent").</summary>
    private bool IsRouteEnd(int first)
    {
        int k = first - 1;
        if (k >= 0 && Determiners.Contains(_low[k])) k--;
        if (k < 1) return false;
        if (_low[k] is "from" or "to" or "between" && RouteNouns.Contains(_low[k - 1])) return true;
        // "… to Alashankou", "… and Tashkent" after another end; "in central Kazakhstan" after one says where that end is.
        int where = k;
        while (where > k - 2 && where > 0 && IsLowerCasePlainWord(where) && !RouteNouns.Contains(_low[where])) where--;
        if (where >= 1 && _low[where] is "in" or "on" or "near" && _entityAt[where - 1] is { Label: EntityLabels.Loc } place && IsRouteEnd(FirstToken(where - 1, place)))
            return true;
        return _low[k] is "to" or "and" && _entityAt[k - 1] is { Label: EntityLabels.Loc } end && IsRouteEnd(FirstToken(k - 1, end));
    }

    private static readonly HashSet<string> RouteNouns = new(StringComparer.Ordinal)
        {
        "pipeline", "pipelines", "railway", "railways", "railroad", "road", "roads", "highway", "line", "lines", "route", "routes", "corridor",
        "link", "links", "cable", "cables", "interconnector", "canal", "flights", "flight",
    };

    /// <summary>The possessor ending at <paramref name="last"/> owns a venue named within three words after it ("Trump's golf resort").</summary>
    private bool OwnsAVenue(int last)
    {
        for (int k = last + 1; k < Math.Min(_count, last + 5); k++)
            if (VenueNouns.Contains(_low[k])) return true;
            else if (!(_low[k] is "'s" or "’s" || IsLowerCasePlainWord(k))) return false;
        return false;
    }

    /// <summary>"The U.S. ambassador in Bishkek, Stephen Young, met …": a person set off by a comma after a noun's posting names
    /// that noun, no part of the posting's phrase.</summary>
    private bool NamesAPostedNoun(Entity e, int first) =>
        e.Label == EntityLabels.Person && first >= 2 && _low[first - 1] == "," && (IsPosting(first - 2) || IsTitlesBody(first - 2));

    /// <summary>The name ending at token <paramref name="last"/> is the body of a title before "of" ("the head of Russia's
    /// Federal Drug Control Service", "the director of the FSB"), past a possessor and an article.</summary>
    private bool IsTitlesBody(int last)
    {
        if (last < 0 || _entityAt[last] is not { } body) return false;
        int k = FirstToken(last, body) - 1;
        // "of Russia's Federal Drug Control Service": past the body's possessor.
        if (k >= 1 && _low[k] is "'s" or "’s" && _entityAt[k - 1] is { } owner) k = FirstToken(k - 1, owner) - 1;
        if (k >= 0 && _low[k] == "the") k--;
        return k >= 1 && _low[k] == "of" && _entityAt[k - 1] is null && (IsTitleWord(k - 1) || IsOfficerTitle(k - 1));
    }

    /// <summary>The place ending at token <paramref name="last"/> is a noun's posting ("ambassador in Bishkek", "envoy to Moscow",
    /// "special envoy for Afghanistan").</summary>
    private bool IsPosting(int last)
    {
        if (last < 0 || _entityAt[last] is not { Label: EntityLabels.Loc } place) return false;
        int first = FirstToken(last, place);
        return first >= 2 && _low[first - 1] is "in" or "to" or "for" && IsLowerCasePlainWord(first - 2) && _entityAt[first - 2] is null;
    }

    /// <summary>
    /// "with Omani Foreign Minister Badr Albusaidi shuttling between the two delegations": in an absolute phrase of "with"
    /// the participle's subject is the party named right before it, not the clause's.
    /// </summary>
    private Mention? AbsoluteSubject(int participle)
    {
        if (participle < 2 || !_low[participle].EndsWith("ing", StringComparison.Ordinal) || _entityAt[participle - 1] is not { } named
            || !ActorLabels.Contains(named.Label)) return null;
        int first = FirstToken(participle - 1, named), k = first - 1;
        while (k >= 0 && (_entityAt[k] is { Label: EntityLabels.Norp } || _entityAt[k] is null && (IsTitleWord(k) || Determiners.Contains(_low[k])))) k--;
        // ("filed a petition with the Supreme Court seeking his release": a verb's "with" inside the clause is no such clause.)
        return k >= 0 && _low[k] == "with" && (k == 0 || _low[k - 1] is "," or "and") ? new Mention(named, first, false, false) : null;
    }

    /// <summary>Nouns for the people who act for a body: "leaders of ECOWAS suspended Niger" is ECOWAS acting, and so is a
    /// part of it ("a faction of the Tigray People's Liberation Front seized Mekelle").</summary>
    private static readonly HashSet<string> PeopleOfABody = new(StringComparer.Ordinal)
        { "leaders", "representatives", "members", "officials", "delegates", "delegation", "envoys", "diplomats", "ministers", "troops", "soldiers", "forces", "fighters", "units",
          "residents", "citizens", "people", "workers", "farmers", "students", "faction", "wing", "militants", "rebels", "gunmen",
          "supporters", "activists", "commanders", "militiamen", "insurgents" };

    private static readonly HashSet<string> PairNouns = new(StringComparer.Ordinal)
        { "leaders", "presidents", "ministers", "sides", "countries", "states", "nations", "governments", "delegations", "men" };

    /// <summary>
    /// "where the two leaders agreed to deepen defence cooperation", "Both sides signed …", "and the two signed …": a clause
    /// whose subject is "the two" alone, or "the two" or "both" and a plural of leaders or parties (right before the verb, past auxiliaries and adverbs) is about
    /// the two parties of the latest act between two in this sentence or the three before; failing one, about
    /// the last two parties named before it, in this sentence or the two before, or two persons joined by "and" among the
    /// last three (persons for leaders, presidents, ministers and men; states and bodies for countries, states, nations
    /// and governments; for sides and delegations, two persons or two states or bodies, the last two persons where the
    /// last two named are a person and a state). Null when there are not two.
    /// </summary>
    private (Entity First, Entity Second)? PairSubject(int verb)
    {
        int k = WordBeforeAuxiliaries(verb);
        // "The two leaders, joined by Uzbek President Shavkat Mirziyoyev, met …": past an aside between commas.
        int aside = k >= 1 && _low[k] == "," && OpeningComma(k) is var open and >= 1 ? open : -1;
        if (aside >= 0) k = aside - 1;
        // "hosted Berdimuhamedov in Baku, and the two signed a declaration": "the two" alone stands for a pair of either kind.
        if (k >= 2 && _low[k] == "two" && _low[k - 1] == "the")
            return k >= 3 && Prepositions.Contains(_low[k - 2]) && _low[k - 2] != "of" ? null : PairNamed(k, asSubject: true);
        if (k < 1 || !PairNouns.Contains(_low[k])) return null;
        if (!(_low[k - 1] == "both" || _low[k - 1] == "two" && k >= 2 && _low[k - 2] == "the")) return null;
        // "the two presidents, Robert Kocharian and Ilham Aliyev, would meet": an aside naming two persons names the pair.
        if (aside >= 0 && _entityAt[aside + 1] is { Label: EntityLabels.Person } first && LastToken(aside + 1, first) + 2 < _count
            && _low[LastToken(aside + 1, first) + 1] == "and" && _entityAt[LastToken(aside + 1, first) + 2] is { Label: EntityLabels.Person } second
            && _low[LastToken(LastToken(aside + 1, first) + 2, second) + 1] == ",")
            return (first, second);
        // "fighting between the two countries killed …": inside a phrase of a preposition the pair is no subject; "the
        // parliaments of both countries ratified it" act for it.
        int before = _low[k - 1] == "both" ? k - 2 : k - 3;
        if (before >= 0 && Prepositions.Contains(_low[before]) && _low[before] != "of") return null;
        return PairNamed(k, asSubject: true);
    }

    /// <summary>"Putin phoned both leaders", "ECOWAS urged the two sides to show restraint": a verb's object that is "the two" or
    /// "both" and a plural of leaders or parties right after it is about a pair named before (<see cref="PairNamed"/>); or null.</summary>
    private (Entity First, Entity Second)? PairObject(int verbEnd)
    {
        int k = verbEnd < _count && _low[verbEnd] == "both" ? verbEnd + 1 : verbEnd + 1 < _count && _low[verbEnd] == "the" && _low[verbEnd + 1] == "two" ? verbEnd + 2 : -1;
        return k >= 0 && k < _count && PairNouns.Contains(_low[k]) ? PairNamed(k, asSubject: false) : null;
    }

    /// <summary>The pair the plural of leaders or parties at <paramref name="k"/>, after "the two" or "both", stands for (see
    /// <see cref="PairSubject"/>); a subject's only when no verb of saying comes before it in the sentence.</summary>
    private (Entity First, Entity Second)? PairNamed(int k, bool asSubject)
    {
        bool persons = _low[k] is "leaders" or "presidents" or "ministers" or "men", parties = _low[k] is "countries" or "states" or "nations" or "governments";
        // "… The African Union Commission chairman called for restraint. The two countries fought a border war": countries
        // are countries ("Addis Ababa", "Assab" and the Commission are not).
        // "which both governments denied": governments are the states' (a body or a newsroom named last is none); a capital
        // named as a party stands for its state ("Relations between Tashkent and Dushanbe … The two countries restored …").
        bool countries = _low[k] is "countries" or "nations" or "governments";
        int limit = _doc.Tokens[_first + k - 1].Start;
        bool Fits(Entity e) =>
            ActorLabels.Contains(e.Label) && e.Label != EntityLabels.Norp && !(persons && e.Label != EntityLabels.Person)
            && !(parties && e.Label == EntityLabels.Person)
            && !(countries && !StandsForAState(e));
        // Two sentences back: "… signed a treaty. The signing took place during Rahmon's visit. The two leaders also agreed …".
        int twoBack = StartOfSentencesBack(2);
        // "Lukashenko met U.S. envoy John Coale in Minsk. … Lukashenko's press service said the two men had discussed …": the
        // parties of the latest act between two, in this sentence or the three before, are the pair, whoever was named since.
        int threeBack = StartOfSentencesBack(3);
        // ("Hamas has not agreed to disarm, a central demand of Israel, and the two sides accused each other": not where
        // this sentence has named two parties before the pair, and not as a speaker's: "Qatar's Foreign Ministry said the
        // two sides would meet" names neither.)
        bool reported = false;
        for (int r = 0; r < k && !reported && asSubject; r++) reported = ReportingVerbs.Contains(_low[r]);
        Entity? firstHere = null;
        bool twoHere = false;
        // ("Anwar Ibrahim, the chair of ASEAN, urged both sides to cease hostilities": names before an object pair are the verb's
        // subject's, never the pair.)
        foreach (var e in _entities)
        {
            if (reported || !asSubject) break;
            if (e.Start < _sentence.Start || !Fits(e) || IsInlineCredit(e)) continue;
            if (e.End > limit) break;
            if (firstHere is null) firstHere = e;
            else if (!Same(firstHere, e)) { twoHere = true; break; }
        }
        // ("Erdogan, who hosted Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud, said the two leaders
        // had signed …": two persons this sentence joins by "and" are the pair, whatever act another took part in.)
        if (persons && PersonsJoinedBefore(limit) is var (joined, and)) return (joined, and);
        // ("Cambodia … would ask the U.N. Security Council to hold an urgent meeting. Anwar … urged both sides to cease
        // hostilities": a pair a third party addresses are not the parties of a request or an aid to another third party.)
        for (int j = _earlier.Count - 1; j >= 0 && !twoHere && _earlier[j].Trigger.Start >= threeBack; j--)
            if (_earlier[j].Trigger.Start < limit && !(!asSubject && _earlier[j].Type is "REQUEST" or "SUPPORT" or "AID")
                && Party(_earlier[j], "actor") is { } a && Party(_earlier[j], "recipient") is { } b
                && !Same(a, b) && Fits(a) && Fits(b) && (a.Label == EntityLabels.Person) == (b.Label == EntityLabels.Person))
                return a.Start < b.Start ? (a, b) : (b, a);  // in the order named, as below
        // Countries as far back as the article goes: they are named less often than persons are.
        int from = countries ? 0 : twoBack;
        Entity? last = null, beforeLast = null, third = null, lastPerson = null, personBefore = null;
        foreach (var e in _entities)
        {
            if (e.Start < from) continue;
            if (e.End > limit) break;
            // (A state named after its capital takes its place: "… Addis Ababa wanted the port. Landlocked Ethiopia …".)
            if (Fits(e) && last is not null && Same(e, last) && _lexicon.IsCountry(e.Canonical) && !_lexicon.IsCountry(last.Canonical)) last = e;
            if (!Fits(e) || last is not null && Same(e, last) || IsWhereNamed(e) || ReportsThisSentence(e) || IsInlineCredit(e)) continue;
            (third, beforeLast, last) = (beforeLast, last, e);
            if (e.Label == EntityLabels.Person && !(lastPerson is not null && Same(e, lastPerson))) (personBefore, lastPerson) = (lastPerson, e);
        }
        // "Mirziyoyev hosted a delegation from the UAE led by Sheikh Tahnoun …, where the two sides signed": the sides are the
        // two persons named last in this sentence when a state or a body is named among them.
        if (beforeLast is not null && last is not null && (beforeLast.Label == EntityLabels.Person) != (last.Label == EntityLabels.Person)
            && personBefore is not null && lastPerson is not null && personBefore.Start >= _sentence.Start)
            (third, beforeLast, last) = (null, personBefore, lastPerson);
        // "Pashinyan and Azerbaijani President Ilham Aliyev initialled the text, with US President Donald Trump as host. The
        // two leaders also agreed …": two persons joined as one subject, among the last three named, are the pair.
        if (third is { Label: EntityLabels.Person } && beforeLast is { Label: EntityLabels.Person } && JoinsTwoPersons(third, beforeLast))
            (beforeLast, last) = (third, beforeLast);
        // "hosted a delegation … in Termez, where the two sides discussed": a person and a place are no pair.
        return beforeLast is not null && last is not null && !Same(beforeLast, last) && (beforeLast.Label == EntityLabels.Person) == (last.Label == EntityLabels.Person)
            ? (beforeLast, last) : null;
    }

    /// <summary>The last two persons this sentence joins by "and" (<see cref="JoinsTwoPersons"/>) before character
    /// <paramref name="limit"/>; or null.</summary>
    private (Entity First, Entity Second)? PersonsJoinedBefore(int limit)
    {
        (Entity, Entity)? pair = null;
        Entity? previous = null;
        foreach (var e in _entities)
        {
            if (e.Start < _sentence.Start || e.Label != EntityLabels.Person) continue;
            if (e.End > limit) break;
            if (previous is not null && !Same(previous, e) && JoinsTwoPersons(previous, e)) pair = (previous, e);
            previous = e;
        }
        return pair;
    }

    /// <summary>A place that is a state or a state's capital ("Tashkent" stands for Uzbekistan).</summary>
    private bool StandsForAState(Entity e) =>
        e.Label == EntityLabels.Loc && (_lexicon.IsCountry(e.Canonical) || _lexicon.CountryOfCapital(e.Canonical) is not null);

    /// <summary>The entity an event's argument of <paramref name="role"/> points at, or null.</summary>
    private Entity? Party(Event ev, string role) =>
        ev.Arguments.FirstOrDefault(a => a.Role == role) is { } argument ? _doc.EntityById(argument.Entity) : null;

    /// <summary>The comma that opens the aside the comma at <paramref name="close"/> ends, within sixteen words and one clause; or -1.</summary>
    private int OpeningComma(int close)
    {
        for (int j = close - 1; j >= Math.Max(0, close - 16); j--)
        {
            if (_low[j] == ",") return j;
            if (IsClauseBreak(j) || _low[j] is "(" or ")") return -1;
        }
        return -1;
    }

    /// <summary>The token before the verb at <paramref name="verb"/> and the auxiliaries and adverbs right before it, or -1.</summary>
    private int WordBeforeAuxiliaries(int verb)
    {
        int k = verb - 1;
        while (k >= 0 && IsAuxiliaryOrAdverb(k)) k--;
        return k;
    }

    /// <summary>
    /// "The co-chairs - Yuri Merzlyakov of Russia, Steven Mann of the United States and Bernard Fassier of France - met …",
    /// "The three juntas — Mali, Burkina Faso and Niger — said": names listed between dashes after an unnamed subject's noun,
    /// right before the verb, are the subject; the last of them (none in a phrase of "of"), whom the list's others are
    /// coordinated with, or null.
    /// </summary>
    private Mention? NamedInADashAsideBefore(int verb)
    {
        int close = WordBeforeAuxiliaries(verb);
        if (close < 3 || _low[close] is not ("-" or "—" or "–") || IsJoiningHyphen(close)) return null;
        Mention? last = null;
        for (int i = close - 1; i >= 1 && close - i <= 30; i--)
        {
            if (_low[i] is "-" or "—" or "–")
                return !IsJoiningHyphen(i) && IsLowerCasePlainWord(i - 1) ? last : null;
            if (IsClauseBreak(i) || _isVerbTrigger[i]) return null;
            if (_entityAt[i] is not { } e) continue;
            int first = FirstToken(i, e);
            int before = first >= 1 && _low[first - 1] == "the" ? first - 2 : first - 1;
            if (last is null && ActorLabels.Contains(e.Label) && !(before >= 0 && _low[before] == "of")) last = new Mention(e, first, false, false);
            i = first;
        }
        return null;
    }

    /// <summary>The token of the person whose state a phrase of "of" names at <paramref name="j"/> ("Steven Mann of the United
    /// States": at "States", Mann's last token), else <paramref name="j"/>.</summary>
    private int PersonBeforeItsState(int j)
    {
        if (j < 0 || _entityAt[j] is not { Label: EntityLabels.Loc } home) return j;
        int of = FirstToken(j, home) - 1;
        if (of >= 1 && _low[of] == "the") of--;
        return of >= 1 && _low[of] == "of" && _entityAt[of - 1] is { Label: EntityLabels.Person } ? of - 1 : j;
    }

    /// <summary>The entity ends right before the verb at <paramref name="verb"/>, past auxiliaries and adverbs, or is the subject a
    /// dash aside lists (<see cref="NamedInADashAsideBefore"/>).</summary>
    private bool IsSubjectRightBefore(Entity e, int verb)
    {
        if (NamedInADashAsideBefore(verb) is { } listed) return listed.Entity == e;
        int k = WordBeforeAuxiliaries(verb);
        // ("Turkey and Qatar, which mediated the talks, urged …": past an aside set off before the verb, or a relative pronoun
        // right after its antecedent.)
        if (k >= 1 && _low[k] == "," && AsideBefore(verb) is var (asideStart, _) && asideStart >= 1) k = asideStart - 1;
        else if (k >= 2 && _low[k] is "which" or "who") k = _low[k - 1] == "," ? k - 2 : k - 1;
        // "Egyptian and Qatari mediators met": a nationality before the noun of its people, as Subject reads it.
        if (e.Label == EntityLabels.Norp)
            for (int words = 0; words < 3 && k >= 1 && IsPeoplesNounWord(k); words++) k--;
        // ("Taliban fighters exchanged fire": so is a group before the noun of its members; "Poland and the Baltic states
        // condemned …": and a region before the noun of its states.)
        else if (e.Label is EntityLabels.Org or EntityLabels.Loc && k >= 1 && IsPeoplesNounWord(k)
                 && (PeopleOfABody.Contains(_low[k]) || ActingBodies.Contains(_low[k]) || e.Label == EntityLabels.Loc && _low[k] is "states" or "countries" or "nations"))
            k--;
        return k >= 0 && _entityAt[k] == e;
    }

    /// <summary>"Kihara told a news conference that the two leaders would discuss …": the one reporting, in this sentence,
    /// whose name a reporting verb follows, is no party to what is reported.</summary>
    private bool ReportsThisSentence(Entity e)
    {
        if (e.Start < _sentence.Start) return false;
        int next = LastToken(TokenIndexOf(e.Start), e) + 1;
        return next < _count && ReportingVerbs.Contains(_low[next]) && _low[next] != "according";
    }

    /// <summary>"hosted a delegation in Termez": a place after a preposition of place, in the text before this sentence's
    /// tokens as well, is where something happened, no party.</summary>
    private bool IsWhereNamed(Entity e)
    {
        if (e.Label != EntityLabels.Loc) return false;
        var before = _doc.Text.AsSpan(0, e.Start).TrimEnd();
        int space = before.LastIndexOfAny(' ', '\n');
        var word = before[(space + 1)..];
        foreach (var preposition in LocationPrepositions)
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The word at <paramref name="i"/> is the plural of a title ("officers", "agents", "presidents").</summary>
    private bool IsOfficersPlural(int i) => _low[i] is [.. var singular, 's'] && IsOfficerWord(singular);

    /// <summary>The entity at <paramref name="first"/> follows "(the) people of" ("Leaders of the Economic Community …", "the head
    /// of the IAEA") or "a force or officials in" ("Police in Georgia detained …", "officials in Kabul").</summary>
    private bool ActsThroughItsPeople(int first)
    {
        int of = first - 1;
        // "the government of President Emomali Rahmon": past the person's titles.
        while (of >= 0 && IsTitleWord(of) && _entityAt[of] is null) of--;
        // ("supporters of the ruling Serbian Progressive Party", "activists from the defeated Fatah Party": past a modifier after "the".)
        if (of >= 1 && _low[of - 1] == "the" && IsLowerCasePlainWord(of)) of--;
        if (of >= 0 && _low[of] == "the") of--;
        // "the government of Alexander Lukashenko", "the forces of Ukraine": a body of the one named acts for it too.
        // "units from Kazakhstan and Russia": so do the people "from" a party.
        // "The presidents of Tajikistan and Kyrgyzstan signed …": officers named in the plural likewise.
        // ("Officers from the National Security Service raided …": officers named in the plural, from the body too.)
        return of >= 1 && (_low[of] == "of" && (PeopleOfABody.Contains(_low[of - 1]) || ActingBodies.Contains(_low[of - 1]) || IsOfficerTitle(of - 1) || IsOfficersPlural(of - 1))
                           || _low[of] == "from" && _entityAt[of - 1] is null && (PeopleOfABody.Contains(_low[of - 1]) || IsOfficersPlural(of - 1))
                           // "the Pervomaisky District Court in Bishkek": a body's name is no body of the place after it.
                           // "SDF units in Aleppo", "Russia's forces in Syria": nor is a body another party owns.
                           || _low[of] == "in" && _entityAt[of - 1] is null && (ActingBodies.Contains(_low[of - 1]) || _low[of - 1] is "officials" or "leaders" or "diplomats" or "officers" or "commanders")
                              && !(of >= 2 && (_entityAt[of - 2] is not null || _low[of - 2] is "'s" or "’s")));
    }

    /// <summary>The comma at <paramref name="comma"/> opens or closes a person's name in apposition to a noun ("the Russian
    /// ambassador, Semyon Grigoryev, to protest").</summary>
    private bool IsAppositionComma(int comma)
    {
        if (comma >= 1 && _entityAt[comma - 1] is { } before && FirstToken(comma - 1, before) is var opening and >= 1 && _low[opening - 1] == ","
            && NamesInApposition(before, opening - 1)) return true;
        if (comma + 1 >= _count || _entityAt[comma + 1] is not { } after) return false;
        int closing = LastToken(comma + 1, after) + 1;
        // ("ban Imran Khan's party, Pakistan Tehreek-e-Insaf (PTI), accusing it of …": past the name's acronym in parentheses.)
        if (closing + 2 < _count && IsAcronymInParenthesesEndingAt(closing + 2)) closing += 3;
        return closing < _count && _low[closing] == "," && NamesInApposition(after, comma);
    }

    /// <summary>A verb of charging ("charged", "indicted") within the six words before <paramref name="with"/>, its object
    /// between.</summary>
    private bool ChargedBefore(int with)
    {
        for (int k = with - 1; k >= Math.Max(0, with - 6); k--)
            if (_low[k] is "charged" or "charge" or "charges" or "charging" or "indicted") return true;
        return false;
    }

    /// <summary>A person's name set off by commas is in apposition; so is a body's after a common noun ("accused a Chinese
    /// contractor, China Energy Engineering Corporation, of …"; not a name of a list).</summary>
    private bool NamesInApposition(Entity name, int openingComma) =>
        name.Label == EntityLabels.Person || name.Label == EntityLabels.Org && openingComma >= 1 && IsLowerCasePlainWord(openingComma - 1);

    /// <summary>"stormed the village, opening fire … and setting homes ablaze": the first verb of the chain (up to four
    /// links) whose subject the verb at <paramref name="start"/> shares (<see cref="VerbSharingItsSubject"/>).</summary>
    private int FirstVerbOfItsSubject(int start)
    {
        for (int links = 0; links < 4 && VerbSharingItsSubject(start) is var shared and >= 0 && shared < start; links++) start = shared;
        return start;
    }

    /// <summary>
    /// "X accused Y of … and called on Z", "X phoned Y to express support", "X expelled Y, accusing it of …": a verb
    /// after "and", an infinitive of purpose and a participle after a comma have the subject of the clause's verb before them (an object-control verb's infinitive makes no event,
    /// see <see cref="IsComplementOfTrigger"/>). The position of that verb, or -1.
    /// </summary>
    private int VerbSharingItsSubject(int start)
    {
        int k = start - 1;
        while (k >= 0 && _low[k] != "to" && IsAuxiliaryOrAdverb(k)) k--;
        // "…, and in November signed an alliance treaty": a time after the conjunction, with its preposition, belongs to the verb.
        if (k >= 2 && _entityAt[k] is { Label: EntityLabels.Date } time && FirstToken(k, time) is var at && at >= 2)
        {
            int before = _low[at - 1] is "in" or "on" or "at" or "by" or "during" ? at - 2 : at - 1;
            if (_low[before] is "and" or "but") k = before;
        }
        // "ordered the ambassador to leave, accusing Paris of …", "bombed a base, killing two soldiers": a participle
        // after a comma adds to the clause before it and has that clause's subject.
        // ("of "outrageous blackmail," calling on Europe": the comma may stand inside the closing quotation mark.)
        if (k >= 2 && k == start - 1 && _low[k] is "\"" or "”" && _low[k - 1] == ",") k--;
        bool participle = k >= 1 && _low[k] == "," && k >= start - 2 && _low[start].EndsWith("ing", StringComparison.Ordinal)
                          // ("wrote to External Affairs Minister S. Jaishankar urging him to secure their release": so does one right
                          // after the name of a preposition's object, whom the pronoun after it stands for.)
                          || k == start - 1 && _low[start].EndsWith("ing", StringComparison.Ordinal) && start + 1 < _count && _low[start + 1] is "him" or "her" or "them"
                             && _entityAt[k] is { } addressee && InPrepositionalPhrase(FirstToken(k, addressee));
        // "hosted Xi Jinping in Astana, weeks after receiving Vladimir Putin": a gerund after a conjunction of time has the
        // subject of the clause it follows, whose verb is the nearest before it in the sentence.
        if (k >= 1 && k == start - 1 && TimeConjunctions.Contains(_low[k]) && _low[start].EndsWith("ing", StringComparison.Ordinal))
        {
            // ("Trump said on Thursday after meeting Tokayev": a verb of saying is such a clause's verb too; not that of a reporting
            // clause set off by commas between the two: "Ukrainian forces control …, commander Oleksandr Syrskyi said on Monday, a
            // week after launching the incursion" is the forces' launch.)
            bool commaSince = false;
            for (int i = k - 1; i >= 0; i--)
            {
                if (IsClauseBreak(i) || _low[i] is "that" or "who" or "which" or "(" or ")") return -1;
                if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
                if (commaSince && ReportingVerbs.Contains(_low[i]) && CommaOpeningAReportingClauseBefore(i) is int opening and >= 0)
                {
                    i = opening;
                    continue;
                }
                if (IsClauseVerb(i) || ReportingVerbs.Contains(_low[i])) return i;
                commaSince |= _low[i] == ",";
            }
            return -1;
        }
        // "imposed sanctions on Turkey, banned charter flights and suspended …": a past form after a comma, in a series of
        // past forms that "and" closes, shares the subject of the verb before it.
        // (Not after a participle's aside: "The two leaders, joined by Mirziyoyev, met in Khujand and signed …".)
        // ("Niger junta expels French ambassador, suspends oil exports to Benin": in a headline, a present form after a comma.)
        bool series = k >= 1 && k == start - 1 && _low[k] == "," && (InASeriesOfPastForms(start) || (_headline || _title) && IsPresentVerb(start))
                      && !AfterAnAgentsPhrase(k)
                      // ("The junta, which seized power in a coup, expelled … and ordered …": not the comma closing a relative clause.)
                      && RelativeClauseClosedAt(k) < 0;
        // ("welcomed the releases but urged Tashkent to …": "but" joins two verbs of one subject as "and" does.)
        // ("summoned a Chinese diplomat to protest.": a verb trigger after "to" is an infinitive, though its word is an act's noun too.)
        if (k < 1 || !(_low[k] is "and" or "but" || participle || series || _low[k] == "to" && (IsInfinitive(start) || _isVerbTrigger[start]))) return -1;
        if (_low[k] == "to")
        {
            // "would continue to buy Russian equipment and to take part in CSTO exercises": an infinitive after "and to" shares
            // the subject of the infinitive before it.
            if (k >= 2 && _low[k - 1] is "and" or "or")
                for (int j = k - 2; j >= 0 && k - j <= 10 && !IsClauseBreak(j) && _low[j] != ","; j--)
                    if (_low[j] == "to" && j + 1 < k - 1 && (IsInfinitive(j + 1) || _isVerbTrigger[j + 1])) return j + 1;
            // "accused the bloc of failing to defend Armenia": an infinitive right after a gerund of "of" is that gerund's
            // complement, with the gerund's subject (the accused).
            if (k >= 2 && _low[k - 2] is "of" or "for" && IsGerund(k - 1)) return k - 1;
            // "rejects German call to boycott British lamb": the infinitive of a noun of intent is that noun's owner's act.
            if (IntentNouns.Contains(_low[k - 1])) return -1;
            // "said the plot aimed to seize power": right after a verb of its own the infinitive has that verb's subject.
            if (k >= 2 && _entityAt[k - 1] is null && IsPastForm(k - 1) && FramingVerbs.Contains(_lexicon.VerbLemma(_low[k - 1]) ?? "")) return k - 1;
            // The infinitive follows the verb's object, right after that verb ("Moscow was likely to protest": no object);
            // the object may have a name in apposition ("summoned the Russian ambassador, Semyon Grigoryev, to protest") and a
            // possessor ("summoned Russia's ambassador, Mikhail Yevdokimov, to protest"), and a time may follow it ("summoned
            // Azerbaijan's ambassador, Ali Alizada, on Sunday to protest").
            int i = k - 1;
            for (int words = 0; i >= 0 && words < 8 && !(i < k - 1 && IsClauseVerb(i)) && (_entityAt[i] is not null || IsPlainWord(i) && !Auxiliaries.Contains(_low[i])
                                                         || _low[i] == "," && IsAppositionComma(i) || _low[i] is "'s" or "’s"
                                                         || _low[i] is "on" or "in" or "at" && _entityAt[i + 1] is { Label: EntityLabels.Date }); words++)
                i = _entityAt[i] is { } e ? FirstToken(i, e) - 1 : i - 1;
            // "expected Kazakhstan to honor its commitments", "urged Russia to withdraw": a verb that controls its object leaves
            // the infinitive to that object.
            return i >= 0 && i < k - 1 && IsClauseVerb(i) && !(LemmaOf(i) is { } controller && (ObjectControlVerbs.Contains(controller) || controller == "expect")) ? i : -1;
        }
        // "Putin told Aliyev that Russian air defenses had fired at the aircraft as it approached Grozny and promised that …",
        // "told Coale that Minsk was ready for a deal … and asked him to …": a verb of speech after "and" joins the verb that
        // reported the clause before it, however many verbs that clause holds ("officials warned that Baku's actions would
        // damage relations and called on …": so does one after a speech verb's "that").
        // ("said Manila had broken its promise and urged Washington to stop": so does one after a verb of saying whose clause
        // opens with a name, without "that".)
        if (_low[k] is "and" or "but" && !participle && IsPastForm(start) && SpeechVerbs.Contains(LemmaOf(start) ?? _low[start]))
            for (int i = k - 1; i >= 1; i--)
            {
                if (IsClauseBreak(i) || _low[i] is "(" or ")") break;
                // ("said the seizure violated international law and called on Tehran to release the ship": or with a thing's noun,
                // which calls on no one; not people or a body, who might: "said the protesters had … and demanded".)
                if (StatementVerbs.Contains(_low[i]) && i + 1 < k && (_entityAt[i + 1] is not null && !IsToldListener(i + 1)
                                                                       || i + 2 < k && _low[i + 1] == "the" && _entityAt[i + 2] is null
                                                                          && char.IsLower(_doc.Text[_doc.Tokens[_first + i + 2].Start]) && !IsSpeakingNoun(i + 2))) return i;
                if (_low[i] == "that" && VerbReportingThat(i) is int reporter and >= 0) return reporter;
            }
        bool commaAnd = _low[k] is "and" or "but" && _low[k - 1] == ",";
        if (commaAnd) k--;
        // "visited the Kant air base, which hosts Russian aircraft, and urged …": a relative clause closed by the comma before
        // "and" is no clause of the verb it joins.
        if (commaAnd && RelativeClauseClosedAt(k) is int relativeOpening and >= 0) k = relativeOpening;
        // "joined the ICC in February, a step Moscow called "unfriendly", and held …": so is a description set off before ", and"
        // whose noun a clause without "that" describes.
        if (commaAnd && DescriptionClosedAt(k) is int description and >= 0) k = description;
        for (int i = k - 1; i >= 0; i--)
        {
            // "stormed the village, opening fire on residents and setting homes ablaze": a second participle after "and"
            // shares the first one's subject, which is the clause's.
            if (_low[i] == "," && !participle && i + 1 < k && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) && _entityAt[i + 1] is null)
                return VerbSharingItsSubject(i + 1);
            // (and so does the past form that ends such a series: "…, banned charter flights and suspended …")
            if (_low[i] == "," && !participle && !series && i + 1 < k && InASeriesOfPastForms(i + 1)) return i + 1;
            // "warned that "alternative routes cannot replace …" and urged Astana": a quotation (and the "that" before it)
            // is the first verb's object, passed over to that verb.
            if (_low[i] is "\"" or "”" && OpeningQuote(i) is var open and > 0)
            {
                i = _low[open - 1] == "that" ? open - 1 : open;
                continue;
            }
            // "left the Economic Community of West African States (ECOWAS) in January and formed …": an acronym in
            // parentheses right after a name is part of the object.
            if (_low[i] == ")" && i >= 3 && _low[i - 2] == "(" && _entityAt[i - 1] is not null && _entityAt[i - 3] is not null) { i -= 2; continue; }
            // "has sanctioned Bidzina Ivanishvili, the billionaire founder of Georgian Dream, accusing him of …": past a
            // description set off after the verb's object.
            if (participle && _low[i] == "," && i > 0 && _entityAt[i - 1] is not null && i + 1 < k && Determiners.Contains(_low[i + 1])) continue;
            // ("imposed sanctions on 25 Belarusian officials, including the interior minister, accusing them of …": and past a
            // phrase of "including" set off after it.)
            if (participle && _low[i] == "," && i + 1 < k && _low[i + 1] == "including" && !Enumerable.Range(i + 2, k - i - 2).Any(IsClauseVerb)) continue;
            // "visited Tajikistan in March 2018, the first visit by an Uzbek leader in two decades, and signed …": so is a
            // verbless description set off before ", and".
            if (commaAnd && _low[i] == "," && i + 1 < k && _low[i + 1] is "the" or "a" or "an"
                && !Enumerable.Range(i + 1, k - i - 1).Any(g => IsClauseVerb(g) || _low[g] is "who" or "which" or "that")) continue;
            // "told the parliament that Minsk would not surrender its property and threatened to charge Russia": a past form
            // after "and" does not join a modal's verb; it joins the reporting verb before that clause.
            // ("warned that it would respond, and expelled two diplomats": nor past a verb of speech and its "that".)
            if (!participle && Modals.Contains(_low[i]) && IsPastForm(start) && VerbReportingTheClauseOf(i) is int teller and >= 0) return teller;
            // "summoned Azerbaijan's ambassador, Javanshir Akhundov, to protest … and accused Azerbaijan": past a name in apposition.
            if (_low[i] == "," && IsAppositionComma(i)) continue;
            // "bombed facilities at Fordow, Natanz and Isfahan on Saturday, joining …": past a comma between listed names.
            if (_low[i] == "," && i > 0 && i + 1 < k && _entityAt[i - 1] is not null && _entityAt[i + 1] is not null) continue;
            // "urged the authorities to reverse the decision and release Moussa Mara": a base form after "and" joins the
            // infinitive before it.
            if (!participle && _low[i] == "to" && i + 1 < k && IsInfinitive(i + 1) && _lexicon.VerbLemma(_low[start]) == _low[start]) return i + 1;
            // "said that his government would not put the question on the agenda, accusing Brussels of blackmail": a participle
            // of speech after a reported clause with no verb of its own found is the speaker's.
            if (participle && _low[i] == "that" && SpeechVerbs.Contains(LemmaOf(start) ?? "") && VerbReportingThat(i) is int speaker and >= 0) return speaker;
            if (IsClauseBreak(i) || _low[i] is "that" or "who" or "which" or "," or "(" or ")") return -1;
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            // "PAS won a majority, the commission said on Monday, defying …": a participle after a reporting clause adds to
            // the clause reported, not to the speaker's; one of speech is the speaker's ("…, Pashinyan told the National
            // Assembly on February 28, accusing the bloc of …").
            if (participle && ReportingVerbs.Contains(_low[i])) return SpeechVerbs.Contains(LemmaOf(start) ?? "") ? i : -1;
            // "accused Eritrea of preparing for war and supporting rebels": a gerund after "and" shares the subject of the
            // gerund after "of" before it, the accused's.
            // ("accused Chinese vessels of ramming a supply boat, injuring several sailors": so does a participle of harm done after
            // a comma, the charged act's toll.)
            if ((!participle || HarmDoneParticiples.Contains(_low[start])) && i > 0 && _low[i - 1] == "of" && _low[i].EndsWith("ing", StringComparison.Ordinal)
                && _low[start].EndsWith("ing", StringComparison.Ordinal) && _entityAt[i] is null) return i;
            // "accused Uzbekistan of trying to strangle its economy and appealed to the UN": a past form after "and" joins a
            // finite verb, past the infinitives and gerunds of the object.
            if (!participle && IsPastForm(start) && IsClauseVerb(i) && (i > 0 && _low[i - 1] == "to" || _low[i].EndsWith("ing", StringComparison.Ordinal))) continue;
            // "suspended the deal after a landmine wounded Thai soldiers, accusing Cambodia …": a participle adds to the main
            // clause, past a subordinate clause's verb.
            // (Not one of harm done, the result of the act right before it: "since gunmen attacked the concert hall, killing 145
            // people", "after Chinese ships fired water cannons at a vessel, injuring three crew members".)
            // ("threatened military intervention if Bazoum is not reinstated, and cut off electricity": so does a verb after ", and".)
            if ((participle && !HarmDoneParticiples.Contains(_low[start]) || commaAnd) && IsClauseVerb(i) && SubordinateOpening(i) is int opening and >= 0) { i = opening; continue; }
            // ("rejected an Indian proposal for signing a free trade agreement, urging …": a gerund after a preposition is a
            // noun's complement, no clause's verb.)
            if (participle && i > 0 && Prepositions.Contains(_low[i - 1]) && _low[i].EndsWith("ing", StringComparison.Ordinal) && IsClauseVerb(i)) continue;
            // The participle's clause verb is the finite one, not an infinitive of its object ("ordered X to leave, accusing").
            // (A modal's verb is passed over to the modal, above.)
            // "demanded that Catholicos Karekin II resign, accusing him of …": a participle adds to the verb of demand, not to
            // the demanded act in its base form.
            if (participle && IsClauseVerb(i) && DemandOfTheBaseForm(i) is int demand and >= 0) return demand;
            // "to protest what it called the presence of … and accused Baku": a clause of "what" is the object's, past it.
            if (IsClauseVerb(i) && WhatOpeningTheClauseOf(i) is var what and >= 0) { i = what; continue; }
            // "Beijing regards Taiwan as its own territory and has repeatedly demanded …": a verb in the present right after a
            // name that is no people's is the first verb (not "Russian forces", "Kyiv talks").
            if (!participle && i >= 1 && IsPresentVerb(i) && _entityAt[i - 1] is { Label: not EntityLabels.Norp } && NominalTriggers.CodeOf(_low[i]) is null
                && !ActingBodies.Contains(_low[i]) && !PeopleOfABody.Contains(_low[i])) return i;
            if (IsClauseVerb(i) && !(participle && i > 0 && _low[i - 1] == "to") && !(IsPastForm(start) && AfterAModal(i)))
                // "al-Maliki said the strikes had destroyed depots, and accused Tehran of …": after ", and" the verb joins the
                // reporting verb whose reported clause holds the one found.
                return commaAnd && ReportingVerbBefore(i) is int reporting and >= 0 ? reporting : i;
        }
        return -1;
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "would", "will", "could", "can", "should", "must", "may", "might" };

    private static readonly HashSet<string> DemandVerbs = new(StringComparer.Ordinal)
        { "demand", "insist", "urge", "ask", "request", "propose", "suggest", "recommend", "order", "require" };

    /// <summary>The verb of demand whose "that" opens the clause of the base form at <paramref name="verb"/> ("demanded that
    /// Karekin II resign"), or -1.</summary>
    private int DemandOfTheBaseForm(int verb)
    {
        if (_lexicon.VerbLemma(_low[verb]) != _low[verb]) return -1;
        for (int k = verb - 1, words = 0; k >= 1 && words < 8; k--, words++)
        {
            if (_entityAt[k] is { } e) { k = FirstToken(k, e); continue; }
            if (_low[k] == "that") return _lexicon.VerbLemma(_low[k - 1]) is { } lemma && DemandVerbs.Contains(lemma) ? k - 1 : -1;
            if (!IsPlainWord(k)) return -1;
        }
        return -1;
    }

    /// <summary>A noun of people or of a body, who may speak ("protesters", "government", "ministry").</summary>
    private bool IsSpeakingNoun(int i) =>
        PeopleActedOn.Contains(_low[i]) || ActingBodies.Contains(_low[i]) || PeopleOfABody.Contains(_low[i]) || StateBodies.Contains(_low[i])
        || Relations.TitleLexicon.KindOf(_low[i]) is not Relations.TitleKind.None;

    /// <summary>Verbs of speaking to or about someone, whose subject after "and" is a reported clause's speaker.</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
        { "warn", "urge", "accuse", "threaten", "call", "demand", "insist", "add", "say", "criticize", "criticise", "condemn", "praise", "blame", "deny",
          "ask", "promise", "pledge", "vow" };

    /// <summary>The conjunction ("after", "when", "because" …) that opens the subordinate clause whose verb is at
    /// <paramref name="verb"/>, with no other verb, comma or clause break between; or -1.</summary>
    private int SubordinateOpening(int verb)
    {
        for (int j = verb - 1; j >= 0 && verb - j <= 8; j--)
        {
            // ("has once again rejected": "once" before "again" or "more" is an adverb, no conjunction.)
            if (_low[j] is "after" or "before" or "when" or "while" or "because" or "since" or "until" or "as" or "if" or "unless"
                || _low[j] == "once" && !(j + 1 < verb && _low[j + 1] is "again" or "more")) return j;
            if (_low[j] == "," || IsClauseBreak(j) || IsClauseVerb(j)) return -1;
            if (_entityAt[j] is { } e) j = FirstToken(j, e);
        }
        return -1;
    }

    /// <summary>The verb whose clause the "that" at <paramref name="that"/> opens: a reporting verb before it in its clause, or
    /// a verb of speech in a past form right before it ("warned that …"); or -1.</summary>
    private int VerbReportingThat(int that) =>
        ReportingVerbBefore(that) is int reporter and >= 0 ? reporter : SpeechVerbRightBefore(that);

    /// <summary>A verb of speech in a past form right before the "that" at <paramref name="that"/> ("warned that …"), or -1.</summary>
    private int SpeechVerbRightBefore(int that) =>
        _entityAt[that - 1] is null && IsPastForm(that - 1) && SpeechVerbs.Contains(LemmaOf(that - 1) ?? "") ? that - 1 : -1;

    /// <summary>The verb that reports the clause of token <paramref name="i"/>: a reporting verb before it in its clause, or a
    /// verb of speech right before the "that" opening the clause, with no comma or clause break between; or -1. (A reporting
    /// verb before that "that" is one <see cref="ReportingVerbBefore"/> has already met.)</summary>
    private int VerbReportingTheClauseOf(int i)
    {
        if (ReportingVerbBefore(i) is int reporter and >= 0) return reporter;
        for (int j = i - 1; j >= 1; j--)
        {
            if (_low[j] == "that") return SpeechVerbRightBefore(j);
            if (IsClauseBreak(j) || _low[j] is "," or "(" or ")" or "who" or "which") return -1;
        }
        return -1;
    }

    /// <summary>A modal stands before the verb at <paramref name="verb"/>, perhaps past a negation ("would not surrender").</summary>
    private bool AfterAModal(int verb) =>
        verb >= 1 && Modals.Contains(_low[verb - 1]) || verb >= 2 && _low[verb - 1] is "not" or "n't" or "never" && Modals.Contains(_low[verb - 2]);

    /// <summary>The reporting verb ("said", "told") whose reported clause holds token <paramref name="verb"/>, or -1: the
    /// nearest one before it in the same clause.</summary>
    private int ReportingVerbBefore(int verb)
    {
        for (int i = verb - 1; i >= 0; i--)
        {
            if (IsClauseBreak(i) || _low[i] is "," or "(" or ")" or "who" or "which") return -1;
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            if (ReportingVerbs.Contains(_low[i]) && _low[i] != "according") return i;
        }
        return -1;
    }

    /// <summary>A verb trigger, a dictionary verb in a past form that is not read as a noun ("saw"), or a participle after "was".</summary>
    private bool IsClauseVerb(int i) =>
        _isVerbTrigger[i] || _entityAt[i] is null && (_lexicon.VerbLemma(_low[i]) is not null || IrregularPastForms.Contains(_low[i])) && IsPastForm(i) && !IsNounContext(i)
        // "was beaten": a participle the lexicon lacks after its auxiliary.
        || i >= 1 && BeForms.Contains(_low[i - 1]) && _low[i].EndsWith("en", StringComparison.Ordinal) && IsLowerCasePlainWord(i);

    /// <summary>The entity stands inside a quotation of the sentence that does not hold the trigger's token; or, with
    /// <paramref name="eitherWay"/>, the trigger stands inside one that does not hold the entity ("Moscow simply cannot supply
    /// what it promised," said Marat Shibutov: the speaker is no party to the act quoted).</summary>
    private bool QuotedApart(Entity e, int trigger, bool eitherWay = false)
    {
        int token = TokenIndexOf(e.Start);
        if (token < 0) return false;
        int open = -1;
        for (int i = 0; i < _count; i++)
        {
            if (open < 0 ? IsOpeningQuote(i) : _low[i] is "\"" or "”")
            {
                if (open < 0) { open = i; continue; }
                // (A word or two in quotation marks is the writer's distance from them, no one's speech: "had "expelled" the ships".)
                bool holdsEntity = open < token && token < i, holdsTrigger = open < trigger && trigger < i && i - open > 5;
                if (holdsEntity || eitherWay && holdsTrigger) return holdsEntity != holdsTrigger;
                open = -1;
            }
        }
        return false;
    }

    /// <summary>“, or a " with an even number of " before it in the sentence.</summary>
    private bool IsOpeningQuote(int i)
    {
        if (_low[i] == "“") return true;
        if (_low[i] != "\"") return false;
        int before = 0;
        for (int k = 0; k < i; k++) if (_low[k] == "\"") before++;
        return before % 2 == 0;
    }

    /// <summary>The quotation mark that the one at <paramref name="close"/> closes within the sentence (“ for ”, " for "), or -1.</summary>
    private int OpeningQuote(int close)
    {
        string opening = _low[close] == "”" ? "“" : "\"";
        for (int i = close - 1; i >= 0; i--)
            if (_low[i] == opening) return i;
        return -1;
    }

    /// <summary>The "(" that the ")" at <paramref name="close"/> closes within the sentence, or -1.</summary>
    private int OpeningParenthesis(int close)
    {
        for (int i = close - 1; i >= 0; i--)
        {
            if (_low[i] == "(") return i;
            if (_low[i] == ")") return -1;
        }
        return -1;
    }

    /// <summary>
    /// "Kazakhstan and Kyrgyzstan, both CSTO members, have supported …": a short aside without a verb, or a relative
    /// clause, between commas, right after a name and right before the verb (auxiliaries aside), describes the
    /// subject; the search passes over it. The positions of its two commas, or (-1, -1).
    /// </summary>
    private (int Start, int End) AsideBefore(int verb)
    {
        int end = verb - 1;
        while (end >= 0 && IsAuxiliaryOrAdverb(end)) end--;
        // "Kokoity, the de facto president of South Ossetia, in turn accused Georgia": an adverbial "in turn" after the aside.
        if (end >= 1 && _low[end - 1] == "in" && _low[end] is "turn" or "response" or "return") end -= 2;
        if (end < 3 || _low[end] != ",") return (-1, -1);
        // "Tajik opposition figures in exile, however, accused Rahmon": a connective adverb between commas is an aside.
        if (_low[end - 2] == "," && _low[end - 1] is "however" or "meanwhile" or "moreover" or "nonetheless" or "nevertheless" or "though" or "too" or "instead")
            return (end - 2, end);
        // "Tashiev, who had led the GKNB since 2020 and was widely seen as the second most powerful figure, returned …": a
        // relative clause may run long and hold "and".
        for (int j = end - 1; j >= Math.Max(1, end - 30); j--)
        {
            if (_low[j] == ",")
            {
                if (j < end - 1 && _low[j + 1] is "who" or "which") return (j, end);
                break;
            }
            if (IsClauseBreak(j) || _low[j] is "(" or ")") break;
        }
        // "The Organization of American States and neighboring governments, including Brazil and Argentina, also condemned
        // it": names listed after "including" are examples set off from any noun.
        int listed = end - 1;
        while (listed >= 2)
        {
            if (_entityAt[listed] is { } name) listed = FirstToken(listed, name) - 1;
            else if (_low[listed] is "," or "and" or "the") listed--;
            else break;
        }
        if (listed < end - 1 && listed >= 1 && _low[listed] == "including" && _low[listed - 1] == ",") return (listed - 1, end);
        bool verbless = true, relativeOfTheNoun = false;
        int joined = -1;  // an "and" joining two descriptions inside the aside
        int reach = 12;  // tokens an aside without a verb may span, past any acronym in parentheses
        for (int j = end - 1; j >= Math.Max(1, end - 16); j--)
        {
            // "Robert Fico, who visited Putin in Moscow last month, threatened …": a relative clause is an aside too.
            // A relative clause is one whether or not its antecedent was tagged ("The Houthis, who control … Sanaa, have
            // fired …": Sanaa is no subject).
            // "Putin, visiting Beijing, signed …": so is a participle's phrase after a name.
            // "The Collective Security Treaty Organization (CSTO), a Moscow-led military alliance, has offered": a name's
            // acronym in parentheses may close it.
            // Not a person's name after a noun's posting, which names the noun ("The U.S. ambassador in Bishkek, Stephen Young, met").
            // ("Ruben Vardanyan, a Russian-Armenian billionaire who was the region's state minister, was detained …": a noun's own
            // relative clause inside an aside opened by an article; "The lawsuit, filed in February 2022 in a state court in
            // Harrison County, alleged …": a past participle's phrase after a noun opening the sentence.)
            if (_low[j] == ",")
                return j < end - 1 && (joined < 0 || Determiners.Contains(_low[j + 1]) && verbless && !NamesBetween(j + 1, end))
                       && (NameEndsAt(j - 1) && (verbless || IsParticiplePhraseOpener(j + 1)) && (!relativeOfTheNoun || Determiners.Contains(_low[j + 1]))
                                       || j == 2 && _low[0] == "the" && IsLowerCasePlainWord(1) && IsParticiplePhraseOpener(j + 1) && _low[j + 1].EndsWith("ed", StringComparison.Ordinal)
                                       || _low[j + 1] is "who" or "which")
                       && !(_entityAt[j + 1] is { } named && LastToken(j + 1, named) == end - 1 && NamesAPostedNoun(named, j + 1)) ? (j, end) : (-1, -1);
            if (_low[j] is "who" or "which" && j >= 1 && IsLowerCasePlainWord(j - 1) && !relativeOfTheNoun)
            {
                (verbless, relativeOfTheNoun) = (true, true);
                continue;
            }
            // "Evo Morales, Arce's rival within the ruling Movement for Socialism (MAS), condemned …": a name's acronym in
            // parentheses inside the aside.
            if (IsAcronymInParenthesesEndingAt(j))
            {
                j -= 2;
                reach += 3;
                continue;
            }
            // ("Bolot Temirov, the outlet's founder and Tazhibek kyzy's husband, was expelled": "and" may join two descriptions
            // opened by an article or a possessor, not two names of a list.)
            if (_low[j] == "and" && joined < 0 && j + 2 < end && (Determiners.Contains(_low[j + 1]) || _entityAt[j + 1] is { } owner && LastToken(j + 1, owner) + 1 is var mark
                                                                 && mark < end && _low[mark] is "'s" or "’s"))
            {
                joined = j;
                continue;
            }
            if (IsClauseBreak(j) || _low[j] is "that" or "and" or "(" or ")") return (-1, -1);
            // "Mazloum Abdi, the commander of the U.S.-backed Syrian Democratic Forces, met …": a participle hyphenated to
            // the word before it describes a noun, it is no verb; so does one after "the" ("the ruling party").
            // ("ACWA Power, the Saudi utility controlled by the kingdom's Public Investment Fund, signed …": so does a participle
            // and its agent after a noun.)
            bool describing = _low[j].EndsWith("ed", StringComparison.Ordinal) && j + 1 < end && _low[j + 1] == "by" && j >= 1 && IsLowerCasePlainWord(j - 1);
            verbless &= j >= end - reach && (!_isVerbTrigger[j] || describing) && _low[j] is not ("who" or "which")
                        && !(_entityAt[j] is null && (_low[j].EndsWith("ed", StringComparison.Ordinal) || _low[j].EndsWith("ing", StringComparison.Ordinal))
                             && !IsJoiningHyphen(j - 1) && !(_low[j - 1] == "the" && _low[j].EndsWith("ing", StringComparison.Ordinal)) && !describing);
        }
        return (-1, -1);
    }

    /// <summary>A name other than a possessor ("the outlet's founder and Tazhibek kyzy's husband" holds none) in [from, to).</summary>
    private bool NamesBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_entityAt[k] is { } e)
            {
                k = LastToken(k, e);
                if (!(k + 1 < to && _low[k + 1] is "'s" or "’s")) return true;
            }
        return false;
    }

    /// <summary>A name ends at token <paramref name="i"/>, or an acronym in parentheses after one does ("… Organization (CSTO)").</summary>
    private bool NameEndsAt(int i) => i >= 0 && (_entityAt[i] is not null || IsAcronymInParenthesesEndingAt(i) && _entityAt[i - 3] is not null);

    /// <summary>Token <paramref name="i"/> closes a name in parentheses right after another name ("(CSTO)").</summary>
    private bool IsAcronymInParenthesesEndingAt(int i) =>
        i >= 3 && _low[i] == ")" && _entityAt[i - 1] is not null && _low[i - 2] == "(" && _entityAt[i - 3] is not null;

    /// <summary>The comma that opens a relative clause (", who …", ", which …", ", where …"), or a noun in apposition with a
    /// relative clause of its own (", a group that tracks abuses in the war,"), closed by the comma at <paramref name="comma"/>;
    /// or -1.</summary>
    private int RelativeClauseClosedAt(int comma)
    {
        for (int j = comma - 1; j >= Math.Max(1, comma - 16); j--)
        {
            if (_low[j] == "," && !IsListComma(j))
                return j < comma - 2 && (_low[j + 1] is "who" or "which" or "whom" or "where" || OpensANounsRelativeClause(j + 1, comma)) ? j : -1;
            if (IsClauseBreak(j) || _low[j] is "(" or ")") return -1;
        }
        return -1;
    }

    /// <summary>The words from <paramref name="from"/> to the verb at <paramref name="verb"/> are a lower-case noun and its
    /// modifiers, no pronoun, article or verb, then auxiliaries and adverbs ("gangs", "armed gangs had").</summary>
    private bool UnnamedSubjectBefore(int from, int verb)
    {
        int k = from;
        // ("as tens of thousands of people rallied": past "of".)
        for (; k < verb && (IsLowerCasePlainWord(k) || _low[k] == "of" && k > from) && !SubjectPronouns.Contains(_low[k]) && !Determiners.Contains(_low[k])
               && _low[k] != "well" && LemmaOf(k) is null && !IsPastForm(k) && !Auxiliaries.Contains(_low[k]); k++) { }
        if (k == from) return false;
        for (; k < verb && IsAuxiliaryOrAdverb(k); k++) { }
        return k == verb;
    }

    /// <summary>"accused the United States (on Saturday) of killing …": the name ending at <paramref name="last"/> is followed, past
    /// a date, by "of" and a gerund before <paramref name="limit"/>: the act charged is its own.</summary>
    private bool ChargedAfter(int last, int limit)
    {
        int k = last + 1;
        if (k + 1 < limit && _low[k] is "on" or "in" && _entityAt[k + 1] is { Label: EntityLabels.Date } date) k = LastToken(k + 1, date) + 1;
        return k + 1 < limit && _low[k] == "of" && IsGerund(k + 1);
    }

    /// <summary>An article, one to three lower-case words and a relative pronoun ("a group that", "the agency which") open the
    /// stretch from <paramref name="k"/> to <paramref name="comma"/>.</summary>
    private bool OpensANounsRelativeClause(int k, int comma)
    {
        if (_low[k] is not ("a" or "an" or "the")) return false;
        for (int j = k + 1; j < comma - 1 && j <= k + 4; j++)
        {
            if (_low[j] is "that" or "who" or "which") return j > k + 1;
            if (!IsLowerCasePlainWord(j)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Papikyan visited Paris and signed …": a name right after a verb and followed by "and" and another verb (the
    /// trigger or one that leads to it) is the first verb's object; the coordinated verbs share the subject before it.
    /// </summary>
    private bool IsObjectOfAnEarlierVerb(int first, int last, int trigger)
    {
        // "summoned Russian Ambassador Mikhail Evdokimov and handed him …": past the name's title and nationality.
        while (first >= 2 && (IsTitleWord(first - 1) && _entityAt[first - 1] is null || _entityAt[first - 1] is { Label: EntityLabels.Norp }))
            first = _entityAt[first - 1] is { } people ? FirstToken(first - 1, people) : first - 1;
        // ("sealed off Islamabad and arrested": past the verb's particle, a verb the dictionary may not list, in the past
        // and after no determiner.)
        if (first >= 2 && _low[first - 1] is "off" or "up" or "out" or "down" or "back" && IsVerbOfAnObject(first - 2)) first--;
        if (first == 0 || Auxiliaries.Contains(_low[first - 1]) || !IsVerbOfAnObject(first - 1)) return false;
        int k = last + 1;
        // (So is a nationality before them: past its title and the person's name.)
        while (k < trigger && (IsTitleWord(k) && _entityAt[k] is null || _entityAt[k] is { Label: EntityLabels.Person }))
            k = _entityAt[k] is { } named ? LastToken(k, named) + 1 : k + 1;
        // "visited Shusha in June 2021 and signed": a short phrase of time or place may follow the object.
        // ("sealed off Islamabad with shipping containers on Sunday and arrested": and a phrase of "with" and lower-case nouns.)
        for (int skipped = 0; k < trigger && skipped < 6 && _low[k] != "and"; skipped++)
        {
            if (_low[k] == "with")
                for (int words = 0; words < 4 && k + 1 < trigger && IsLowerCasePlainWord(k + 1) && _low[k + 1] is not ("and" or "on" or "in" or "at"); words++) k++;
            else if (!IsTimeOrPlaceWord(k)) break;
            k++;
        }
        if (k >= trigger || _low[k] != "and") return false;
        for (k++; k < trigger && IsAuxiliaryOrAdverb(k); k++) { }
        return k == trigger || _entityAt[k] is null && (_lexicon.VerbLemma(_low[k]) is not null || IsPastForm(k));
    }

    /// <summary>A verb that may take an object: one the dictionary lists, or a lower-case past form after no determiner
    /// ("sealed", not "the disputed").</summary>
    private bool IsVerbOfAnObject(int i) =>
        _lexicon.VerbLemma(_low[i]) is not null || IsLowerCasePlainWord(i) && IsPastForm(i) && !(i >= 1 && Determiners.Contains(_low[i - 1]));

    /// <summary>"urged them to use Russian assets to fund a loan": a name opening the object of a verb that controls no
    /// infinitive, before its noun and the infinitive at <paramref name="trigger"/>, is no subject of the infinitive, whose
    /// "to" says what for ("urged Russian officials to leave" is the officials' act).</summary>
    private bool IsObjectBeforePurpose(int first, int last, int trigger)
    {
        // "to visit Moscow and Kyiv next month to discuss": any name of a list of objects.
        while (first >= 2 && _low[first - 1] is "and" or "," && _entityAt[first - 2] is { } before) first = FirstToken(first - 2, before);
        last = AfterNamesJoined(last) - 1;
        int verb = first - 1;
        if (verb >= 0 && Determiners.Contains(_low[verb])) verb--;
        // (The verb may be an act of its own, "visit Moscow next month to discuss", though not before a noun of the name's:
        // "rejects German call to boycott" is a call of Germany's.)
        bool act = verb >= 0 && _isVerbTrigger[verb];
        if (verb < 0 || _entityAt[verb] is not null || !(IsLowerCasePlainWord(verb) || act) || Auxiliaries.Contains(_low[verb])
            || _lexicon.VerbLemma(_low[verb]) is not { } lemma || ObjectControlVerbs.Contains(lemma) || trigger < 1 || _low[trigger - 1] != "to") return false;
        // Only the name's noun or a time between ("gives Chisinau a mandate to continue", "said Kyrgyzstan would continue to" are the name's acts).
        for (int k = last + 1; k < trigger - 1; k++)
        {
            if (_entityAt[k] is { Label: EntityLabels.Date } time) { k = LastToken(k, time); continue; }
            if (act || !IsLowerCasePlainWord(k) || Determiners.Contains(_low[k]) || Auxiliaries.Contains(_low[k])) return false;
        }
        // "visited Tehran and Moscow to discuss energy cooperation": right after the object of a verb of meeting, too (one
        // meets or visits a party to do something oneself).
        return last + 1 < trigger - 1 || act && lemma is "visit" or "meet" or "host" or "receive" or "phone" or "call" or "welcome" or "tour";
    }

    /// <summary>The comma opening a description that the comma at <paramref name="comma"/> closes, whose noun a clause without
    /// "that" describes ("…, a step Moscow called "unfriendly","): an article, up to three lower-case words, a name and its
    /// verb, within twelve tokens; or -1.</summary>
    private int DescriptionClosedAt(int comma)
    {
        for (int open = comma - 1; open >= 0 && comma - open <= 12 && !IsClauseBreak(open); open--)
        {
            if (_low[open] != ",") continue;
            int k = open + 2;
            if (k >= comma || _low[open + 1] is not ("the" or "a" or "an")) return -1;
            for (int words = 0; k < comma && words < 3 && _entityAt[k] is null && IsLowerCasePlainWord(k) && !IsClauseVerb(k); words++) k++;
            if (k == open + 2 || k >= comma || _entityAt[k] is not { } named || !ActorLabels.Contains(named.Label)) return -1;
            int verb = LastToken(k, named) + 1;
            return verb < comma && IsClauseVerb(verb) ? open : -1;
        }
        return -1;
    }

    /// <summary>"Lukashenko told state news agency BelTA during a visit to …": the one told, past up to three lower-case
    /// words that say what it is, is no subject.</summary>
    private bool IsToldListener(int first)
    {
        int k = first - 1;
        // Not past a clause's opening ("told reporters that Tokyo had lodged a protest": Tokyo acts).
        for (int words = 0; k >= 0 && words < 3 && IsLowerCasePlainWord(k) && _low[k] is not ("told" or "tells" or "telling")
                            && _low[k] is not ("that" or "which" or "who" or "what" or "how" or "when" or "where" or "whether" or "if"); words++) k--;
        return k >= 0 && _low[k] is "told" or "tells" or "telling";
    }

    /// <summary>Verbs of saying whose clause of "that" may state what another party must do.</summary>
    private static readonly HashSet<string> StatementVerbs = new(StringComparer.Ordinal)
        { "said", "says", "say", "declared", "declares", "reiterated", "reiterates", "stressed", "stresses", "concluded", "announced", "insisted", "told" };

    /// <summary>
    /// After a verb of saying, past a date, "on" and "that", a party's name is followed by "must" or "should": what the
    /// party is told it must do ("said that the US must be ready to mediate", "declared Tuesday that China must drop barriers").
    /// </summary>
    private bool DemandedOf(int from)
    {
        int k = from;
        for (int words = 0; k < _count && words < 5; words++)
        {
            if (_entityAt[k] is { Label: EntityLabels.Date } date) k = LastToken(k, date) + 1;
            else if (_low[k] is "on" or "that" or "here" or "again" or "also") k++;
            else break;
        }
        if (k >= _count || _entityAt[k] is not { } party || !ActorLabels.Contains(party.Label) || party.Label == EntityLabels.Norp) return false;
        // "that the US and other developed nations must", "that US and British forces must": a party joined to others.
        int after = LastToken(k, party) + 1;
        if (after < _count && _low[after] == "and")
            for (int words = 0; ++after < _count && words < 5 && !(_low[after] is "must" or "should"); words++)
                if (!(_entityAt[after] is not null || IsLowerCasePlainWord(after) || Determiners.Contains(_low[after]))) return false;
        return after < _count && _low[after] is "must" or "should";
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
        { "said", "says", "say", "told", "reported", "reports", "added", "stated", "announced", "claimed", "according" };
    private static readonly HashSet<string> ReportingParticiples = new(StringComparer.Ordinal)
        { "saying", "adding", "noting", "arguing", "claiming", "insisting", "stressing", "explaining" };

    /// <summary>The comma, within eight words before the verb of saying at <paramref name="verb"/>, after which its reporting
    /// clause begins ("…, army commander Oleksandr Syrskyi said"), or -1.</summary>
    private int CommaOpeningAReportingClauseBefore(int verb)
    {
        for (int i = verb - 1; i >= 0 && verb - i <= 8; i--)
            if (_low[i] == ",") return IsReportingClause(i + 1) ? i : -1;
        return -1;
    }

    /// <summary>", Ukrainian officials said", ", the ministry said on Friday": a reporting verb within the next five words.</summary>
    private bool IsReportingClause(int from)
    {
        // A name and its "'s" count as one word ("South Korea's Joint Chiefs of Staff said"); "a source in Ukraine's SBU
        // security service told" takes seven, "the maker of KitKat chocolate bars and Nescafe coffee said" nine.
        for (int i = from, words = 0; i < _count && words < 10; i++, words++)
        {
            if (_entityAt[i] is { } e)
            {
                i = LastToken(i, e);
                if (i + 1 < _count && _low[i + 1] is "'s" or "’s") i++;
                continue;
            }
            if (ReportingVerbs.Contains(_low[i])) return true;
            if (_isTrigger[i] || _low[i] is "," or "that" or "which" or "who") return false;
        }
        return false;
    }

    /// <summary>A weapon is the verb's direct object: "fired a ballistic missile", "launched drones", or the first of a second
    /// object joined by "and" (<paramref name="orJoined"/>: "sent military instructors and an air defence system").</summary>
    private bool WeaponObject(int verbEnd, bool orJoined = true)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
        {
            if (_entityAt[i] is { Label: EntityLabels.Weapon }) return IsDirectObject(verbEnd, i);
            if (orJoined && _low[i] == "and") return i > verbEnd && IsDirectObject(verbEnd, i) && WeaponObject(i + 1, orJoined: false);
        }
        return false;
    }

    /// <summary>A weapon in flight is the verb's object within five words ("most of the missiles", "drones").</summary>
    private bool InterceptsProjectiles(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 5); i++)
            if (_entityAt[i] is { Label: EntityLabels.Weapon } && _low[LastToken(i, _entityAt[i]!)] is "missile" or "missiles" or "rocket" or "rockets" or "drone"
                    or "drones" or "projectile" or "projectiles" or "shells") return true;
        return false;
    }

    /// <summary>"into" (or "in", with <paramref name="orIn"/>, not "in support of") follows the verb's object, an article and
    /// up to three lower-case words ("troops into", "more soldiers into").</summary>
    private bool SentInto(int verbEnd, bool orIn = false)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 5); i++)
        {
            if (_low[i] == "into" || orIn && _low[i] == "in" && !(i + 1 < _count && _low[i + 1] is "support" or "response" or "retaliation" or "order"))
                return i > verbEnd;
            if (!(Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i) || _entityAt[i] is { Label: EntityLabels.Quantity or EntityLabels.Norp })) return false;
        }
        return false;
    }

    /// <summary>Nouns of what armed forces strike or seize, military or not: an assault or coercion verb with one as its object is
    /// read as force ("attacked a village", "seized an oil tanker"; not "attacked the plan", "seized the opportunity").</summary>
    private static readonly HashSet<string> ForceTargets = new(StringComparer.Ordinal)
    {
        "targets", "positions", "depots", "depot", "bases", "facilities", "installations", "outposts", "convoy", "convoys",
        "checkpoints", "barracks", "airfield", "airfields", "bunkers", "strongholds", "hideouts", "camp", "camps", "launchers", "refinery", "refineries",
        "village", "villages", "town", "towns", "hospital", "hospitals", "school", "schools", "mosque", "church", "market", "bridge", "bridges",
        "airport", "port", "harbour", "harbor", "compound", "settlement", "settlements", "neighbourhood", "neighborhood", "neighbourhoods",
        "neighborhoods", "homes", "house", "houses", "building", "buildings", "infrastructure", "plant", "plants", "pipeline", "pipelines",
        "tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "aircraft", "plane", "trucks", "truck",
        "palace", "embassy", "consulate", "headquarters", "shipping", "site", "sites", "city", "cities", "capital", "district", "districts",
        "province", "territory", "island", "islands",
    };

    /// <summary>The token of a target of force (<see cref="ForceTargets"/>) the verb's object names ("struck weapons depots",
    /// "hit Russian positions", "attacked a Greek-flagged oil tanker"), past an article, a people's name, a count and up to two
    /// modifiers; or -1.</summary>
    private int ForceTargetObject(int verbEnd)
    {
        for (int i = verbEnd, modifiers = 0; i < _count && modifiers <= 2; i++)
        {
            if (ForceTargets.Contains(_low[i])) return i;
            // ("seizing most of the country's second-largest city": a share taken and a possessor, like an article, are no
            // modifiers of the target; "rammed one of its vessels": nor is one of several.)
            if (i + 1 < _count && (_low[i] is "most" or "much" or "part" or "parts" or "half" or "all" or "one" or "some" or "several" && _low[i + 1] == "of"
                                   || _low[i + 1] is "'s" or "’s" && (IsLowerCasePlainWord(i) || _entityAt[i] is not null && LastToken(i, _entityAt[i]!) == i)))
            {
                i++;
                continue;
            }
            // ("seized the Galaxy Leader cargo ship": nor are the capitalised words of a name no stage tagged, after an article.)
            if (_entityAt[i] is { Label: EntityLabels.Norp } || IsDeterminerOrPossessive(_low[i]) || !_headline && InAnUntaggedNameAfterAnArticle(i)) continue;
            // ("attacked more than 80 merchant vessels": a count is no modifier.)
            if (PastACount(i) is var counted && counted > i)
            {
                i = counted - 1;
                continue;
            }
            // ("Sudan's Army Recaptures Presidential Palace": a headline capitalises the modifiers.)
            if (!((IsLowerCasePlainWord(i) || _headline && IsPlainWord(i)) && _lexicon.VerbLemma(_low[i]) is null || IsHyphenatedModifier(i))) return -1;
            modifiers++;
        }
        return -1;
    }

    /// <summary>The token after the names joined by "and" or commas from the name at <paramref name="i"/> ("Seoul and Tokyo").</summary>
    private int AfterNamesJoined(int i)
    {
        int end = LastToken(i, _entityAt[i]!) + 1;
        while (end + 1 < _count && _low[end] is "and" or "," && _entityAt[end + 1] is { } next) end = LastToken(end + 1, next) + 1;
        return end;
    }

    /// <summary>"whoever did it", "denied it": "it" right after a verb's past form (or "do" as the verb itself) is its object,
    /// no subject — unless a verb, an auxiliary or a modal follows it ("said it could end …" opens the reported clause).</summary>
    private bool IsObjectIt(int i) =>
        _low[i] == "it" && i >= 1 && _entityAt[i - 1] is null
        && (_low[i - 1] is "did" or "do" or "does" && !(i + 1 < _count && _lexicon.VerbLemma(_low[i + 1]) == _low[i + 1])
            || IsPastForm(i - 1) && !Auxiliaries.Contains(_low[i - 1]) && _lexicon.VerbLemma(_low[i - 1]) is not null
               && !(i + 1 < _count && (Modals.Contains(_low[i + 1]) || Auxiliaries.Contains(_low[i + 1]) || IsPastForm(i + 1) || IsPresentVerb(i + 1))));

    /// <summary>"the two U.S. allies seek to counter China", "Russia's neighbours fear …": a state's name (or possessive) before a
    /// noun of its allies or its adversaries says whose they are; they, unnamed, act.</summary>
    private bool NamesWhoseCounterpartsAct(Entity name, int last)
    {
        int noun = last + 1 < _count && _low[last + 1] is "'s" or "’s" ? last + 2 : last + 1;
        return name.Label == EntityLabels.Loc && (_lexicon.IsState(name.Canonical) || _lexicon.IsState(name.Text)) && noun < _count
               && (AdversaryNouns.Contains(_low[noun]) || AllyNouns.Contains(_low[noun]));
    }

    /// <summary>The token after the name at <paramref name="name"/>, the names joined to it and up to two plain words of their
    /// people's noun ("South Korean and U.S. forces| began").</summary>
    private int PastNamesAndTheirNoun(int name)
    {
        int end = AfterNamesJoined(name), k = end;
        while (k < _count && k - end < 2 && IsPeoplesNounWord(k) && !IsClauseVerb(k) && !_low[k].EndsWith("ed", StringComparison.Ordinal)) k++;
        return k;
    }

    /// <summary>A clause's verb at <paramref name="i"/>, past auxiliaries and adverbs ("later imposed", "has arrested").</summary>
    private bool StartsAVerbPhraseAfter(int i)
    {
        while (i < _count && (IsAuxiliaryOrAdverb(i) || _low[i] is "later" or "again" or "soon")) i++;
        return i < _count && IsClauseVerb(i);
    }

    /// <summary>A verb's third-person present form at <paramref name="i"/> ("expands", "pushes").</summary>
    private bool IsPresentVerb(int i) =>
        i < _count && _entityAt[i] is null && _lexicon.VerbLemma(_low[i]) is { } lemma && (_low[i] == lemma + "s" || _low[i] == lemma + "es");

    /// <summary>"and urged …": a past form or a verb trigger (not a name, not an event noun) at <paramref name="i"/>.</summary>
    private bool StartsAVerbPhrase(int i) =>
        i < _count && _entityAt[i] is null && _doc.Tokens[_first + i].Kind == TokenKind.Word && NominalTriggers.CodeOf(_low[i]) is null
        && (IsPastForm(i) || _isTrigger[i]);

    /// <summary>
    /// "after President Tokayev hosted …": "after", "before", "since", "until" also join clauses; a name right before
    /// the verb (auxiliaries and adverbs aside) is then that clause's subject, not a prepositional object; so is the last
    /// of a list of names there ("after China and Japan signed a deal").
    /// </summary>
    private bool IsSubjectAfterConjunction(int first, int last, int verb)
    {
        // ("after South Korean and U.S. forces began": past the names joined to it.)
        int k = AfterNamesJoined(last);
        // "after a Russian court ordered", "after a Chinese coast guard ship fired": a nationality or a place may be the modifier of
        // the subject's head noun.
        if (_entityAt[k - 1] is { Label: EntityLabels.Norp or EntityLabels.Loc })
            for (int nouns = 0; nouns < 3 && k < verb && IsLowerCasePlainWord(k) && !IsAuxiliaryOrAdverb(k); nouns++) k++;
        // "after Uzbekneftegaz, the state energy company, signed": an apposition between commas stands between the two.
        if (k + 1 < verb && _low[k] == "," && Determiners.Contains(_low[k + 1]))
        {
            int close = k + 2;
            while (close < verb && close - k <= 8 && (IsLowerCasePlainWord(close) || _entityAt[close] is { Label: EntityLabels.Norp or EntityLabels.Loc } || _low[close] is "'s" or "’s")) close++;
            if (close < verb && _low[close] == ",") k = close + 1;
        }
        // "days before Trump was due to arrive": a form of "be" and a word of what is to come before the infinitive.
        for (; k < verb; k++)
            if (!IsAuxiliaryOrAdverb(k) && !(k >= 1 && BeForms.Contains(_low[k - 1]) && ComingWords.Contains(_low[k]) && k + 1 < verb && _low[k + 1] == "to")) return false;
        for (int i = first - 1, words = 0; i >= 0 && words < 4; i--)
        {
            if (_low[i] is "after" or "before" or "since" or "until") return true;
            if (_entityAt[i] is { } listed)
            {
                i = FirstToken(i, listed);
                continue;
            }
            if (_low[i] is "and" or "," && i > 0 && _entityAt[i - 1] is not null) continue;
            if (Relations.TitleLexicon.KindOf(_low[i]) == Relations.TitleKind.None && !Determiners.Contains(_low[i])) return false;
            words++;
        }
        return false;
    }

    /// <summary>Words after "be" that put an infinitive in the future ("was due to arrive", "is expected to sign").</summary>
    private static readonly HashSet<string> ComingWords = new(StringComparer.Ordinal) { "due", "expected", "set", "scheduled", "about", "going", "likely", "poised" };

    /// <summary>A word of a phrase such as "in June 2021", ", on Monday", "at the summit in Minsk".</summary>
    private bool IsTimeOrPlaceWord(int i) =>
        _entityAt[i] is { Label: EntityLabels.Date or EntityLabels.Loc }
        || (_entityAt[i] is null && (_low[i] is "," or "in" or "on" or "at" or "during" or "the" or "a" or "last" or "this"
                                     || _doc.Tokens[_first + i].Kind == TokenKind.Number));

    /// <summary>"has", "will", "jointly", "reportedly": words that may stand between a subject and its verb; and adverbs of time
    /// that end in no "-ly" ("Gilman was first detained", "was later charged").</summary>
    private bool IsAuxiliaryOrAdverb(int i) => Auxiliaries.Contains(_low[i]) || IsAdverb(_low[i]) || IsAdverbOfTime(_low[i]) || IsFloatingQuantifier(i);

    /// <summary>"The European Union and Russia both praised the deal", "Ukraine and Russia each released 84 prisoners": "both" or
    /// "each" right before a verb (or its auxiliary) stands apart from its subject, as an adverb does.</summary>
    private bool IsFloatingQuantifier(int i) =>
        _low[i] is "both" or "each" && i + 1 < _count && _entityAt[i + 1] is null && (_isVerbTrigger[i + 1] || Auxiliaries.Contains(_low[i + 1]) || IsPastForm(i + 1));

    /// <summary>Adverbs of time that end in no "-ly" ("first", "later").</summary>
    private static bool IsAdverbOfTime(string w) => w is "first" or "later" or "again" or "soon";

    /// <summary>Words in -ly that are nouns or adjectives, no adverbs (<see cref="IsAdverb"/>): "amid deadly protests" is a noun phrase.</summary>
    private static readonly HashSet<string> NounsInLy = new(StringComparer.Ordinal)
    {
        "family", "assembly", "anomaly", "monopoly", "july", "italy", "ally", "deadly", "costly", "friendly", "unfriendly",
        "elderly", "daily", "weekly", "monthly", "yearly", "quarterly", "timely", "orderly",
        "disorderly", "lonely", "lovely", "ugly", "holy", "bloody", "burly", "scholarly", "cowardly", "lowly",
    };

    /// <summary>Within three words from <paramref name="from"/>, past names, articles and modifiers, a noun of an act ("the
    /// release", "early elections", "a ceasefire").</summary>
    private bool NamesAnAct(int from)
    {
        for (int i = from, words = 0; i < _count && words < 3; i++)
        {
            if (_entityAt[i] is { } e) { i = LastToken(i, e); continue; }
            if (NominalTriggers.CodeOf(_low[i]) is not null || RequestedActs.Contains(_low[i])) return true;
            if (!(Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i) || _low[i] is "'s" or "’s")) return false;
            words++;
        }
        return false;
    }

    private static readonly HashSet<string> RequestedActs = new(StringComparer.Ordinal)
    {
        "release", "withdrawal", "resignation", "elections", "election", "investigation", "inquiry", "compensation", "apology",
        "reform", "reforms", "referendum", "independence", "justice", "action", "access", "return", "end", "changes", "removal",
        "ouster", "halt", "accountability", "autonomy", "recognition",
    };

    /// <summary>The token after an adverb at <paramref name="i"/> ("to jointly build"), else <paramref name="i"/>.</summary>
    private int PastAnAdverb(int i) => i + 1 < _count && IsAdverb(_low[i]) ? i + 1 : i;

    /// <summary>Nouns whose "that" clause says what is promised, hoped or shown ("assurances that …"); not a charge's
    /// ("found evidence that Galstanyan planned …" names the accused).</summary>
    private static readonly HashSet<string> ContentNouns = new(StringComparer.Ordinal)
    {
        "assurance", "assurances", "guarantee", "guarantees", "promise", "promises", "pledge", "pledges", "hope", "hopes", "fear", "fears",
        "signal", "signals", "sign", "signs", "impression", "news",
    };

    /// <summary>"and" at <paramref name="i"/> joins two adverbs ("was heavily and unjustly criticized").</summary>
    private bool AdverbsJoined(int i) => _low[i] == "and" && i >= 1 && i + 1 < _count && IsAdverb(_low[i - 1]) && IsAdverb(_low[i + 1]);

    /// <summary>"recently", "also" aside, a word in -ly that is no verb ("supply", "apply", "reply"), noun or adjective
    /// ("family", "deadly"): "supply chains" is a noun phrase, not an adverb and a verb.</summary>
    private bool IsAdverb(string w) =>
        w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 3 && !NounsInLy.Contains(w) && _lexicon.VerbLemma(w) is null;

    /// <summary>Participles that join a noun to what it holds ("aid including food", "a deal involving Russia"), opening no clause.</summary>
    private static readonly HashSet<string> JoiningParticiples = new(StringComparer.Ordinal)
        { "including", "involving", "following", "regarding", "concerning", "excluding", "totaling", "totalling", "worth" };

    /// <summary>A verb's -ing form at <paramref name="i"/> right after a lower-case noun and before its own object ("a lawsuit
    /// accusing Chief Executive Tim Cook"; not the noun of "ethnic cleansing in Montenegro").</summary>
    private bool IsReducedRelativeAfterNoun(int i) =>
        _entityAt[i] is null && _low[i].EndsWith("ing", StringComparison.Ordinal) && !JoiningParticiples.Contains(_low[i])
        && _lexicon.VerbLemma(_low[i]) is not null && i > 0 && _entityAt[i - 1] is null && IsLowerCasePlainWord(i - 1)
        && _lexicon.VerbLemma(_low[i - 1]) is null && !Determiners.Contains(_low[i - 1])
        && i + 1 < _count && (_entityAt[i + 1] is not null || Determiners.Contains(_low[i + 1]) || char.IsUpper(_doc.Text[_doc.Tokens[_first + i + 1].Start])
                              // "a boat carrying drugs from Venezuela": a plain noun and a preposition of a route after it;
                              // "Ethiopian troops serving in an African Union mission": a preposition of place right after it.
                              || i + 2 < _count && IsLowerCasePlainWord(i + 1) && _lexicon.VerbLemma(_low[i + 1]) is null
                                 && _low[i + 2] is "from" or "to" or "into" or "across" or "through"
                              || _low[i + 1] is "in" or "at" or "on" or "under" or "near" or "inside" && _low[i] is "serving" or "living" or "working" or "stationed" or "based" or "fighting");

    /// <summary>"the mechanism triggered by Britain", "sites bombed by Israel": a past participle right after a lower-case
    /// noun and before "by" (not after a wrongdoing or an attack, whose agent is the one an inquiry or a charge is aimed
    /// at: "an investigation into crimes committed by Croat forces").</summary>
    private bool IsPassiveParticipleAfterNoun(int i) =>
        _entityAt[i] is null && i + 1 < _count && _low[i + 1] == "by" && IsPastForm(i) && i > 0 && _entityAt[i - 1] is null
        && IsLowerCasePlainWord(i - 1) && _lexicon.VerbLemma(_low[i - 1]) is null && !Determiners.Contains(_low[i - 1])
        && !Wrongdoings.Contains(_low[i - 1]) && NominalTriggers.CodeOf(_low[i - 1]) is null && !HoldingParticiples.Contains(_low[i]);

    /// <summary>"The Rogun dam … is expected to double Tajikistan's output": a place (no state) right before a facility's noun
    /// ending at <paramref name="last"/> names the facility, which acts for no one.</summary>
    private bool NamesAFacility(Entity place, int last) =>
        place.Label == EntityLabels.Loc && last + 1 < _count && FacilityNouns.Contains(_low[last + 1]) && !_lexicon.IsState(place.Canonical);

    private static readonly HashSet<string> FacilityNouns = new(StringComparer.Ordinal)
    {
        "dam", "plant", "canal", "pipeline", "mine", "refinery", "reservoir", "field", "bridge", "railway", "airport", "station", "project",
        "checkpoint", "crossing", "terminal", "prison", "jail",
    };

    /// <summary>The name at <paramref name="first"/> is the agent of a participle of holding after a plain noun, past up to
    /// three words ("pagers used by members of Hezbollah", "positions held by the rebels").</summary>
    private bool HoldsAThing(int first)
    {
        int k = first - 1;
        for (int words = 0; k >= 0 && words < 3 && _low[k] != "by" && (Determiners.Contains(_low[k]) || _low[k] == "of" || IsLowerCasePlainWord(k)); words++) k--;
        return k >= 2 && _low[k] == "by" && HoldingParticiples.Contains(_low[k - 1]) && _entityAt[k - 2] is null && IsPlainWord(k - 2);
    }

    /// <summary>"infrastructure used by Ukrainian special forces", "positions held by rebels": whose the thing is, who is hit
    /// through it.</summary>
    private static readonly HashSet<string> HoldingParticiples = new(StringComparer.Ordinal)
        { "used", "operated", "owned", "controlled", "held", "occupied", "run", "manned", "commanded", "led", "headed" };

    private static readonly HashSet<string> Wrongdoings = new(StringComparer.Ordinal)
        { "crime", "crimes", "abuse", "abuses", "atrocities", "violations", "killings", "massacre", "massacres", "acts", "offences", "offenses" };
}
