using Extraction.Model;

namespace Extraction.Events;

/// <summary>
/// The events of one sentence. Without a parser, sentence structure is read from word order and function words:
/// the subject is the nearest actor-like mention before the trigger that is not the object of a preposition
/// (else a possessor, else the nearest mention); the object is the first mention after it in the same clause;
/// passives ("was invited by X") and reversed CAMEO codes ("received aid from X") swap the two; a noun trigger
/// takes its possessor or premodifier ("Tajikistan’s insistence", "CSTO exercises") as actor and a following
/// "with/to/against/between" phrase as recipient. Pronouns resolve to the nearest earlier subject-like mention.
/// </summary>
internal sealed class SentenceEvents
{
    private static readonly HashSet<string> ActorLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp];

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        { "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "'s", "’s", "any", "some", "no", "every", "each", "another", "such", "further", "new" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
        { "of", "in", "at", "on", "with", "from", "to", "for", "by", "into", "against", "between", "among", "within", "across", "toward", "towards", "over", "under", "about", "through", "during", "after", "before", "despite", "near", "upon", "onto", "via", "without", "amid", "like", "around" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
        { "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "to", "not", "n't", "never", "also", "already", "then", "now", "jointly", "reportedly", "still", "just", "finally" };
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
        { "is", "are", "was", "were", "be", "been", "being", "am", "get", "gets", "got", "gotten" };
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
        { "he", "she", "it", "they", "we", "i", "you", "who", "which", "that" };
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
        { ";", ":", "—", "–", "-", "but", "though", "although", "whereas", "while", "because", "however", "unless" };
    /// <summary>
    /// "the U.S.-backed SDF", "the Redmond, Washington-based company": a name hyphenated to a lower-case word (its last
    /// token at <paramref name="last"/>), or a place set off before a describing compound, describes the noun after it.
    /// </summary>
    private bool DescribesACompound(int last)
    {
        // "the Saudi-led coalition carried out strikes": a leader acts through what it leads.
        if (_entityAt[last] is { } name && Entities.EntityText.IsHyphenatedToLowerCase(_doc.Text, name.End)
            && !_doc.Text.AsSpan(name.End).StartsWith("-led", StringComparison.Ordinal)) return true;
        if (last + 2 >= _count || _low[last + 1] != ",") return false;
        var after = _doc.Tokens[_first + last + 2];
        return char.IsUpper(_doc.Text[after.Start]) && Entities.EntityText.IsAttributiveCompound(_doc.Text.AsSpan(after.Start, after.Length));
    }

    /// <summary>"visiting", "speaking", "accused": a participle (of a verb the lexicon knows) opening an aside.</summary>
    private bool IsParticiplePhraseOpener(int i) =>
        _entityAt[i] is null && (_low[i].EndsWith("ing", StringComparison.Ordinal) || _low[i].EndsWith("ed", StringComparison.Ordinal))
        && _lexicon.VerbLemma(_low[i]) is not null && !JoiningParticiples.Contains(_low[i]);

    /// <summary>
    /// A word or mark that ends a clause; a hyphen only with a space beside it ("talks - the first in years"), not one
    /// joining the words of a compound ("a U.S.-brokered agreement").
    /// </summary>
    private bool IsClauseBreak(int i) => ClauseBreaks.Contains(_low[i]) && !IsJoiningHyphen(i);

    /// <summary>A hyphen at <paramref name="i"/> with no space on either side, joining the words of a compound ("U.S.-backed").</summary>
    private bool IsJoiningHyphen(int i) =>
        i > 0 && i + 1 < _count && _low[i] == "-" && _doc.Tokens[_first + i - 1].End == _doc.Tokens[_first + i].Start
        && _doc.Tokens[_first + i].End == _doc.Tokens[_first + i + 1].Start;

    private static readonly HashSet<string> Destinations = new(StringComparer.Ordinal) { "to", "into", "from" };
    /// <summary>Verbs after which "for" gives a reason, no party ("apologized for the downing of …").</summary>
    private static readonly HashSet<string> ReasonVerbs = new(StringComparer.Ordinal)
        { "apologize", "apologise", "thank", "praise", "commend", "congratulate", "criticize", "criticise", "condemn", "blame", "reward", "punish", "honor", "honour" };
    private static readonly HashSet<string> CourtPrepositions = new(StringComparer.Ordinal) { "in", "at", "before" };
    private static readonly HashSet<string> VenuePrepositions = new(StringComparer.Ordinal) { "at", "in" };
    /// <summary>Nouns of a private venue a meeting is held at ("Trump's golf resort", "Putin's residence").</summary>
    private static readonly HashSet<string> VenueNouns = new(StringComparer.Ordinal)
        { "resort", "residence", "home", "house", "estate", "villa", "dacha", "ranch", "club", "hotel", "palace", "office", "retreat" };
    private static readonly HashSet<string> LocationPrepositions = new(StringComparer.Ordinal)
        { "in", "at", "near", "inside", "outside", "over", "across", "off", "throughout", "into" };
    /// <summary>Nouns of a line a people's name may name without the act being aimed at its people ("near the Afghan border";
    /// not "in Syrian territory", whose state is struck).</summary>
    private static readonly HashSet<string> BorderNouns = new(StringComparer.Ordinal) { "border", "borders", "frontier", "coast", "coastline" };
    private static readonly HashSet<string> ExchangedAttacks = new(StringComparer.Ordinal)
        { "fire", "gunfire", "strikes", "shots", "blows", "shelling", "attacks", "salvos" };
    private static readonly HashSet<string> ExchangedAccusations = new(StringComparer.Ordinal)
        { "blame", "accusations", "charges", "insults", "barbs", "recriminations", "allegations" };

    /// <summary>The code of the attacks or accusations named right after a verb of exchange, past up to two modifiers
    /// ("traded heavy artillery fire", "traded blame"), or null.</summary>
    private string? ExchangedAct(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 3); i++)
        {
            if (ExchangedAttacks.Contains(_low[i])) return NominalTriggers.CodeOf(_low[i]) ?? "190";
            if (ExchangedAccusations.Contains(_low[i])) return "112";
            if (!IsLowerCasePlainWord(i)) return null;
        }
        return null;
    }

    /// <summary>An act read off a verb of exchange, the coordinated subjects each other's parties: attacks or accusations
    /// ("traded fire", "traded blame") or what a pattern names ("Russia and Ukraine exchanged 390 prisoners": each released
    /// the other's).</summary>
    private bool IsExchange(Candidate c) =>
        _lexicon.VerbLemma(_low[c.Start]) is "trade" or "exchange" or "swap" && (ExchangedAct(c.End) is not null || c.Type != "ASSAULT" && c.FromPattern)
        // ("Kyrgyz and Tajik troops clashed": so is a clash.)
        || _lexicon.VerbLemma(_low[c.Start]) == "clash" && c.Type == "ASSAULT";

    private static readonly HashSet<string> CraftNouns = new(StringComparer.Ordinal)
    {
        "boat", "boats", "ship", "ships", "vessel", "vessels", "craft", "aircraft", "helicopter", "helicopters", "drone", "drones",
        "plane", "planes", "jet", "jets", "vehicle", "vehicles", "unit", "units", "group", "groups", "squadron", "squadrons",
    };
    private static readonly HashSet<string> RoutePrepositions = new(StringComparer.Ordinal) { "via", "through" };
    private static readonly HashSet<string> RecipientPrepositions = new(StringComparer.Ordinal) { "with", "to", "against", "on", "between", "from", "toward", "towards", "by" };
    /// <summary>Platforms things are announced or posted on ("on Facebook", "on Telegram").</summary>
    private static readonly HashSet<string> Platforms = new(StringComparer.OrdinalIgnoreCase)
        { "Facebook", "Telegram", "X", "Twitter", "YouTube", "Instagram", "TikTok", "WhatsApp", "VKontakte", "Weibo", "WeChat", "Truth Social" };
    /// <summary>Verbs that only frame another event's status ("expect X to be deployed", "looks to receive").</summary>
    private static readonly HashSet<string> FramingVerbs = new(StringComparer.Ordinal)
        { "expect", "anticipate", "plan", "intend", "want", "wish", "look", "aim", "seem", "appear", "say", "tell", "report", "announce" };

    private readonly Document _doc;
    private readonly Sentence _sentence;
    private readonly int _sentenceIndex;
    private readonly EventLexicon _lexicon;
    private readonly List<Entity> _entities;
    private readonly int _first, _count;
    private readonly string[] _low;
    private readonly Entity?[] _entityAt;
    private readonly bool[] _isTrigger;
    /// <summary>Tokens of verb triggers (not event nouns).</summary>
    private readonly bool[] _isVerbTrigger;
    /// <summary>The sentence's triggers, once found.</summary>
    private List<Candidate> _candidates = [];
    /// <summary>The events of the sentences before, and of this one so far, in the order found.</summary>
    private List<Event> _earlier = [];
    /// <summary>The other coordinated subjects of the verb <see cref="Build"/> last read, who do the act too, and to whom.</summary>
    private readonly List<(Entity Actor, Entity? Recipient)> _coActors = [];
    /// <summary>A headline in title case or capitals: its capitals end no name (<see cref="Entities.EntityText.IsHeadline"/>).</summary>
    private readonly bool _headline;

    /// <summary>The article's title, in whatever case: its first sentence, with no full stop at its end, before a body.</summary>
    private readonly bool _title;

    public SentenceEvents(Document doc, int sentenceIndex, List<Entity> entitiesByStart, EventLexicon lexicon)
    {
        _doc = doc;
        _sentence = doc.Sentences[sentenceIndex];
        _sentenceIndex = sentenceIndex;
        _lexicon = lexicon;
        _entities = entitiesByStart;
        _first = _sentence.FirstToken;
        _count = _sentence.TokenCount;
        _low = new string[_count];
        _entityAt = new Entity?[_count];
        _isTrigger = new bool[_count];
        _isVerbTrigger = new bool[_count];
        for (int i = 0; i < _count; i++) _low[i] = doc.SpanOf(doc.Tokens[_first + i]).ToString().ToLowerInvariant();
        _headline = Entities.EntityText.IsHeadline(doc.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens).Slice(_first, _count));
        _title = doc.Sentences.Count > 1 && _sentence.End > doc.BodyStart && (sentenceIndex == 0 || doc.Sentences[sentenceIndex - 1].End <= doc.BodyStart)
                 && _count > 0 && _low[_count - 1] is not ("." or "?" or "!");
        foreach (var e in entitiesByStart)
        {
            if (e.End <= _sentence.Start || e.Start >= _sentence.End) continue;
            for (int i = 0; i < _count; i++)
            {
                var t = doc.Tokens[_first + i];
                if (t.Start < e.End && e.Start < t.End) _entityAt[i] ??= e;
            }
        }
    }

    /// <summary>A trigger, verb or noun.</summary>
    /// <param name="PatternEnd">Where the words of the matched dictionary pattern end (a noun trigger inside belongs to this verb).</param>
    /// <param name="LightVerb">A verb that means an act only through a pattern ("held" in "held talks").</param>
    private sealed record Candidate(int Start, int End, string Type, CodeInfo Info, string Code, bool Nominal, bool Reverse, bool FromPattern, int PatternEnd,
                                    bool LightVerb = false);

    private sealed record Mention(Entity Entity, int Token, bool InPrepositionalPhrase, bool Possessive);

    public void Extract(List<Event> into)
    {
        _earlier = into;
        var candidates = _candidates = FindTriggers();
        foreach (var c in candidates)
            for (int i = c.Start; i < c.End; i++) (_isTrigger[i], _isVerbTrigger[i]) = (true, _isVerbTrigger[i] || !c.Nominal);
        var consumed = new HashSet<Candidate>();
        foreach (var c in candidates)
        {
            if (consumed.Contains(c)) continue;
            // "agreed on Monday to an immediate and unconditional ceasefire": what is agreed to is the act its noun names,
            // the verb no act of its own.
            if (!c.Nominal && !c.FromPattern && _lexicon.VerbLemma(_low[c.Start]) is "agree" or "consent"
                && AgreesToAnActsNoun(c, candidates)) continue;
            // A complement makes no event of its own, but its object noun is still its theme ("urged Israel not to
            // launch the assault": no assault by anyone).
            Event? ev = null;
            bool complement = IsComplementOfTrigger(c);
            if (!complement)
            {
                var action = CommittedAction(c, candidates);
                if (action?.Coded is { } coded)
                {
                    consumed.Add(coded);
                    // "preparing to reject the ceasefire": the committed act's object noun is its theme, no act of its own.
                    foreach (var o in candidates)
                        if (o.Nominal && o.Start >= coded.End && IsDirectObject(coded.End, o.Start)) consumed.Add(o);
                }
                _coActors.Clear();
                ev = Build(c, action);
                if (ev is not null)
                {
                    into.Add(ev);
                    foreach (var (coActor, coRecipient) in _coActors) into.Add(WithParties(ev, coActor, coRecipient));
                }
            }
            // "signed an agreement": the pattern read the noun as the verb's object, one event. "protest the agreement":
            // an event noun as the object of another event's verb names that act's theme, not a second act of the
            // subject, even when a verb with a meaning of its own makes no event ("Moscow welcomed the deal": Moscow made
            // no deal; a light verb such as "held" means something only through its pattern, "held a meeting").
            // A verb inside the pattern is the pattern's too ("ordered the ambassador to leave": expelled, not a visit).
            foreach (var o in candidates)
            {
                if (o.Start < c.End) continue;
                bool insidePattern = (ev is not null || complement) && o.Start < c.PatternEnd;
                // ("Maduro ordered the mobilization of 200,000 troops": a verb that stages the act and made none of its own leaves it;
                // not a claim, which a negation leaves unsaid: "Kyiv did not claim the attack".)
                if (o.Nominal ? insidePattern || !c.Nominal && (ev is not null || !c.LightVerb && !(IsStagingVerb(c.Start) && _lexicon.VerbLemma(_low[c.Start]) != "claim"))
                                                && IsDirectObject(c.End, o.Start)
                              : insidePattern && c.FromPattern)
                    consumed.Add(o);
            }
        }
    }

    /// <summary><paramref name="e"/> already does the act as another coordinated subject. A loop, not a lambda (no closure).</summary>
    private bool AmongCoActors(Entity e)
    {
        foreach (var (coActor, _) in _coActors)
            if (Same(coActor, e)) return true;
        return false;
    }

    /// <summary>The name coordinated with <paramref name="conjunct"/> (<see cref="Coordinated"/>), or the one a list's comma sets
    /// right before it ("Lithuania, Latvia and Estonia": Latvia, then Lithuania); or null.</summary>
    private Entity? NamedBeforeInList(Mention conjunct, int trigger)
    {
        int k = FirstToken(conjunct.Token, conjunct.Entity) - 1;
        if (k >= 0 && _low[k] == "the") k--;
        if (k >= 1 && _low[k] == "," && conjunct.Entity.Label == EntityLabels.Person) k = PersonBeforeItsState(k - 1) + 1;
        if (k >= 1 && _low[k] == "," && _entityAt[k - 1] is { } previous && ActorLabels.Contains(previous.Label)) return previous;
        return Coordinated(conjunct, trigger);
    }

    /// <summary>The same act done by <paramref name="actor"/> to <paramref name="recipient"/>: another of coordinated subjects
    /// (<see cref="_coActors"/>).</summary>
    private Event WithParties(Event ev, Entity actor, Entity? recipient)
    {
        var copy = new Event
        {
            Id = "", Type = ev.Type, Mode = ev.Mode, Trigger = ev.Trigger, Status = ev.Status, Confidence = ev.Confidence, Source = ev.Source,
            ActorCountry = actor.Label == EntityLabels.Loc ? _lexicon.CountryOfCapital(actor.Canonical) : null,
        };
        copy.Arguments.Add(new EventArgument { Role = "actor", Entity = actor.Id });
        if (recipient is not null) copy.Arguments.Add(new EventArgument { Role = "recipient", Entity = recipient.Id });
        foreach (var argument in ev.Arguments)
            if (argument.Role is not ("actor" or "recipient")) copy.Arguments.Add(argument);
        return copy;
    }

    /// <summary>An event noun after the verb is what it agrees to (<see cref="IsAgreedTo"/>). A loop, not a lambda: one would
    /// put a closure on the heap for every candidate.</summary>
    private bool AgreesToAnActsNoun(Candidate verb, List<Candidate> candidates)
    {
        foreach (var o in candidates)
            if (o.Nominal && o.Start >= verb.End && IsAgreedTo(verb.End, o.Start)) return true;
        return false;
    }

    /// <summary>"to" and a noun phrase of an article and lower-case modifiers end at the noun at <paramref name="noun"/>, after a
    /// phrase of time ("on Monday") if any.</summary>
    private bool IsAgreedTo(int verbEnd, int noun)
    {
        int i = verbEnd;
        if (i + 1 < _count && _low[i] is "on" or "in" && _entityAt[i + 1] is { Label: EntityLabels.Date } date) i = LastToken(i + 1, date) + 1;
        if (i >= noun || _low[i] != "to") return false;
        for (i++; i < noun; i++)
            if (!(Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i) && _lexicon.VerbLemma(_low[i]) is null || _low[i] == "and")) return false;
        return true;
    }

    /// <summary>The entity stands right before an event noun of type <paramref name="type"/> ("EU sanctions") that ends
    /// before token <paramref name="end"/>.</summary>
    private bool ModifiesAnActNounBefore(Entity e, int end, string type)
    {
        int next = LastToken(TokenIndexOf(e.Start), e) + 1;
        return next < end && NominalTriggers.CodeOf(_low[next]) is { } code && _lexicon.Code(code)?.Type == type;
    }

    /// <summary>The entity is the verb's direct object: it follows the verb with only determiners and modifiers between.</summary>
    private bool IsDirectObjectEntity(int verbEnd, Entity e)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
            if (_entityAt[i] == e) return IsDirectObject(verbEnd, i);
        return false;
    }

    /// <summary>Nouns of a body one leads or runs: to lead one is to hold an office, no act.</summary>
    private static readonly HashSet<string> LedBodies = new(StringComparer.Ordinal)
    {
        "police", "army", "military", "navy", "party", "government", "country", "nation", "ministry", "agency", "company", "firm",
        "bank", "opposition", "council", "commission", "committee", "service", "union", "movement", "federation", "junta", "cabinet",
        "administration", "court", "parliament", "senate", "assembly", "state", "region", "province", "city", "bloc", "coalition",
        "delegation", "delegations", "team", "teams", "mission", "list", "ticket",
    };

    /// <summary>"led the national police", "runs the state oil company", "who led Hamas", "led the delegations": the verb's object is a body
    /// (a determiner, a possessive, a people's or a place's name and up to two lower-case words before its noun, or an
    /// organisation's name), with no destination or target after it ("led troops into Ukraine" is not this).</summary>
    private bool LeadsABody(int verbEnd)
    {
        int i = verbEnd, words = 0;
        while (i < _count && (IsDeterminerOrPossessive(_low[i]) || _entityAt[i] is { Label: EntityLabels.Norp or EntityLabels.Loc } || _low[i] is "'s" or "’s")) i++;
        for (; i < _count && words < 3; i++, words++)
        {
            bool body = _entityAt[i] is { Label: EntityLabels.Org } || _entityAt[i] is null && LedBodies.Contains(_low[i]);
            if (body)
            {
                if (_entityAt[i] is { } org) i = LastToken(i, org);
                return !(i + 1 < _count && _low[i + 1] is "to" or "into" or "against" or "toward" or "towards");
            }
            if (!IsLowerCasePlainWord(i)) return false;
        }
        return false;
    }

    /// <summary>"nine more than he needed", "higher than expected": a verb in a clause of comparison reports no act.</summary>
    private bool IsComparedWith(int i) =>
        i > 0 && _low[i - 1] == "than" || i > 1 && _low[i - 2] == "than" && SubjectPronouns.Contains(_low[i - 1]);

    /// <summary>The verb's object is a share of a company: "a 15% stake", "stake", "a majority holding".</summary>
    private bool TakesAShare(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 5); i++)
        {
            if (_low[i] is "stake" or "stakes" or "shares" or "holding" or "holdings") return true;
            if (!(Determiners.Contains(_low[i]) || _low[i] is "majority" or "minority" or "controlling" or "further" or "%"
                  || _doc.Tokens[_first + i].Kind == TokenKind.Number || _entityAt[i] is { Label: EntityLabels.Quantity })) return false;
        }
        return false;
    }

    /// <summary>Words that may stand between "claims" and the place it claims: "most of", "sovereignty over the whole of".</summary>
    private static readonly HashSet<string> ShareOfAPlace = new(StringComparer.Ordinal)
        { "most", "all", "much", "part", "parts", "almost", "nearly", "virtually", "of", "the", "whole", "entire", "sovereignty", "over", "large", "swathes", "swaths" };

    private bool ClaimsAPlace(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 6); i++)
        {
            if (_entityAt[i] is { Label: EntityLabels.Loc }) return true;
            if (_entityAt[i] is not null || !ShareOfAPlace.Contains(_low[i])) return false;
        }
        return false;
    }

    /// <summary>A person's name is the verb's object, perhaps after a determiner or a possessive, a people's name and a
    /// title ("received Russian Prime Minister Mikhail Mishustin", "received his Kazakh counterpart").</summary>
    private bool ObjectIsAPerson(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 6); i++)
        {
            if (_entityAt[i] is { Label: EntityLabels.Person }) return true;
            // "received Gazprom chief executive Alexei Miller": a body's name may open the title.
            if (!(_entityAt[i] is { Label: EntityLabels.Norp or EntityLabels.Org } || _entityAt[i] is null && (IsTitleWord(i) || IsDeterminerOrPossessive(_low[i]))))
                return false;
        }
        return false;
    }

    /// <summary>Only a determiner and modifiers (at most three words, no name, no preposition) between a verb and a noun.</summary>
    private bool IsDirectObject(int verbEnd, int noun)
    {
        if (noun - verbEnd > 3) return false;
        // "launched 65 drones": a number counts the noun; "launched missile strikes": a weapon names its kind; "struck Hamas
        // targets": a party's name right before the noun says whose.
        for (int i = verbEnd; i < noun; i++)
            if (!IsPlainWord(i) && !(_entityAt[i] is null && _doc.Tokens[_first + i].Kind == TokenKind.Number) && _entityAt[i] is not { Label: EntityLabels.Weapon }
                && !(_entityAt[i] is { Label: EntityLabels.Org or EntityLabels.Norp } owner && TitlesOnlyBetween(LastToken(i, owner) + 1, noun))) return false;
        return true;
    }

    /// <summary>Nothing but title words from <paramref name="from"/> up to <paramref name="to"/> ("met Uzbek President Shavkat
    /// Mirziyoyev": the people's name describes the object).</summary>
    private bool TitlesOnlyBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (_entityAt[k] is not null || !IsTitleWord(k)) return false;
        return true;
    }

    /// <summary>A word inside a noun phrase: no name, no preposition, conjunction, clause break or trigger.</summary>
    private bool IsPlainWord(int i) =>
        _entityAt[i] is null && _doc.Tokens[_first + i].Kind == TokenKind.Word && !Prepositions.Contains(_low[i])
        && !IsClauseBreak(i) && _low[i] is not ("and" or "or" or "to") && !_isTrigger[i];

    /// <summary>A <see cref="IsPlainWord"/> written in lower case (no untagged name).</summary>
    private bool IsLowerCasePlainWord(int i) => IsPlainWord(i) && char.IsLower(_doc.Text[_doc.Tokens[_first + i].Start]);

    /// <summary>A word of the noun a nationality describes ("Kyrgyz border guards", "Egyptian and Qatari mediators").</summary>
    private bool IsPeoplesNounWord(int i) => IsLowerCasePlainWord(i) && !Auxiliaries.Contains(_low[i]);

    /// <summary>"suspected of", "accused of": a participle of suspicion and its charge.</summary>
    private bool IsSuspicionParticiple(int i) =>
        _low[i] is "suspected" or "accused" or "charged" or "convicted" && i + 1 < _count && _low[i + 1] == "of";

    // ---- triggers -------------------------------------------------------------------------------------------

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
            if (nominal is not null && w is "drills" or "wargames" or "exercise" or "exercises"
                && (JointBefore(i) || i + 1 < _count && _low[i + 1] == "with" || HeldByAnAlliance(i))) nominal = "062";
            var (verbEnd, lemma) = MatchVerb(i);
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
            // "sought to bring Tashkent back into the CSTO": "back" before a preposition of direction is an adverb, no support.
            if (w == "back" && i + 1 < _count && _low[i + 1] is "into" or "in" or "to" or "from" or "home" or "onto") continue;
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
            if (i + 1 < _count && CraftNouns.Contains(_low[i + 1]) && (nominal is not null || lemma == w)
                && !(i > 0 && (_entityAt[i - 1] is not null || SubjectPronouns.Contains(_low[i - 1]) || _low[i - 1] is "to" or "not" or "n't"
                               || Auxiliaries.Contains(_low[i - 1]) || Hypotheticals.Contains(_low[i - 1]) || Anticipations.Contains(_low[i - 1])))) continue;
            // ("calling on the EU to sanction Bidzina Ivanishvili": after "to" or a modal, a verb the dictionary lacks is that verb.)
            if (nominal is not null && (nounContext || lemma is null)
                && !(lemma is null && !nounContext && UnlistedVerbs.ContainsKey(w) && i > 0 && (_low[i - 1] == "to" || Modals.Contains(_low[i - 1]))))
            {
                if (_lexicon.Code(nominal) is { } info && i >= statementUntil) list.Add(new Candidate(i, i + 1, info.Type, info, nominal, true, false, false, i + 1));
                continue;
            }
            // "urged Israel not to …", "The United States has sanctioned Ivanishvili": verbs the dictionary lacks.
            if (lemma is null && UnlistedVerbs.TryGetValue(w, out var unlisted) && !nounContext && _lexicon.Code(unlisted.Code) is { } act)
            {
                list.Add(new Candidate(i, i + 1, act.Type, act, unlisted.Code, false, false, false, i + 1));
                continue;
            }
            // "Russia said on Tuesday that Sudan must return the helicopter": saying that a party must act demands it of that party.
            if (StatementVerbs.Contains(w) && DemandedOf(i + 1) && _lexicon.Code("100") is { } demand)
            {
                list.Add(new Candidate(i, i + 1, demand.Type, demand, "100", false, false, false, i + 1));
                continue;
            }
            if (lemma is null || nounContext || FramingVerbs.Contains(lemma.Split(' ')[0]) || IsAttributiveParticiple(i, verbEnd)
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
            if (pattern is null && DefaultCodesNoAct(lemma, verb, i, verbEnd)
                || lemma == "head" && !(verbEnd < _count && _low[verbEnd] is "to" or "for" or "toward" or "towards" or "home" or "back")
                // "appointed Roman Sklyar as acting prime minister": to appoint or nominate an official is no act between parties,
                // whatever pattern matched.
                || lemma is "appoint" or "nominate" or "reappoint"
                // "Belarus Hosts Russian Oreshnik Missiles", "hosts a Russian base", "hosted the CSTO's exercises": a country
                // hosting arms, troops or drills meets no one, whatever pattern matched.
                || lemma == "host" && HostsForcesOrArms(verbEnd)
                || lemma is "lead" or "run" && LeadsABody(verbEnd)
                || lemma is "press" or "push" && verbEnd < _count && _low[verbEnd] is "ahead" or "on" or "forward"
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
            // "suspended cooperation with the IAEA", "froze diplomatic ties": to stop a relation is to reduce relations (CAMEO
            // 160, 161 when diplomatic), as the dictionary says of "sever" and "cut" but not of these verbs.
            if (code is null && StoppingVerbs.Contains(lemma) && RelationObject(verbEnd) is { } reduced) code = reduced;
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
            if (pattern is null && lemma == "block" && BlocksAMeasure(verbEnd)) code = "129";
            // "submitted a lawsuit to the Constitutional Court": to submit a paper is no yielding (the dictionary's default); a
            // lawsuit or a complaint submitted is one brought (CAMEO 115), any other paper no act.
            if (lemma == "submit" && verbEnd < _count && IsDeterminerOrPossessive(_low[verbEnd]))
            {
                if (!ObjectNounAmong(verbEnd, LawsuitNouns)) { i = verbEnd - 1; continue; }
                code = "115";
            }
            // "gave the Ivory Coast 5.1 million dollars of aid": whatever is given that is aid is aid (CAMEO 070), past its
            // recipient and amount, where the dictionary's pattern does not reach it.
            if (lemma is "give" or "send" or "deliver" or "donate" && (code is null || code.StartsWith("06", StringComparison.Ordinal)) && GivesAid(verbEnd)) code = "070";
            // "Astana rebuffed Beijing's request for a base", "spurned Moscow's offer": a verb of disapproval whose object is what
            // another asked or offered rejects it (CAMEO 12x), as the dictionary codes "rebuffed the demand".
            if (code is "110" or "111" && ObjectNounAmong(verbEnd, AskedOrOffered)) code = "120";
            // "expect an aviation component to be deployed in Dushanbe": forces deployed, where no pattern names them, are a
            // mobilization (CAMEO 154; the dictionary's DEPLOY block has no code of its own).
            if (code is null && lemma == "deploy") code = "154";
            // "have been negotiating the price of the stake": the dictionary files "negotiate" with compromises, whose default is
            // yielding; negotiating where no pattern says what is conceded is negotiation (CAMEO 046), as "talks" are.
            if (pattern is null && lemma == "negotiate") code = "046";
            // "Azerbaijan regained control of Nagorno-Karabakh": control regained is territory occupied (CAMEO 192), as control seized is.
            if (code is null && lemma == "regain" && verbEnd < _count && _low[verbEnd] == "control") code = "192";
            // "Germany sent tanks to Ukraine", "Iran supplied drones to Russia": arms handed over are military aid (CAMEO 072;
            // the dictionary reads aircraft supplied as an intent, 0332; one said to come is made an intent by its status).
            if (TransferVerbs.Contains(lemma) && (code is null || code == "0332" || code.StartsWith("06", StringComparison.Ordinal)) && WeaponObject(verbEnd)) code = "072";
            // "Georgians rallied in Tbilisi": to rally with no object is to demonstrate (CAMEO 141, PROTEST), not to show force
            // ("rallied troops", "rallied support" keep the dictionary's reading).
            if (lemma == "rally" && code == "150" && !(verbEnd < _count && (StartsAnObject(verbEnd) && _low[verbEnd] is not ("in" or "on" or "at" or "outside")
                                                                           || _entityAt[verbEnd] is { Label: not EntityLabels.Date }))) code = "141";
            // "Hizbollah declared a unilateral ceasefire": a truce declared is CAMEO's 0871 (RETREAT), whatever the verb's own reading.
            if (lemma is "declare" or "announce" && ObjectNounAmong(verbEnd, TruceNouns)) code = "0871";
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
            // "breaking off diplomatic relations with Moscow": a relation broken off is reduced (the dictionary's "break off"
            // alone is a threat).
            if (lemma == "break" && verbEnd + 1 < _count && _low[verbEnd] == "off" && RelationObject(verbEnd + 1) is { } severed) code = severed;
            // "engage directly with Washington": to engage with a party is to deal with it, not to fight it (the block's default).
            if (pattern is null && lemma == "engage" && WithPhrase(verbEnd) is int engaged && engaged <= verbEnd + 2) code = "040";
            // "received Russian Prime Minister Mikhail Mishustin in Ashgabat": to receive a person is to host a visit.
            if (code is null && lemma == "receive" && ObjectIsAPerson(verbEnd)) code = "043";
            // "Pakistan and India traded strikes", "exchanged fire", "traded blame": an exchange of attacks or accusations is one between the two.
            if (lemma is "trade" or "exchange" && ExchangedAct(verbEnd) is { } exchanged) code = exchanged;
            // "met at …", "meet for talks": the dictionary's "intent to meet" (036) read off a verb of meeting is the
            // meeting itself; whether it was only intended is the status's to say (and Build types that AGREE).
            if (code == "036" && verb.Code is { } own && _lexicon.Code(own)?.Type == "CONSULT") code = own;
            // "Turkey hosted talks between Russia and Ukraine": so is the dictionary's "intent to mediate" (039) read off a
            // verb of hosting: the mediation itself (045), which the status types AGREE only when it is to come.
            if (code == "039" && lemma == "host" && _lexicon.Code("045") is not null) code = "045";
            // "Prime Minister Milos Vucevic resigned in January", "stepped down": PLOVER puts an official's resignation under
            // RETREAT (mode "resign"), done to no one, where CAMEO has the leader accede to demands (083, 0831).
            if (code is "083" or "0831" && (lemma == "resign" || lemma == "step" && verbEnd < _count && _low[verbEnd] == "down"))
                list.Add(new Candidate(i, verbEnd, "RETREAT", Resignation, code!, false, false, pattern is not null, patternEnd));
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

    /// <summary>Words of an alliance's or a union's name ("Collective Security Treaty Organization", "Shanghai Cooperation
    /// Organisation"), which states join; a state's own forces ("Caspian Flotilla", "Russian Navy") have none.</summary>
    private static readonly HashSet<string> AllianceNameWords = new(StringComparer.Ordinal)
        { "Organization", "Organisation", "Treaty", "Alliance", "Pact", "Union", "Cooperation", "Community", "Commonwealth" };

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

    /// <summary>"aid" (or assistance, relief) is the head of what the verb ending at <paramref name="verbEnd"/> gives, within ten
    /// words of its object and before its clause or a phrase set off by a comma ends.</summary>
    private bool GivesAid(int verbEnd)
    {
        for (int k = verbEnd; k < Math.Min(_count, verbEnd + 10); k++)
        {
            if (IsClauseBreak(k) || _low[k] is "," or "to" or "for" or "in") return false;
            if (_entityAt[k] is null && _low[k] is "aid" or "assistance" or "relief") return true;
        }
        return false;
    }

    private static readonly HashSet<string> TruceNouns = new(StringComparer.Ordinal) { "ceasefire", "cease-fire", "truce" };

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

    /// <summary>The verb's best dictionary pattern, unless the words it matched belong to something else.</summary>
    private (VerbPattern? Pattern, int End) FittingPattern(string lemma, VerbInfo verb, int start, int verbEnd)
    {
        var (pattern, patternEnd) = BestPattern(_lexicon.Block(verb.Block), start, verbEnd);
        // "ordered the consortium to halt": the "to" of an object's infinitive is no pattern word of the verb (the
        // dictionary reads "order … to" as an intent to cooperate, as in "sent … to").
        if (pattern is { Post: [.., "to"] } && ObjectControlVerbs.Contains(lemma) && IsInfinitive(patternEnd)) return (null, verbEnd);
        // A pattern of "to" alone is an intent to act only before an infinitive ("controls access to the Black Sea" is
        // none), and a movement ("went to") only before no infinitive ("praised Haiti's efforts to improve" is no visit).
        if (pattern is { Pre: [], Post: ["to"] } && (_lexicon.Code(pattern.Code)?.Type == "AGREE") != IsInfinitive(PastAnAdverb(patternEnd))) return (null, verbEnd);
        // "left for Moscow" is a visit; "has ruled Serbia for more than a decade" is none: a visit's "for" needs a name after it.
        if (pattern is { Post: [.., "for"], Code: "042" } && !(patternEnd < _count && _entityAt[patternEnd] is not null)) return (null, verbEnd);
        // "fought for a second day", "protested for weeks": a "for" of how long names no cause or aim.
        if (pattern is { Post: [.., "for"] } && OpensADuration(patternEnd)) return (null, verbEnd);
        // "take part" is an idiom of "take" alone: the block's other verbs keep their sense ("captured part of a stronghold").
        if (pattern is { Post: ["part", ..] } && lemma != "take") return (null, verbEnd);
        return (pattern, patternEnd);
    }

    /// <summary>Conjunctions of time a gerund may follow with the subject of the clause before ("weeks after receiving Putin").</summary>
    private static readonly HashSet<string> TimeConjunctions = new(StringComparer.Ordinal) { "after", "before", "while", "since", "upon" };

    /// <summary>Nouns of an accord, which a place before them is about (<see cref="Object"/>: "the Gaza deal").</summary>
    private static readonly HashSet<string> AccordNouns = new(StringComparer.Ordinal)
        { "deal", "deals", "agreement", "agreements", "accord", "accords", "pact", "treaty", "truce", "ceasefire", "peace", "plan" };

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

    /// <summary>Where no pattern matched, the verb's default code reads an act into what is none.</summary>
    private bool DefaultCodesNoAct(string lemma, VerbInfo verb, int start, int verbEnd) =>
        // "established a checkpoint", "has ruled Russia", "increased its troops": these blocks code an act only through
        // a pattern ("establish ties", "boost cooperation"); their default (material cooperation) would read any object as a partner.
        _lexicon.Block(verb.Block) is var block && PatternOnlyBlocks.Contains(block.Name) && verb.Code == block.Code
        // "the Duma passed a resolution", "adopted a law": a legislature's act on a text, whatever the verb's default code;
        // "served as ambassador": a role, not an act.
        // ("Zourabichvili vetoed the bill": a veto is an act on a legislature's text, not one of its own.)
        || HasLegislativeObject(verbEnd) && lemma != "veto" || verbEnd < _count && _low[verbEnd] == "as"
        // "a group Western governments have linked to the GRU": to link is to associate, no cooperation; "called
        // Kazakhstan "one of the most promising …"": to call something a name is no call.
        || lemma == "link" || lemma == "call" && NamesItsObject(verbEnd)
        // "Turkey, which considers the SDF an offshoot of the PKK": to consider something a thing is no consultation.
        || lemma is "consider" or "regard" && NamesItsObject(verbEnd)
        // "had no plans to join NATO", "Armenia joined the Eurasian Economic Union": to join a body as a member meets no one
        // (joining talks or a summit is attending them).
        || lemma == "join" && JoinsABody(verbEnd)
        // "gave NIS until October to find a buyer": to give a party time gives it nothing.
        || lemma is "give" or "grant" && GivesADeadline(verbEnd)
        // "joining BRICS did not mean Indonesia was aligning itself": to mean is to intend only before an infinitive.
        || lemma == "mean" && !(verbEnd < _count && _low[verbEnd] == "to")
        // "meet its obligations" is no meeting; to die is no act of the one who dies.
        || lemma == "meet" && MeetsAnObligation(verbEnd) || lemma == "die"
        // "proposals passed on by the envoy", "passed through Turkey": to pass is to yield or approve only through a
        // pattern ("passed a budget", "passed the plan").
        || lemma == "pass"
        // "as it approached Grozny": to approach a place is to move towards it, no approach to a party.
        || lemma == "approach" && verbEnd < _count && _entityAt[verbEnd] is { Label: EntityLabels.Loc } && !StandsForAState(_entityAt[verbEnd]!)
        // ("had approached a Chinese ship": nor is approaching a vessel or a settlement.)
        || lemma == "approach" && ForceTargetObject(verbEnd) >= 0
        // "Beijing claims Taiwan as its own territory", "which claims most of the South China Sea": a claim to a place is no accusation.
        || lemma == "claim" && ClaimsAPlace(verbEnd)
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
        // "SK Hynix dominates the market for HBM chips", "dominated the election": to dominate is to lead, no force; so is to
        // overtake or overshadow ("Beijing has overtaken Moscow as Kazakhstan's largest trading partner").
        || lemma is "dominate" or "overtake" or "overshadow" or "surmount" or "master"
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
        || lemma == "dismiss" && (ObjectIsAPerson(verbEnd) || IsPassive(start) && SubjectOfPassiveIsAPerson(start));

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
    };

    /// <summary>"Five civilians were killed by Israeli forces", "detained dozens of protesters": an assault or a coercion whose
    /// object, or whose passive subject, is people is read as force, though no party is named.</summary>
    private bool DoneToPeople(Candidate c) =>
        ObjectNounAmong(c.End, PeopleActedOn)
        || IsPassive(c.Start) && SubjectBeforeAuxiliaries(c.Start) is int subject and >= 0 && _entityAt[subject] is null
           && PeopleActedOn.Contains(_low[subject]);

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
            while (j < _count && j - verbEnd <= 3 && IsLowerCasePlainWord(j) && !Determiners.Contains(_low[j])) j++;
            // "called the arrests of Sputnik staff "unacceptable"": past the noun's "of" phrase.
            if (j > verbEnd + 1 && j + 1 < _count && _low[j] == "of")
                for (int words = 0, k = j + 1; k < _count && words < 4; words++)
                {
                    if (_entityAt[k] is { } named) k = LastToken(k, named) + 1;
                    else if (IsLowerCasePlainWord(k) && !Determiners.Contains(_low[k])) k++;
                    else { if (IsOpeningQuote(k)) j = k; break; }
                }
            // "called the proceedings "part of a persecution"", "called the case an internal matter"; "called the sanctions
            // illegal": an adjective closing the clause after the object says what it is called.
            return j > verbEnd + 1 && j < _count && (_low[j] is "\"" or "“" or "a" or "an"
                                                      || j > verbEnd + 2 && IsClauseEnd(j) && IsAdjectiveLike(_low[j - 1]));
        }
        int next = LastToken(verbEnd, e) + 1;
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

    /// <summary>The first token after the sentence's dateline ("DUSHANBE, Nov 27 (Reuters) -") before <paramref name="token"/>, or 0.</summary>
    /// <summary>Where a phrase opening the sentence may begin, <paramref name="token"/> within it: after the dateline and an
    /// adverb that opens the sentence, with its comma ("Meanwhile in Gaza,", "Separately, in Baku,").</summary>
    private int OpeningPhraseStart(int token)
    {
        int k = AfterDateline(token);
        if (k + 1 < token && (IsAdverb(_low[k]) || _low[k] is "meanwhile" or "elsewhere" or "separately" or "earlier" or "later")) k++;
        return k + 1 < token && _low[k] == "," ? k + 1 : k;
    }

    private int AfterDateline(int token)
    {
        int from = 0;
        for (int k = 1; k < token; k++)
            if (_low[k] is "-" or "—" or "–" && _low[k - 1] == ")") from = k + 1;
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

    /// <summary>A word after a determiner, adjective, noun, preposition or verb is a noun ("a meeting", "held talks").</summary>
    private bool IsNounContext(int i)
    {
        // "ask NATO allies to discuss the incidents": "allies" is a verb only before "with" or a reflexive.
        if (_low[i] == "allies") return !(i + 1 < _count && _low[i + 1] is "with" or "itself" or "themselves");
        // Sentence-initial "Talks between …", "Meeting with …": a noun before a preposition.
        if (i == 0) return i + 1 < _count && Prepositions.Contains(_low[i + 1]);
        string prev = _low[i - 1];
        // "weeks after receiving Russian President Vladimir Putin": a gerund after a conjunction of time, before its object,
        // is a verb.
        if (TimeConjunctions.Contains(prev) && _low[i].EndsWith("ing", StringComparison.Ordinal) && i + 1 < _count
            && (Determiners.Contains(_low[i + 1]) || _entityAt[i + 1] is not null || char.IsUpper(_doc.Text[_doc.Tokens[_first + i + 1].Start]))) return false;
        // "responded by cutting rail links with Moldova": so is one after "by" or "without", before any object.
        if (prev is "by" or "without" && _low[i].EndsWith("ing", StringComparison.Ordinal) && i + 1 < _count && _doc.Tokens[_first + i + 1].Kind == TokenKind.Word) return false;
        // "Georgian Police Detain Opposition Leader": in a headline a base form after a noun of a body or its people is its verb.
        if (_headline && _lexicon.VerbLemma(_low[i]) == _low[i] && (ActingBodies.Contains(prev) || PeopleOfABody.Contains(prev))) return false;
        // "Israel began releasing nearly 2,000 Palestinian prisoners": a gerund after a verb of beginning or going on is the verb.
        if (_low[i].EndsWith("ing", StringComparison.Ordinal) && prev is "began" or "begun" or "begin" or "begins" or "started" or "starts"
                or "continued" or "continues" or "resumed" or "resumes" or "kept" or "keeps") return false;
        // "signed a law on Wednesday suspending cooperation with the IAEA", "issued a statement condemning the attack": a
        // participle after a document's noun, before its object, is the document's act, and its signer's.
        if (_low[i].EndsWith("ing", StringComparison.Ordinal) && FollowsADocumentNoun(i) && i + 1 < _count
            && (IsDeterminerOrPossessive(_low[i + 1]) || _entityAt[i + 1] is not null || IsLowerCasePlainWord(i + 1))) return false;
        // "which Sudan's government accuses of arming the RSF", "the army denies the charge": a verb's "-s" form after a body's
        // noun, before an object, is that body's verb.
        if ((ActingBodies.Contains(prev) || PeopleOfABody.Contains(prev)) && _lexicon.VerbLemma(_low[i]) is { } present && _low[i] == present + "s"
            && i + 1 < _count && (IsDeterminerOrPossessive(_low[i + 1]) || _entityAt[i + 1] is not null || _low[i + 1] == "of" && IsGerund(i + 2)))
            return false;
        // "allies led by Russia", "forces backed by Iran": a plural before a participle and its agent is a noun.
        if (_low[i].EndsWith('s') && i + 2 < _count && _low[i + 2] == "by" && (_low[i + 1] is "led" || _low[i + 1].EndsWith("ed", StringComparison.Ordinal))) return true;
        // "White House press secretary": a verb's base form right before a title written in lower case describes the title.
        if (i + 1 < _count && _lexicon.VerbLemma(_low[i]) == _low[i] && IsOfficerTitle(i + 1) && IsLowerCasePlainWord(i + 1)) return true;
        // "welcomed the army's advance": after a possessive "'s" a word other than a past form is a noun.
        if (prev is "'s" or "’s" && !_low[i].EndsWith("ed", StringComparison.Ordinal)) return true;
        // After a date, an amount or a weapon ("on Monday ordered", "drones struck") the plain-word rules below apply.
        // "the town of Bara in North Kordofan state": "state" after a place's name is the division it names.
        // "vetoed an EU aid package": after "a" or "an" and a name, a base form is a noun (a singular subject would take "-s").
        // "had struck Hamas targets": after a name that a past verb of force begins its object with, an "-s" form is a noun
        // ("said Ukraine attacks …" keeps its verb).
        // ("Thousands of Iraqi Kurds demonstrated": a people named in the plural opening the sentence is a subject before its
        // verb; "opened its borders to most West Africans ordered out of Nigeria", "Buses carrying the released Palestinians
        // arrived" are not.)
        if (_entityAt[i - 1] is { } e && ActorLabels.Contains(e.Label))
            return IsPossessive(e) || e.Label == EntityLabels.Norp && !(IsPeopleInThePlural(e) && !_low[i].EndsWith("ing", StringComparison.Ordinal) && OpensTheSentenceCounted(FirstToken(i - 1, e)))
                   || e.Label == EntityLabels.Loc && _low[i] == "state" || IsUninflectedActNoun(i, e)
                   // ("The Sahel states withdrew from ECOWAS": a plural right before a verb's past form is its subject; not in a
                   // headline, whose verbs take "-s": "Venezuela frees detained Americans".)
                   || !_headline && !_title && _low[i].EndsWith('s') && i + 1 < _count && _entityAt[i + 1] is null && _lexicon.VerbLemma(_low[i + 1]) is not null && IsPastForm(i + 1)
                   || _lexicon.VerbLemma(_low[i]) == _low[i] && FirstToken(i - 1, e) is var named and >= 1 && _low[named - 1] is "a" or "an"
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
        if (Auxiliaries.Contains(prev) || SubjectPronouns.Contains(prev) || prev is "and" or "or" || IsAdverb(prev)) return false;
        if (Determiners.Contains(prev) || Prepositions.Contains(prev)) return true;
        // "forces attacked", "drones struck": after a plain word, a past form that is no noun is the verb of that word's
        // clause; so is a verb whose past is its base form right before its object ("air force hit the …").
        if (IsPastForm(i) || _lexicon.VerbLemma(_low[i]) == _low[i] && i + 1 < _count && (_low[i + 1] is "the" or "a" or "an" or "its" or "their" || _entityAt[i + 1] is not null)) return false;
        return _doc.Tokens[_first + i - 1].Kind == TokenKind.Word;
    }

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
        return w.EndsWith("ed", StringComparison.Ordinal)
               || _lexicon.VerbLemma(w) is { } lemma && lemma != w && !w.EndsWith('s') && !w.EndsWith("ing", StringComparison.Ordinal)
               // "was hit by Russian strikes", "were cut": a participle spelt as its base form, after a form of "be".
               || i >= 1 && BeForms.Contains(_low[i - 1]) && InvariantParticiples.Contains(w);
    }

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
    /// Russia withdraw", "demanded that Iran must stop").
    /// </summary>
    private bool ReportsAFact(int verbEnd)
    {
        int k = verbEnd;
        if (k >= _count || _low[k] != "that" || ++k >= _count || _entityAt[k] is not { } subject) return false;
        k = LastToken(k, subject) + 1;
        return k < _count && (IsPastForm(k) || _low[k] is "is" or "was" or "were" or "are" or "has" or "had"
                              || _lexicon.VerbLemma(_low[k]) is { } lemma && _low[k] == lemma + "s");
    }

    /// <summary>"poorly trained border service": a participle between a modifier and its noun describes, it does not report.</summary>
    private bool IsAttributiveParticiple(int i, int end)
    {
        string w = _low[i];
        if (end != i + 1 || end >= _count || !(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) return false;
        // "the U.S.-backed Syrian Democratic Forces", "a Kurdish-led force": a participle hyphenated to the word before it.
        if (IsJoiningHyphen(i - 1)) return true;
        string next = _low[end];
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
        if (_entityAt[j] is not null || Auxiliaries.Contains(_low[j]) || SubjectPronouns.Contains(_low[j])) return false;
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
                || lemma is "kill" or "attack" or "strike" or "seize" or "capture" or "occupy")  // "struck Iran and killed commanders of …"
            && VerbSharingItsSubject(i) >= 0) return false;
        // "urged them to use frozen Russian assets": after an infinitive or a modal's verb no past form is a verb.
        if (nationality && j >= 1 && (_low[j - 1] == "to" || Modals.Contains(_low[j - 1])) && _lexicon.VerbLemma(_low[j]) == _low[j]) return true;
        return Determiners.Contains(_low[j]) || Prepositions.Contains(_low[j]) || _doc.Tokens[_first + j].Kind != TokenKind.Word
               || _low[j] is "and" or "or" or "many" or "more" or "other" or "several" or "all" or "most" or "few" or "both" || IsNumberWord(j)
               // ("Israeli forces arrested three Palestinians": a verb's form read as a noun, "forces", is the subject.)
               || !nationality && (_lexicon.VerbLemma(_low[j]) is not null && !IsNounContext(j) || ReportingVerbs.Contains(_low[j]))
               // "released detained Americans": after a past form, before a nationality, it describes the people.
               || nationality && IsPastForm(j);
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

    /// <summary>
    /// "infrastructure used by special forces": a participle with its agent right after a common noun (or a quotation)
    /// describes that noun; it reports no act of the clause's subject.
    /// </summary>
    private bool IsReducedRelative(int i, int end)
    {
        string w = _low[i];
        // "cancel visas issued to Pakistani nationals": a participle of giving after an object noun describes that noun.
        if (i > 1 && end < _count && _low[end] == "to" && w is "issued" or "supplied" or "delivered" or "granted" or "sold" or "provided" or "sent"
            && IsLowerCasePlainWord(i - 1)
            && (Determiners.Contains(_low[i - 2]) || _lexicon.VerbLemma(_low[i - 2]) is not null && !Auxiliaries.Contains(_low[i - 2]))) return true;
        // "arrested two men suspected of planning sabotage": a participle of suspicion after a plain noun describes it.
        if (i > 0 && IsSuspicionParticiple(i) && IsLowerCasePlainWord(i - 1) && !Auxiliaries.Contains(_low[i - 1])) return true;
        // "to supply Transnistria with gas purchased on European markets": a participle and a phrase after a noun that is
        // the object of a preposition describes that noun (a clause's own subject opens no preposition: "officials gathered in …").
        // ("expect an aviation component to be deployed in Dushanbe": not after an auxiliary, "to be".)
        if (i >= 2 && w.EndsWith("ed", StringComparison.Ordinal) && end < _count && Prepositions.Contains(_low[end]) && IsLowerCasePlainWord(i - 1)
            && !Auxiliaries.Contains(_low[i - 1]) && !BeForms.Contains(_low[i - 1])
            && (Prepositions.Contains(_low[i - 2]) || i >= 3 && Determiners.Contains(_low[i - 2]) && Prepositions.Contains(_low[i - 3]))) return true;
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
            if (k >= 0 && k < i - 2 && _entityAt[k] is null && _lexicon.VerbLemma(_low[k]) is not null && !Auxiliaries.Contains(_low[k])
                && !ReportingVerbs.Contains(_low[k])) return true;
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

    /// <summary>The longest matching pattern of the verb's block, and where its words end.</summary>
    private (VerbPattern? Pattern, int End) BestPattern(VerbBlock block, int start, int end)
    {
        VerbPattern? best = null;
        int bestScore = 0, bestEnd = end;
        foreach (var p in block.Patterns)
        {
            int score = p.Pre.Count + p.Post.Count;
            if (score < bestScore || !MatchPost(p.Post, end, out int patternEnd) || !MatchPre(p.Pre, start)) continue;
            // "lifted sanctions": of two patterns as long, an intent's read off a stem ("sanction", 0351) yields to the act's
            // whose word is written as-is ("sanctions", 085).
            if (score == bestScore && !(best is not null && _lexicon.Code(best.Code)?.Type == "AGREE" && _lexicon.Code(p.Code)?.Type is not (null or "AGREE")
                                        && p.Post.Count > 0 && best.Post.Count > 0 && _low[patternEnd - 1] == p.Post[^1] && _low[bestEnd - 1] != best.Post[^1])) continue;
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
                if (IsClauseBreak(p) || _low[p] == "as" && elements[k] != "as" || _headline && _low[p] == ","
                    || _low[p] is "who" or "whom" or "which" or "whose" || OpensAClauseOfANamedSubject(p)) return false;
                // "called Burhan on Sunday": a preposition before a date is a time adverbial, not the pattern's "call on".
                if (ElementAt(elements[k], p, out length) && !(Prepositions.Contains(elements[k]) && p + 1 < _count && _entityAt[p + 1] is { Label: EntityLabels.Date })) found = p;
                // "phoned Aliyev to express support for …": words after an infinitive are that verb's, not this one's.
                else if (_low[p] == "to" && p > pos && IsInfinitive(p + 1)) return false;
            }
            if (found < 0) return false;
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

    /// <summary>"after", "before", "since", "until" or "when" at <paramref name="i"/> opens a clause whose subject is a name right
    /// after it, its verb following (past the name's weapon: "after Hamas rockets hit Sderot", "after Hamas fired rockets").</summary>
    private bool OpensAClauseOfANamedSubject(int i)
    {
        if (_low[i] is not ("after" or "before" or "since" or "until" or "when") || i + 1 >= _count || _entityAt[i + 1] is not { } subject) return false;
        int next = LastToken(i + 1, subject) + 1;
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
               && _lexicon.VerbLemma(next) is null;
    }

    private bool MatchPre(List<string> elements, int pos)
    {
        for (int k = elements.Count - 1; k >= 0; k--)
        {
            int found = -1;
            for (int p = pos - 1; p >= Math.Max(0, pos - 4) && found < 0; p--)
                if (ElementAt(elements[k], p, out _)) found = p;
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
        // "signed a framework agreement in Kabul on July 17 to prepare a feasibility study": an infinitive after an
        // accord's noun, and where and when it was reached, is what was agreed, no act of its own.
        int noun = to - 1;
        while (noun > 0 && IsTimeOrPlaceWord(noun) && _low[noun] != ",") noun--;
        if (AccordNouns.Contains(_low[noun]) && _low[noun] is not ("plan" or "peace")) return true;
        for (int i = to - 1; i >= Math.Max(0, to - 7); i--)
        {
            // The object may hold names: "ordered the French ambassador to leave", "urged Russia to withdraw".
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            // "called on Georgians to protest": "call on" controls its object as "urge" does.
            if (VerbOrUrge(i) is { } lemma
                && (ObjectControlVerbs.Contains(lemma) || lemma == "call" && _low[i + 1] is "on" or "upon")) return true;
            if (!IsPlainWord(i) && _low[i] is not ("on" or "upon")) return false;
        }
        return false;
    }

    /// <summary>The verb's lemma, "urge" for the forms of that verb the dictionary lacks.</summary>
    private string? VerbOrUrge(int i) => _lexicon.VerbLemma(_low[i]) ?? (IsUrge(_low[i]) ? "urge" : null);

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
            if (VerbOrUrge(i) is { } lemma && ObjectControlVerbs.Contains(lemma)) return i < to - 1;
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
        ["sanction"] = ("sanction", "163"), ["sanctioned"] = ("sanction", "163"), ["sanctioning"] = ("sanction", "163"),
    };

    private static bool IsUrge(string w) => UnlistedVerbs.TryGetValue(w, out var verb) && verb.Lemma == "urge";

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
        int from = to;
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
        // "agreed to double bilateral trade": a word the dictionary lacks before its object's modifier is a verb too.
        bool unlistedVerb = !c.Nominal && IsLowerCasePlainWord(verb) && !Determiners.Contains(_low[verb]) && NominalTriggers.CodeOf(_low[verb]) is null
                            && verb + 1 < _count && IsLowerCasePlainWord(verb + 1) && !Prepositions.Contains(_low[verb + 1]) && _low[verb + 1] is not ("and" or "or")
                            && !_low[verb].EndsWith("ed", StringComparison.Ordinal) && !_low[verb].EndsWith("ing", StringComparison.Ordinal);
        return IsInfinitive(verb) || unlistedVerb ? new Action(verb + 1, _low[verb], null) : null;
    }

    // ---- event assembly -------------------------------------------------------------------------------------

    /// <summary>Types that are acts between two parties: a bare dictionary verb with no second party is too weak a cue.</summary>
    private static readonly HashSet<string> Interactive = new(StringComparer.Ordinal)
        { "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION" };

    /// <summary>The act's noun the verb's dictionary pattern runs over ("called for a ceasefire", "carried out air strikes"), or null.</summary>
    private Candidate? NounInPattern(Candidate verb) =>
        verb.FromPattern ? _candidates.FirstOrDefault(o => o.Nominal && o.Start >= verb.End && o.Start < verb.PatternEnd) : null;

    private Event? Build(Candidate c, Action? action)
    {
        var span = action is null ? (c.Start, c.End) : (c.Start, action.End);
        string? verbLemma = c.Nominal ? null : _lexicon.VerbLemma(_low[c.Start]);
        if ((c.Type == "REQUEST" && !c.Nominal && ReportsAFact(c.End)) || NamesWhatWasDone(c.Start) || c.Nominal && RestatesAnActBefore(c)
            || TellsTheTollOf(c)) return null;
        // "Putin returned to Moscow": to go back to a place is a journey, nothing given back.
        if (!c.Nominal && c.End + 1 < _count && _low[c.End] == "to" && _entityAt[c.End + 1] is { Label: EntityLabels.Loc }
            && verbLemma is { } back && GivingBack(back)) return null;
        var (actor, recipient, confidence) = c.Nominal ? NominalRoles(c, action) : VerbRoles(c);
        // "India strikes Pakistan after Kashmir attack": a place that is no state right before the act's noun (or a word that
        // is a noun as well as a verb's base form) is where it happened, whatever a subject search finds there.
        if ((c.Nominal || NominalTriggers.CodeOf(_low[c.Start]) is not null && _lexicon.VerbLemma(_low[c.Start]) == _low[c.Start])
            && actor is { Label: EntityLabels.Loc } where && !_lexicon.IsState(where.Canonical) && !_lexicon.IsState(where.Text) && TokenIndexOf(where.Start) is var w and >= 0
            && LastToken(w, where) == c.Start - 1) actor = null;
        // "Demonstrators chanting "Ruto must go" broke through …, setting part of the building on fire": a name quoted
        // takes no part in an act told outside the quotation.
        if (actor is not null && QuotedApart(actor, c.Start)) actor = null;
        if (recipient is not null && QuotedApart(recipient, c.Start)) recipient = null;
        // "During Xi's visit, the two sides signed …": "the two sides" right before the verb is its subject, whatever name
        // an opening phrase holds; so it is of a verb after "and" that shares that verb's subject ("met … and signed a declaration").
        int subjectVerb = c.Start >= 1 && _low[c.Start - 1] == "and" ? FirstVerbOfItsSubject(c.Start) : c.Start;
        // ("Both governments asked the OSCE to dissolve the Minsk Group": the verb's own object stays its recipient.)
        if (!c.Nominal && (actor is null || !IsSubjectRightBefore(actor, c.Start)) && PairSubject(subjectVerb) is var (one, other))
            (actor, recipient, confidence) = recipient is not null && !Same(recipient, one) && !Same(recipient, other) && IsDirectObjectEntity(c.End, recipient)
                ? (one, recipient, 0.5) : (one, other, 0.5);
        if (actor is null) return null;
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
        if (!c.Nominal && action is not null && c.End + 1 < _count && (_lexicon.VerbLemma(_low[c.End + 1]) ?? _low[c.End + 1]) is var moved
            && (TransferVerbs.Contains(moved) || moved is "sell" or "lend" or "lease" or "export" || GivingBack(moved)) && PartyAfterTo(action.End, actor) is { } receiver)
            recipient = receiver;
        if (!c.Nominal && action is null && verbLemma is { } givenBack && GivingBack(givenBack) && PartyAfterTo(c.End, actor) is { } owner)
            recipient = owner;
        // "carried out air strikes on Kabul": the event noun inside the verb's pattern names the target after it.
        // The trigger then spans the verb and its noun ("held a meeting").
        if (!c.Nominal && NounInPattern(c) is { } noun
            && PrepositionalRecipient(noun.End, actor, c.Type) is { } target && (recipient is null || Same(recipient, target)))
            (recipient, span) = (recipient ?? target, (span.Item1, Math.Max(span.Item2, noun.End)));  // a state named keeps its name, not its capital's
        // "refused to join Russia's gas union", "threatened to impose sanctions on Belarusian officials": the other party
        // is the one the act in the complement is aimed at, after that act's own pattern words.
        if (recipient is null && !c.Nominal && action is null && c.End + 1 < _count && _low[c.End] == "to" && MatchVerb(c.End + 1) is { Lemma: not null } complement)
            recipient = Object(_candidates.FirstOrDefault(o => !o.Nominal && o.Start == c.End + 1)?.PatternEnd ?? complement.End, actor);
        // "met Mishustin … and discussed the resumption of Russian purchases of Turkmen gas": what is discussed is a topic; only
        // "with" names the other party.
        if (!c.Nominal && recipient is not null && verbLemma is "discuss" or "debate"
            && TokenIndexOf(recipient.Start) is var discussed && discussed > c.Start && !AfterWith(discussed))
            recipient = null;
        // "Putin met with Karimov … and signed a treaty": an act between equals after "and" is with the first verb's partner
        // ("met with Mohammed bin Salman and attended the forum": not an event attended, whose parties are its own).
        // "met Vladimir Putin in Moscow and asked for guarantees": so is a request for something.
        if (recipient is null && !c.Nominal && (Symmetric.Contains(c.Type) || c.Type == "REQUEST" && c.Start + 1 < _count && _low[c.Start + 1] == "for")
            && VerbSharingItsSubject(c.Start) is var first and >= 0
            && _low[c.Start - 1] == "and" && verbLemma != "attend")
            recipient = Object(MatchVerb(first).End, actor);
        // "Xi arrived in Astana": a visit's host is the place it goes to; "Putin left Moscow for Beijing": the place after
        // a visit pattern's "for".
        if (recipient is null && !c.Nominal && verbLemma is { } lemma && MovementVerbs.Contains(lemma)) recipient = Destination(c.End, actor);
        // ("led the talks for Bishkek": after an object that is no place, "for" names the side one acts for.)
        if (!c.Nominal && c.FromPattern && c.Code == "042" && c.PatternEnd < _count && _low[c.PatternEnd - 1] == "for"
            && Enumerable.Range(c.End, c.PatternEnd - 1 - c.End).All(k => _entityAt[k] is not null)
            && _entityAt[c.PatternEnd] is { } destination && ActorLabels.Contains(destination.Label)) recipient = destination;
        // "Mujahid said Islamabad had made demands and accused it of …": a verb after "and" whose object pronoun stands for
        // the reported clause's subject joins the reporting verb, whose subject acts on it.
        if (!c.Nominal && recipient is null && c.End < _count && _low[c.End] is "it" or "him" or "her" or "them" && c.Start >= 1 && _low[c.Start - 1] == "and"
            && ResolvePronoun(c.End) is { } referent && Same(referent, actor)
            && ReportingVerbBefore(FirstVerbOfItsSubject(c.Start)) is int reporting and >= 0 && Subject(reporting, out _) is { Possessive: false } speaker)
            (actor, recipient) = (speaker.Entity, referent);
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
            && !(c.Type == "ASSAULT" && WeaponObject(c.End) || c.Type is "ASSAULT" or "COERCE" && (ForceTargetObject(c.End) >= 0 || DoneToPeople(c)))
            && !(c.Type is "REQUEST" or "ACCUSE" && NounInPattern(c) is not null)
            // ("Hungary vowed to block any new sanctions on Russia": a refusal whose object is an act's noun refuses that act.)
            && !(c.Type == "REJECT" && ObjectIsAnAct(c.End))
            // ("Russia welcomed the agreement": an accord welcomed is endorsed, as one praised is, whoever made it.)
            && !(c.Type == "SUPPORT" && verbLemma is "welcome" or "hail" or "applaud" or "endorse" && ObjectNounAmong(c.End, AccordNouns))
            // ("Moscow denied the accusations", "The Taliban denied harboring militants": a charge denied is rejected, PLOVER's
            // reading of CAMEO's "deny responsibility", whoever made it.)
            && !(c.Type == "REJECT" && verbLemma is "deny" or "dismiss" or "reject" or "refute" && (ObjectNounAmong(c.End, ChargeNouns) || IsGerund(c.End)))
            // ("burned their weapons": laying down one's own arms is done to no one, nor is a truce declared, a surrender or a
            // resignation.)
            && c.Code != "0873" && !(c.Code == "0874" && verbLemma == "surrender") && !(c.Code == "0871" && ObjectNounAmong(c.End, TruceNouns))
            && c.Info != Resignation
            // ("Serbia lifted a night curfew in Montenegro", "lifted a state of emergency": a measure eased names the
            // concession, wherever it held.)
            && !(c.Type == "CONCEDE" && (ObjectNounAmong(c.End, EasedMeasures) || c.FromPattern && PatternWordAt(c, "emergency")))) return null;

        string status = Status(span.Item1, c);
        string type = action is not null ? "AGREE" : c.Type;
        string? officialComplaint = null;
        // "despite a threat by U.S. President Donald Trump to retaliate against EU rules": a hostile act that a threat names is
        // threatened, not done.
        if (!c.Nominal && type is "ASSAULT" or "COERCE" or "SANCTION" && ThreatensTheAct(c.Start)) type = "THREATEN";
        // "Philippines protests Chinese water cannon attack", "Astana's protest": a state's protest is a complaint lodged, not a
        // demonstration (CAMEO 114); protests in the plural are crowds ("accused Russia of organising protests").
        // ("summoned the Russian ambassador to deliver a note of protest": so is a protest a pattern's words deliver.)
        if (type == "PROTEST" && (_low[c.Start] is "protest" or "protested" or "protests" or "protesting" && !(c.Nominal && _low[c.Start] == "protests")
                                  || !c.Nominal && c.FromPattern && PatternWordAt(c, "protest"))
            && StandsForAState(actor)
            && _lexicon.Code("114") is { } complaint)
            (type, officialComplaint) = (complaint.Type, complaint.Mode);
        // "Azerbaijani protesters gathered outside the Iranian embassy": protesters who gather protest; they meet no one.
        if (type == "CONSULT" && !c.Nominal && WordBeforeAuxiliaries(c.Start) is var gatherers and >= 0 && _low[gatherers] is "protesters" or "demonstrators")
            type = "PROTEST";
        // "is preparing to reject the ceasefire", "plans to strike": an intention (not an agreement or a decision) to act
        // against someone is that act, anticipated; PLOVER's intent to cooperate is for cooperation.
        if (action?.Coded is { Type: "REJECT" or "THREATEN" or "ASSAULT" or "COERCE" or "SANCTION" or "PROTEST" or "ACCUSE" or "MOBILIZE" } hostile
            && !c.Nominal && verbLemma is not ("agree" or "sign" or "decide" or "vote"))
            (type, status) = (hostile.Type, EventTypes.Anticipated);
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
        ev.Arguments.Add(new EventArgument { Role = "actor", Entity = actor.Id });
        if (recipient is not null) ev.Arguments.Add(new EventArgument { Role = "recipient", Entity = recipient.Id });
        AddContextArguments(ev, actType, span.Item2, actor, recipient);
        if (actor.Label == EntityLabels.Loc && _lexicon.CountryOfCapital(actor.Canonical) is { } country) ev.ActorCountry = country;
        return ev;
    }

    private static readonly HashSet<string> LaunchVerbs = new(StringComparer.Ordinal) { "launch", "drop", "hurl", "lob" };
    private static readonly HashSet<string> StoppingVerbs = new(StringComparer.Ordinal) { "suspend", "halt", "freeze", "end", "stop", "pause", "cut", "sever" };
    private static readonly HashSet<string> SupplyNouns = new(StringComparer.Ordinal)
        { "deliveries", "supplies", "shipments", "exports", "supply", "transit", "imports", "purchases", "payments", "funding", "financing", "subsidies", "aid", "assistance" };
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
            // ("Suspends Oil Exports to Benin": a headline capitalises the modifiers.)
            if (_entityAt[i] is not null || !(IsDeterminerOrPossessive(_low[i]) || (IsLowerCasePlainWord(i) || _headline && IsPlainWord(i)) && ++modifiers <= 2)) return null;
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
        return party < _count && _entityAt[party] is { } other && ActorLabels.Contains(other.Label) && other.Label != EntityLabels.Norp ? other : null;
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

    /// <summary>
    /// Verbs whose dictionary reading is the act whatever follows them: they make an event with no second party named ("the
    /// ELN bombed a military base", "refused to apologize"), unlike "hit", "fire", "strike" or "beat", which need one to be
    /// read as force.
    /// </summary>
    private static readonly HashSet<string> UnmistakableVerbs = new(StringComparer.Ordinal)
    {
        "bomb", "bombard", "shell", "ambush", "assassinate", "massacre", "behead", "kidnap", "abduct", "besiege", "confiscate", "demolish",
        "veto", "reject", "refuse", "accuse", "condemn", "denounce", "blame", "threaten", "sanction", "expel", "arrest", "detain", "boycott",
        "demand", "ban", "prohibit", "outlaw", "jail", "imprison", "criticize", "criticise", "praise", "commend",
    };

    /// <summary>Verbs of travel whose destination is the host of the visit they make (CAMEO 040/042).</summary>
    private static readonly HashSet<string> MovementVerbs = new(StringComparer.Ordinal) { "arrive", "travel", "fly", "visit", "tour" };

    /// <summary>The place right after "in", "to" or "at" following a verb of travel, within its clause.</summary>
    private Entity? Destination(int from, Entity actor)
    {
        for (int i = from; i < Math.Min(_count - 1, from + 4); i++)
        {
            if (IsClauseBreak(i) || _isTrigger[i]) return null;
            if (_low[i] is "in" or "to" or "at" && _entityAt[i + 1] is { Label: EntityLabels.Loc } place && !Same(place, actor)) return place;
        }
        return null;
    }

    private (Entity? Actor, Entity? Recipient, double Confidence) VerbRoles(Candidate c)
    {
        // "rejected an offer by U.S. President Donald Trump to send troops": the infinitive after a noun of intent and its
        // "by" is the agent's act, not the clause subject's.
        if (AgentOfIntentBefore(c.Start) is { } intending) return (intending, Object(c.End, exclude: intending), 0.5);
        if (IntentOpposedOrReferredTo(c.Start)) return (null, null, 0);
        var subject = Subject(c.Start, out bool direct);
        // Without a pattern, the verb's default code is a weak cue: only a plain subject (not a possessor) will do.
        if (!c.FromPattern && subject is { Possessive: true } && !PossessesAnActingBody(subject)) subject = null;
        Entity? agent = ByAgent(c.End);
        Entity? actor, recipient;
        // "talks in Doha mediated by Qatar": a participle followed by its agent is passive without an auxiliary.
        bool agentRightAfter = agent is not null && c.End < _count && _low[c.End] == "by" && _low[c.Start].EndsWith("ed", StringComparison.Ordinal);
        if (agentRightAfter && !IsPassive(c.Start)) return (agent, null, 0.45);
        if (IsPassive(c.Start))
        {
            // "X was invited by Y": Y acts on X. Without "by", an entity subject is the one acted on and the
            // actor is the first party named after the verb in the same clause ("Melia was detained, his party said":
            // not the party); a non-entity subject leaves the framing clause's subject.
            recipient = direct ? subject?.Entity : null;
            // "Three Chinese nationals working for a mining company … were killed": a nationality opening the sentence, after a
            // number or an article only, describes the passive's subject however long its phrase, and is acted on.
            // ("Three US servicemen were killed by an improvised explosive device": so does a state's name before a noun.)
            if (!direct && subject is { Possessive: false } people && OpensTheClause(people.Token)
                && (people.Entity.Label == EntityLabels.Norp
                    || people.Entity.Label == EntityLabels.Loc && LastToken(people.Token, people.Entity) + 1 is var head && head < c.Start && IsLowerCasePlainWord(head)))
                (recipient, subject) = (people.Entity, null);
            // "The suspects, Aleksander K. and Dmitry S., were detained": a name set off by commas right before the passive
            // stands beside its subject, and is acted on.
            if (!direct && subject is { Possessive: false } apposed && WordBeforeAuxiliaries(c.Start) is var comma and >= 1
                && _low[comma] == "," && _entityAt[comma - 1] == apposed.Entity)
                (recipient, subject) = (apposed.Entity, null);
            // "said his government would not be provoked": the possessor of a passive's subject is on the side acted on.
            if (!direct && subject is { Possessive: true } owner) (recipient, subject) = (owner.Entity, null);
            // "has been accused of arming the RSF", "Meta was penalised for forcing Facebook users …": what follows "of", or
            // "for" and a gerund, is the charge, not who made it.
            bool charge = c.End < _count && (_low[c.End] == "of" || _low[c.End] == "for" && IsGerund(c.End + 1));
            actor = agent ?? (direct ? (charge ? null : Object(c.End, exclude: recipient, beforeComma: true)) : subject?.Entity);
            // "Temirov, who was deported to Russia in 2022": where the one acted on was sent is no actor.
            if (agent is null && actor is { Label: EntityLabels.Loc } place && PrecededBy(TokenIndexOf(place.Start), Destinations)) actor = null;
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
            if (subject is not null && (!subject.Possessive || PossessesAnActingBody(subject)) && ObjectRelativeAntecedent(subject.Token) is { } antecedent && !Same(antecedent, subject.Entity)
                && !(c.End < _count && (Determiners.Contains(_low[c.End]) || _low[c.End] is "to" or "\"" or "“")))
                recipient = antecedent;
            // "applies EU sanctions against Russia": a name before the verb's pattern's noun of the same act owns the measure;
            // the target, if any, comes after the pattern ("rejected a U.S. request": the requester is the one rejected).
            if (c.FromPattern && recipient is not null && ModifiesAnActNounBefore(recipient, c.PatternEnd, c.Type))
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
            // "denied sheltering the TTP": what a denied act is done to is no party to the denial.
            // ("denied that Washington was seeking to overthrow Maduro": nor is the subject of what is denied.)
            if (c.Type == "REJECT" && recipient is not null && _lexicon.VerbLemma(_low[c.Start]) == "deny" && c.End < _count && (IsGerund(c.End) || _low[c.End] == "that"))
                recipient = null;
            // "bringing some 1,500 troops from Russia, Kazakhstan and Tajikistan": where aid comes from is no party it is given to.
            // ("received tanks from Russia": a verb of receiving turns the two round, its "from" naming the giver.)
            if (recipient is not null && c.Type == "AID" && !c.Reverse && TokenIndexOf(recipient.Start) is var source and >= 1 && _low[source - 1] == "from") recipient = null;
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
            // Nor are mediators mutual parties: "Nazarbayev, Obama and Medvedev brokered his departure".
            bool mutual = (c.Type != "SUPPORT" || c.Code == "057" || !StartsAnObject(c.PatternEnd))
                          && !(_lexicon.VerbLemma(_low[c.Start]) is "pledge" or "promise" or "offer" && c.End < _count
                               && (_entityAt[c.End] is { Label: EntityLabels.Money } || StartsAnObject(c.End) && _low[c.End] != "to"))
                          && _lexicon.VerbLemma(_low[c.Start]) is not ("broker" or "mediate");
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
                _coActors.Add((actor, two));
            }
            // "Japan and the United States have backed Manila": coordinated subjects of an act not between them each do it;
            // the other one's event is added beside this one (Extract). "Hamas and Israel accused each other": each does it to
            // the other.
            // (Not a name in a phrase or a possessor before ", and": "suspended its partnership with Georgia, and Washington
            // later imposed …", "suspended Madagascar's membership, and Guterres condemned …".)
            // ("Lithuania, Latvia and Estonia barred Ivanishvili": each of a list does it.) Only a subject right before its verb,
            // and for an act between equals only one aimed at a party its object or "with" names ("Japan and the United States
            // have backed Manila"; not "Czechia and China signed an agreement …, the news agency Ceteka said").
            if (!c.Reverse && subject is { Possessive: false, InPrepositionalPhrase: false } && actor == subject.Entity && IsSubjectRightBefore(actor, c.Start)
                && (!Symmetric.Contains(c.Type) || recipient is not null && (IsDirectObjectEntity(c.End, recipient) || with is int party && TokenIndexOf(recipient.Start) - party is 1 or 2)))
            {
                bool reciprocal = c.End + 1 < _count && (_low[c.End] == "each" && _low[c.End + 1] == "other" || _low[c.End] == "one" && _low[c.End + 1] == "another");
                for (var conjunct = subject; _coActors.Count < 4 && NamedBeforeInList(conjunct, c.Start) is { } coSubject && !Same(coSubject, actor)
                                             && !IsPossessive(coSubject) && TokenIndexOf(coSubject.Start) is var coToken and >= 0 && !InPrepositionalPhrase(coToken)
                                             && !AmongCoActors(coSubject);
                     conjunct = new Mention(coSubject, coToken, false, false))
                {
                    if (reciprocal)
                    {
                        recipient = coSubject;
                        _coActors.Clear();
                        _coActors.Add((coSubject, actor));
                        break;
                    }
                    if (recipient is not null && Same(coSubject, recipient)) break;
                    _coActors.Add((coSubject, recipient));
                }
            }
        }
        if (c.Reverse) (actor, recipient) = (recipient, actor);
        // "Milei wins backing from IMF": after a verb of obtaining and its object, "from" names the giver; the subject receives.
        else if (c.FromPattern && c.PatternEnd + 1 < _count && _low[c.PatternEnd] == "from"
                 && PartyFrom(c.PatternEnd + (_low[c.PatternEnd + 1] == "the" ? 2 : 1)) is var (giver, _)
                 && _lexicon.VerbLemma(_low[c.Start]) is "win" or "get" or "receive" or "obtain" or "secure" or "gain")
            (actor, recipient) = (giver, actor);
        double confidence = subject is { InPrepositionalPhrase: false } ? 0.6 : 0.45;
        return (actor, recipient, confidence);
    }

    /// <summary>A noun phrase begins at <paramref name="i"/>: a determiner or a lower-case plain word.</summary>
    private bool StartsAnObject(int i) =>
        i < _count && (Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i));

    /// <summary>The party after "at", "against" or "toward" that follows the weapons an assault verb takes, or null.</summary>
    private Entity? TargetAfterWeapons(int from, Entity? actor)
    {
        for (int i = from; i + 1 < Math.Min(_count, from + 12); i++)
        {
            if (_low[i] is "," || IsClauseBreak(i) || _isTrigger[i]) return null;
            if (_low[i] is "at" or "against" or "toward" or "towards" && _entityAt[i + 1] is { } e && ActorLabels.Contains(e.Label)
                && (actor is null || !Same(e, actor))) return e;
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

    /// <summary>The verb's object is a measure to be adopted (<see cref="MeasureNouns"/>): "the European Union's 20th package".</summary>
    private bool BlocksAMeasure(int verbEnd) => ObjectNounAmong(verbEnd, MeasureNouns);

    private static readonly HashSet<string> LawsuitNouns = new(StringComparer.Ordinal) { "lawsuit", "suit", "complaint", "claim", "case", "appeal" };

    /// <summary>The noun of the object from <paramref name="from"/> is one of <paramref name="nouns"/>, past an article, a party (its
    /// possessive or its name as a modifier) and up to three modifiers (lower-case words, ordinals, acts' nouns: "the European
    /// Union's 20th package", "EU sanctions package").</summary>
    private bool ObjectNounAmong(int from, HashSet<string> nouns)
    {
        int i = from;
        if (i < _count && IsDeterminerOrPossessive(_low[i])) i++;
        if (i < _count && _entityAt[i] is { } owner && ActorLabels.Contains(owner.Label))
        {
            i = LastToken(i, owner) + 1;
            if (i < _count && _low[i] is "'s" or "’s") i++;
        }
        for (int words = 0; i < _count && words < 4; i++, words++)
        {
            if (nouns.Contains(_low[i])) return true;
            // ("Dushanbe Signs Water Deal With Tashkent": a headline capitalises the modifiers.)
            if (!(IsLowerCasePlainWord(i) || _headline && IsPlainWord(i) || char.IsDigit(_low[i][0]) || _isTrigger[i] && NominalTriggers.CodeOf(_low[i]) is not null)) return false;
        }
        return false;
    }

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
        "tanks", "council", "junta", "court", "senate", "congress", "legislature", "assembly", "coastguard", "militia", "rebels",
        "delegation", "negotiators", "intelligence",
    };

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
            if (ActingBodies.Contains(_low[k]) || PeopleOfABody.Contains(_low[k]) || body && IsOfficerTitle(k)) return true;
        return false;
    }

    /// <summary>A title noun of one who holds an office ("minister", "president", "spokesman"), not a modifier of one.</summary>
    private bool IsOfficerTitle(int i) => Relations.TitleLexicon.KindOf(_low[i]) is Relations.TitleKind.Head or Relations.TitleKind.Member;

    private (Entity? Actor, Entity? Recipient, double Confidence) NominalRoles(Candidate c, Action? action)
    {
        Entity? actor = Premodifier(c.Start), recipient = null;
        int after = c.End;
        // "detained him at the request of the Tajik Prosecutor-General's Office": "of" after a request names who made it.
        if (actor is null && c.Type == "REQUEST" && after + 1 < _count && _low[after] == "of"
            && PartyFrom(_low[after + 1] == "the" ? after + 2 : after + 1) is var (requester, _))
            actor = requester;
        // "Israel Kills Hezbollah Military Chief in Beirut Strike": a city before an attack's noun is where it struck, not
        // who struck (a state's name is: "an Israel strike").
        if (actor is { Label: EntityLabels.Loc } city && c.Type == "ASSAULT" && !_lexicon.IsCountry(city.Canonical)) return (ByAgent(c.End), null, 0.5);
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
        if (between + 1 < _count && _low[between] == "between" && PartyFrom(between + 1) is var (x, xEnd)
            && xEnd + 1 < _count && _low[xEnd] is "and" or "," && PartyFrom(xEnd + 1) is var (y, _))
            return (x, y, 0.6);
        // "Google lost its final appeal against a fine", "filed an appeal": an appeal at law asks no party for anything.
        if (_low[c.Start] is "appeal" or "appeals" && GoverningWord(c.Start) is var court and >= 0 && _lexicon.VerbLemma(_low[court]) is "lose" or "lost" or "win" or "file" or "reject" or "dismiss" or "uphold")
            return (null, null, 0);
        // "the Pretoria agreement": named by where it was made, an agreement cited, not made here.
        if (actor is null && c.Start > 0 && _entityAt[c.Start - 1] is { } venue && NamesAVenue(venue, c.Start - 1)) return (null, null, 0);
        // "Biden said the strikes were a response …": an event noun that is its own clause's subject has no actor outside it.
        if (actor is null && IsClauseSubject(c.Start, after)) return (null, null, 0);
        // "accused Russia of funding protests": the object of a gerund is no act of the gerund's subject, unless the
        // gerund stages it ("organising protests", "launching attacks").
        // "accused Grossi of paving the way for the strikes": nor is an act in a phrase of a charged gerund's object, unless the
        // gerund takes part in it ("of taking part in attacks").
        if (actor is null && GerundOverTheNoun(c.Start) is int gerund && !IsStagingVerb(gerund)) return (null, null, 0);
        // "Poland had detected 400 cyber attacks", "defences against hybrid threats": the object of a verb that is no
        // event itself, or of "against", is no act of the clause's subject.
        int governor = GoverningWord(c.Start);
        // The word governing the noun's phrase past a name modifying the noun ("suffered a Russian attack", "evaded U.S. sanctions").
        int outer = governor >= 0 && _entityAt[governor] is { } premodifier ? GoverningWord(FirstToken(governor, premodifier)) : governor;
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
            && (HarmedParticiples.Contains(_low[harmed]) && IsPassive(harmed) || _low[harmed] is "died" or "die" or "dies" or "perished"))
            return (null, null, 0);
        // "police detained 14 members of Zubr during a protest": a protest during which its actors were detained or attacked is
        // theirs (the verb's object, if named), not the subject's (who may have attacked during their own: "youths resorted
        // to throwing stones during demonstrations").
        if (_low[c.Start] is "protest" or "protests" or "demonstration" or "demonstrations" or "rally" && governor >= 1 && _low[governor] is "during" or "at"
            && VerbBefore(governor) is var coercing and >= 0 && CandidateAt(coercing) is { Type: "COERCE" or "ASSAULT" } coercion)
        {
            if (Object(coercion.End, exclude: null) is { } protesters && TokenIndexOf(protesters.Start) < governor) return (protesters, null, 0.4);
            if (coercion.Type == "COERCE") return (null, null, 0);
        }
        // "Russia withdrew from the treaty", "walked out of the talks": an act named after "from" or "out of" is one left,
        // not one made.
        if (governor >= 0 && (_low[governor] == "from" || _low[governor] == "of" && governor >= 1 && _low[governor - 1] == "out")) return (null, null, 0);
        // "India Suspends Treaty After Kashmir Attack", "amid protests": an event named after a preposition of time or
        // circumstance is another act than the clause's.
        if (actor is null && governor >= 0 && _low[governor] is "after" or "following" or "amid" or "despite" or "since" or "before")
        {
            // "speaking in Brussels after a meeting with Jaap de Hoop Scheffer", "won an exemption after talks with NATO": a
            // meeting "with" someone is the act of the subject of the verb before it.
            if (c.Type == "CONSULT" && after < _count && _low[after] == "with" && VerbBefore(governor) is int verb and >= 0
                && Subject(verb, out _) is { Possessive: false } met)
                return (met.Entity, PrepositionalRecipient(after, met.Entity, c.Type), 0.5);
            return (null, null, 0);
        }
        // "Trade Accusations Over Drone Strike", "protested over the arrests": an act an act's words are about, after "over",
        // is another's; "held talks on a security agreement": so is the topic of talks after "on" or "about", not yet made.
        if (actor is null && governor >= 1
            && (_low[governor] == "over" && (NominalTriggers.CodeOf(_low[governor - 1]) is not null || _isVerbTrigger[governor - 1])
                || _low[governor] is "on" or "about" && NominalTriggers.CodeOf(_low[governor - 1]) is { } talks && _lexicon.Code(talks)?.Type == "CONSULT"))
            return (null, null, 0);
        // "said it was "deeply concerned" about the arrests", "anger over the killings": an act one feels about is another's
        // (a word of feeling without quotation marks is a verb the check above has met).
        int felt = governor >= 1 && _low[governor] is "\"" or "”" or "'" or "’" ? governor - 1 : governor;
        // ("was deeply troubled by the raid": nor is one felt "by".)
        if (actor is null && felt >= 1 && (FeelingWords.Contains(_low[felt]) || _low[felt] is "over" or "at" or "by" && FeelingWords.Contains(_low[felt - 1])))
            return (null, null, 0);
        // "denied that Tehran had any role in the attack": an act named as what one has a part in is referred to, not done.
        if (governor >= 1 && _low[governor] is "in" or "into" or "for" && _low[governor - 1] is "role" or "involvement" or "responsibility"
                or "investigation" or "probe" or "inquiry" or "complicity")
            return (null, null, 0);
        // "Kazakhstan Hit by Drone Strike": an act after a passive's "by" is done to the subject; without a party before its
        // noun ("hit by Russian strikes") its doer is unnamed.
        if (actor is null && governor >= 1 && _low[governor] == "by" && (IsPastForm(governor - 1) || InvariantParticiples.Contains(_low[governor - 1])))
            return (null, null, 0);
        // "free all those detained for peaceful protest", "jailed for taking part in protests": what one is punished for is the
        // charge, no act of the sentence's parties.
        if (governor >= 1 && _low[governor] == "for" && _low[governor - 1] is "detained" or "arrested" or "jailed" or "imprisoned" or "sentenced"
                or "convicted" or "punished" or "fined" or "prosecuted" or "charged" or "tried")
            return (null, null, 0);
        // "a ban on demonstrations", "restrictions on protests": the act is the ban's object, no act of anyone here.
        if (governor >= 1 && _low[governor] == "on" && _low[governor - 1] is "ban" or "bans" or "restrictions" or "curbs" or "limits" or "moratorium" or "crackdown")
            return (null, null, 0);
        // "its commitments under the EEU treaty", "in line with the 2015 agreement": a standing agreement is cited, not made.
        if (outer >= 0 && (_low[outer] is "under" || _low[outer] == "with" && outer >= 2 && _low[outer - 2] == "in" && _low[outer - 1] == "line"))
            return (null, null, 0);
        // "the European parties to the 2015 deal", "signatories of the treaty": a party's role names no new act.
        if (governor >= 1 && _low[governor] is "to" or "of" && _low[governor - 1] is "party" or "parties" or "signatory" or "signatories")
            return (null, null, 0);
        // "threats from its enemies", "criticism from Russia": "from" names who made the threat or the demand (not after a
        // possessive, which names its maker: "launched their offensive from Idlib" is where it started).
        if (actor is null && after + 1 < _count && _low[after] == "from" && !(c.Start >= 1 && _low[c.Start - 1] is "its" or "their" or "his" or "her") && c.Type is "ASSAULT" or "THREATEN" or "ACCUSE" or "REQUEST" or "PROTEST")
            return _entityAt[after + 1] is { } source && ActorLabels.Contains(source.Label) ? (source, null, 0.55) : (null, null, 0);
        // "Iran evaded U.S. sanctions": a measure one evades is another's (its premodifier's), aimed at the one who evades it.
        int evading = outer >= 0 && IsEvasionVerb(outer) ? outer : -1;
        if (evading >= 0) return (actor, actor is null ? null : Subject(evading, out _)?.Entity, 0.5);
        if (actor is null)
        {
            var subject = Subject(c.Start, out _, nominal: true);
            actor = ByAgent(c.End) ?? subject?.Entity;
            if (subject is not null && actor == subject.Entity && Symmetric.Contains(c.Type)) recipient = Coordinated(subject, c.Start);
            confidence = subject is { InPrepositionalPhrase: false } ? 0.55 : 0.4;
        }
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
        // "Israel's invasion of Lebanon", "Iran's seizure of a British tanker": after an act of force done by its possessor, "of"
        // names what it is done to.
        if (recipient is null && actor is not null && c.Type is "ASSAULT" or "COERCE" && after + 1 < _count && _low[after] == "of" && HasPossessor(c.Start)
            && PartyFrom(Determiners.Contains(_low[after + 1]) ? after + 2 : after + 1) is var (patient, _) && !Same(patient, actor))
            recipient = patient;
        return (actor, recipient, confidence);
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
    /// or "have" or by a past form is the subject of its clause.
    /// </summary>
    private bool IsClauseSubject(int noun, int after)
    {
        int d = noun - 1;
        while (d >= 0 && noun - d <= 3 && _low[d] is not ("the" or "a" or "an") && IsLowerCasePlainWord(d)) d--;
        if (d < 0 || _low[d] is not ("the" or "a" or "an")) return false;
        int k = after;
        if (k < _count && Prepositions.Contains(_low[k]))
            for (k++; k < Math.Min(_count, after + 6) && !BeForms.Contains(_low[k]) && (_entityAt[k] is not null || IsPlainWord(k) || Determiners.Contains(_low[k])); k++) { }
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
            if (_isTrigger[k])
            {
                foreach (var o in _candidates)
                    if (o.Nominal && o.Start == k && o.Type == "ASSAULT") return true;
                return false;
            }
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

    /// <summary>Participles of harm done, which add the result of the act they follow.</summary>
    private static readonly HashSet<string> HarmDoneParticiples = new(StringComparer.Ordinal)
        { "killing", "wounding", "injuring", "hurting", "destroying", "damaging" };

    /// <summary>Participles of harm whose passive subject an act named after "in" hit ("were killed in an attack").</summary>
    private static readonly HashSet<string> HarmedParticiples = new(StringComparer.Ordinal)
        { "killed", "wounded", "injured", "hurt", "hit", "destroyed", "damaged", "struck", "targeted", "captured", "displaced", "trapped" };

    /// <summary>The verb trigger starting at token <paramref name="token"/>, or null (a loop: no closure).</summary>
    private Candidate? CandidateAt(int token)
    {
        foreach (var o in _candidates)
            if (!o.Nominal && o.Start == token) return o;
        return null;
    }

    /// <summary>The token at <paramref name="k"/>, or before the phrases of time and place that end there ("died on November 30",
    /// "were killed in Khatlon on Monday"); -1 when none is left.</summary>
    private int VerbBeforeItsPhrases(int k)
    {
        while (k >= 1 && _entityAt[k] is { Label: EntityLabels.Date or EntityLabels.Loc } phrase)
        {
            k = FirstToken(k, phrase) - 1;
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
        "order",  // "Maduro ordered the mobilization of 200,000 troops": who orders an act has it done
    };

    /// <summary>The word at <paramref name="i"/> is a form of one of <see cref="StagingVerbs"/>.</summary>
    private bool IsStagingVerb(int i) => _lexicon.VerbLemma(_low[i]) is { } lemma && StagingVerbs.Contains(lemma);

    /// <summary>
    /// The word before the noun phrase that ends in the noun at <paramref name="noun"/> (past a determiner, numbers and up
    /// to four lower-case modifiers: "detected more than 400 cyber attacks"), or -1.
    /// </summary>
    private int GoverningWord(int noun)
    {
        int i = noun - 1;
        for (int words = 0; i >= 0 && words < 6; i--, words++)
        {
            // "After Missile Attack", "after a drone attack": a weapon names the attack's kind.
            if (_entityAt[i] is { Label: EntityLabels.Weapon } weapon) { i = FirstToken(i, weapon); continue; }
            // "under a ceasefire deal": an act's noun modifying the noun is part of its phrase.
            if (i == noun - 1 && _isTrigger[i] && NominalTriggers.CodeOf(_low[i]) is not null) continue;
            // "ending weeks of street protests": a length of time is measured in the noun's phrase.
            if (_low[i] == "of" && i >= 1 && DurationUnits.Contains(_low[i - 1])) { i--; continue; }
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
        _entityAt[subject.Token] is { } name && RelativeClauseStart(trigger) is var clause and >= 2 && LastToken(subject.Token, name) == clause - 2;

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
        // "Aliyev and Armenian Prime Minister Nikol Pashinyan", "al-Sisi and Qatar's Emir Sheikh Tamim": the second
        // party's title, nationality or country come between.
        // "Araqchi and U.S. special envoy Steve Witkoff": so does a state or body named before a title.
        while (i >= 1 && (_entityAt[i] is { Label: EntityLabels.Norp } || _low[i] is "counterpart" or "counterparts" or "his" or "her" or "their" or "its"
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
        // "Georgian interior ministry troops and South Ossetian militiamen": a nationality is named before its people's noun.
        if (subject.Entity.Label == EntityLabels.Norp && IsPeoplesNounWord(j))
        {
            for (int words = 0; words < 3 && j >= 1 && IsPeoplesNounWord(j); words++) j--;
            if (_entityAt[j] is not { Label: EntityLabels.Norp }) return null;
        }
        // "Colombia's government and the National Liberation Army": the possessor of the body before "and" is the party.
        if (j >= 2 && _entityAt[j] is null && IsPlainWord(j) && _low[j - 1] is "'s" or "’s" && _entityAt[j - 2] is { } possessor && IsPossessive(possessor)) j -= 2;
        // "where he and Vladimir Putin signed a declaration": a pronoun before "and" stands for the party it refers to.
        var partner = _entityAt[j] ?? (_low[j] is "he" or "she" ? ResolvePronoun(j, subject.Entity) : null);
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

    private bool IsTitleWord(int i) => Relations.TitleLexicon.KindOf(_low[i]) != Relations.TitleKind.None && _low[i] != "of";

    /// <summary>Event nouns whose possessor is the one the act is done to ("his arrest", "Navalny's release").</summary>
    private static readonly HashSet<string> PatientNouns = new(StringComparer.Ordinal)
    {
        "arrest", "arrests", "detention", "release", "killing", "assassination", "execution", "expulsion", "deportation", "extradition",
        "abduction", "kidnapping", "capture", "murder", "ouster", "removal", "dismissal", "imprisonment", "sentencing", "conviction",
        "prosecution", "trial", "punishment", "rescue", "evacuation",
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
        e.Label == EntityLabels.Loc && !IsPossessive(e) && lastToken + 1 < _count && VenueNamedNouns.Contains(_low[lastToken + 1])
        && !_lexicon.IsCountry(e.Canonical) && !_lexicon.IsCountry(e.Text);

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
            if (_doc.Tokens[_first + i].Kind != TokenKind.Word || Prepositions.Contains(w) || w is "a" or "an" or "the" || Auxiliaries.Contains(w)
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
            if (_isTrigger[i] || IsClauseBreak(i) || _low[i] == "according") return null;
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
                    return ActorLabels.Contains(e.Label) && (actor is null || !Same(e, actor)) ? e : null;
                }
                // ("strikes on nine sites in Pakistan": a number counts the targets.)
                if (_doc.Tokens[_first + j].Kind is not (TokenKind.Word or TokenKind.Number)) break;
            }
        }
        return null;
    }

    /// <summary>The subject-like mention before <paramref name="start"/> in the same clause.</summary>
    private Mention? Subject(int start, out bool direct, bool nominal = false)
    {
        direct = false;
        if (AbsoluteSubject(start) is { } absolute) { direct = true; return absolute; }
        // "accused Washington of preparing an invasion and ordered the mobilization of reservists": the act's noun a verb after
        // "and" stages is that verb's subject's, which it shares with the verb before (past that verb's object).
        if (nominal && GoverningWord(start) is var staging and >= 1 && _low[staging - 1] == "and" && IsStagingVerb(staging)
            && VerbSharingItsSubject(staging) >= 0)
            return Subject(staging, out direct);
        start = FirstVerbOfItsSubject(start);
        if (!nominal && NamedInADashAsideBefore(start) is { } listed) { direct = true; return listed; }
        // "urged the authorities to reverse the decision and release Moussa Mara", "pressed armed groups to agree to ceasefires":
        // the unnamed object of a verb that controls it does the infinitive's act; nobody named does.
        if (!nominal && start >= 1 && _low[start - 1] == "to" && ControlsAnUnnamedObject(start - 1)) return null;
        var mentions = new List<Mention>();
        Mention? relative = null;
        int relativePronoun = -1;
        // "Putin, visiting Beijing, signed a deal with Xi": a noun's aside stands before the verb that governs it.
        var (asideStart, asideEnd) = AsideBefore(nominal && GoverningWord(start) is var verb and >= 0 && _lexicon.VerbLemma(_low[verb]) is not null ? verb : start);
        bool pronounPassed = false;
        // "Lukashenko told state news agency BelTA during a visit to …": an act in a phrase of "during" is the reporting
        // clause's subject's, past the one told and the verb.
        bool duringPhrase = GoverningWord(start) is int governor and >= 0 && _low[governor] == "during", passedListener = false;
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
        // "criticized both governments for failing to consult …", "blamed Kyiv for shelling …": so is an act after "for" and a
        // gerund after a verb's object (not "called for ending the war", the caller's).
        bool afterOf = of >= 0 && (_low[of] == "of" || _low[of] == "for" && of >= 1 && !_isVerbTrigger[of - 1] && _lexicon.VerbLemma(_low[of - 1]) is null
                                                        && (_entityAt[of - 1] is not null || IsLowerCasePlainWord(of - 1)) && of + 1 < _count && IsGerund(of + 1));
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
                int objectVerb = first - 1;
                while (objectVerb > 0 && (Determiners.Contains(_low[objectVerb]) || IsNumberWord(objectVerb))) objectVerb--;
                bool objectOfAnAct = nominal && !afterOf && objectVerb >= 0 && _isVerbTrigger[objectVerb] && GoverningWord(start) is var adjunct and >= 0 && _low[adjunct] is "in" or "during";
                if (ActorLabels.Contains(e.Label) && !IsObjectOfAnEarlierVerb(first, i, start) && !listener && !DescribesACompound(i) && !objectOfAnAct
                    && !IsObjectBeforePurpose(first, i, start))
                    mentions.Add(new Mention(e, first, InPrepositionalPhrase(first) && !IsSubjectAfterConjunction(first, i, start) && !ActsThroughItsPeople(first)
                                                       && !NamesAPostedNoun(e, first), IsPossessive(e)));
                i = first;
                continue;
            }
            // ", and" before a new clause, and "if", "when", "whether", ", as": the verb's subject comes after them ("…, as tens
            // of thousands of students marched": no name acts).
            // "where" opens a clause ("outside parliament, where thousands of people have rallied"), and so does "as" before
            // an event noun ("… Refinery as Peace Talks Stall"), unless it joins names ("such as", "as well as").
            if (IsClauseBreak(i) || w is "that" or "if" or "when" or "where" or "whether" || w is "and" or "as" && i > 0 && _low[i - 1] == ","
                || nominal && w == "as" && !(i > 0 && _low[i - 1] is "such" or "well") && !(i + 1 < _count && _low[i + 1] == "well")) break;
            // "expelled advisers a day after gunmen killed 26 tourists": before a clause's own subject, "after" opens it.
            // ("resigned after supporters stormed the building in Sukhumi to protest": a place in a phrase is no subject.)
            // ("hours after rockets were fired from Lebanese territory": so does a weapon, which acts for no one named.)
            if (w is "after" or "before" or "since" or "until" && AllInPhrasesAfter(mentions, i + 1) && i + 1 < start
                && (_entityAt[i + 1] is null && (IsLowerCasePlainWord(i + 1) || Determiners.Contains(_low[i + 1]) && i + 2 < start && IsLowerCasePlainWord(i + 2))
                    || _entityAt[i + 1] is { Label: EntityLabels.Weapon })) break;
            // "Kim said the launch demonstrated …": a reported clause's subject comes after the reporting verb; its
            // speaker is not the actor, unless a pronoun stands for them ("Bouteflika said he is prepared to …").
            // "Lai said his government would not be provoked": a possessor found in the reported clause keeps the search there
            // (not one in a phrase: "said in his nightly address, urging …").
            // "defended the measure, saying foreign-funded media sought to destabilize the country": so does a participle's.
            // "The EU announced sanctions on Russia": a verb of saying whose object is the act's noun stages the act.
            if (mentions.TrueForAll(m => m.Possessive && !m.InPrepositionalPhrase) && !pronounPassed
                && (ReportingVerbs.Contains(w) || ReportingParticiples.Contains(w)) && w != "according" && !(duringPhrase && passedListener)
                && !(nominal && i == governingVerb && IsStagingVerb(i))) break;
            pronounPassed |= SubjectPronouns.Contains(w);
            // "Tekebayev, whom 30 deputies had accused of …": the relative clause's subject comes after "whom".
            if (w == "whom") break;
            if (w is "who" or "which")
            {
                // A relative clause's subject is its antecedent right before: "Russia, which attacked …"; not where a
                // subject of its own comes between ("attacks near Gao, which the junta blamed on …": "which" is the object).
                int j = i - 1;
                if (j >= 0 && _low[j] == ",") j--;
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
            if (w is "it" or "they" or "he" or "she" or "its" or "their" or "his" or "her" && !(!nominal && PossessesAnObject(i)) && ResolvePronoun(i) is { } r)
                mentions.Add(new Mention(r, i, InPrepositionalPhrase(i), w is "its" or "their" or "his" or "her"));
            else if (_entityAt[i] is null && (BodyNamedBefore(i, possessorToo: true) ?? StateOfItsBody(i)) is { } body)
                mentions.Add(new Mention(body, i, InPrepositionalPhrase(i), i + 1 < _count && _low[i + 1] is "'s" or "’s"));
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

    /// <summary>Every mention found is inside a prepositional phrase and after token <paramref name="token"/> (a loop: a lambda
    /// would capture the subject search's index and put a closure on the heap for every search).</summary>
    private static bool AllInPhrasesAfter(List<Mention> mentions, int token)
    {
        foreach (var m in mentions)
            if (!m.InPrepositionalPhrase || m.Token <= token) return false;
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
        { "pipeline", "pipelines", "railway", "railways", "railroad", "road", "highway", "line", "route", "corridor", "link", "cable", "canal", "flights", "flight" };

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

    /// <summary>The place ending at token <paramref name="last"/> is a noun's posting ("ambassador in Bishkek", "envoy to Moscow").</summary>
    private bool IsPosting(int last)
    {
        if (last < 0 || _entityAt[last] is not { Label: EntityLabels.Loc } place) return false;
        int first = FirstToken(last, place);
        return first >= 2 && _low[first - 1] is "in" or "to" && IsLowerCasePlainWord(first - 2) && _entityAt[first - 2] is null;
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
    /// "where the two leaders agreed to deepen defence cooperation", "Both sides signed …": a clause whose subject is
    /// "the two" or "both" and a plural of leaders or parties (right before the verb, past auxiliaries and adverbs) is about
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
        foreach (var e in _entities)
        {
            if (reported) break;
            if (e.Start < _sentence.Start || !Fits(e) || IsInlineCredit(e)) continue;
            if (e.End > limit) break;
            if (firstHere is null) firstHere = e;
            else if (!Same(firstHere, e)) { twoHere = true; break; }
        }
        for (int j = _earlier.Count - 1; j >= 0 && !twoHere && _earlier[j].Trigger.Start >= threeBack; j--)
            if (_earlier[j].Trigger.Start < limit && Party(_earlier[j], "actor") is { } a && Party(_earlier[j], "recipient") is { } b
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
        // "Egyptian and Qatari mediators met": a nationality before the noun of its people, as Subject reads it.
        if (e.Label == EntityLabels.Norp)
            for (int words = 0; words < 3 && k >= 1 && IsPeoplesNounWord(k); words++) k--;
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

    /// <summary>The entity at <paramref name="first"/> follows "(the) people of" ("Leaders of the Economic Community …", "the head
    /// of the IAEA") or "a force or officials in" ("Police in Georgia detained …", "officials in Kabul").</summary>
    private bool ActsThroughItsPeople(int first)
    {
        int of = first - 1;
        // "the government of President Emomali Rahmon": past the person's titles.
        while (of >= 0 && IsTitleWord(of) && _entityAt[of] is null) of--;
        if (of >= 0 && _low[of] == "the") of--;
        // "the government of Alexander Lukashenko", "the forces of Ukraine": a body of the one named acts for it too.
        // "units from Kazakhstan and Russia": so do the people "from" a party.
        // "The presidents of Tajikistan and Kyrgyzstan signed …": officers named in the plural likewise.
        return of >= 1 && (_low[of] == "of" && (PeopleOfABody.Contains(_low[of - 1]) || ActingBodies.Contains(_low[of - 1]) || IsOfficerTitle(of - 1)
                                                || _low[of - 1] is [.. var singular, 's'] && Relations.TitleLexicon.KindOf(singular) is Relations.TitleKind.Head or Relations.TitleKind.Member)
                           || _low[of] == "from" && _entityAt[of - 1] is null && PeopleOfABody.Contains(_low[of - 1])
                           // "the Pervomaisky District Court in Bishkek": a body's name is no body of the place after it.
                           // "SDF units in Aleppo", "Russia's forces in Syria": nor is a body another party owns.
                           || _low[of] == "in" && _entityAt[of - 1] is null && (ActingBodies.Contains(_low[of - 1]) || _low[of - 1] is "officials" or "leaders" or "diplomats" or "officers" or "commanders")
                              && !(of >= 2 && (_entityAt[of - 2] is not null || _low[of - 2] is "'s" or "’s")));
    }

    /// <summary>The comma at <paramref name="comma"/> opens or closes a person's name in apposition to a noun ("the Russian
    /// ambassador, Semyon Grigoryev, to protest").</summary>
    private bool IsAppositionComma(int comma) =>
        comma >= 1 && _entityAt[comma - 1] is { Label: EntityLabels.Person } before && FirstToken(comma - 1, before) >= 1 && _low[FirstToken(comma - 1, before) - 1] == ","
        || comma + 1 < _count && _entityAt[comma + 1] is { Label: EntityLabels.Person } after && LastToken(comma + 1, after) + 1 < _count && _low[LastToken(comma + 1, after) + 1] == ",";

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
        // "ordered the ambassador to leave, accusing Paris of …", "bombed a base, killing two soldiers": a participle
        // after a comma adds to the clause before it and has that clause's subject.
        // ("of "outrageous blackmail," calling on Europe": the comma may stand inside the closing quotation mark.)
        if (k >= 2 && k == start - 1 && _low[k] is "\"" or "”" && _low[k - 1] == ",") k--;
        bool participle = k >= 1 && _low[k] == "," && k >= start - 2 && _low[start].EndsWith("ing", StringComparison.Ordinal);
        // "hosted Xi Jinping in Astana, weeks after receiving Vladimir Putin": a gerund after a conjunction of time has the
        // subject of the clause it follows, whose verb is the nearest before it in the sentence.
        if (k >= 1 && k == start - 1 && TimeConjunctions.Contains(_low[k]) && _low[start].EndsWith("ing", StringComparison.Ordinal))
        {
            // ("Trump said on Thursday after meeting Tokayev": a verb of saying is such a clause's verb too.)
            for (int i = k - 1; i >= 0; i--)
            {
                if (IsClauseBreak(i) || _low[i] is "that" or "who" or "which" or "(" or ")") return -1;
                if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
                if (IsClauseVerb(i) || ReportingVerbs.Contains(_low[i])) return i;
            }
            return -1;
        }
        // "imposed sanctions on Turkey, banned charter flights and suspended …": a past form after a comma, in a series of
        // past forms that "and" closes, shares the subject of the verb before it.
        // (Not after a participle's aside: "The two leaders, joined by Mirziyoyev, met in Khujand and signed …".)
        // ("Niger junta expels French ambassador, suspends oil exports to Benin": in a headline, a present form after a comma.)
        bool series = k >= 1 && k == start - 1 && _low[k] == "," && (InASeriesOfPastForms(start) || (_headline || _title) && IsPresentVerb(start))
                      && !AfterAnAgentsPhrase(k);
        // ("welcomed the releases but urged Tashkent to …": "but" joins two verbs of one subject as "and" does.)
        if (k < 1 || !(_low[k] is "and" or "but" || participle || series || _low[k] == "to" && IsInfinitive(start))) return -1;
        if (_low[k] == "to")
        {
            // "accused the bloc of failing to defend Armenia": an infinitive right after a gerund of "of" is that gerund's
            // complement, with the gerund's subject (the accused).
            if (k >= 2 && _low[k - 2] is "of" or "for" && IsGerund(k - 1)) return k - 1;
            // "rejects German call to boycott British lamb": the infinitive of a noun of intent is that noun's owner's act.
            if (IntentNouns.Contains(_low[k - 1])) return -1;
            // "said the plot aimed to seize power": right after a verb of its own the infinitive has that verb's subject.
            if (k >= 2 && _entityAt[k - 1] is null && IsPastForm(k - 1) && FramingVerbs.Contains(_lexicon.VerbLemma(_low[k - 1]) ?? "")) return k - 1;
            // The infinitive follows the verb's object, right after that verb ("Moscow was likely to protest": no object);
            // the object may have a name in apposition ("summoned the Russian ambassador, Semyon Grigoryev, to protest") and a
            // possessor ("summoned Russia's ambassador, Mikhail Yevdokimov, to protest").
            int i = k - 1;
            for (int words = 0; i >= 0 && words < 8 && !(i < k - 1 && IsClauseVerb(i)) && (_entityAt[i] is not null || IsPlainWord(i) && !Auxiliaries.Contains(_low[i])
                                                         || _low[i] == "," && IsAppositionComma(i) || _low[i] is "'s" or "’s"); words++)
                i = _entityAt[i] is { } e ? FirstToken(i, e) - 1 : i - 1;
            // "expected Kazakhstan to honor its commitments", "urged Russia to withdraw": a verb that controls its object leaves
            // the infinitive to that object.
            return i >= 0 && i < k - 1 && IsClauseVerb(i) && !(VerbOrUrge(i) is { } controller && (ObjectControlVerbs.Contains(controller) || controller == "expect")) ? i : -1;
        }
        // "Putin told Aliyev that Russian air defenses had fired at the aircraft as it approached Grozny and promised that …",
        // "told Coale that Minsk was ready for a deal … and asked him to …": a verb of speech after "and" joins the verb that
        // reported the clause before it, however many verbs that clause holds ("officials warned that Baku's actions would
        // damage relations and called on …": so does one after a speech verb's "that").
        // ("said Manila had broken its promise and urged Washington to stop": so does one after a verb of saying whose clause
        // opens with a name, without "that".)
        if (_low[k] is "and" or "but" && !participle && IsPastForm(start) && SpeechVerbs.Contains(VerbOrUrge(start) ?? _low[start]))
            for (int i = k - 1; i >= 1; i--)
            {
                if (IsClauseBreak(i) || _low[i] is "(" or ")") break;
                if (StatementVerbs.Contains(_low[i]) && i + 1 < k && _entityAt[i + 1] is not null && !IsToldListener(i + 1)) return i;
                if (_low[i] != "that") continue;
                if (ReportingVerbBefore(i) is int reporter and >= 0) return reporter;
                if (_entityAt[i - 1] is null && IsPastForm(i - 1) && SpeechVerbs.Contains(VerbOrUrge(i - 1) ?? "")) return i - 1;
            }
        bool commaAnd = _low[k] is "and" or "but" && _low[k - 1] == ",";
        if (commaAnd) k--;
        // "visited the Kant air base, which hosts Russian aircraft, and urged …": a relative clause closed by the comma before
        // "and" is no clause of the verb it joins.
        if (commaAnd && RelativeClauseClosedAt(k) is int relativeOpening and >= 0) k = relativeOpening;
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
            // "visited Tajikistan in March 2018, the first visit by an Uzbek leader in two decades, and signed …": so is a
            // verbless description set off before ", and".
            if (commaAnd && _low[i] == "," && i + 1 < k && _low[i + 1] is "the" or "a" or "an"
                && !Enumerable.Range(i + 1, k - i - 1).Any(g => IsClauseVerb(g) || _low[g] is "who" or "which" or "that")) continue;
            // "told the parliament that Minsk would not surrender its property and threatened to charge Russia": a past form
            // after "and" does not join a modal's verb; it joins the reporting verb before that clause.
            if (!participle && Modals.Contains(_low[i]) && IsPastForm(start) && ReportingVerbBefore(i) is int teller and >= 0) return teller;
            // "summoned Azerbaijan's ambassador, Javanshir Akhundov, to protest … and accused Azerbaijan": past a name in apposition.
            if (_low[i] == "," && IsAppositionComma(i)) continue;
            // "bombed facilities at Fordow, Natanz and Isfahan on Saturday, joining …": past a comma between listed names.
            if (_low[i] == "," && i > 0 && i + 1 < k && _entityAt[i - 1] is not null && _entityAt[i + 1] is not null) continue;
            // "urged the authorities to reverse the decision and release Moussa Mara": a base form after "and" joins the
            // infinitive before it.
            if (!participle && _low[i] == "to" && i + 1 < k && IsInfinitive(i + 1) && _lexicon.VerbLemma(_low[start]) == _low[start]) return i + 1;
            if (IsClauseBreak(i) || _low[i] is "that" or "who" or "which" or "," or "(" or ")") return -1;
            if (_entityAt[i] is { } e) { i = FirstToken(i, e); continue; }
            // "PAS won a majority, the commission said on Monday, defying …": a participle after a reporting clause adds to
            // the clause reported, not to the speaker's.
            if (participle && ReportingVerbs.Contains(_low[i])) return -1;
            // "accused Eritrea of preparing for war and supporting rebels": a gerund after "and" shares the subject of the
            // gerund after "of" before it, the accused's.
            if (!participle && i > 0 && _low[i - 1] == "of" && _low[i].EndsWith("ing", StringComparison.Ordinal) && _low[start].EndsWith("ing", StringComparison.Ordinal)
                && _entityAt[i] is null) return i;
            // "accused Uzbekistan of trying to strangle its economy and appealed to the UN": a past form after "and" joins a
            // finite verb, past the infinitives and gerunds of the object.
            if (!participle && IsPastForm(start) && IsClauseVerb(i) && (i > 0 && _low[i - 1] == "to" || _low[i].EndsWith("ing", StringComparison.Ordinal))) continue;
            // "suspended the deal after a landmine wounded Thai soldiers, accusing Cambodia …": a participle adds to the main
            // clause, past a subordinate clause's verb.
            // (Not one of harm done, the result of the act right before it: "since gunmen attacked the concert hall, killing 145
            // people", "after Chinese ships fired water cannons at a vessel, injuring three crew members".)
            if (participle && IsClauseVerb(i) && !HarmDoneParticiples.Contains(_low[start]) && SubordinateOpening(i) is int opening and >= 0) { i = opening; continue; }
            // The participle's clause verb is the finite one, not an infinitive of its object ("ordered X to leave, accusing").
            // (A modal's verb is passed over to the modal, above.)
            // "demanded that Catholicos Karekin II resign, accusing him of …": a participle adds to the verb of demand, not to
            // the demanded act in its base form.
            if (participle && IsClauseVerb(i) && DemandOfTheBaseForm(i) is int demand and >= 0) return demand;
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
            if (_low[j] is "after" or "before" or "when" or "while" or "because" or "since" or "until" or "as" or "once") return j;
            if (_low[j] == "," || IsClauseBreak(j) || IsClauseVerb(j)) return -1;
            if (_entityAt[j] is { } e) j = FirstToken(j, e);
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
        _isVerbTrigger[i] || _entityAt[i] is null && _lexicon.VerbLemma(_low[i]) is not null && IsPastForm(i) && !IsNounContext(i)
        // "was beaten": a participle the lexicon lacks after its auxiliary.
        || i >= 1 && BeForms.Contains(_low[i - 1]) && _low[i].EndsWith("en", StringComparison.Ordinal) && IsLowerCasePlainWord(i);

    /// <summary>The entity stands inside a quotation of the sentence that does not hold the trigger's token.</summary>
    private bool QuotedApart(Entity e, int trigger)
    {
        int token = TokenIndexOf(e.Start);
        if (token < 0) return false;
        int open = -1;
        for (int i = 0; i < _count; i++)
        {
            if (open < 0 ? IsOpeningQuote(i) : _low[i] is "\"" or "”")
            {
                if (open < 0) { open = i; continue; }
                if (open < token && token < i) return !(open < trigger && trigger < i);
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
        bool verbless = true;
        for (int j = end - 1; j >= Math.Max(1, end - 16); j--)
        {
            // "Robert Fico, who visited Putin in Moscow last month, threatened …": a relative clause is an aside too.
            // A relative clause is one whether or not its antecedent was tagged ("The Houthis, who control … Sanaa, have
            // fired …": Sanaa is no subject).
            // "Putin, visiting Beijing, signed …": so is a participle's phrase after a name.
            // "The Collective Security Treaty Organization (CSTO), a Moscow-led military alliance, has offered": a name's
            // acronym in parentheses may close it.
            // Not a person's name after a noun's posting, which names the noun ("The U.S. ambassador in Bishkek, Stephen Young, met").
            if (_low[j] == ",")
                return j < end - 1 && (NameEndsAt(j - 1) && (verbless || IsParticiplePhraseOpener(j + 1)) || _low[j + 1] is "who" or "which")
                       && !(_entityAt[j + 1] is { } named && LastToken(j + 1, named) == end - 1 && NamesAPostedNoun(named, j + 1)) ? (j, end) : (-1, -1);
            if (IsClauseBreak(j) || _low[j] is "that" or "and" or "(" or ")") return (-1, -1);
            // "Mazloum Abdi, the commander of the U.S.-backed Syrian Democratic Forces, met …": a participle hyphenated to
            // the word before it describes a noun, it is no verb.
            verbless &= j >= end - 12 && !_isVerbTrigger[j] && _low[j] is not ("who" or "which")
                        && !(_entityAt[j] is null && (_low[j].EndsWith("ed", StringComparison.Ordinal) || _low[j].EndsWith("ing", StringComparison.Ordinal))
                             && !IsJoiningHyphen(j - 1));
        }
        return (-1, -1);
    }

    /// <summary>A name ends at token <paramref name="i"/>, or an acronym in parentheses after one does ("… Organization (CSTO)").</summary>
    private bool NameEndsAt(int i) =>
        i >= 0 && (_entityAt[i] is not null || i >= 3 && _low[i] == ")" && _entityAt[i - 1] is not null && _low[i - 2] == "(" && _entityAt[i - 3] is not null);

    /// <summary>The comma that opens a relative clause (", who …", ", which …", ", where …") closed by the comma at
    /// <paramref name="comma"/>, or -1.</summary>
    private int RelativeClauseClosedAt(int comma)
    {
        for (int j = comma - 1; j >= Math.Max(1, comma - 16); j--)
        {
            if (_low[j] == "," && !IsListComma(j)) return j < comma - 2 && _low[j + 1] is "who" or "which" or "whom" or "where" ? j : -1;
            if (IsClauseBreak(j) || _low[j] is "(" or ")") return -1;
        }
        return -1;
    }

    /// <summary>
    /// "Papikyan visited Paris and signed …": a name right after a verb and followed by "and" and another verb (the
    /// trigger or one that leads to it) is the first verb's object; the coordinated verbs share the subject before it.
    /// </summary>
    private bool IsObjectOfAnEarlierVerb(int first, int last, int trigger)
    {
        if (first == 0 || Auxiliaries.Contains(_low[first - 1]) || _lexicon.VerbLemma(_low[first - 1]) is null) return false;
        int k = last + 1;
        // "visited Shusha in June 2021 and signed": a short phrase of time or place may follow the object.
        for (int skipped = 0; k < trigger && skipped < 6 && _low[k] != "and" && IsTimeOrPlaceWord(k); skipped++) k++;
        if (k >= trigger || _low[k] != "and") return false;
        for (k++; k < trigger && IsAuxiliaryOrAdverb(k); k++) { }
        return k == trigger || _entityAt[k] is null && _lexicon.VerbLemma(_low[k]) is not null;
    }

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
        return last + 1 < trigger - 1;
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

    /// <summary>", Ukrainian officials said", ", the ministry said on Friday": a reporting verb within the next five words.</summary>
    private bool IsReportingClause(int from)
    {
        // A name counts as one word ("South Korea's Joint Chiefs of Staff said").
        for (int i = from, words = 0; i < _count && words < 6; i++, words++)
        {
            if (_entityAt[i] is { } e) { i = LastToken(i, e); continue; }
            if (ReportingVerbs.Contains(_low[i])) return true;
            if (_isTrigger[i] || _low[i] == ",") return false;
        }
        return false;
    }

    /// <summary>A weapon is the verb's direct object: "fired a ballistic missile", "launched drones".</summary>
    private bool WeaponObject(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 4); i++)
            if (_entityAt[i] is { Label: EntityLabels.Weapon }) return IsDirectObject(verbEnd, i);
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

    /// <summary>"into" follows the verb's object, an article and up to three lower-case words ("troops into", "more soldiers into").</summary>
    private bool SentInto(int verbEnd)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 5); i++)
        {
            if (_low[i] == "into") return i > verbEnd;
            if (!(Determiners.Contains(_low[i]) || IsLowerCasePlainWord(i) || _entityAt[i] is { Label: EntityLabels.Quantity or EntityLabels.Norp })) return false;
        }
        return false;
    }

    /// <summary>Nouns of what armed forces strike or seize, military or not: an assault or coercion verb with one as its object is
    /// read as force ("attacked a village", "seized an oil tanker"; not "attacked the plan", "seized the opportunity").</summary>
    private static readonly HashSet<string> ForceTargets = new(StringComparer.Ordinal)
    {
        "targets", "positions", "depots", "depot", "bases", "facilities", "installations", "outposts", "convoy", "convoys",
        "checkpoints", "barracks", "airfield", "airfields", "bunkers", "strongholds", "hideouts", "camps", "launchers", "refinery", "refineries",
        "village", "villages", "town", "towns", "hospital", "hospitals", "school", "schools", "mosque", "church", "market", "bridge", "bridges",
        "airport", "port", "harbour", "harbor", "compound", "settlement", "settlements", "neighbourhood", "neighborhood", "neighbourhoods",
        "neighborhoods", "homes", "house", "houses", "building", "buildings", "infrastructure", "plant", "plants", "pipeline", "pipelines",
        "tanker", "tankers", "ship", "ships", "vessel", "vessels", "boat", "boats", "aircraft", "plane", "trucks", "truck",
    };

    /// <summary>The token of a target of force (<see cref="ForceTargets"/>) the verb's object names ("struck weapons depots",
    /// "hit Russian positions"), past an article, a people's name and up to two modifiers; or -1.</summary>
    private int ForceTargetObject(int verbEnd)
    {
        for (int i = verbEnd, modifiers = 0; i < _count && modifiers <= 2; i++)
        {
            if (ForceTargets.Contains(_low[i])) return i;
            if (_entityAt[i] is { Label: EntityLabels.Norp } || Determiners.Contains(_low[i])) continue;
            if (!IsLowerCasePlainWord(i) || _lexicon.VerbLemma(_low[i]) is not null) return -1;
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
        int k = last + 1;
        // "after a Russian court ordered": a nationality or a place may be the modifier of the subject's head noun.
        if (_entityAt[last] is { Label: EntityLabels.Norp or EntityLabels.Loc })
            for (int nouns = 0; nouns < 2 && k < verb && IsLowerCasePlainWord(k) && !IsAuxiliaryOrAdverb(k); nouns++) k++;
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

    /// <summary>"has", "will", "jointly", "reportedly": words that may stand between a subject and its verb.</summary>
    private bool IsAuxiliaryOrAdverb(int i) => Auxiliaries.Contains(_low[i]) || IsAdverb(_low[i]);

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
        && i + 1 < _count && (_entityAt[i + 1] is not null || Determiners.Contains(_low[i + 1]) || char.IsUpper(_doc.Text[_doc.Tokens[_first + i + 1].Start]));

    /// <summary>"the mechanism triggered by Britain", "sites bombed by Israel": a past participle right after a lower-case
    /// noun and before "by" (not after a wrongdoing or an attack, whose agent is the one an inquiry or a charge is aimed
    /// at: "an investigation into crimes committed by Croat forces").</summary>
    private bool IsPassiveParticipleAfterNoun(int i) =>
        _entityAt[i] is null && i + 1 < _count && _low[i + 1] == "by" && IsPastForm(i) && i > 0 && _entityAt[i - 1] is null
        && IsLowerCasePlainWord(i - 1) && _lexicon.VerbLemma(_low[i - 1]) is null && !Determiners.Contains(_low[i - 1])
        && !Wrongdoings.Contains(_low[i - 1]) && NominalTriggers.CodeOf(_low[i - 1]) is null && !HoldingParticiples.Contains(_low[i]);

    /// <summary>"infrastructure used by Ukrainian special forces", "positions held by rebels": whose the thing is, who is hit
    /// through it.</summary>
    private static readonly HashSet<string> HoldingParticiples = new(StringComparer.Ordinal)
        { "used", "operated", "owned", "controlled", "held", "occupied", "run", "manned", "commanded", "led", "headed" };

    private static readonly HashSet<string> Wrongdoings = new(StringComparer.Ordinal)
        { "crime", "crimes", "abuse", "abuses", "atrocities", "violations", "killings", "massacre", "massacres", "acts", "offences", "offenses" };

    /// <summary>First actor-like entity after <paramref name="from"/> in the clause; "in/at X" places are skipped.</summary>
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
            if (w == "that" && i - from <= 3 && !Enumerable.Range(from, i - from).Any(k => Determiners.Contains(_low[k]) || ContentNouns.Contains(_low[k]))) continue;
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
            if (w == "by" && i > from && _low[i - 1] is "led" or "headed" or "chaired" or "commanded" && PartyFrom(i + 1) is var (_, agentEnd))
            {
                i = agentEnd - 1;
                continue;
            }
            // ("did not rule out military action against what Washington calls drug-trafficking cartels": so has a clause of "what".)
            if (IsClauseBreak(i) || w is "which" or "who" or "that" or "what" or "according" or "until" or "when" or "if" or "since" or "before" or "once" or "where"
                    or "amid")
                return null;
            // "Karapetyan was arrested in June after he spoke out in defence of the Church": "after" before a pronoun opens a clause;
            // so does a conjunction of time before a gerund ("was detained in June 2024 after interviewing Mukhtar Ablyazov").
            // ("fired two missiles at the aircraft as it approached Grozny": so does "as".)
            if (w is "after" or "as" && i + 1 < _count && SubjectPronouns.Contains(_low[i + 1])) return null;
            // ("provoked the clash by entering the zone without notifying the Joint Control Commission": so do "by" and "without".)
            if ((TimeConjunctions.Contains(w) || w is "by" or "without") && i + 1 < _count && IsGerund(i + 1)) return null;
            // "Serbia Seizes Control of NIS Refinery Ahead of U.S. Sanctions Deadline": a phrase of time names no party.
            if (w == "ahead" && i + 1 < _count && _low[i + 1] == "of") return null;
            // "had shelved the plan after Lavrov insisted on …": so does a name and its verb after it (not in a headline, whose
            // "Blocks Site After Tajikistan Clash" names whom the act answers).
            // "withdrew after the Taliban took power": past the name's article.
            int afterWord = i + 1 < _count && _low[i + 1] == "the" ? i + 2 : i + 1;
            if (w == "after" && !_headline && afterWord < _count && _entityAt[afterWord] is { } afterSubject && StartsAVerbPhrase(LastToken(afterWord, afterSubject) + 1)) return null;
            // "… wounded 46 others, Ukrainian officials said": the reporting clause names no party to the act;
            // "condemned the strike and urged Western allies …": nor does a second verb's phrase.
            if (i > from && (w == "," && IsReportingClause(i + 1) || w == "and" && StartsAVerbPhrase(i + 1))) return null;
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
            // A parenthesis opens an aside, such as an inline citation "(Interfax, March 3)": its source is no object;
            // so does a participle of suspicion ("arrested two men suspected of spying for Russia").
            if (w == "(" || IsSuspicionParticiple(i)) return null;
            if (_isTrigger[i] && i > from && !IsStagedMeasure(from, i)) return null;
            // "to settle a lawsuit accusing Chief Executive Tim Cook": a participle after a noun opens a clause about the noun.
            if (i > from && IsReducedRelativeAfterNoun(i)) return null;
            // "was found guilty in March of misusing European Parliament funds": a charge's gerund has parties of its own.
            if (w == "of" && i > from && IsGerund(i + 1)) return null;
            // "sanctions under the snapback mechanism triggered by Britain": so does a past participle and its agent.
            if (i > from && IsPassiveParticipleAfterNoun(i)) return null;
            // "to man the border": an infinitive starts a clause with its own object.
            if (w == "to" && i > from && IsInfinitive(i + 1)) return null;
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
            // An object pronoun is not the subject ("Medvedev … telephoned him": him is another), nor is the subject of a
            // demanded clause ("demanded that she retract them").
            // ("accused it of" keeps the subject as its referent: a verb after "and" may then join the reporting verb, see Build.)
            if ((w is "him" || w is "it" && i + 2 < _count && (_low[i + 1] == "of" || _low[i + 1] == "to" && IsInfinitive(i + 2))
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
            int first = FirstToken(i, e);
            i = LastToken(i, e);
            if (!ActorLabels.Contains(e.Label) || (exclude is not null && Same(e, exclude))) continue;
            // "in Almaty and Shymkent", "in the Caribbean and the Pacific": a place joined to a location is one too, and so is one
            // the location possesses ("in Minsk's Independence Square").
            // ("supporting rebels in the northern Tigray region": after a people's noun, "in" names whose people they are.)
            if (e.Label == EntityLabels.Loc && (InPhraseOfPlace(first) && !PeopleIn(first)
                || first >= 2 && locationEnd == first - 2 && _low[first - 1] is "and" or "or" or "," or "'s" or "’s"
                || first >= 3 && locationEnd == first - 3 && _low[first - 2] is "and" or "or" or "," && _low[first - 1] == "the"))
            {
                locationEnd = i;
                continue;
            }
            // "killed 30 militants near the Afghan border": a people's name before a border's noun in a phrase of place says where.
            if (e.Label == EntityLabels.Norp && PrecededBy(first, LocationPrepositions) && i + 1 < _count && BorderNouns.Contains(_low[i + 1])) continue;
            // "removed a clause on the future status of Abkhazia and South Ossetia", "discussed the fate of Transnistria", "the
            // treatment of Kyrgyz nationals": what a noun of a matter's state names after "of" (and the names joined to it) is
            // the topic, no party.
            // ("weaken the status of the Russian language": past the article.)
            int topicOf = first >= 1 && _low[first - 1] == "the" ? first - 1 : first;
            if (topicOf >= 2 && _low[topicOf - 1] == "of" && _low[topicOf - 2] is "status" or "future" or "fate" or "question" or "issue" or "treatment" or "plight" or "situation"
                || first >= 2 && topicEnd == first - 2 && _low[first - 1] is "and" or "or" or ",")
            {
                topicEnd = i;
                continue;
            }
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
            // "agree first phase of Gaza deal": a place before an accord's noun is what the accord is about, no party to it.
            if (e.Label == EntityLabels.Loc && i + 1 < _count && AccordNouns.Contains(_low[i + 1])) continue;
            // "met with his Russian counterpart, Andrei Belousov", "their Philippine counterparts, Defense Secretary Gilberto
            // Teodoro and …": the name in apposition, past a title, is the party.
            if (e.Label == EntityLabels.Norp && i + 3 < _count && _low[i + 1] is "counterpart" or "counterparts" && _low[i + 2] == ","
                && PartyFrom(i + 3) is { Party.Label: EntityLabels.Person }) continue;
            // "discussed the Tajik-Afghan border": a pair of nationalities describes a thing between them, no party.
            if (e.Label == EntityLabels.Norp && e.Text.Contains('-') && i + 1 < _count && IsLowerCasePlainWord(i + 1)) continue;
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
            || (i + 1 < _count && (_low[i + 1] is "the" or "a" or "an" or "its" or "their"
                                   || _lexicon.VerbLemma(_low[i]) is not null && (_low[i + 1] == "against" || _entityAt[i + 1] is not null))));

    private Entity? ByAgent(int from)
    {
        for (int i = from; i < Math.Min(_count - 1, from + 8); i++)
        {
            if (IsClauseBreak(i)) return null;
            if (_low[i] != "by") continue;
            // "The talks, mediated by Egypt and Qatar, collapsed": the agent of another participle is not the act's.
            if (i > from && _low[i - 1].EndsWith("ed", StringComparison.Ordinal) && !_isTrigger[i - 1]) return null;
            for (int j = i + 1; j < Math.Min(_count, i + 6); j++)
            {
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
        // "Apple fined 500 million euros by EU": a headline drops the auxiliary, so a past form with an agent is passive
        // (its active verbs are in the present: "EU fines Apple").
        if ((_headline || _title) && ByAgent(MatchVerb(start).End) is not null) return true;
        // "South Korea's Yoon arrested over martial law bid": so is a past form of a verb done to someone with no object after it.
        if ((_headline || _title) && _low[start].EndsWith("ed", StringComparison.Ordinal) && MatchVerb(start) is { Lemma: { } done } verb
            && (UnmistakableVerbs.Contains(done) || DoneToSomeone.Contains(done))
            && (verb.End >= _count || Prepositions.Contains(_low[verb.End]) && _low[verb.End] != "to" || _low[verb.End] is "," or "as" or ":")) return true;
        for (int i = start - 1; i >= Math.Max(0, start - 4); i--)
        {
            if (BeForms.Contains(_low[i])) return true;
            if (AdverbsJoined(i)) continue;
            // "were detained in Lithuania and extradited to Poland": a participle joined to a passive one shares its auxiliary,
            // unless an object follows it ("would not be bullied and urged Washington to …" is active).
            if (_low[i] is "and" or "or")
            {
                if (start + 1 < _count && !(Prepositions.Contains(_low[start + 1]) || _low[start + 1] is "," or "." || IsClauseBreak(start + 1))) return false;
                for (int k = i - 1; k >= Math.Max(0, i - 10) && !IsClauseBreak(k) && _low[k] != ","; k--)
                {
                    if (IsPastForm(k)) return IsPassive(k);
                    // "was beaten by police and taken from a hospital": a participle the lexicon lacks, after its auxiliary.
                    if (BeForms.Contains(_low[k]) && k + 1 < i && IsClauseVerb(k + 1)) return true;
                }
                return false;
            }
            if (!IsAdverb(_low[i]) && _low[i] is not ("not" or "also" or "already")) return false;
        }
        return false;
    }


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

    /// <summary>Words of an armed group's name and of a watchdog's (declared before <see cref="DescribedBodies"/>, which reads them).</summary>
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

    /// <summary>Words after "the" that pick out another body than the one named ("the other group", "the same bloc").</summary>
    private static readonly HashSet<string> OtherBodyWords = new(StringComparer.Ordinal)
        { "other", "same", "first", "second", "third", "last", "next", "new", "former", "whole", "entire", "rival", "opposing" };

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
        if (modified && !(i >= 2 && _low[i - 2] == "the" && IsLowerCasePlainWord(i - 1) && !OtherBodyWords.Contains(_low[i - 1])
                          && _lexicon.VerbLemma(_low[i - 1]) is null)) return null;
        // "the council members", "the court ruling": the noun describes another.
        if (i + 1 < _count && IsLowerCasePlainWord(i + 1) && !Prepositions.Contains(_low[i + 1]) && _lexicon.VerbLemma(_low[i + 1]) is null
            && !IsAuxiliaryOrAdverb(i + 1) && _low[i + 1] is not ("and" or "or" or "that" or "which" or "who" or "later")) return null;
        // (An article names a bloc or an agency in full once, near its top, and calls it by its kind thereafter.)
        int from = kindWords is null ? StartOfSentencesBack(3) : 0, limit = _doc.Tokens[_first + i].Start;
        Entity? latest = null;
        foreach (var e in _entities)
        {
            if (e.Start >= limit) break;
            if (e.Start < from || e.Label != EntityLabels.Org) continue;
            if (e.Text.Contains(' ') && e.Text.AsSpan(e.Text.LastIndexOf(' ') + 1).Equals(_low[i], StringComparison.OrdinalIgnoreCase)
                || kindWords is not null && NameHoldsAnyOf(e.Canonical, kindWords)) latest = e;
        }
        return latest;
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
    private static readonly HashSet<string> StateBodies = new(StringComparer.Ordinal) { "junta", "government", "regime", "military", "authorities", "police", "army" };

    /// <summary>"the junta": after "the", a noun of a state's ruling body stands for the country named before it with such a
    /// noun ("Niger's military government", "Niger junta", "the Malian authorities" not: a people's word is no state) in this
    /// sentence or the three before, or anywhere before with the same noun ("Sudan's army" … "accusing the army"); failing one (and <paramref name="datelineToo"/>), for the state of a wire story's
    /// dateline ("YAOUNDE, Oct 27 (Reuters) - … The government banned all demonstrations": Cameroon, by its first mention if
    /// any); or null.</summary>
    private Entity? StateOfItsBody(int i, bool datelineToo = true)
    {
        // ("TBILISI (Reuters) - Police detained …", "On September 10, police detained …": the police need no article opening the
        // sentence, or its clause after an opening phrase.)
        bool police = _low[i] == "police" && (i == AfterDateline(i) || i >= 2 && _low[i - 1] == "," && Prepositions.Contains(_low[OpeningPhraseStart(i - 1)]));
        if (!StateBodies.Contains(_low[i]) || !(i >= 1 && _low[i - 1] == "the" && IsLowerCasePlainWord(i) || police)) return null;
        int from = StartOfSentencesBack(3), limit = _doc.Tokens[_first + i].Start;
        Entity? latest = null;
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
                if (StateBodiesLookup.Contains(word) && (e.Start >= from || word.SequenceEqual(_low[i]))) { latest = e; break; }
                if (word.Length == 0 || !char.IsLower(word[0])) break;
            }
        }
        return latest ?? (datelineToo ? DatelineState() ?? CapitalOfTheSentence() : null);
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
            string? state = _lexicon.IsCountry(dateline.Canonical) ? dateline.Canonical : _lexicon.CountryOfCapital(dateline.Canonical);
            if (state is null) return null;
            foreach (var e in _entities)
                if (e.Label == EntityLabels.Loc && e.Canonical == state) return e;
            return dateline;
        }
        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateBodiesLookup = StateBodies.GetAlternateLookup<ReadOnlySpan<char>>();

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
        // "Tshisekedi thanked Trump for his efforts and said he hoped to visit Washington": "he" or "she" right after a verb of
        // saying (and its "that") is its speaker, whoever was named since.
        if (w is "he" or "she" && token >= 1 && (_low[token - 1] == "that" && token >= 2 ? token - 2 : token - 1) is var said
            && ReportingVerbs.Contains(_low[said]) && Subject(FirstVerbOfItsSubject(said), out _) is { Possessive: false, Entity: { Label: EntityLabels.Person } speaker }
            && !OfTheOtherGender(speaker, w) && !(other is not null && Same(speaker, other)))
            return speaker;
        // "sought to ban the United National Movement and two other parties, which it accuses of …": the subject pronoun of a
        // relative clause on the object stands for the subject of the sentence, not for a name in that object.
        if (w is "it" or "he" or "she" && token >= 2 && _low[token - 1] is "which" or "whom" && _low[token - 2] == ",")
            foreach (var e in _entities)
            {
                if (e.Start < _sentence.Start) continue;
                if (e.Start >= limit) break;
                if (ActorLabels.Contains(e.Label) && e.Label != EntityLabels.Norp && person == (e.Label == EntityLabels.Person) && !PrecededByPreposition(e)
                    && !IsPossessive(e) && !IsInlineCredit(e))
                    return other is not null && Same(e, other) ? null : e;
            }
        // "Several television stations were taken off air after they defied an order": "they" after a clause whose subject is
        // an unnamed plural opening the sentence stands for it, no name.
        if (plural && OpensWithAnUnnamedPlural(token)) return null;
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
        if (token == 0 && w is "he" or "she" or "its" && _sentenceIndex > 0)
            for (int back = 1; back <= 3 && back <= _sentenceIndex; back++)
            {
                int opening = StartOfSentencesBack(back), end = StartOfSentencesBack(back - 1);
                if (w != "its" && OpensWith(opening, w)) continue;
                foreach (var e in _entities)
                {
                    if (e.Start < opening) continue;
                    if (e.Start >= end) break;
                    if ((w == "its" ? e.Label is EntityLabels.Org or EntityLabels.Loc : e.Label == EntityLabels.Person && !OfTheOtherGender(e, w)) && !FollowsAPreposition(e)
                        && !(other is not null && Same(e, other)) && !IsInlineCredit(e)) return e;
                }
                break;
            }
        Entity? nearest = null, nearestSubject = null, place = null, previous = null, listFirst = null, list = null, lastPerson = null;
        foreach (var e in _entities)
        {
            if (e.Start < from) continue;
            if (e.Start >= limit) break;
            if (other is not null && Same(e, other)) continue;
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
            // An inline credit, "(Interfax, March 21)", is the article's source, no antecedent.
            if (!ActorLabels.Contains(e.Label) || (person != (e.Label == EntityLabels.Person)) || IsInlineCredit(e) || person && OfTheOtherGender(e, w)
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
            if (plural && e.Label == EntityLabels.Loc) { place = e; continue; }
            nearest = e;
            if (!(e.Start < _sentence.Start ? FollowsAPreposition(e) : PrecededByPreposition(e))) nearestSubject = e;
        }
        // "Presidents Putin and Rakhmonov agreed … . Tajik officials insist that their forces are ready": a people's officials
        // named in this sentence, after a list of the sentence before, stand nearer.
        return listFirst is not null && !(nearestSubject is { Label: EntityLabels.Norp } people && people.Start >= _sentence.Start && list!.Start < _sentence.Start
                                          && LastToken(TokenIndexOf(people.Start), people) + 1 is var noun && noun < _count && PeopleOfABody.Contains(_low[noun]))
            ? listFirst : nearestSubject ?? nearest ?? place;
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
        return verb >= 1 && verb < token && _low[verb - 1].EndsWith('s') && !_low[verb - 1].EndsWith("ss", StringComparison.Ordinal);
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The mention is followed by one of <see cref="ActingBodies"/> ("Pakistani military", "Russian government").</summary>
    private bool BeforeAnActingBody(Entity e)
    {
        int next = Entities.EntityText.TokenEndingAt(_doc, e.End) + 1;
        return next > 0 && next < _doc.Tokens.Count && ActingBodies.Contains(_doc.Slice(_doc.Tokens[next].Start, _doc.Tokens[next].End));
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
        int verb = LastToken(token, e) + 1;
        bool verbFollows = verb < _count && (IsClauseVerb(verb) || IsLowerCasePlainWord(verb) && _low[verb].EndsWith("ed", StringComparison.Ordinal));
        return !(verbFollows && IsSubjectAfterConjunction(token, verb - 1, verb));
    }

    private int TokenIndexOf(int charOffset)
    {
        for (int i = 0; i < _count; i++) if (_doc.Tokens[_first + i].Start == charOffset) return i;
        return -1;
    }

    /// <summary>Looks back over determiners, possessives and modifiers (at most 3 words) for a preposition.</summary>
    private bool InPrepositionalPhrase(int token)
    {
        // "Speaking in Khankendi, he accused Moscow …": a pronoun in the subject's case is no preposition's object.
        if (_low[token] is "he" or "she" or "they" or "we" or "i") return false;
        bool capitalised = true;
        for (int i = token - 1, words = 0; i >= 0 && words < 3; i--)
        {
            string w = _low[i];
            // "Minister of Public Security Wang Xiaohong": an "of" between a title and capitalised words is the title's.
            if (w == "of" && capitalised && words > 0 && i > 0 && Relations.TitleLexicon.KindOf(_low[i - 1]) != Relations.TitleKind.None) return false;
            // "collapsed in September when the ELN bombed …": a subordinate clause begins after "when"; no phrase runs over it.
            if (w is "when" or "where" or "whether" or "if" or "that" or "who" or "which" || IsClauseBreak(i)) return false;
            // "Thousands of Iraqi Kurds demonstrated": the "of" of a number of people counts them, it opens no phrase.
            if (w == "of" && i > 0 && _low[i - 1] is "thousands" or "hundreds" or "dozens" or "scores" or "millions" or "tens") return false;
            // "left without gas as Moldova refuses to pay": nor over "as" ("countries such as France" is a phrase's list).
            if (w == "as" && !(i > 0 && _low[i - 1] is "such" or "well" or "same")) return false;
            // "struck Gaza after Hamas rockets hit Sderot": "after" before a name and its verb opens a clause, not a phrase.
            if (i == token - 1 && OpensAClauseOfANamedSubject(i)) return false;
            if (Prepositions.Contains(w)) return true;
            // "unions in France, Belgium and Ireland": a name listed after one in a phrase is in that phrase; not after a
            // date ("In 2024, Uzbekistan signed …": the phrase of time ends at its comma).
            // "freed three hostages on Sunday and Israel released …": nor is a name after a date and "and".
            // "cut its ties with Georgia, and Washington later imposed sanctions": a name after ", and" that its own verb
            // follows opens a clause of its own.
            if (w == "and" && i > 0 && _low[i - 1] == "," && i == token - 1 && _entityAt[token] is { } opening && StartsAVerbPhraseAfter(LastToken(token, opening) + 1))
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
            if (_doc.Tokens[_first + i].Kind != TokenKind.Word || Auxiliaries.Contains(w) || _lexicon.VerbLemma(w) is not null) return false;
            words++;
        }
        return false;
    }

    /// <summary>An "and" or an "or" among tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
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
            // ("in northern Iraq", "in the eastern Pacific": past a compass point's adjective after the preposition or its article.)
            if (!Determiners.Contains(_low[i]) && !(CompassAdjectives.Contains(_low[i]) && i >= 1
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

    private static readonly HashSet<string> CompassAdjectives = new(StringComparer.Ordinal)
        { "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west" };

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
    private bool Same(Entity a, Entity b) =>
        a == b || string.Equals(a.Canonical, b.Canonical, StringComparison.OrdinalIgnoreCase)
        || a.Label == EntityLabels.Loc && b.Label == EntityLabels.Loc
           && (string.Equals(_lexicon.CountryOfCapital(a.Canonical), b.Canonical, StringComparison.OrdinalIgnoreCase)
               || string.Equals(_lexicon.CountryOfCapital(b.Canonical), a.Canonical, StringComparison.OrdinalIgnoreCase));

    // ---- status and context ---------------------------------------------------------------------------------

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "nor" };
    /// <summary>Verbs (and their nouns) that say the act after them did not take place ("refused to attend", "failed to defend",
    /// "avoided open criticism", "Bakiyev's failure to close").</summary>
    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
        { "denied", "denies", "deny", "refused", "refuses", "refuse", "declined", "rejected", "failed", "fails", "fail", "failing",
          "avoided", "avoids", "avoid", "avoiding", "refrained", "refrains", "refrain", "failure", "refusal" };
    private static readonly HashSet<string> Hypotheticals = new(StringComparer.Ordinal) { "if", "may", "might", "could", "would", "should", "must", "unless", "whether" };
    private static readonly HashSet<string> Anticipations = new(StringComparer.Ordinal)
        { "will", "shall", "'ll", "expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "plan", "plans", "planned", "planning", "intend", "intends", "intended", "aims", "scheduled",
          "pledged", "pledges", "pledging", "promised", "promises", "promising", "vowed", "vows", "vowing", "commits",
          // ("proposed holding joint exercises next year": an act proposed is yet to come.)
          "proposed", "proposes", "proposing" };

    /// <summary>"have", "has" or "had" in the clause before <paramref name="and"/>.</summary>
    private bool PerfectBefore(int and)
    {
        for (int j = and - 1; j >= Math.Max(0, and - 8) && !IsClauseBreak(j); j--)
            if (_low[j] is "have" or "has" or "had") return true;
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

    /// <summary>Cues before the trigger in its clause: negation nearest, then hypothetical, then anticipated.</summary>
    private string Status(int start, Candidate c)
    {
        bool negated = false, hypothetical = false, anticipated = false, coordinated = false;
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
            // "rejected the proposal, vowing to fight the RSF": a participle after a comma opens a phrase of its own.
            if (w == "," && i + 1 < start && IsParticiplePhraseOpener(i + 1) && _low[i + 1].EndsWith("ing", StringComparison.Ordinal)) break;
            // "said South Africa would not be bullied and urged Washington …": a past form after "and" is no verb of the modal
            // before it (that would take a base form), unless the two share a perfect ("would have met and signed").
            if (w == "and" && distance == 1 && IsPastForm(start) && !PerfectBefore(i)) break;
            // "On May 21, the court sentenced …": a name's word (the month) is no modal.
            if (_entityAt[i] is not null) continue;
            if (w is "the" or "a" or "an") articles++;
            if (distance <= 3 + articles && Negations.Contains(w)) negated = true;
            // "entering the zone without notifying the commission": an act done without is not done.
            if (distance == 1 && w == "without") negated = true;
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
            if (Anticipations.Contains(w)) anticipated = true;
            // "looks to", "set to", "about to", "going to", "is to", "likely to", "ready to": intention, schedule or expectation
            if (w == "to" && i > 0 && _low[i - 1] is "looks" or "look" or "looking" or "set" or "about" or "going" or "is" or "are" or "seeks" or "seek" or "aims" or "aim"
                    or "likely" or "ready" or "willing" or "prepared" or "poised" or "due") anticipated = true;
            if (w == "to" && i > 0 && _low[i - 1] == "unlikely") hypothetical = true;
            // "asked Belarus, where he later settled, to extradite him": what one is asked or urged to do is not done.
            // ("a call for its peacekeeping forces to be deployed": a passive infinitive's "to" stands before "be".)
            bool infinitive = w == "to" && (distance == 1 || distance == 2 && _low[i + 1] == "be");
            if (infinitive && !IsNounBefore(i) && IsObjectControlled(i, out _)) hypothetical = true;
            // "set up a joint force of 5,000 troops to fight jihadist groups": an act in an infinitive of purpose after a
            // noun is intended.
            // Not after "the first country": "Russia was the first country to congratulate Sarkisian" did.
            // ("the first foreign leader to telephone Otunbayeva": a modifier may come between.)
            if (infinitive && IsNounBefore(i) && !(i >= 2 && OrdinalBeforeTheNoun(i - 1))) anticipated = true;
        }
        // "a Chinese attack on Taiwan could threaten Japan's survival": an indefinite act's noun that is the subject of a modal
        // is supposed, not told.
        if (c.Nominal && IndefiniteSubjectOfAModal(c)) hypothetical = true;
        // "CSTO exercises scheduled for October", "talks planned for next week": an act's noun set for a date is yet to come.
        if (c.Nominal && c.End < _count && _low[c.End] is "scheduled" or "planned" or "slated") anticipated = true;
        // "cancelled a visit by Overchuk", "called off a planned visit", "Colombia Suspends Talks", "the Houthis halted attacks
        // on ships": a called-off or stopped act did not take place.
        // "Hungary vetoed an EU aid package": a name modifying the act's noun stands between it and the verb.
        int governing = c.Nominal ? GoverningWord(c.Start) : -1;
        // "blocked the European Union's 20th package of sanctions": the verb governs the package the acts come in.
        if (governing >= 1 && _low[governing] == "of" && _low[governing - 1] is "package" or "packages" or "round" or "set")
        {
            governing -= 2;
            while (governing >= 0 && (IsLowerCasePlainWord(governing) && !IsPastForm(governing) || char.IsDigit(_low[governing][0]))) governing--;
            if (governing >= 1 && _low[governing] is "'s" or "’s") governing--;
        }
        while (governing >= 1 && _entityAt[governing] is { } modifier && ActorLabels.Contains(modifier.Label))
        {
            int k = FirstToken(governing, modifier) - 1;
            governing = k >= 0 && Determiners.Contains(_low[k]) ? k - 1 : k;
        }
        // "discussed the lifting of U.S. sanctions", "the suspension of talks": so is one whose ending is named.
        if (governing >= 0
            && (CallingOff.Contains(_low[governing]) || _low[governing] == "off" && governing > 0 && _low[governing - 1] is "called" or "calls" or "call" or "put" or "puts"
                || _low[governing] == "of" && governing > 0 && EndingNouns.Contains(_low[governing - 1])))
            negated = true;
        return negated ? EventTypes.Negated : hypothetical ? EventTypes.Hypothetical : anticipated ? EventTypes.Anticipated : EventTypes.Asserted;
    }

    /// <summary>Nouns of what is said against a party, whose content a denial rejects ("denied reports that …").</summary>
    private static readonly HashSet<string> ChargeNouns = new(StringComparer.Ordinal)
        { "accusations", "accusation", "allegations", "allegation", "claims", "claim", "charges", "charge", "reports", "report", "suggestions" };

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

    /// <summary>"first", "last", "only", "second" or "third" before the noun at <paramref name="noun"/>, past one modifier.</summary>
    private bool OrdinalBeforeTheNoun(int noun) =>
        noun >= 1 && IsRankWord(_low[noun - 1]) || noun >= 2 && IsLowerCasePlainWord(noun - 1) && IsRankWord(_low[noun - 2]);

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
            for (int words = 0; ++j < _count && words < 4 && (_entityAt[j] is not null || IsPlainWord(j)) && !Hypotheticals.Contains(_low[j]); words++) { }
        return j < _count && _low[j] is "could" or "would" or "might" or "may";
    }

    /// <summary>Nouns of ending an act or a measure, before "of" and the act's noun.</summary>
    private static readonly HashSet<string> EndingNouns = new(StringComparer.Ordinal)
        { "lifting", "easing", "removal", "suspension", "cancellation", "postponement", "halt", "end", "repeal", "withdrawal" };

    private static readonly HashSet<string> CallingOff = new(StringComparer.Ordinal)
        { "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "postpone", "postpones", "postponed", "scrapped", "scraps", "scrap",
          "suspend", "suspends", "suspended", "suspending", "halt", "halts", "halted", "halting", "stop", "stops", "stopped", "stopping",
          "pause", "pauses", "paused", "pausing", "veto", "vetoes", "vetoed", "vetoing", "block", "blocks", "blocked", "blocking" };

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

    /// <summary>"Sanctions … Over Taiwan Arms Sales": after "over" a place that describes the noun after it names the topic,
    /// not where the act happened.</summary>
    private bool DescribesTheTopic(int first, int last) =>
        first > 0 && _low[first - 1] == "over" && last + 1 < _count && _doc.Tokens[_first + last + 1].Kind == TokenKind.Word
        && !LocationPrepositions.Contains(_low[last + 1]) && !IsClauseBreak(last + 1) && _low[last + 1] is not ("and" or "or");

    /// <summary>Location ("in/at" a place after the trigger), time, amount, instrument and name from the sentence.
    /// <paramref name="actType"/> is the act's own type where an intent to it is coded AGREE ("was due to meet": CONSULT).</summary>
    private void AddContextArguments(Event ev, string actType, int after, Entity actor, Entity? recipient)
    {
        Entity? location = null;
        for (int i = after; i < _count && location is null; i++)
        {
            // ", ending decades of conflict over the Nagorno-Karabakh region": a participle's clause has places of its own, and
            // so has one of ", as" (", as relations deteriorated after deaths … in Yekaterinburg"), another verb phrase after
            // "and" ("thanked Bukele … and said Washington would press for the release of prisoners in Venezuela") and
            // another act's verb ("released 10 citizens in exchange for migrants deported by Washington to a prison in El Salvador").
            // A participle after a comma that is an act itself goes on with the same one (", killing 40 people at the camp").
            // "exchanged prisoners on Sunday, officials said, after talks in Istanbul": nor past a reporting clause.
            if (IsClauseBreak(i) || _low[i] == "and" && (OpensAClause(i) || StartsAVerbPhrase(i + 1)) || _low[i] == "," && IsReportingClause(i + 1)
                || i > after && (_isVerbTrigger[i] && !(_low[i - 1] == "," && _low[i].EndsWith("ing", StringComparison.Ordinal)) || IsReducedRelative(i, i + 1))
                || _low[i] == "," && i + 1 < _count && (IsLowerCasePlainWord(i + 1) && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) || _low[i + 1] == "as")
                // "accusing London of interfering in Georgia's affairs": a charge's gerund after "of" or "for" has places of its own.
                || i > after && _low[i] is "of" or "for" && i + 1 < _count && IsGerund(i + 1) && ev.Type == "ACCUSE"
                // ("expelled the deputy ambassador, accusing London of interfering in Georgia's affairs": a participle of speech
                // is another act, whose places are its own.)
                || _low[i] == "," && i + 1 < _count && _low[i + 1].EndsWith("ing", StringComparison.Ordinal) && SpeechVerbs.Contains(VerbOrUrge(i + 1) ?? "")
                || _low[i] == "," && OpensASummaryAppositive(i)
                // "exchanged fire on Wednesday, days after Bangkok suspended a declaration signed … in Kuala Lumpur": a clause of
                // time has places of its own.
                || i > after && _low[i] is "after" or "before" or "since" or "until" or "while" or "when" && i + 1 < _count && _entityAt[i + 1] is { } timeSubject
                   && StartsAVerbPhrase(LastToken(i + 1, timeSubject) + 1)) break;
            // "a post by China's consul general in Osaka": a place after a title and "in" is the official's post.
            if (_entityAt[i] is { Label: EntityLabels.Loc } e && e != actor && e != recipient && InPhraseOfPlace(FirstToken(i, e))
                && !DescribesTheTopic(FirstToken(i, e), LastToken(i, e)) && !(FirstToken(i, e) is var at && at >= 2 && _low[at - 1] == "in"
                      && Relations.TitleLexicon.KindOf(_low[at - 2]) is Relations.TitleKind.Head or Relations.TitleKind.Member))
                location = e;
        }
        if (location is not null) ev.Arguments.Add(new EventArgument { Role = "location", Entity = location.Id });
        int anchor = TokenIndexOf(ev.Trigger.Start);
        // ("agreed to sell Armenia Caesar howitzers, prompting a protest from Baku": a protest, a meeting or an accusation is
        // armed with nothing.)
        foreach (var (role, labels) in ContextRoles)
            if (Nearest(anchor, after, labels, actor, recipient, acrossClauses: role is "time" or "name") is { } e
                && !(role == "instrument" && (ArmsAnotherAct(e, anchor) || actType is "PROTEST" or "CONSULT" or "ACCUSE"))
                && !(role == "name" && !NamesTheAct(e, anchor, after)))
                ev.Arguments.Add(new EventArgument { Role = role, Entity = e.Id });
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
    /// before an act's noun other than the trigger is that act's instrument.</summary>
    private bool ArmsAnotherAct(Entity weapon, int trigger)
    {
        int k = LastToken(TokenIndexOf(weapon.Start), weapon) + 1;
        while (k + 1 < _count && _low[k] is "and" or "or" or "," && _entityAt[k + 1] is { Label: EntityLabels.Weapon } next) k = LastToken(k + 1, next) + 1;
        return k < _count && k != trigger && NominalTriggers.CodeOf(_low[k]) is not null;
    }

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
    private Entity? Nearest(int anchor, int after, string[] labels, Entity actor, Entity? recipient, bool acrossClauses)
    {
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
                       || anchor < clause && (!acrossClauses || IsAttributiveDate(token) || DescribesAParty(clause, actor, recipient) || HasAnActOfItsOwn(clause)))) continue;
            if (!acrossClauses && BreaksClause(Math.Min(anchor, token), Math.Max(anchor, token))) continue;
            // "killed 26 men in an attack on tourists that New Delhi blamed on Islamabad": nor past the relative pronoun of
            // the trigger's own clause.
            if (!acrossClauses && token < anchor && RelativePronounBetween(token, anchor)) continue;
            // "Xi, who visited Astana in 2013 …, has offered Kazakhstan $14 billion": an act in a relative clause takes no
            // amount or weapon from the clause the relative clause describes a name of.
            if (!acrossClauses && anchorRelative >= 0 && (token < anchorRelative || token >= RelativeClauseEnd(anchorRelative))) continue;
            if (token < anchor && afterTimeConjunction || anchorClause >= 0 && token < anchorClause) continue;
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
            // "accused Ethiopia of threatening its sovereignty since Abiy said last year …": so has one after the act, with its subject.
            if (token > anchor && e.Label == EntityLabels.Date && TimeClauseWithSubjectBetween(anchor, token)) continue;
            // "their 1951 mutual defense treaty": a year between an article or a possessive and a noun dates that noun only.
            // ("seized power in a 2020 coup": after "in" or "during" the year's noun is the act's own occasion.)
            if (e.Label == EntityLabels.Date && IsAttributiveDate(token) && !(anchor > token && anchor <= token + 3)
                && !(token >= 2 && _low[token - 2] is "in" or "during")) continue;
            // "… sold jets to Vientiane, and its director general said in May …": a clause coordinated after the event's has
            // its own time, even for the roles that may come from another clause.
            if (token > anchor && OpensAClauseBetween(anchor, token)) continue;
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

    /// <summary>Between the trigger at <paramref name="anchor"/> and the date at <paramref name="token"/>, a lower-case noun, a subject
    /// pronoun and a past form open a noun's clause without "that" ("soldiers it captured in July"), with only a preposition
    /// after it before the date.</summary>
    private bool InContactClause(int anchor, int token)
    {
        for (int k = token - 1; k > anchor + 1 && token - k <= 4; k--)
            if (SubjectPronouns.Contains(_low[k]) && k + 1 < token && IsPastForm(k + 1) && IsLowerCasePlainWord(k - 1) && _lexicon.VerbLemma(_low[k - 1]) is null
                && Enumerable.Range(k + 2, token - k - 2).All(p => Prepositions.Contains(_low[p]) || Determiners.Contains(_low[p])))
                return true;
        return false;
    }

    /// <summary>The relative clause opened at <paramref name="clause"/> has its first verb in the present or the pluperfect
    /// ("which Islamabad accuses", "who had led"), not in the past of the clause it describes ("who said").</summary>
    private bool TellsOfAnotherTime(int clause)
    {
        int verb = clause + 1;
        while (verb < _count && _entityAt[verb] is { } e) verb = LastToken(verb, e) + 1;
        return verb < _count && (_low[verb] is "had" || !IsPastForm(verb) && _low[verb] is not ("was" or "were"));
    }

    /// <summary>An attributive date at <paramref name="token"/> (<see cref="IsAttributiveDate"/>) with no preposition
    /// between it and the trigger at <paramref name="anchor"/>, or one after "of" and an article.</summary>
    private bool DescribesTheObject(int anchor, int token)
    {
        if (!IsAttributiveDate(token)) return false;
        // "accused Sargsyan of abandoning the campaign for recognition of the 1915 genocide": after "of" and an article the
        // year describes the noun, however far from the trigger.
        if (token >= 2 && _low[token - 2] == "of" && Determiners.Contains(_low[token - 1])) return true;
        for (int i = anchor + 1; i < token - 1; i++)
            if (!IsPlainWord(i)) return false;
        return true;
    }

    /// <summary>The date at <paramref name="token"/> stands between a determiner or a possessive and a lower-case noun ("the 1990 declaration").</summary>
    private bool IsAttributiveDate(int token) =>
        token >= 1 && token + 1 < _count && (IsDeterminerOrPossessive(_low[token - 1]) || _low[token - 1] is "'s" or "’s")
        && IsLowerCasePlainWord(token + 1);

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
            if (IsClauseBreak(i) || _low[i] == "and" && (StartsAVerbPhrase(i + 1) || OpensAClause(i) || i + 1 < _count && _low[i + 1] == "that")) return true;
            // "a figure the government rejected, citing an audit that put the sum at $8.6 million": a participle of speech or of
            // a reason cited opens what is said, not done.
            if (_low[i] == "," && i + 1 < to && (ReportingParticiples.Contains(_low[i + 1]) || _low[i + 1] == "citing")) return true;
            if (_low[i] is "after" or "before" or "since" or "until" or "when" or "where" or "as" or "if")
                // (the clause may be the trigger's own: "drones struck …, as Moscow rejected calls"); the clause's verb may come
                // after the later token ("asked Russia to send troops to Osh, where at least 100 people had been killed").
                for (int k = i + 2; k < _count && (k <= to || !IsClauseEnd(k)); k++)
                    if (_isVerbTrigger[k] || IsClauseVerb(k)) return true;
        }
        return false;
    }

    private bool AndThatBetween(int from, int to)
    {
        for (int i = from + 1; i + 1 < to; i++)
            if (_low[i] == "and" && _low[i + 1] == "that") return true;
        return false;
    }

    /// <summary>Between the two tokens, "and", a verb phrase after it and then "that".</summary>
    private bool ReportedByAnotherVerbBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
            if (_low[i] == "and" && StartsAVerbPhrase(i + 1))
            {
                for (int k = i + 2; k < to; k++)
                    if (_low[k] == "that") return true;
                return false;
            }
        return false;
    }

    /// <summary>"since", "after", "before" or "until" and then a name or a subject pronoun between the two tokens.</summary>
    private bool TimeClauseWithSubjectBetween(int from, int to)
    {
        for (int i = from + 1; i + 1 < to; i++)
            if (_low[i] is "since" or "after" or "before" or "until" && (_entityAt[i + 1] is not null || SubjectPronouns.Contains(_low[i + 1]))) return true;
        return false;
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
            if (_low[i] is "which" or "who" or "whose" && _low[i - 1] == "," || _low[i] is "who" or "whose" && _low[i - 1] != "(") return i;
            // "a war that has displaced more than 12 million people": "that" and a verb after a noun no verb shares.
            if (_low[i] == "that" && IsLowerCasePlainWord(i - 1) && _lexicon.VerbLemma(_low[i - 1]) is null && StartsAVerbPhraseAfter(i + 1)) return i;
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
    private bool DescribesAParty(int clause, Entity actor, Entity? recipient) =>
        clause >= 2 && _entityAt[clause - 2] is { } antecedent && (antecedent == actor || antecedent == recipient);

    private int RelativeClauseEnd(int start)
    {
        int i = start + 1;
        while (i < _count && (_low[i] != "," || IsListComma(i)) && !IsClauseBreak(i)) i++;
        return i;
    }

    /// <summary>"which Kyrgyzstan, Kazakhstan and Uzbekistan agreed to build", "the Popular Front Party, the Musavat Party and …":
    /// a comma between two names joins a list.</summary>
    private bool IsListComma(int comma) =>
        comma >= 1 && comma + 1 < _count && _entityAt[comma - 1] is not null
        && (_entityAt[comma + 1] is not null || comma + 2 < _count && _low[comma + 1] == "the" && _entityAt[comma + 2] is not null);

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
