using Extraction.Model;

namespace Extraction.Relations;

/// <summary>A relation found in one sentence, before ids are assigned.</summary>
public sealed record FoundRelation(string Type, Entity Head, Entity Tail, TextSpan? Trigger, double Confidence, string Rule);

/// <summary>
/// High-precision surface patterns over a sentence's tokens and entities:
/// <list type="bullet">
/// <item>titles: "&lt;ORG|LOC|NORP&gt;['s] &lt;title&gt; [,] &lt;PERSON&gt;" ("Russian President Vladimir Putin", "Hamas leader X")
/// and "&lt;title&gt; of &lt;ORG|LOC&gt;[,] &lt;PERSON&gt;" ("the Minister of Foreign Affairs of Iraq, X");</item>
/// <item>appositives: "&lt;PERSON&gt;, [the] &lt;ORG|LOC|NORP&gt;['s] &lt;title&gt;" ("Sergei Lavrov, Russia's Foreign Minister")
/// and "&lt;PERSON&gt;, [the] &lt;title&gt; of|for &lt;ORG|LOC&gt;" ("X, the leader of Y"), and the same roles after "as" and a
/// verb of office ("X was sworn in as Bolivia's president");</item>
/// <item>location: "&lt;ENTITY&gt; [unit or facility noun, 'based'] in|at|near &lt;LOC&gt;" ("the 201st MRD in Tajikistan") and
/// "&lt;LOC&gt;, &lt;LOC&gt;" outside lists ("Kazan, Russia");</item>
/// <item>communication: "met", "talks with", "a meeting with", "spoke to"… between the nearest preceding actor and the
/// entity that follows (skipping its title: "met Chinese Foreign Minister Wang Yi").</item>
/// </list>
/// Titles decide the type through <see cref="TitleLexicon"/>: head titles give IN_CHARGE_OF, member titles BELONGS_TO,
/// always with the person as head.
/// </summary>
public static class RelationPatterns
{
    public const double TitleConfidence = 0.92, AppositiveConfidence = 0.9, LocatedConfidence = 0.8,
        LocListConfidence = 0.65, CommunicationConfidence = 0.85;

    private static readonly string[] Determiners = ["the", "a", "an"];

    /// <summary>Nouns for a unit or site that sits where its location says ("the Kazan company in Russia").</summary>
    private static readonly HashSet<string> SiteNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "base", "bases", "airbase", "airfield", "company", "companies", "plant", "factory", "facility", "facilities",
        "forces", "troops", "units", "unit", "division", "brigade", "battalion", "regiment", "garrison", "contingent",
        "fleet", "squadron", "embassy", "consulate", "office", "offices", "headquarters", "branch", "mission",
        "camp", "camps", "compound", "refinery", "port", "mine", "field", "group", "cell", "soldiers",
        "personnel", "staff", "military", "army", "navy", "police", "militia", "fighters", "militants",
        "based", "stationed", "deployed", "located", "headquartered", "positioned", "garrisoned", "operating",
    };

    /// <summary>
    /// Sites usually named after the place they are in ("the Kazan company in Russia", "the Tula arms plant in
    /// Russia"): only these let a place name before them be located. An outpost noun does not ("the U.S. embassy in Kabul").
    /// </summary>
    private static readonly HashSet<string> NamedAfterPlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "plant", "factory", "refinery", "mine", "port", "airport", "university", "works", "shipyard", "field",
    };

    private static readonly string[] LocatedPrepositions = ["in", "at", "near", "inside", "outside"];

    /// <summary>Communication triggers: verbs that take their partner directly or after "with"/"to", nouns after "with".</summary>
    private static readonly HashSet<string> CommunicationVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meet", "meets", "meeting", "talked", "talks", "talk", "spoke", "speak", "speaks", "phoned", "telephoned",
        "conferred", "negotiated", "consulted", "discussed", "hosted", "briefed", "messaged", "wrote",
    };

    private static readonly HashSet<string> CommunicationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "talks", "conversation", "conversations", "call", "negotiations", "discussions",
        "consultations", "summit", "phone", "telephone", "dialogue", "session", "audience", "contacts", "exchange",
    };

    /// <summary>Words that may stand between a communication trigger and its partner ("met with Russia's Foreign Minister X").</summary>
    private static readonly HashSet<string> PartnerFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "counterpart", "counterparts", "’s", "'s", "visiting", "newly",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartnerFillerLookup = PartnerFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<FoundRelation> Find(SentenceView view)
    {
        var found = new List<FoundRelation>();
        for (int i = 0; i < view.Entities.Count; i++)
        {
            if (view.Entities[i].Label == EntityLabels.Person)
            {
                TitleBeforePerson(view, i, found);
                TitleOfBeforePerson(view, i, found);
                AppositiveAfterPerson(view, i, found);
                RoleAfterAs(view, i, found);
                PersonOfOrganisation(view, i, found);
            }
            LedBy(view, i, found);
            Located(view, i, found);
            LocList(view, i, found);
            AllyInApposition(view, i, found);
        }
        Communication(view, found);
        return found;
    }

    private static bool IsAffiliation(Entity e) => e.Label is EntityLabels.Org or EntityLabels.Loc or EntityLabels.Norp;
    private static bool IsActor(Entity e) => e.Label is EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc;

    private static string TitleType(TitleKind kind) => kind == TitleKind.Head ? RelationTypes.InChargeOf : RelationTypes.BelongsTo;

    private static TextSpan SpanOfTokens(SentenceView view, int first, int end) =>
        new(view.Document.Tokens[first].Start, view.Document.Tokens[end - 1].End);

    private static bool IsTitleToken(SentenceView view, int t) =>
        view.InSentence(t) && view.EntityAt(t) < 0 && TitleLexicon.KindOf(view.Word(t)) != TitleKind.None;

    /// <summary>The title run that ends just before token <paramref name="end"/> (going back over title words), as [first, end).</summary>
    private static int TitleRunStartBefore(SentenceView view, int end)
    {
        int first = end;
        while (IsTitleToken(view, first - 1)) first--;
        // A run never starts on "of": "head of" belongs to another pattern.
        while (first < end && view.WordIs(first, "of")) first++;
        return first;
    }

    /// <summary>The title run that starts at <paramref name="first"/>, as its exclusive end; stops before "of"/"for" + entity.</summary>
    private static int TitleRunEndFrom(SentenceView view, int first)
    {
        int end = first;
        while (IsTitleToken(view, end))
        {
            if (view.WordIs(end, "of") && !IsTitleToken(view, end + 1)) break;
            end++;
        }
        while (end > first && view.WordIs(end - 1, "of")) end--;
        return end;
    }

    private static TitleKind Classify(SentenceView view, int first, int end)
    {
        var words = new List<string>(end - first);
        for (int t = first; t < end; t++) words.Add(view.Word(t));
        return TitleLexicon.Classify(words);
    }

    /// <summary>Leading title words inside the person's own span ("President Vladimir Putin" tagged whole).</summary>
    private static int OwnTitleEnd(SentenceView view, int person)
    {
        int first = view.FirstTokenOf(person), end = first;
        while (end < view.EndTokenOf(person) - 1 && TitleLexicon.KindOf(view.Word(end)) != TitleKind.None) end++;
        return Classify(view, first, end) == TitleKind.None ? first : end;
    }

    private static void Add(List<FoundRelation> found, string type, Entity head, Entity tail, TextSpan? trigger, double confidence, string rule)
    {
        if (ReferenceEquals(head, tail)) return;
        found.Add(new FoundRelation(type, head, tail, trigger, confidence, rule));
    }

    /// <summary>"Russian President Vladimir Putin", "Russia's foreign minister, Sergei Lavrov", "Hamas leader X".</summary>
    private static void TitleBeforePerson(SentenceView view, int person, List<FoundRelation> found)
    {
        int personFirst = view.FirstTokenOf(person);
        int ownEnd = OwnTitleEnd(view, person); // title words the tagger put inside the person span
        bool comma = ownEnd == personFirst && view.WordIs(personFirst - 1, ",");
        int runEnd = comma ? personFirst - 1 : personFirst;
        // "the EU ambassador to Georgia, Carl Hartzell": the posting after the title is passed over, and the comma then
        // opens an apposition, not a list.
        int posting = PostingStart(view, runEnd);
        if (posting >= 0) runEnd = posting;
        int runFirst = TitleRunStartBefore(view, runEnd);
        // "Abkhazia's de facto president Sergei Bagapsh": "de facto" opens the title and is no portfolio.
        bool deFacto = runFirst < runEnd && PastDeFacto(view, runFirst - 2) == runFirst;
        if (deFacto) runFirst -= 2;
        // "Pakistan's petroleum minister, Ali Pervaiz Malik", "EU antitrust chief Teresa Ribera", "Kazakh Industry Minister
        // Yersain Nagaspayev": a portfolio's words after a possessive or a name open the title.
        else if (runFirst < runEnd)
        {
            int portfolio = runFirst;
            while (runFirst - portfolio < 2 && view.InSentence(portfolio - 1) && view.EntityAt(portfolio - 1) < 0
                   && IsWordOfLetters(view.Word(portfolio - 1)))
                portfolio--;
            if (portfolio < runFirst && view.InSentence(portfolio - 1) && IsPortfolioNoun(view, portfolio, runFirst)
                && (SentenceView.IsPossessive(view.Word(portfolio - 1)) || view.EntityAt(portfolio - 1) is var named and >= 0 && view.EndTokenOf(named) == portfolio))
                runFirst = portfolio;
        }
        var words = new List<string>();
        for (int t = deFacto ? runFirst + 2 : runFirst; t < runEnd; t++) words.Add(view.Word(t));
        for (int t = personFirst; t < ownEnd; t++) words.Add(view.Word(t));
        var kind = TitleLexicon.Classify(words);
        if (kind == TitleKind.None) return;
        int titleFirst = runFirst < runEnd ? runFirst : personFirst;
        int titleEnd = ownEnd > personFirst ? ownEnd : runEnd;

        int before = titleFirst - 1;
        bool possessive = view.InSentence(before) && SentenceView.IsPossessive(view.Word(before));
        if (possessive) before--;
        int org = view.EntityAt(before);
        if (org < 0 || view.EndTokenOf(org) != before + 1 || !IsAffiliation(view.Entities[org])) return;
        // "X, President Y" is a list or an apposition, not "Russia's president, Y"; an organisation's title set off by a
        // comma is one too ("Russia's Foreign Ministry spokeswoman, Maria Zakharova").
        if (comma && !possessive && posting < 0 && view.Entities[org].Label != EntityLabels.Org) return;
        // "Bishkek-based analyst Emil Dzhuraev": a name inside a describing compound is no affiliation; where the person is
        // based, a place is theirs.
        var token = view.Document.Tokens[before];
        if (view.Entities[org].End < token.End)
        {
            if (view.Entities[org].Label == EntityLabels.Loc && view.Document.Text.AsSpan(token.Start, token.Length).EndsWith("-based"))
                Add(found, RelationTypes.CoLocated, view.Entities[person], view.Entities[org], SpanOfTokens(view, before, before + 1), LocatedConfidence, "based");
            return;
        }
        Add(found, TitleType(kind), view.Entities[person], view.Entities[org], SpanOfTokens(view, titleFirst, titleEnd), TitleConfidence, "title");
    }

    /// <summary>
    /// Where "to|for [the] &lt;entity&gt;" ends just before <paramref name="end"/> ("ambassador to Georgia", "envoy to the UN",
    /// "special envoy for Afghanistan"), the position of "to" or "for"; else -1.
    /// </summary>
    private static int PostingStart(SentenceView view, int end)
    {
        int posted = view.EntityAt(end - 1);
        if (posted < 0) return -1;
        int to = view.FirstTokenOf(posted) - 1;
        if (view.WordIs(to, "the")) to--;
        return view.WordIs(to, "to", "for") && IsTitleToken(view, to - 1) ? to : -1;
    }

    /// <summary>"the Minister of Foreign Affairs of Iraq, HE Dr X", "President of Russia Vladimir Putin".</summary>
    private static void TitleOfBeforePerson(SentenceView view, int person, List<FoundRelation> found)
    {
        int t = view.FirstTokenOf(person) - 1;
        while (IsTitleToken(view, t) && !view.WordIs(t, "of")) t--; // honorifics such as "Dr"
        if (view.WordIs(t, ",")) t--;
        // "the head of the State Committee for National Security (GKNB), X": the acronym after the name;
        // "the director of the Bilim Karvoni think tank, X": up to two lower-case words that say what the body is.
        if (view.WordIs(t, ")") && view.WordIs(t - 2, "(")) t -= 3;
        for (int words = 0; words < 2 && view.InSentence(t) && view.EntityAt(t) < 0 && Entities.EntityText.IsLowerCaseWord(view.Word(t)) && !view.WordIs(t, "of", "for"); words++) t--;
        int org = view.EntityAt(t);
        if (org < 0 || !IsAffiliation(view.Entities[org])) return;
        int p = view.FirstTokenOf(org) - 1;
        if (view.WordIs(p, "the")) p--;
        if (!view.WordIs(p, "of", "for")) return;
        int runFirst = TitleRunStartBefore(view, p);
        var kind = Classify(view, runFirst, p);
        if (kind == TitleKind.None) return;
        // "Pakistan's special envoy for Afghanistan, X", "the UN envoy for Syria, X": with a body before the title, "for"
        // names the posting, and the body (TitleBeforePerson) the affiliation.
        int before = runFirst - 1;
        if (view.InSentence(before) && SentenceView.IsPossessive(view.Word(before))) before--;
        if (view.WordIs(p, "for") && view.EntityAt(before) is var body and >= 0 && IsAffiliation(view.Entities[body])) return;
        Add(found, TitleType(kind), view.Entities[person], view.Entities[org], SpanOfTokens(view, runFirst, p), TitleConfidence, "title-of");
    }

    /// <summary>"Sergei Lavrov, Russia's Foreign Minister", "X, the Russian defence minister", "X, the leader of Hamas".</summary>
    private static void AppositiveAfterPerson(SentenceView view, int person, List<FoundRelation> found)
    {
        int t = view.EndTokenOf(person);
        if (!view.WordIs(t, ",")) return;
        t++;
        // "al-Burhan, who heads the Sovereignty Council, …": a relative clause of heading names the body the person leads.
        if (view.WordIs(t, "who") && view.WordIs(t + 1, HeadingVerbs))
        {
            int ledAt = view.WordIs(t + 2, "the") ? t + 3 : t + 2;
            // ("who heads Kyrgyzstan's State Committee for National Security": the body a possessor owns.)
            if (view.EntityAt(ledAt) is var owner and >= 0 && view.WordIs(view.EndTokenOf(owner), "'s", "’s")
                && view.EntityAt(view.EndTokenOf(owner) + 1) is var owned and >= 0 && view.Entities[owned].Label == EntityLabels.Org)
                ledAt = view.EndTokenOf(owner) + 1;
            if (view.EntityAt(ledAt) is var led and >= 0 && view.FirstTokenOf(led) == ledAt && IsAffiliation(view.Entities[led])
                && view.Entities[led].Label != EntityLabels.Norp)
                Add(found, RelationTypes.InChargeOf, view.Entities[person], view.Entities[led], SpanOfTokens(view, t + 1, t + 2), AppositiveConfidence, "who-heads");
            return;
        }
        // "Dmitry Medvedev, now deputy chairman of …"
        if (view.WordIs(t, "now", "currently", "formerly", "also", "still")) t++;
        RoleFrom(view, person, t, found, "appositive");
    }

    /// <summary>"Rodrigo Paz was sworn in as Bolivia's president", "Jeri took office as president of Peru": a role after
    /// "as" and a verb of taking or holding office, in the person's clause.</summary>
    private static void RoleAfterAs(SentenceView view, int person, List<FoundRelation> found)
    {
        bool office = false;
        for (int t = view.EndTokenOf(person); view.InSentence(t) && t < view.EndTokenOf(person) + 6; t++)
        {
            if (view.EntityAt(t) >= 0 || view.WordIs(t, ",", ";", ":", "and", "but", "who", "which", "that")) return;
            if (view.WordIs(t, "as"))
            {
                if (office) RoleFrom(view, person, t + 1, found, "as");
                return;
            }
            office |= view.WordIs(t, OfficeVerbs);
        }
    }

    private static readonly string[] OfficeVerbs =
        ["sworn", "elected", "re-elected", "appointed", "named", "installed", "inaugurated", "confirmed", "took", "takes", "serves", "served", "chosen", "nominated"];

    /// <summary>Past "de facto" at token <paramref name="t"/> ("the de facto president of South Ossetia", "South Ossetia's de
    /// facto leader"): what kind of rule a title is, no title word.</summary>
    private static int PastDeFacto(SentenceView view, int t) => view.WordIs(t, "de") && view.WordIs(t + 1, "facto") ? t + 2 : t;

    /// <summary>The role that begins at token <paramref name="t"/>: "[the] Russia's Foreign Minister", "the Russian defence
    /// minister", "the leader of Hamas".</summary>
    private static void RoleFrom(SentenceView view, int person, int t, List<FoundRelation> found, string rule)
    {
        if (view.WordIs(t, Determiners)) t++;
        t = PastDeFacto(view, t);
        // "the billionaire founder of Georgian Dream", "the veteran leader of …": a describing word before the title.
        for (int words = 0; words < 2 && view.InSentence(t + 1) && view.EntityAt(t) < 0 && Entities.EntityText.IsLowerCaseWord(view.Word(t))
                            && TitleLexicon.KindOf(view.Word(t)) == TitleKind.None && IsTitleToken(view, t + 1); words++) t++;
        int org = view.EntityAt(t);
        // "Kubat Rakhimov, a Bishkek-based economist": a compound of where someone is based places them, it names no body
        // they belong to ("a Kremlin-backed candidate" neither).
        if (org >= 0 && view.FirstTokenOf(org) == t && Entities.EntityText.IsHyphenatedToLowerCase(view.Document.Text, view.Entities[org].End))
        {
            if (view.Entities[org].Label == EntityLabels.Loc && view.Document.Text.AsSpan(view.Entities[org].End).StartsWith("-based", StringComparison.Ordinal))
                Add(found, RelationTypes.CoLocated, view.Entities[person], view.Entities[org], SpanOfTokens(view, t, view.EndTokenOf(org) + 1), LocatedConfidence, rule + "-based");
            return;
        }
        if (org >= 0 && view.FirstTokenOf(org) == t && IsAffiliation(view.Entities[org]))
        {
            int r = view.EndTokenOf(org);
            if (view.InSentence(r) && SentenceView.IsPossessive(view.Word(r))) r++;
            r = PastDeFacto(view, r);
            int end = TitleRunEndFrom(view, r);
            var kind = Classify(view, r, end);
            // "Lula da Silva, Argentine President Javier Milei, …": a title followed by a name is that name's, in a list.
            bool titleOfTheNext = view.InSentence(end) && view.EntityAt(end) is var next and >= 0 && view.FirstTokenOf(next) == end
                                  && view.Entities[next].Label == EntityLabels.Person;
            if (kind != TitleKind.None && !titleOfTheNext)
                Add(found, TitleType(kind), view.Entities[person], view.Entities[org], SpanOfTokens(view, r, end), AppositiveConfidence, rule);
            return;
        }
        int runEnd = TitleRunEndFrom(view, t);
        var runKind = Classify(view, t, runEnd);
        // ("Acacia Shields, a researcher with Human Rights Watch": "with" names the employer too.)
        if (runKind == TitleKind.None || !view.WordIs(runEnd, "of", "for", "at", "with")) return;
        int tail = BodyAfterOf(view, runEnd + 1);
        if (tail < 0) return;
        // "the head of Russia's sovereign wealth fund": the person heads a body the name owns, and belongs to the owner
        // (not "the head of Myanmar's military government", who runs the country).
        int afterTail = view.EndTokenOf(tail), noun = afterTail + 1;
        while (view.InSentence(noun + 1) && view.EntityAt(noun + 1) < 0 && Entities.EntityText.IsLowerCaseWord(view.Word(noun + 1))
               && !view.WordIs(noun + 1, "of", "for", "in", "and", "who", "which", "that")) noun++;
        bool ofAnUnnamedBody = view.InSentence(noun) && SentenceView.IsPossessive(view.Word(afterTail)) && view.EntityAt(afterTail + 1) < 0
                               && Entities.EntityText.IsLowerCaseWord(view.Word(afterTail + 1)) && !view.WordIs(noun, GoverningNouns);
        Add(found, ofAnUnnamedBody ? RelationTypes.BelongsTo : TitleType(runKind), view.Entities[person], view.Entities[tail], SpanOfTokens(view, t, runEnd),
            AppositiveConfidence, rule + "-of");
    }

    /// <summary>Nouns of the body that runs a country: whoever heads it is in charge of the country.</summary>
    private static readonly string[] GoverningNouns = ["government", "administration", "regime", "junta", "state", "cabinet", "country"];

    /// <summary>
    /// The organisation or place named after an "of" (token <paramref name="o"/> follows it), or -1: "the chairman of the
    /// opposition United National Movement" (up to two lower-case words or a describing compound before it, its backer
    /// tagged or not: "the U.S.-backed Syrian Democratic Forces"), "of Russia's Security Council" (the possessor's body).
    /// </summary>
    private static int BodyAfterOf(SentenceView view, int o)
    {
        if (view.WordIs(o, "the")) o++;
        for (int words = 0; words < 2 && view.InSentence(o); words++)
        {
            if (view.EntityAt(o) < 0 && Entities.EntityText.IsLowerCaseWord(view.Word(o))) o++;
            else if (DescribingCompoundEnd(view, o) is int after and > 0) o = after;
            else break;
        }
        int tail = view.EntityAt(o);
        if (tail >= 0 && view.EndTokenOf(tail) is var afterTail && view.InSentence(afterTail) && SentenceView.IsPossessive(view.Word(afterTail))
            && view.EntityAt(afterTail + 1) is var body and >= 0 && view.FirstTokenOf(body) == afterTail + 1)
            (tail, o) = (body, afterTail + 1);
        return tail < 0 || view.FirstTokenOf(tail) != o || !IsAffiliation(view.Entities[tail]) || view.Entities[tail].Label == EntityLabels.Norp ? -1 : tail;
    }

    /// <summary>"Kim Moon-soo of the conservative People Power Party", "Tatul Manaseryan of Yerevan State University": a
    /// person "of" an organisation belongs to it (not "of" a place: "Omar Abdullah of Jammu and Kashmir" may govern it).</summary>
    private static void PersonOfOrganisation(SentenceView view, int person, List<FoundRelation> found)
    {
        int of = view.EndTokenOf(person);
        if (!view.WordIs(of, "of") || BodyAfterOf(view, of + 1) is not (var body and >= 0) || view.Entities[body].Label != EntityLabels.Org) return;
        Add(found, RelationTypes.BelongsTo, view.Entities[person], view.Entities[body], SpanOfTokens(view, of, of + 1), LocatedConfidence, "person-of");
    }

    /// <summary>The token after a describing compound that starts at <paramref name="t"/> ("U.S." "-" "backed",
    /// "Kurdish-led"), or -1.</summary>
    private static int DescribingCompoundEnd(SentenceView view, int t)
    {
        var tokens = view.Document.Tokens;
        int end = t + 1;
        while (view.InSentence(end) && tokens[end].Start == tokens[end - 1].End) end++;
        return Entities.EntityText.IsAttributiveCompound(view.Document.Text.AsSpan(tokens[t].Start, tokens[end - 1].End - tokens[t].Start)) ? end : -1;
    }

    private static readonly string[] LedParticiples = ["led", "headed", "chaired", "commanded", "run", "directed"];
    private static readonly string[] BodyKindNouns = ["movement", "party", "bloc", "group", "coalition", "alliance", "faction", "militia", "union"];

    /// <summary>"The RSF, led by Mohamed Hamdan Dagalo, …", "the Sovereignty Council (headed by Army chief al-Burhan)": the
    /// person a body is led by is in charge of it.</summary>
    private static void LedBy(SentenceView view, int body, List<FoundRelation> found)
    {
        // "a delegation from the European Union led by Energy Commissioner Kadri Simson", "the OSCE mission in Georgia, headed
        // by Roy Reeve": the noun before "from", "of" or a posting's "in" is what is led.
        if (view.Entities[body].Label is not (EntityLabels.Org or EntityLabels.Loc) || PrecededByOfOrFrom(view, view.FirstTokenOf(body))
            || view.Entities[body].Label == EntityLabels.Loc && view.WordIs(view.FirstTokenOf(body) - 1, "in", "to")
               && view.InSentence(view.FirstTokenOf(body) - 2) && Entities.EntityText.IsLowerCaseWord(view.Word(view.FirstTokenOf(body) - 2))) return;
        int t = view.EndTokenOf(body);
        // "the Ata-Jurt movement led by Roza Otunbayeva": the noun of what kind of body it is.
        if (view.Entities[body].Label == EntityLabels.Org && view.WordIs(t, BodyKindNouns)) t++;
        if (view.WordIs(t, ",", "(")) t++;
        if (!view.WordIs(t, LedParticiples) || !view.WordIs(t + 1, "by")) return;
        int p = t + 2;
        // "led by Army chief X", "led by Russian Deputy Prime Minister X": a nationality and titles before the name.
        if (view.EntityAt(p) is var nationality and >= 0 && view.FirstTokenOf(nationality) == p && view.Entities[nationality].Label == EntityLabels.Norp
            && IsTitleToken(view, view.EndTokenOf(nationality))) p = view.EndTokenOf(nationality);
        while (IsTitleToken(view, p) || view.EntityAt(p) < 0 && view.InSentence(p) && char.IsUpper(view.Word(p)[0]) && IsTitleToken(view, p + 1)) p++;
        if (view.EntityAt(p) is var person and >= 0 && view.FirstTokenOf(person) == p && view.Entities[person].Label == EntityLabels.Person)
            Add(found, RelationTypes.InChargeOf, view.Entities[person], view.Entities[body], SpanOfTokens(view, t, t + 2), AppositiveConfidence, "led-by");
    }

    /// <summary>The word before token <paramref name="first"/>, past a "the", is "of" or "from".</summary>
    private static bool PrecededByOfOrFrom(SentenceView view, int first)
    {
        int k = first - 1;
        if (view.WordIs(k, "the")) k--;
        return view.WordIs(k, "of", "from");
    }

    private static readonly string[] HeadingVerbs = ["heads", "headed", "leads", "led", "chairs", "chaired", "commands", "commanded", "runs", "ran", "directs", "directed"];

    /// <summary>Words [<paramref name="from"/>, <paramref name="to"/>) may be nouns of a portfolio ("antitrust", "brand",
    /// "region"): no verb's form in -ed, -ing or -s and no function word ("declared President Maduro", "under former
    /// President Karimov", "led by Energy Commissioner Simson", "Peru's Congress removes President Boluarte" name none).</summary>
    private static bool IsPortfolioNoun(SentenceView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            string w = view.Word(t).ToLowerInvariant();
            if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
                || FunctionWords.Contains(w)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "by", "under", "of", "for", "with", "from", "to", "in", "on", "at", "and", "or", "as", "the", "a", "an", "its", "their",
        "his", "her", "said", "says", "told", "met", "was", "is", "has", "had", "who", "which", "that", "when", "after", "before",
    };

    private static bool IsWordOfLetters(string word) => word.Length > 0 && word.All(ch => char.IsLetter(ch) || ch == '-');

    /// <summary>
    /// "China, a close ally of Pakistan, urged …", "Washington, a treaty ally of Manila, has said …", "Russia, Armenia's formal
    /// ally, …": a state or body set off as an ally of another is its military ally (re3d's MILITARY_ALLY_OF); up to two
    /// words may qualify the ally.
    /// </summary>
    private static void AllyInApposition(SentenceView view, int head, List<FoundRelation> found)
    {
        var h = view.Entities[head];
        if (h.Label is not (EntityLabels.Loc or EntityLabels.Org)) return;
        int t = view.EndTokenOf(head);
        if (!view.WordIs(t, ",")) return;
        // "Russia, Armenia's formal ally, was absent": the possessor is the other party.
        if (view.EntityAt(t + 1) is var owner and >= 0 && view.FirstTokenOf(owner) == t + 1 && view.Entities[owner].Label is EntityLabels.Loc or EntityLabels.Org
            && view.EndTokenOf(owner) is var possessive && view.InSentence(possessive) && SentenceView.IsPossessive(view.Word(possessive)))
        {
            int noun = AllyNoun(view, possessive + 1);
            if (view.WordIs(noun, "ally") && view.WordIs(noun + 1, ",", ")", "."))
                Add(found, RelationTypes.MilitaryAllyOf, h, view.Entities[owner], SpanOfTokens(view, noun, noun + 1), AppositiveConfidence, "ally-of");
            return;
        }
        if (!view.WordIs(t + 1, "a", "an", "the", "its", "their")) return;
        int ally = AllyNoun(view, t + 2);
        if (!view.WordIs(ally, "ally") || !view.WordIs(ally + 1, "of")) return;
        int other = view.WordIs(ally + 2, "the") ? ally + 3 : ally + 2;
        if (view.EntityAt(other) is var tail and >= 0 && view.FirstTokenOf(tail) == other && view.Entities[tail].Label is EntityLabels.Loc or EntityLabels.Org)
            Add(found, RelationTypes.MilitaryAllyOf, h, view.Entities[tail], SpanOfTokens(view, ally, ally + 2), AppositiveConfidence, "ally-of");
    }

    /// <summary>Where "ally" stands from token <paramref name="t"/>, past up to two words qualifying it ("close", "treaty", "formal").</summary>
    private static int AllyNoun(SentenceView view, int t)
    {
        for (int words = 0; words < 2 && view.InSentence(t) && view.EntityAt(t) < 0 && Entities.EntityText.IsLowerCaseWord(view.Word(t)) && !view.WordIs(t, "ally"); words++) t++;
        return t;
    }

    /// <summary>"the 201st MRD in Tajikistan", "the Kazan company in Russia", "US troops based in Qatar".</summary>
    private static void Located(SentenceView view, int head, List<FoundRelation> found)
    {
        var h = view.Entities[head];
        if (h.Label is not (EntityLabels.Org or EntityLabels.Loc or EntityLabels.Person or EntityLabels.Weapon or EntityLabels.Event)) return;
        if (IsListedPlace(view, head)) return;
        int t = view.EndTokenOf(head), fillers = 0;
        var nouns = h.Label == EntityLabels.Loc ? NamedAfterPlaceNouns : SiteNouns;
        while (fillers < 2 && view.InSentence(t) && view.EntityAt(t) < 0 && nouns.Contains(view.Word(t))) { t++; fillers++; }
        if (!view.WordIs(t, LocatedPrepositions)) return;
        int trigger = t++;
        if (view.WordIs(t, "the")) t++;
        int tail = view.EntityAt(t);
        if (tail < 0 || view.FirstTokenOf(tail) != t || view.Entities[tail].Label != EntityLabels.Loc) return;
        Add(found, RelationTypes.CoLocated, h, view.Entities[tail], SpanOfTokens(view, trigger - fillers, trigger + 1), LocatedConfidence, "located");
    }

    /// <summary>
    /// "talks with Britain, France and Germany in Istanbul": a place that ends a list of parties (places joined by commas,
    /// "and", "or", after "with", "between", "of", "to", "from" or "against") is no place inside the one named after the
    /// list, where the act happens; a list of sites is ("clashes in Vorukh and Batken in Kyrgyzstan").
    /// </summary>
    internal static bool IsListedPlace(SentenceView view, int entity)
    {
        if (view.Entities[entity].Label != EntityLabels.Loc) return false;
        int first = entity;
        while (view.WordIs(view.FirstTokenOf(first) - 1, ListJoiners) && view.EntityAt(view.FirstTokenOf(first) - 2) is var listed and >= 0
               && view.Entities[listed].Label == EntityLabels.Loc)
            first = listed;
        if (first == entity) return false;
        int before = view.FirstTokenOf(first) - 1;
        if (view.WordIs(before, The)) before--;
        return view.WordIs(before, PartyPrepositions);
    }

    private static readonly string[] SpeechVerbs = ["says", "said", "reports", "reported", "claims", "claimed", "tells", "told"];
    private static readonly string[] NounOpeners = ["the", "a", "an", "its", "their", "his", "her", "these", "those", "such"];
    private static readonly string[] ListJoiners = ["and", "or", ","], The = ["the"],
        PartyPrepositions = ["with", "between", "of", "to", "from", "against"], ActorlessPrepositions = ["with", "to", "from", "against", "for", "on"];

    /// <summary>"Kazan, Russia": a place and its country, when not part of a list of places.</summary>
    private static void LocList(SentenceView view, int head, List<FoundRelation> found)
    {
        if (head + 1 >= view.Entities.Count) return;
        var h = view.Entities[head];
        var tail = view.Entities[head + 1];
        if (h.Label != EntityLabels.Loc || tail.Label != EntityLabels.Loc) return;
        int comma = view.EndTokenOf(head);
        if (!view.WordIs(comma, ",") || view.FirstTokenOf(head + 1) != comma + 1) return;
        int before = view.FirstTokenOf(head) - 1, after = view.EndTokenOf(head + 1);
        // A list goes on after the pair with "and" or another place ("Kazan, Russia, Kazakhstan and …"); a comma alone
        // may close an aside ("The summit in Kazan, Russia, ended").
        bool listGoesOn = view.WordIs(after, "and", "or", "&")
                          || view.WordIs(after, ",") && view.EntityAt(after + 1) is var next and >= 0 && view.Entities[next].Label == EntityLabels.Loc;
        // "… Into Sea of Japan, Seoul Says": the second place is a speaker, no address; "… the war in Gaza, U.S. President
        // Donald Trump said": it describes a person's title.
        if (view.WordIs(before, ",", "and", "or", "&") || listGoesOn || view.WordIs(after, SpeechVerbs) || view.InSentence(after) && IsTitle(view, after)) return;
        if (view.InSentence(after) && SentenceView.IsPossessive(view.Word(after))) return; // "Moscow, Russia's capital"
        Add(found, RelationTypes.CoLocated, h, tail, SpanOfTokens(view, comma, comma + 1), LocListConfidence, "loc-comma-loc");
    }

    /// <summary>"A met (with) B", "A … during a meeting with B", "A held talks with B", "A and B met".</summary>
    private static void Communication(SentenceView view, List<FoundRelation> found)
    {
        for (int t = view.FirstToken; t < view.EndToken; t++)
        {
            if (view.EntityAt(t) >= 0) continue;
            string w = view.Word(t);
            bool verb = CommunicationVerbs.Contains(w), noun = CommunicationNouns.Contains(w);
            // "which mediated the talks": after an article or a possessive the word is a noun; "the plan negotiated by
            // Sarkozy": a participle before its agent is passive, no act of the name before it.
            if (verb && (view.WordIs(t - 1, NounOpeners) || view.WordIs(t + 1, "by"))) verb = false;
            if (!verb && !noun) continue;
            int next = t + 1;
            if (noun && view.WordIs(next, "call", "talks", "conversation")) next++; // "phone call with"
            bool linked = view.WordIs(next, "with", "to");
            if (!linked && !verb) continue;
            int triggerEnd = linked ? next + 1 : next;
            if (IsDeniedOrUnreal(view, t)) continue;
            var trigger = SpanOfTokens(view, t, triggerEnd);

            int subject = NearestActorBefore(view, t);
            var partners = PartnersAfter(view, triggerEnd);
            if (subject < 0) continue;
            if (partners.Count == 0 && verb && !linked)
            {
                // "Putin and Rakhmonov met": the partner is the entity joined to the subject by "and".
                int other = CoordinatedBefore(view, subject);
                if (other >= 0) Add(found, RelationTypes.CommunicatedWith, view.Entities[other], view.Entities[subject], trigger, CommunicationConfidence, "communication");
                continue;
            }
            foreach (int p in partners)
                Add(found, RelationTypes.CommunicatedWith, view.Entities[subject], view.Entities[p], trigger, CommunicationConfidence, "communication");
        }
    }

    /// <summary>"ruled out direct negotiations with", "refused to meet", "would not meet", "should open talks with": within the
    /// four words before the trigger, a negation, a refusal or a modal of what is not (yet) so; no communication took place.</summary>
    private static bool IsDeniedOrUnreal(SentenceView view, int trigger)
    {
        for (int i = trigger - 1; i >= Math.Max(view.FirstToken, trigger - 4); i--)
        {
            if (view.EntityAt(i) >= 0 || view.WordIs(i, ",", ";", ":")) return false;
            if (view.WordIs(i, "not", "n't", "never", "no", "without", "refused", "refuses", "declined", "rejected", "rejects", "out",
                    "should", "could", "would", "might", "may")) return true;
        }
        return false;
    }

    /// <summary>
    /// The closest PERSON before the trigger, else the closest ORG or LOC, skipping title affiliations ("Kyrgyz") and names
    /// after a preposition ("resumes cooperation with the IAEA and returns to negotiations with Washington": Iran talks).
    /// </summary>
    private static int NearestActorBefore(SentenceView view, int trigger)
    {
        int best = -1;
        for (int i = view.Entities.Count - 1; i >= 0; i--)
        {
            if (view.EndTokenOf(i) > trigger) continue;
            int before = view.FirstTokenOf(i) - 1;
            if (view.WordIs(before, The)) before--;
            if (view.WordIs(before, ActorlessPrepositions)) continue;
            var e = view.Entities[i];
            if (e.Label == EntityLabels.Person) return i;
            // "BOGOTA - Colombia's government suspended peace talks with …": the dateline's place talks to no one; a
            // possessor talks through its government or delegation.
            if (Entities.EntityText.IsDatelinePlace(view.Document, e.Start, e.End)) continue;
            bool possessive = view.WordIs(view.EndTokenOf(i), "’s", "'s");
            if (best < 0 && IsActor(e) && (!possessive || view.WordIs(view.EndTokenOf(i) + 1, SpeakingBodies))) best = i;
        }
        return best;
    }

    private static readonly string[] SpeakingBodies = ["government", "delegation", "negotiators", "envoys", "leaders", "leadership"];

    private static bool IsTitle(SentenceView view, int token) => TitleLexicon.KindOf(view.Document.SpanOf(view.Document.Tokens[token])) != TitleKind.None;

    /// <summary>"A and B": the entity joined to <paramref name="entity"/> by a leading "and".</summary>
    private static int CoordinatedBefore(SentenceView view, int entity)
    {
        int t = view.FirstTokenOf(entity) - 1;
        if (!view.WordIs(t, "and")) return -1;
        int other = view.EntityAt(t - 1);
        return other >= 0 && view.Entities[other].Label == view.Entities[entity].Label ? other : -1;
    }

    /// <summary>
    /// The partner(s) right after a trigger: the first PERSON reached over titles, determiners and affiliations
    /// ("Russia's Foreign Minister X"), else the first ORG/LOC/PERSON passed; plus those joined by "and" or commas.
    /// </summary>
    private static List<int> PartnersAfter(SentenceView view, int start)
    {
        var partners = new List<int>();
        int firstActor = -1, t = start;
        for (int steps = 0; steps < 10 && view.InSentence(t); steps++)
        {
            int e = view.EntityAt(t);
            if (e >= 0)
            {
                if (view.Entities[e].Label == EntityLabels.Person) { firstActor = e; break; }
                if (firstActor < 0 && IsActor(view.Entities[e])) firstActor = e;
                t = view.EndTokenOf(e);
                continue;
            }
            var w = view.Document.SpanOf(view.Document.Tokens[t]);
            // "Burkina Faso's junta leader, Capt. Ibrahim Traore": a word describing a title, and the comma of the title's apposition.
            // (Not a word before a name that opens with a title's modifier: "a meeting in New York".)
            bool describesTitle = w.Length > 0 && char.IsLower(w[0]) && view.InSentence(t + 1) && IsTitle(view, t + 1) && view.EntityAt(t + 1) < 0;
            bool apposition = w is "," && t > start && IsTitle(view, t - 1);
            if (!PartnerFillerLookup.Contains(w) && !IsTitle(view, t) && !describesTitle && !apposition) break;
            t++;
        }
        if (firstActor < 0) return partners;
        partners.Add(firstActor);
        // Coordination: "with A and B", "with A, B and C" (same label only).
        int last = firstActor;
        while (true)
        {
            int c = view.EndTokenOf(last);
            if (!view.WordIs(c, ",", "and")) break;
            int n = view.WordIs(c + 1, "and") ? c + 2 : c + 1;
            int next = view.EntityAt(n);
            if (next < 0 || view.FirstTokenOf(next) != n || view.Entities[next].Label != view.Entities[firstActor].Label) break;
            partners.Add(next);
            last = next;
        }
        return partners;
    }
}
