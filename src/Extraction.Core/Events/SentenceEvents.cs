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
internal sealed partial class SentenceEvents
{
    private static readonly HashSet<string> ActorLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp];

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
        { "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "'s", "’s", "any", "some", "no", "every", "each", "another", "such", "further", "new" };
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
        { "of", "in", "at", "on", "with", "from", "to", "for", "by", "into", "against", "between", "among", "within", "across", "toward", "towards", "over", "under", "about", "through", "during", "after", "before", "despite", "near", "upon", "onto", "via", "without", "amid", "like", "around" };
    // A static field that reads another is declared after it in the same file: the order in which the parts of this partial
    // class initialise theirs is not defined.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup = Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
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
        { "in", "at", "near", "inside", "outside", "over", "across", "off", "through", "throughout", "into", "around", "along" };
    /// <summary>Nouns of a line a people's name may name without the act being aimed at its people ("near the Afghan border";
    /// not "in Syrian territory", whose state is struck).</summary>
    private static readonly HashSet<string> BorderNouns = new(StringComparer.Ordinal) { "border", "borders", "frontier", "coast", "coastline" };
    /// <summary>Nouns of buildings and sites a people's name may describe where something happened near or inside them ("outside a
    /// Sikh temple"), after <see cref="NearnessPrepositions"/> (not "at", which aims: "fired at a Russian base"); not an embassy,
    /// which stands for its state ("protesters gathered outside the Iranian embassy").</summary>
    private static readonly HashSet<string> SiteNouns = new(StringComparer.Ordinal)
        { "temple", "mosque", "church", "synagogue", "shrine", "school", "hospital", "market", "base", "camp", "village", "home", "house", "restaurant", "hotel" };
    private static readonly HashSet<string> NearnessPrepositions = new(StringComparer.Ordinal) { "outside", "near", "inside", "in", "around" };
    private static readonly HashSet<string> ExchangedAttacks = new(StringComparer.Ordinal)
        { "fire", "gunfire", "strikes", "shots", "blows", "shelling", "attacks", "salvos" };
    private static readonly HashSet<string> ExchangedAccusations = new(StringComparer.Ordinal)
        { "blame", "accusations", "charges", "insults", "barbs", "recriminations", "allegations" };

    /// <summary>The code of the attacks or accusations named right after a verb of exchange, past up to two modifiers
    /// ("traded heavy artillery fire", "traded blame"), or null.</summary>
    private string? ExchangedAct(int verbEnd, bool pastWeapons = false)
    {
        for (int i = verbEnd; i < Math.Min(_count, verbEnd + 3); i++)
        {
            if (ExchangedAttacks.Contains(_low[i])) return NominalTriggers.CodeOf(_low[i]) ?? "190";
            if (ExchangedAccusations.Contains(_low[i])) return "112";
            // ("exchanged artillery fire": past the weapon the fire is of, where asked; the dictionary's pattern of the weapon
            // then names the finer code.)
            if (!IsLowerCasePlainWord(i) && !(pastWeapons && _entityAt[i] is { Label: EntityLabels.Weapon })) return null;
        }
        return null;
    }

    /// <summary>An act read off a verb of exchange, the coordinated subjects each other's parties: attacks or accusations
    /// ("traded fire", "traded blame") or what a pattern names ("Russia and Ukraine exchanged 390 prisoners": each released
    /// the other's).</summary>
    private bool IsExchange(Candidate c) =>
        _lexicon.VerbLemma(_low[c.Start]) is "trade" or "exchange" or "swap" && (ExchangedAct(c.End, pastWeapons: true) is not null || c.Type != "ASSAULT" && c.FromPattern)
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
    /// <summary>Verbs that only frame another event's status ("expect X to be deployed", "looks to receive"), or tell of an act
    /// ("described the attack as treason": the dictionary's pattern "describe … attack" read the describer's).</summary>
    private static readonly HashSet<string> FramingVerbs = new(StringComparer.Ordinal)
    {
        "expect", "anticipate", "plan", "intend", "want", "wish", "look", "aim", "seem", "appear", "say", "tell", "report", "announce",
        "describe", "depict", "portray", "characterize", "characterise", "detail", "mention", "explain", "narrate", "recount",
    };

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
    /// <summary>The other coordinated subjects of the verb <see cref="Build"/> last read, who do the act too, and to whom; made
    /// on the first (<see cref="CoActors"/>), most sentences having none.</summary>
    private List<(Entity Actor, Entity? Recipient)>? _coActors;
    private List<(Entity Actor, Entity? Recipient)> CoActors => _coActors ??= [];
    /// <summary>A headline in title case or capitals: its capitals end no name (<see cref="Entities.EntityText.IsHeadline"/>).</summary>
    private readonly bool _headline;

    /// <summary>The article's title, in whatever case: its first sentence, with no full stop at its end, before a body.</summary>
    private readonly bool _title;

    /// <summary>The sentence holds a semicolon (most do not: <see cref="SemicolonBetween"/> then has nothing to look for).</summary>
    private readonly bool _hasSemicolon;

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
        for (int i = 0; i < _count; i++)
        {
            _low[i] = doc.SpanOf(doc.Tokens[_first + i]).ToString().ToLowerInvariant();
            _hasSemicolon |= _low[i] == ";";
        }
        _headline = Entities.EntityText.IsHeadline(doc.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens).Slice(_first, _count))
                    && !IsProseDenseWithNames();
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

    /// <summary>"India suspended the Indus Waters Treaty on Thursday.": a short sentence of names may look like a title-case
    /// headline, but a headline capitalises its verb; a sentence ending in a full stop with a verb of four letters or more in
    /// lower case is prose.</summary>
    private bool IsProseDenseWithNames()
    {
        if (_count == 0 || _low[_count - 1] != ".") return false;
        for (int i = 0; i < _count; i++)
        {
            var word = _doc.SpanOf(_doc.Tokens[_first + i]);
            if (word.Length >= 4 && char.IsLower(word[0]) && !Prepositions.Contains(_low[i]) && _lexicon.VerbLemma(_low[i]) is not null) return true;
        }
        return false;
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
                _coActors?.Clear();
                ev = Build(c, action);
                if (ev is not null)
                {
                    into.Add(ev);
                    // ("Britain and France condemned the attack on Israel": a target the act's noun named after the coordinated
                    // subjects were read is each one's.)
                    if (_coActors is not null)
                        foreach (var (coActor, coRecipient) in _coActors) into.Add(WithParties(ev, coActor, coRecipient ?? SharedRecipient(ev, coActor)));
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
                // ("Russia suspended the New START treaty": an object a rule took in with the verb is the verb's, event or none.)
                bool insidePattern = (ev is not null || complement) && (o.Start < c.PatternEnd || c.FromPattern && IsActAskedFor(c, o))
                                     || !c.FromPattern && c.PatternEnd > c.End && o.Start < c.PatternEnd;
                // ("Maduro ordered the mobilization of 200,000 troops": a verb that stages the act and made none of its own leaves it;
                // not a claim, which a negation leaves unsaid: "Kyiv did not claim the attack".)
                // ("Kenyan court blocked the deployment of police to Haiti": nor a verb of calling off, whose act is told as not done.)
                if (o.Nominal ? insidePattern || !c.Nominal && (ev is not null || !c.LightVerb && !(IsStagingVerb(c.Start) && _lexicon.VerbLemma(_low[c.Start]) != "claim")
                                                                                     && !CallingOff.Contains(_low[c.Start]))
                                                && IsDirectObject(c.End, o.Start)
                              : insidePattern && c.FromPattern)
                    consumed.Add(o);
            }
        }
    }

    /// <summary><paramref name="e"/> already does the act as another coordinated subject. A loop, not a lambda (no closure).</summary>
    private bool AmongCoActors(Entity e)
    {
        if (_coActors is null) return false;
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

    /// <summary>The event's recipient, unless it is <paramref name="coActor"/> itself.</summary>
    private Entity? SharedRecipient(Event ev, Entity coActor)
    {
        foreach (var argument in ev.Arguments)
            if (argument.Role == "recipient" && _doc.EntityById(argument.Entity) is { } recipient) return Same(recipient, coActor) ? null : recipient;
        return null;
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

    /// <summary>"to" (or "on") and a noun phrase of an article and lower-case modifiers end at the noun at <paramref name="noun"/>,
    /// after a phrase of time ("on Monday") if any; or with no preposition where the noun is an accord's ("agree ceasefire").</summary>
    private bool IsAgreedTo(int verbEnd, int noun)
    {
        int i = verbEnd;
        if (i + 1 < _count && _low[i] is "on" or "in" && _entityAt[i + 1] is { Label: EntityLabels.Date } date) i = LastToken(i + 1, date) + 1;
        if (i >= noun) return false;
        if (_low[i] is "to" or "on" or "upon") i++;
        else if (!AccordNouns.Contains(_low[noun])) return false;
        for (; i < noun; i++)
            // ("agreed to an EU-brokered deal": a hyphened modifier is one too.)
            if (!(Determiners.Contains(_low[i]) || (IsLowerCasePlainWord(i) || _headline && IsPlainWord(i)) && _lexicon.VerbLemma(_low[i]) is null || _low[i] == "and"
                  || IsHyphenatedModifier(i))) return false;
        return true;
    }

    /// <summary>The entity stands right before an event noun of type <paramref name="type"/> ("EU sanctions") that ends
    /// before token <paramref name="end"/>.</summary>
    private bool ModifiesAnActNounBefore(Entity e, int end, string type)
    {
        int next = LastToken(TokenIndexOf(e.Start), e) + 1;
        return next < end && NominalTriggers.CodeOf(_low[next]) is { } code && _lexicon.Code(code)?.Type == type;
    }

    /// <summary>The entity is the verb's direct object (or a body's noun that stands for it is): it follows the verb with only
    /// determiners and modifiers between.</summary>
    private bool IsDirectObjectEntity(int verbEnd, Entity e)
    {
        int end = Math.Min(_count, verbEnd + 4);
        for (int i = verbEnd; i < end; i++)
            if (_entityAt[i] == e) return IsDirectObject(verbEnd, i);
        // ("Egypt and Saudi Arabia have backed the army": a body's noun that stands for it; looked for only where the name is
        // not there, a body's name search going over the document's names.)
        if (e.Label is not (EntityLabels.Org or EntityLabels.Loc)) return false;
        for (int i = verbEnd; i < end; i++)
            if (_entityAt[i] is null && IsLowerCasePlainWord(i) && !Determiners.Contains(_low[i])
                && (BodyNamedBefore(i) ?? StateOfItsBody(i, datelineToo: false)) is { } body && Same(body, e)) return IsDirectObject(verbEnd, i);
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
        // ("vetoed a 50 billion euro EU aid package": a sum counts as one word.)
        int words = 0;
        for (int i = verbEnd; i < noun; i++, words++)
            if (_entityAt[i] is { Label: EntityLabels.Money } sum) i = LastToken(i, sum);
        if (words > 3) return false;
        // "launched 65 drones": a number counts the noun; "launched missile strikes": a weapon names its kind; "struck Hamas
        // targets": a party's name right before the noun says whose.
        // ("fired dozens of rockets", "launched a barrage of missiles": so does a count's or a volley's "of".)
        for (int i = verbEnd; i < noun; i++)
            if (!IsPlainWord(i) && !(_entityAt[i] is null && _doc.Tokens[_first + i].Kind == TokenKind.Number) && _entityAt[i] is not { Label: EntityLabels.Weapon or EntityLabels.Money }
                && !(_low[i] == "of" && i > verbEnd && (IsNumberWord(i - 1) || _low[i - 1] is "barrage" or "salvo" or "volley" or "wave" or "swarm" or "scores"))
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

    /// <summary>A word joined by a hyphen whose last part is in lower case ("Greek-flagged", "Iranian-made"): a modifier, whatever
    /// its first part names (a name inside a word is no entity of the word's own).</summary>
    private bool IsHyphenatedModifier(int i)
    {
        var token = _doc.Tokens[_first + i];
        int hyphen = _doc.Text.LastIndexOf('-', token.End - 1, token.Length);
        return token.Kind == TokenKind.Word && hyphen > token.Start && hyphen + 1 < token.End && char.IsLower(_doc.Text[hyphen + 1]);
    }

    /// <summary>The token after "more than", "at least", "up to", "about" … at <paramref name="i"/>, or <paramref name="i"/>.</summary>
    private int PastACountsQualifier(int i)
    {
        if (i + 1 < _count && (_low[i] is "more" or "fewer" or "less" && _low[i + 1] == "than" || _low[i] == "at" && _low[i + 1] is "least" or "most"
                               || _low[i] == "up" && _low[i + 1] == "to")) return i + 2;
        return i < _count && _low[i] is "about" or "around" or "some" or "nearly" or "almost" or "roughly" or "approximately" or "over" ? i + 1 : i;
    }

    /// <summary>The token after words that count what follows from <paramref name="i"/> ("more than 80", "at least 12", "about
    /// 30", "dozens of"), or <paramref name="i"/> where none do.</summary>
    private int PastACount(int i)
    {
        int k = PastACountsQualifier(i);
        if (k < _count && _doc.Tokens[_first + k].Kind == TokenKind.Number) return k + 1;
        if (k == i && k + 1 < _count && _low[k] is "dozens" or "hundreds" or "thousands" or "scores" && _low[k + 1] == "of") return k + 2;
        return i;
    }

    /// <summary>A word of the noun a nationality describes ("Kyrgyz border guards", "Egyptian and Qatari mediators").</summary>
    private bool IsPeoplesNounWord(int i) => IsLowerCasePlainWord(i) && !Auxiliaries.Contains(_low[i]);

    /// <summary>"suspected of", "accused of": a participle of suspicion and its charge.</summary>
    private bool IsSuspicionParticiple(int i) =>
        _low[i] is "suspected" or "accused" or "charged" or "convicted" && i + 1 < _count && _low[i + 1] == "of";
}
