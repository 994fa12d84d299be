using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Citations;

/// <summary>
/// The article's own attributions, and which facts they support:
/// <list type="bullet">
/// <item>parentheticals "(Source, Date[; Source, Date])", "(Reuters)" at a sentence end or dateline: they support
/// the sentence they close and the earlier sentences of the paragraph back to the previous parenthetical (a dateline
/// credit, "MOSCOW (Reuters) -", supports the whole article);</item>
/// <item>"according to X", "X said/reported/told/announced …" and quotations with their speaker ("…," said X),
/// X a PERSON or ORG: they support their own sentence.</item>
/// </list>
/// Runs after relations and events, and adds the ids of the citations in scope to each of them.
/// </summary>
public sealed partial class CitationStage : IStage
{
    public const string StageName = "citations";

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.Paragraphs, Annotation.Entities];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Citations];

    public static CitationStage FromSettings(StageSettings settings) => new();

    private sealed record Found(Citation Citation, int FirstSentence, int LastSentence);

    public void Process(Document document)
    {
        var reference = DateNormalizer.ReferenceDate(document.Metadata, document.Text);
        var found = new List<Found>();
        FindParentheticals(document, reference, found);
        FindSpeechAttributions(document, found);
        found.Sort((a, b) => a.Citation.Start.CompareTo(b.Citation.Start));

        var supporting = new List<string>[document.Sentences.Count];
        int n = 0;
        foreach (var f in found)
        {
            f.Citation.Id = "C" + (++n).ToString(CultureInfo.InvariantCulture);
            document.Citations.Add(f.Citation);
            for (int s = f.FirstSentence; s <= f.LastSentence; s++) (supporting[s] ??= new()).Add(f.Citation.Id);
        }
        foreach (var ev in document.Events) Link(document, ev.Trigger.Start, ev.Citations, supporting);
        foreach (var r in document.Relations)
        {
            int at = r.Trigger?.Start ?? document.EntityById(r.Head)?.Start ?? -1;
            Link(document, at, r.Citations, supporting);
        }
    }

    private static void Link(Document document, int offset, List<string> into, List<string>?[] supporting)
    {
        int s = offset < 0 ? -1 : document.SentenceIndexAt(offset);
        if (s < 0 || supporting[s] is not { } ids) return;
        foreach (var id in ids) if (!into.Contains(id)) into.Add(id);
    }

    // ---- parentheticals -------------------------------------------------------------------------------------

    private static void FindParentheticals(Document d, DateNormalizer.DocumentDate? reference, List<Found> found)
    {
        int previousEnd = -1, previousParagraph = -1;
        foreach (Match m in ParenthesisRegex().Matches(d.Text))
        {
            if (m.Index < d.BodyStart) continue;
            int sentence = d.SentenceIndexAt(m.Index);
            if (sentence < 0) continue;
            // "(Reporting by … ; Editing by …)": a wire story's staff credit, not an attribution.
            if (CreditLineRegex().IsMatch(m.Groups[1].Value)) continue;
            var sources = ParseSources(m.Groups[1].Value);
            if (sources is null) continue;
            bool dateline = IsDateline(d, m);
            bool undated = sources.TrueForAll(s => s.DateText is null);
            if (undated && !dateline && !(ClosesSentence(d, m, sentence) && !IsAcronymOrPlace(d, m))) continue;
            foreach (var s in sources) s.Date = s.DateText is null ? null : DateNormalizer.Normalize(s.DateText, reference?.Date, reference?.IsPublication ?? true);

            int paragraph = d.Sentences[sentence].Paragraph;
            var citation = new Citation
            {
                Id = "", Start = m.Index, End = m.Index + m.Length, Text = m.Value, Paragraph = paragraph,
                Kind = "parenthetical", Confidence = undated ? 0.7 : 0.95, Source = StageName,
            };
            citation.Sources.AddRange(sources);
            int first = dateline ? 0 : sentence, last = dateline ? d.Sentences.Count - 1 : sentence;
            if (!dateline)
                while (first > 0 && d.Sentences[first - 1].Paragraph == paragraph && !(paragraph == previousParagraph && first - 1 <= previousEnd)) first--;
            found.Add(new Found(citation, first, last));
            if (!dateline) { previousEnd = sentence; previousParagraph = paragraph; }
        }
    }

    /// <summary>"Novye izvestiya, October 4; Itar-Tass, October 7" → sources; null when any part is not "Name[, Date]".</summary>
    private static List<CitationSource>? ParseSources(string content)
    {
        var sources = new List<CitationSource>();
        foreach (var raw in content.Split(';'))
        {
            string part = raw.Trim();
            // "(see EDM, October 4)": a cross-reference to an earlier article cites it.
            if (part.StartsWith("see ", StringComparison.OrdinalIgnoreCase)) part = part[4..].TrimStart();
            var m = SourceDateRegex().Match(part);
            string name = (m.Success ? part[..m.Index] : part).Trim().TrimEnd(',').Trim();
            string? date = m.Success ? m.Groups[1].Value : null;
            // "(TASS, RIA Novosti, June 5)": several sources of one date (not an undated "Kazan, Russia").
            if (!IsNameLike(name) && date is not null && name.Split(',', StringSplitOptions.TrimEntries) is { Length: > 1 } names && Array.TrueForAll(names, IsNameLike))
            {
                foreach (var each in names) sources.Add(new CitationSource { Name = each, DateText = date });
                continue;
            }
            // "(author's interview, May 3)": the writer's own sources are cited in lower case.
            if (!IsNameLike(name) && !name.StartsWith("author's ", StringComparison.OrdinalIgnoreCase)) return null;
            sources.Add(new CitationSource { Name = name, DateText = date });
        }
        return sources.Count > 0 ? sources : null;
    }

    /// <summary>
    /// A source name: a site's address, or 1–8 words, starting with a capital, at least half of the words capitalized (or an acronym followed
    /// by what kind of source it is: "HRW press release"), no digits-only words but a channel's number of at most three
    /// digits after its name ("Khabar 24", "Rustavi 2"; not a year, not "Resolution 1325").
    /// </summary>
    private static bool IsNameLike(string name)
    {
        if (IsSiteAddress(name)) return true;
        if (name.Length < 2 || name.Length > 80 || !char.IsUpper(name[0])) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8) return false;
        int capitalized = words.Count(w => char.IsUpper(w[0]));
        bool acronymFirst = words.Length <= 4 && words[0].Length >= 2 && words[0].All(ch => char.IsUpper(ch) || ch is '/' or '-' or '&');
        return (capitalized * 2 >= words.Length || acronymFirst) && !name.Contains(',')
               && words.Select((w, i) => w.Any(char.IsLetter) || i > 0 && w.Length <= 3 && w.All(char.IsDigit)).All(ok => ok);
    }

    /// <summary>A news site by its address ("24.kg", "news.am").</summary>
    public static bool IsSiteAddress(string name) => DomainNameRegex().IsMatch(name);

    private static bool ClosesSentence(Document d, Match m, int sentence)
    {
        int i = m.Index + m.Length;
        int end = d.Sentences[sentence].End;
        while (i < end && d.Text[i] is ' ' or '.' or '!' or '?' or '"' or '”' or '’') i++;
        return i >= end;
    }

    /// <summary>"MOSCOW (Reuters) -": a credit line before the story.</summary>
    private static bool IsDateline(Document d, Match m)
    {
        int after = m.Index + m.Length;
        var rest = d.Text.AsSpan(after).TrimStart(' ');
        if (rest.Length == 0 || rest[0] is not ('-' or '—' or '–')) return false;
        int lineStart = d.Text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        return m.Index - lineStart <= 60;
    }

    /// <summary>
    /// "Shanghai Cooperation Organization (SCO)." introduces an acronym and "(Tajikistan)" names a place: neither cites
    /// a source.
    /// </summary>
    private static bool IsAcronymOrPlace(Document d, Match m)
    {
        var inner = m.Groups[1];
        if (d.Entities.Any(e => e.Start == inner.Index && e.End == inner.Index + inner.Length && e.Label is not (EntityLabels.Org or EntityLabels.Person)))
            return true;
        bool acronym = inner.Value.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '.');
        return acronym && d.Entities.Any(e => e.End <= m.Index && e.End >= m.Index - 2);
    }

    // ---- speech attributions --------------------------------------------------------------------------------

    private static readonly HashSet<string> SourceLabels = [EntityLabels.Person, EntityLabels.Org];

    private static void FindSpeechAttributions(Document d, List<Found> found)
    {
        foreach (Match m in AccordingToRegex().Matches(d.Text))
        {
            int at = m.Index + m.Length;
            var e = d.Entities.FirstOrDefault(x => x.Start >= at && x.Start <= at + 4 && SourceLabels.Contains(x.Label) && IsOnlyArticle(d, at, x.Start)
                                                   && !Entities.EntityText.IsHyphenatedToLowerCase(d.Text, x.End));
            if (e is not null) Add(d, found, m.Index, e.End, e.Canonical, "according_to", 0.85);
            else AddUnnamedAccordingTo(d, found, m.Index, at);
        }
        // "customs data showed": figures, surveys and documents show; a person or a state showing something reports nothing.
        foreach (Match m in ShowVerbRegex().Matches(d.Text))
            AddUnnamedSpeaker(d, found, m.Index, m.Index + m.Length);
        foreach (Match m in SpeechVerbRegex().Matches(d.Text))
        {
            // "the Gulf states offer Ashgabat a way": "states" is a verb of saying only before what is stated.
            if (m.Value is "states" && !d.Text.AsSpan(m.Index + m.Length).StartsWith(" that", StringComparison.Ordinal)) continue;
            // "rejecting opposition claims of fraud", "reports of shelling": a form that is also a plural noun is one before "of".
            if (m.Value is "claims" or "reports" or "estimates" or "notes" && d.Text.AsSpan(m.Index + m.Length).StartsWith(" of ", StringComparison.Ordinal)) continue;
            AddSpeechAttribution(d, found, m.Index, m.Index + m.Length, m.Value);
        }
        // "called the verdict "biased and politically motivated"", "has branded it "a disgrace"": a verb of naming
        // followed by a quotation quotes its subject.
        foreach (Match m in NamingVerbRegex().Matches(d.Text))
            if (QuotationFollowsRegex().IsMatch(d.Text.AsSpan(m.Index + m.Length)))
                AddSpeechAttribution(d, found, m.Index, m.Index + m.Length, m.Value);
    }

    /// <summary>The speaker of the speech verb <paramref name="verb"/> at [<paramref name="verbStart"/>, <paramref name="verbEnd"/>),
    /// if any: a person or organisation before it, an inverted one after it, a pronoun's person or an unnamed source.</summary>
    private static void AddSpeechAttribution(Document d, List<Found> found, int verbStart, int verbEnd, string verb)
    {
        // "X said" / "X has said": the speaker ends right before the verb; "X, chaired by Y, said": or before an
        // aside between commas.
        // "X said nothing" (or "little") reports nothing; "declared a state of emergency" (or "states of emergency"), "declared
        // war", "declared a ceasefire", "claimed victory",
        // "declared the island a disaster area", "was declared the winner" are acts, not words reported.
        // "Hakimova, who wrote for the outlet Pressa.tj": writing for an outlet is a job, not a statement.
        if (d.Text.AsSpan(verbEnd).StartsWith(" nothing", StringComparison.Ordinal) || d.Text.AsSpan(verbEnd).StartsWith(" little ", StringComparison.Ordinal)
            || verb is "wrote" or "writes" && d.Text.AsSpan(verbEnd).StartsWith(" for ", StringComparison.Ordinal)
            || verb is "declared" or "declares" or "claimed" or "claims"
               && NextWord(d, verbEnd) is "a" or "an" or "the" or "war" or "independence" or "victory" or "winner" or "martial" or "its" or "their"
                   or "responsibility" or "credit" or "himself" or "herself" or "itself" or "themselves"
                   or "states" or "emergency" or "curfew" or "ceasefire" or "truce" or "bankruptcy" or "default" or "sovereignty" or "neutrality")
            return;
        var before = d.Entities.LastOrDefault(x => x.End <= verbStart && x.End >= verbStart - 30 && IsSpeaker(d, x)
                                                   && IsAuxiliaryOrAdverbGap(d.Text.AsSpan(x.End, verbStart - x.End)))
                     // "Ukraine's SBU security service told": lower-case words naming what the organisation is.
                     ?? d.Entities.LastOrDefault(x => x.End < verbStart && x.End >= verbStart - 40 && SourceLabels.Contains(x.Label)
                                                      && IsSourceDescription(d.Text.AsSpan(x.End, verbStart - x.End), x.Label == EntityLabels.Org))
                     ?? d.Entities.LastOrDefault(x => x.End <= verbStart && x.End >= verbStart - 100 && IsSpeaker(d, x)
                                                      && AsideRegex().IsMatch(d.Text.AsSpan(x.End, verbStart - x.End)))
                     // "The Foreign Ministry in Niamey also said": where the speaker sits may come between.
                     ?? d.Entities.LastOrDefault(x => x.End < verbStart && x.End >= verbStart - 60 && IsSpeaker(d, x) && IsSeatBefore(d, x.End, verbStart));
        // "Beijing claims almost all of the South China Sea": a state claims land, not words.
        if (before is { Label: EntityLabels.Loc } && verb.StartsWith("claim", StringComparison.Ordinal)) before = null;
        // "a source close to Gazprom told Reuters": the name after "close to" or "familiar with" says who the unnamed source
        // is, it does not speak.
        if (before is not null && d.Text.AsSpan(0, before.Start).TrimEnd() is var lead
            && (lead.EndsWith(" close to") || lead.EndsWith(" close to the") || lead.EndsWith(" familiar with") || lead.EndsWith(" familiar with the")))
            before = null;
        // "Pashinyan, who has been in a feud with Catholicos Karekin II, the head of the church, wrote": a name inside a
        // relative clause that its aside closes right before the verb is no speaker; the name the clause describes is.
        if (before is not null && DescribedByRelativeClause(d, before, verbStart) is { } described) before = described;
        // "…,” said X": the speaker follows the verb; after "told" comes the listener ("told Reuters").
        // Only an inverted attribution has its speaker after the verb: "The opposition says Gonzalez won" cites no Gonzalez.
        var after = before is null && verb is not ("told" or "tells") && IsInvertedAttribution(d, verbStart)
            ? d.Entities.FirstOrDefault(x => x.Start >= verbEnd && x.Start <= verbEnd + 40 && SourceLabels.Contains(x.Label)
                                             && (IsOnlyArticle(d, verbEnd, x.Start) || x.Label == EntityLabels.Person && IsTitleGap(d, verbEnd, x.Start)
                                                 || x.Label == EntityLabels.Org && SpokespersonForRegex().IsMatch(d.Text.AsSpan(verbEnd, x.Start - verbEnd)))
                                             && !VerbFollows(d, x.End))
            : null;
        // ""This is a dark day," said Amnesty International's secretary general, Agnes Callamard": the person a body's possessive
        // title sets off after it speaks for it.
        if (after is { Label: EntityLabels.Org }
            && d.Entities.FirstOrDefault(x => x.Start > after.End && x.Start <= after.End + 60 && x.Label == EntityLabels.Person) is { } titled
            && PossessiveTitleRegex().IsMatch(d.Text.AsSpan(after.End, titled.Start - after.End)))
            after = titled;
        // "Niger's defence minister, General Salifou Mody, told state media": a title and a name set off by commas
        // right before the verb name the speaker.
        // "The U.N. peacekeeping force in Lebanon, UNIFIL, said": so does a body's name after a noun phrase of its kind.
        before ??= after is null ? TitledSpeakerInApposition(d, verbStart) ?? BodyInApposition(d, verbStart) : null;
        // "… in Europe (OSCE) said": the acronym in parentheses speaks as its long form, which the citation spans; a
        // name in parentheses after anything else is a credit, no speaker ("(Reuters) said").
        if (before is not null && d.Text.AsSpan(before.End, verbStart - before.End).TrimStart().StartsWith(")"))
            before = LongFormBefore(d, before);
        // "Economist Tatul Manaseryan of Yerevan State University warned": the person, not the body, speaks.
        if (before is { Label: EntityLabels.Org } && PersonOf(d, before) is { } member) before = member;
        if (before is null && after is null)
        {
            // "… on June 10, he said": a pronoun stands for the person named last; "X dismissed the claims and said": the
            // subject of the verb before "and" speaks.
            var (from, speaker) = PronounSpeaker(d, verbStart, found) is var (pronoun, person) ? (pronoun, person)
                : SubjectOfCoordinatedVerb(d, verbStart) is { } subject ? (subject.Start, subject) : (-1, null);
            if (speaker is null)
            {
                AddUnnamedSpeaker(d, found, verbStart, verbEnd);
                return;
            }
            bool quoted = HasQuoteNear(d, from, verbEnd);
            Add(d, found, from, verbEnd, speaker.Canonical, quoted ? "quote" : "reported", quoted ? 0.7 : 0.65);
            return;
        }
        int start = before?.Start ?? verbStart, end = after?.End ?? verbEnd;
        // "The head of the CSTO, Secretary-General Nikolai Bordyuzha, told": an aside that is a title and a name
        // names the speaker (not "X, chaired by Y, said").
        if (before is not null && AppositiveSpeaker(d, before.End, verbStart) is { } named) before = named;
        // "The United States and the European Union said": every speaker of the list speaks.
        List<string>? speakers = null;
        for (var first = before; first is not null && CoordinatedSpeakerBefore(d, first, commaOnly: speakers is not null) is { } other; first = other)
        {
            (speakers ??= [before!.Canonical]).Insert(0, other.Canonical);
            start = other.Start;
        }
        bool quote = HasQuoteNear(d, start, end);
        if (speakers is null) Add(d, found, start, end, (before ?? after)!.Canonical, quote ? "quote" : "reported", quote ? 0.8 : 0.75);
        else Add(d, found, start, end, speakers.Distinct().ToList(), quote ? "quote" : "reported", quote ? 0.8 : 0.75);
    }

    /// <summary>
    /// A person or an organisation; or a place as the subject of its clause, a state speaking ("China said", "Washington,
    /// a treaty ally of Manila, has said"), not one after a preposition ("officials in Moscow said").
    /// </summary>
    private static bool IsSpeaker(Document d, Entity x)
    {
        if (SourceLabels.Contains(x.Label)) return true;
        if (x.Label != EntityLabels.Loc) return false;
        var lead = d.Text.AsSpan(0, x.Start).TrimEnd();
        if (lead.EndsWith("the")) lead = lead[..^3].TrimEnd();
        // "Observers in Almaty and Bishkek noted": a place listed after one in a phrase of place is in that phrase too.
        if (lead.EndsWith(" and") || lead.EndsWith(" or") || lead.EndsWith(","))
        {
            int listEnd = lead.EndsWith(",") ? lead.Length - 1 : lead.LastIndexOf(' ');
            var previous = d.Entities.LastOrDefault(e => e.End <= listEnd && e.End >= listEnd - 2 && e.Label == EntityLabels.Loc);
            return previous is null || IsSpeaker(d, previous);
        }
        return !FollowsAPreposition(d, x.Start, 0) || SpeaksFor(lead);
    }

    /// <summary>"Lawyers for South Africa told …", "a spokesman for the Philippines said": the words before a place end in a
    /// source's noun and "for", whose the source is.</summary>
    private static bool SpeaksFor(ReadOnlySpan<char> lead)
    {
        if (!lead.EndsWith(" for")) return false;
        var before = lead[..^4];
        return UnnamedSourceLookup.Contains(before[(before.LastIndexOfAny(' ', '\n') + 1)..]);
    }

    /// <summary>The speaker joined to <paramref name="speaker"/> by "and" right before it ("The United States and the European
    /// Union said"), or, where <paramref name="commaOnly"/> says the list's last member was joined so, by a comma
    /// ("Britain, France and Germany said"; not "Speaking at the Astana International Forum, Tokayev said"); or null.</summary>
    private static Entity? CoordinatedSpeakerBefore(Document d, Entity speaker, bool commaOnly) =>
        d.Entities.LastOrDefault(x => x.End < speaker.Start && x.End >= speaker.Start - 10 && IsSpeaker(d, x)
                                      && d.Text.AsSpan(x.End, speaker.Start - x.End).Trim() is var gap
                                      && (gap.SequenceEqual("and") || gap.SequenceEqual("and the") || gap.SequenceEqual(", and") || gap.SequenceEqual(", and the")
                                          || commaOnly && (gap.SequenceEqual(",") || gap.SequenceEqual(", the"))));

    /// <summary>The speaker before <paramref name="inside"/> in its sentence whose relative clause (", who …") holds it, the
    /// one aside after it closing the clause right before the verb at <paramref name="verbStart"/>; or null.</summary>
    private static Entity? DescribedByRelativeClause(Document d, Entity inside, int verbStart)
    {
        if (!AsideRegex().IsMatch(d.Text.AsSpan(inside.End, verbStart - inside.End))) return null;
        int sentence = d.SentenceIndexAt(inside.Start);
        if (sentence < 0) return null;
        int sentenceStart = d.Sentences[sentence].Start;
        foreach (var x in d.Entities)  // a loop, not a lambda: this runs for every speaker found
            if (x.Start >= sentenceStart && x.End < inside.Start && IsSpeaker(d, x)
                && RelativeClauseOpeningRegex().IsMatch(d.Text.AsSpan(x.End, inside.Start - x.End)))
                return x;
        return null;
    }

    /// <summary>", who has been in a feud with ": a relative clause's words up to a name, with no comma of its own.</summary>
    [GeneratedRegex(@"^,\s*(?:who|which)\s[^,;:.""“”()\n]*$")]
    private static partial Regex RelativeClauseOpeningRegex();

    private static readonly Entities.WordSet Prepositions = new(
        ["in", "at", "from", "of", "to", "for", "with", "near", "across", "inside", "outside", "on", "by", "into", "over", "around", "throughout", "between"]);

    private static readonly HashSet<string> VerbAdjuncts = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "later", "also", "earlier", "previously", "then", "again", "recently", "separately", "further",
        "subsequently", "reportedly", "publicly", "repeatedly", "once", "often",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbAdjunctLookup = VerbAdjuncts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text from <paramref name="from"/> to <paramref name="verbStart"/> is " in " and a place, perhaps with an
    /// auxiliary or an adverb after it.</summary>
    private static bool IsSeatBefore(Document d, int from, int verbStart)
    {
        if (!d.Text.AsSpan(from, verbStart - from).StartsWith(" in ", StringComparison.Ordinal)) return false;
        foreach (var place in d.Entities)  // a loop, not a lambda: this runs for every name before a verb of saying
            if (place.Start == from + 4 && place.Label == EntityLabels.Loc)
                return place.End <= verbStart && IsAuxiliaryOrAdverbGap(d.Text.AsSpan(place.End, verbStart - place.End));
        return false;
    }

    /// <summary>Nothing, or up to three auxiliaries and adverbs, between a speaker and the verb ("Peskov later said"); an
    /// acronym's closing parenthesis may come first ("the Organization for Security and Co-operation in Europe (OSCE) said").</summary>
    private static bool IsAuxiliaryOrAdverbGap(ReadOnlySpan<char> gap)
    {
        var words = gap.Trim();
        if (words.StartsWith(")")) words = words[1..].TrimStart();
        // "Spain, which said it could not meet the target": the relative pronoun stands for the speaker.
        if (words.StartsWith(",") && words[1..].TrimStart() is var relative && (relative.StartsWith("which ") || relative.StartsWith("who ")
                                                                              || relative is "which" or "who"))
            words = relative[(relative.IndexOf(' ') is var space and >= 0 ? space : relative.Length)..].TrimStart();
        if (words.IsEmpty) return true;
        int count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty) continue;
            if (++count > 3 || !VerbAdjunctLookup.Contains(word)) return false;
        }
        return true;
    }

    /// <summary>The entity right before the "(" that opens <paramref name="acronym"/>'s parentheses, when it is the same name, or null.</summary>
    private static Entity? LongFormBefore(Document d, Entity acronym)
    {
        int longEnd = Entities.EntityText.EndBeforeParentheses(d.Text, acronym.Start, acronym.End);
        return longEnd < 0 ? null : d.Entities.FirstOrDefault(x => x.End == longEnd && x != acronym && x.Canonical == acronym.Canonical);
    }

    private static string NextWord(Document d, int from)
    {
        var rest = d.Text.AsSpan(from).TrimStart();
        int end = 0;
        // "who claimed victory, has …": the word without the punctuation after it.
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '-' or '\'' or '’')) end++;
        return rest[..end].ToString();
    }

    /// <summary>The person before "of", "at" or "from" right before an organisation ("X of Yerevan State University", "X of
    /// the Almaty-based Institute …"), or null.</summary>
    private static Entity? PersonOf(Document d, Entity organisation) =>
        d.Entities.LastOrDefault(x => x.Label == EntityLabels.Person && x.End < organisation.Start && x.End >= organisation.Start - 40
                                      && WithoutDescribingCompound(d.Text.AsSpan(x.End, organisation.Start - x.End).Trim()) is var gap
                                      && (gap.SequenceEqual("of") || gap.SequenceEqual("at") || gap.SequenceEqual("from")
                                          || gap.SequenceEqual("of the") || gap.SequenceEqual("at the") || gap.SequenceEqual("from the")));

    /// <summary>The text without a last word that is a describing compound ("of the Almaty-based" → "of the").</summary>
    private static ReadOnlySpan<char> WithoutDescribingCompound(ReadOnlySpan<char> gap)
    {
        int space = gap.LastIndexOf(' ');
        return space > 0 && Entities.EntityText.IsAttributiveCompound(gap[(space + 1)..]) ? gap[..space].TrimEnd() : gap;
    }

    /// <summary>
    /// "he said", "she told": the pronoun right before the verb and the last person named before it in its sentence or the
    /// two before (the one who spoke, when that person is named in what someone said); null when none, or when the pronoun
    /// does not open its clause (after a comma or the sentence's start).
    /// </summary>
    private static (int Start, Entity Person)? PronounSpeaker(Document d, int verbStart, IReadOnlyList<Found> found)
    {
        var before = d.Text.AsSpan(0, verbStart).TrimEnd();
        int pronoun = before.LastIndexOfAny(' ', '\n') + 1;
        if (pronoun == 0 || before[pronoun..] is not ("he" or "He" or "she" or "She")) return null;
        var lead = d.Text.AsSpan(0, pronoun).TrimEnd();
        int sentence = d.SentenceIndexAt(pronoun);
        // '"Freedom of speech is not freedom to slander," he told …': a quotation closed after its comma opens the clause too.
        if (sentence < 0 || !(lead.Length <= d.Sentences[sentence].Start || lead.EndsWith(",") || lead.EndsWith(",\"") || lead.EndsWith(",”")))
            return null;
        int from = d.Sentences[Math.Max(0, sentence - 2)].Start;
        // '"… Edmundo will be sworn in," she wrote': a name inside the quotation before the pronoun is no speaker.
        int limit = pronoun;
        if (lead.EndsWith("\"") || lead.EndsWith("”"))
        {
            int open = d.Text.AsSpan(0, lead.Length - 1).LastIndexOfAny('"', '“');
            if (open >= from) limit = open;
        }
        // "Paz … defeated Jorge Quiroga in a runoff. He said …": a sentence's opening pronoun goes on with the person the
        // sentence before opened with, not the one it named last; so does the pronoun after a quotation that opens the sentence
        // ("Zelenskiy, who met Mark Rutte on Monday, called on allies … "Every missile saves lives," he said").
        if ((lead.Length <= d.Sentences[sentence].Start || limit <= d.Sentences[sentence].Start) && sentence > 0 && d.Sentences[sentence - 1] is var previous
            && d.Entities.FirstOrDefault(x => x.Label == EntityLabels.Person && x.Start >= previous.Start && x.End <= previous.End
                                              && !FollowsAPreposition(d, x.Start, previous.Start)) is { } opener)
            return (pronoun, opener);
        var person = d.Entities.LastOrDefault(x => x.Label == EntityLabels.Person && x.End <= limit && x.Start >= from);
        if (person is null) return null;
        // "Machado said Gonzalez would return. "…," she wrote": a person named in what someone said is not the one who
        // goes on speaking; the speaker is.
        var reporting = found.LastOrDefault(f => f.Citation.End <= person.Start && f.FirstSentence == d.SentenceIndexAt(person.Start));
        if (reporting?.Citation is { } said
            && d.Entities.LastOrDefault(x => x.Label == EntityLabels.Person && x.Start >= said.Start && x.End <= said.End
                                             && said.Sources.Any(s => s.Name == x.Canonical)) is { } speaker)
            person = speaker;
        return (pronoun, person);
    }

    /// <summary>"said economist Aidarkhan Kussainov", "said Kremlin spokesman Dmitry Peskov": title words, and names of a
    /// body, a people or a place among them, between the verb and a person.</summary>
    private static bool IsTitleGap(Document d, int from, int to)
    {
        bool any = false;
        for (int i = from; i < to;)
        {
            if (d.Text[i] == ' ') { i++; continue; }
            int end = i;
            while (end < to && d.Text[end] != ' ') end++;
            var word = d.Text.AsSpan(i, end - i);
            bool named = false;
            foreach (var e in d.Entities)
                if (e.Start <= i && end <= e.End && e.Label is EntityLabels.Org or EntityLabels.Norp or EntityLabels.Loc) { named = true; break; }
            if (!named && !(word is "the" or "a" or "an") && Relations.TitleLexicon.KindOf(word) == Relations.TitleKind.None) return false;
            any |= !named && Relations.TitleLexicon.KindOf(word) is Relations.TitleKind.Head or Relations.TitleKind.Member;
            i = end;
        }
        return any;
    }

    /// <summary>Words that may follow the speaker of an inverted attribution ("said Peskov on Tuesday", "said Cook, adding …").</summary>
    private static readonly HashSet<string> AfterInvertedSpeaker = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "after", "before", "during", "from", "to", "of", "for", "with", "by", "who", "which", "when", "while", "as",
        "and", "adding", "later", "earlier", "last", "this", "late", "told", "according",
    };

    /// <summary>"The lawsuit, led by …, said Cook misled investors": after the name comes a verb of its own clause, so the
    /// name is what was said, not who said it.</summary>
    private static bool VerbFollows(Document d, int nameEnd)
    {
        int at = nameEnd;
        while (at < d.Text.Length && d.Text[at] == ' ') at++;
        if (at >= d.Text.Length || !char.IsLower(d.Text[at])) return false;
        int end = at;
        while (end < d.Text.Length && char.IsLetter(d.Text[end])) end++;
        return !AfterInvertedSpeaker.Contains(d.Text[at..end]);
    }

    /// <summary>The verb follows a comma or a closing quotation mark (", said X", "…” said X"), or opens its sentence ("Said X: …").</summary>
    private static bool IsInvertedAttribution(Document d, int verbStart)
    {
        var before = d.Text.AsSpan(0, verbStart).TrimEnd();
        int sentence = d.SentenceIndexAt(verbStart);
        return before.Length == 0 || before[^1] is ',' or '"' or '”' or '\'' or '’' or '—' || sentence >= 0 && d.Sentences[sentence].Start >= before.Length;
    }

    /// <summary>A person named after title words between a comma and the comma right before <paramref name="verbStart"/>, or null.</summary>
    private static Entity? TitledSpeakerInApposition(Document d, int verbStart)
    {
        var person = d.Entities.LastOrDefault(x => x.Label == EntityLabels.Person && x.End <= verbStart && x.End >= verbStart - 3
                                                   && d.Text.AsSpan(x.End, verbStart - x.End).Trim() is ",");
        if (person is null) return null;
        int comma = d.Text.LastIndexOf(',', Math.Max(0, person.Start - 1));
        int sentence = d.SentenceIndexAt(person.Start);
        if (comma < 0 || sentence < 0 || comma < d.Sentences[sentence].Start) return null;
        return AppositiveSpeaker(d, comma, person.End + 1) == person ? person : null;
    }

    /// <summary>An organisation set off by commas right before the verb after the noun phrase that opens its sentence, whose
    /// head (before a phrase of "in", "of" or "for") is a noun of a body ("The U.N. peacekeeping force in Lebanon, UNIFIL,
    /// said", "The bloc's executive arm, the European Commission, said"); or null.</summary>
    private static Entity? BodyInApposition(Document d, int verbStart)
    {
        var body = d.Entities.LastOrDefault(x => x.Label == EntityLabels.Org && x.End <= verbStart && x.End >= verbStart - 3
                                                 && d.Text.AsSpan(x.End, verbStart - x.End).Trim() is ",");
        if (body is null || d.SentenceIndexAt(body.Start) is not (>= 0 and var sentence)) return null;
        var lead = d.Text.AsSpan(d.Sentences[sentence].Start, body.Start - d.Sentences[sentence].Start).TrimEnd();
        if (lead.EndsWith(" the", StringComparison.Ordinal)) lead = lead[..^4].TrimEnd();
        if (!lead.EndsWith(",") || lead[..^1].Contains(',')) return null;
        var words = lead[..^1].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int phrase = Array.FindIndex(words, w => w is "in" or "of" or "for");
        string head = phrase > 0 ? words[phrase - 1] : words.Length > 0 ? words[^1] : "";
        return words.Length <= 10 && BodyNouns.Contains(head) ? body : null;
    }

    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
        { "force", "mission", "arm", "agency", "body", "group", "organisation", "organization", "bloc", "alliance", "party", "militia",
          "movement", "ministry", "service", "watchdog", "regulator", "court", "company", "firm", "operator", "coalition", "union", "committee" };

    /// <summary>
    /// "Eritrea's information minister, Yemane Gebremeskel, dismissed the claims as "baseless" and said …": a speech verb
    /// after "and" shares the subject of the verb before it, the person who opens the sentence (after a place's or a
    /// body's possessive, title words and up to two other lower-case words), with no other person, organisation or clause
    /// between; or null.
    /// </summary>
    private static Entity? SubjectOfCoordinatedVerb(Document d, int verbStart)
    {
        if (!d.Text.AsSpan(0, verbStart).TrimEnd().EndsWith(" and", StringComparison.Ordinal)) return null;
        int sentence = d.SentenceIndexAt(verbStart);
        if (sentence < 0) return null;
        int sentenceStart = d.Sentences[sentence].Start;
        var person = d.Entities.FirstOrDefault(x => x.Start >= sentenceStart && x.End <= verbStart && x.Label == EntityLabels.Person)
                     // "The Taliban rejected the warrants as "meaningless" and said …": without a person, a body or a state that opens
                     // the sentence as its whole subject (not "Russia's embassy", "Ivory Coast rebels", nor the first of a list).
                     ?? d.Entities.FirstOrDefault(x => x.Start >= sentenceStart && x.End <= verbStart && IsOnlyArticle(d, sentenceStart, x.Start) && IsSpeaker(d, x)
                                                       && IsWholeSubject(d, x));
        if (person is null) return null;
        // "The Russian Foreign Ministry summoned Azerbaijan's ambassador, Rahman Mustafayev, and called …": a person after the
        // verb of a body opening the sentence is its object; the body speaks (not past a "that": "Reuters reported that …").
        if (d.Entities.FirstOrDefault(x => x.Start >= sentenceStart && x.End <= person.Start && x.Label == EntityLabels.Org) is { } opener
            && FirstVerbAfter(d, opener.End, person.Start) < person.Start && !ThatRegex().IsMatch(d.Text.AsSpan(opener.End, person.Start - opener.End))
            && !LeaderAsideRegex().IsMatch(d.Text.AsSpan(opener.End, person.Start - opener.End)))
            person = opener;
        // "The RSF, led by Mohamed Hamdan Dagalo, denied … and said": the person names who leads the subject, which speaks.
        if (d.Entities.LastOrDefault(x => x.Start >= sentenceStart && x.End <= person.Start && x.Label == EntityLabels.Org) is { } body
            && LeaderAsideRegex().IsMatch(d.Text.AsSpan(body.End, person.Start - body.End))
            && d.Text.AsSpan(person.End).TrimStart().StartsWith(","))
            person = body;
        // "Tashiev, who had led the GKNB since 2020, returned to Bishkek and said …": a relative clause on the person, closed
        // by its comma, is passed over, and so is the aside naming who leads a body.
        int from = person.End;
        if (RelativeAsideRegex().Match(d.Text, from, verbStart - from) is { Success: true } aside) from = aside.Index + aside.Length;
        // A name after the subject's verb is its object ("von der Leyen congratulated Munteanu on X and said"); one before
        // it is another subject, which speaks if a possessive and title words lead to it ("Putin's spokesman Dmitry Peskov
        // rejected … and said").
        int verb = FirstVerbAfter(d, from, verbStart);
        if (d.Entities.LastOrDefault(x => x.Start > from && x.End <= verb && SourceLabels.Contains(x.Label)) is { } named)
        {
            if (named.Label != EntityLabels.Person || d.Entities.Any(x => x.Start > from && x.End <= named.Start && SourceLabels.Contains(x.Label))
                || !PossessiveTitleRegex().IsMatch(d.Text.AsSpan(from, named.Start - from)))
                return null;
            person = named;
            from = person.End;
        }
        int lowerCase = 0;
        foreach (var word in d.Text[sentenceStart..person.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string bare = word.TrimEnd(',').Replace("'s", "").Replace("’s", "");
            if (bare.Length == 0 || bare is "the" or "The" || char.IsUpper(bare[0]) || Relations.TitleLexicon.KindOf(bare) != Relations.TitleKind.None) continue;
            if (++lowerCase > 2) return null;
        }
        return ClauseBreakRegex().IsMatch(d.Text.AsSpan(from, verbStart - from)) ? null : person;
    }

    /// <summary>The word after <paramref name="x"/> begins its verb phrase: no possessive, comma, "and" or noun of a source
    /// ("embassy", "rebels") that would make the name part of a longer subject.</summary>
    private static bool IsWholeSubject(Document d, Entity x)
    {
        var rest = d.Text.AsSpan(x.End);
        if (rest.Length == 0 || rest[0] != ' ') return false;
        var next = NextWord(d, x.End);
        return next.Length > 0 && char.IsLower(next[0]) && next is not ("and" or "or") && !UnnamedSourceNouns.Contains(next);
    }

    /// <summary>Where the first lower-case word between <paramref name="from"/> and <paramref name="to"/> that is neither a
    /// title, a possessive, an article nor a conjunction joining subjects starts: the verb after a subject;
    /// <paramref name="to"/> when none.</summary>
    private static int FirstVerbAfter(Document d, int from, int to)
    {
        var stretch = d.Text.AsSpan(from, to - from);
        foreach (var match in WordRegex().EnumerateMatches(stretch))
        {
            var word = stretch.Slice(match.Index, match.Length);
            if (char.IsLower(word[0]) && word is not ("s" or "the" or "and" or "or") && Relations.TitleLexicon.KindOf(word) == Relations.TitleKind.None)
                return from + match.Index;
        }
        return to;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex SpaceFreeRunRegex();

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\bthat\b")]
    private static partial Regex ThatRegex();

    /// <summary>"'s spokesman ", "'s foreign minister, ": a possessive and lower-case title words before a name.</summary>
    [GeneratedRegex(@"^['’]s(?:\s+[\p{Ll}\-]+)+,?\s+$")]
    private static partial Regex PossessiveTitleRegex();

    /// <summary>", who … ," or ", led by … ," right at the start of the searched stretch: a relative clause, or a participle
    /// standing for one, set off by commas.</summary>
    [GeneratedRegex(@"\G,\s*(?:who|which|(?:led|headed|chaired|run|founded|owned|controlled|backed)\s+by)\b[^,;:.""“”]*,")]
    private static partial Regex RelativeAsideRegex();

    /// <summary>", led by ", ", headed by President ": between a body and the person an aside says leads it.</summary>
    [GeneratedRegex(@"^,\s*(?:led|headed|chaired|run|founded)\s+by\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}$")]
    private static partial Regex LeaderAsideRegex();

    [GeneratedRegex(@"[;:]|\b(?:but|while|whereas|who|which|whom|because|although|after|before|when|where)\b")]
    private static partial Regex ClauseBreakRegex();

    /// <summary>The person an aside between <paramref name="from"/> and <paramref name="to"/> names after title words only and
    /// ends with ("the CSTO's Secretary-General, Nikolai Bordyuzha,"; not "Dmitry Peskov, Putin's press secretary,", whose
    /// aside names the speaker's principal).</summary>
    private static Entity? AppositiveSpeaker(Document d, int from, int to)
    {
        var person = d.Entities.FirstOrDefault(x => x.Start > from && x.End < to && x.Label == EntityLabels.Person);
        if (person is null || d.Text.AsSpan(person.End, to - person.End).Trim() is not ("," or "")) return null;
        var lead = d.Text[from..person.Start].Trim().TrimStart(',');
        foreach (var word in lead.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (word is not ("the" or "its" or "his" or "her" or "their")
                && !word.Split('-').Any(part => Relations.TitleLexicon.KindOf(part) != Relations.TitleKind.None))
                return null;
        return person;
    }

    /// <summary>
    /// "according to a statement released by the European Council": the first person or organisation in the phrase
    /// is the source; "according to Western diplomats": a short phrase ending in a source noun names an unnamed one.
    /// The phrase ends at the clause's first comma, full stop or parenthesis.
    /// </summary>
    private static void AddUnnamedAccordingTo(Document d, List<Found> found, int start, int at)
    {
        var phrase = AccordingPhraseRegex().Match(d.Text, at);
        // A phrase running on past twelve words to its clause's end: its first sixteen ("according to a joint statement
        // carried by Iran's state news agency IRNA and the Saudi Press Agency").
        if (!phrase.Success) phrase = FirstWordsRegex().Match(d.Text, at);
        if (!phrase.Success) return;
        int end = at + phrase.Length;
        // Every person or organisation the phrase names is a source ("carried by IRNA and the Saudi Press Agency").
        var named = d.Entities.Where(x => x.Start >= at && x.End <= end && SourceLabels.Contains(x.Label) && !Entities.EntityText.IsHyphenatedToLowerCase(d.Text, x.End)).ToList();
        if (named.Count > 0)
        {
            Add(d, found, start, named[^1].End, named.Select(x => x.Canonical).Distinct().ToList(), "according_to", 0.75);
            return;
        }
        // "according to diplomats familiar with the matter": the source noun is the last word before such a phrase (not one of
        // where the source sits, whose source the preposition names: "a statement from the Uzbek presidency").
        var postmodifier = SourcePostmodifierRegex().Match(phrase.Value);
        if (postmodifier.Success && PlacePostmodifierRegex().IsMatch(postmodifier.Value)) postmodifier = Match.Empty;
        var words = (postmodifier.Success ? phrase.Value[..postmodifier.Index] : phrase.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        int first = words[0] is "the" or "a" or "an" or "some" or "several" ? 1 : 0;
        // "According to Axios, …": a name no stage tagged, one to three capitalised words, is the source it names; so is one
        // whose words "of" or "for" join ("according to the Kyiv School of Economics", where the gazetteer took "Kyiv" alone).
        if (words.Length > first && words[first..] is var untagged && untagged.Count(w => w is "of" or "for") is var joiners
            && untagged.Length - joiners is >= 1 and <= 3 && untagged.All(w => w.Length > 1 && char.IsUpper(w[0]) || w is "of" or "for")
            && char.IsUpper(untagged[0][0]) && char.IsUpper(untagged[^1][0]))
        {
            string name = string.Join(' ', untagged);
            Add(d, found, start, d.Text.IndexOf(name, at, StringComparison.Ordinal) + name.Length, name, "according_to", 0.65);
            return;
        }
        if (words.Length - first is < 1 or > 4 || !UnnamedSourceNouns.Contains(words[^1]))
        {
            // "according to estimates from the energy ministry published on Tuesday": the source after "from", "by" or
            // "of" (up to three lower-case words ending in a source's noun) is the one cited.
            if (SourceAfterPreposition(words) is { } source)
                Add(d, found, start, d.Text.IndexOf(source, at, StringComparison.Ordinal) + source.Length, source, "according_to", 0.6);
            return;
        }
        // "according to his party, Droa": a name set off right after the phrase is the source it describes.
        if (d.Entities.FirstOrDefault(x => x.Start > end && x.Start <= end + 3 && SourceLabels.Contains(x.Label)
                                           && d.Text.AsSpan(end, x.Start - end).Trim().SequenceEqual(",")) is { } apposed
            && (apposed.End >= d.Text.Length || d.Text[apposed.End] is '.' or ',' or ';'))
        {
            Add(d, found, start, apposed.End, apposed.Canonical, "according_to", 0.7);
            return;
        }
        Add(d, found, start, end, string.Join(' ', words[first..]) + (postmodifier.Success ? postmodifier.Value.TrimEnd() : ""), "according_to", 0.6);
    }

    /// <summary>The words after the first "from", "by" or "of" of a phrase (past an article), one to three words the last of
    /// which is a source's noun in lower case ("energy ministry", "Uzbek presidency"), joined; or null.</summary>
    private static string? SourceAfterPreposition(string[] words)
    {
        int k = Array.FindIndex(words, w => w is "from" or "by" or "of");
        if (k < 0) return null;
        k++;
        if (k < words.Length && words[k] is "the" or "a" or "an") k++;
        for (int end = k + 1; end <= Math.Min(words.Length, k + 3); end++)
        {
            string word = words[end - 1];
            if (!word.All(char.IsLetter)) return null;
            if (word.All(char.IsLower) && UnnamedSourceNouns.Contains(word)) return string.Join(' ', words[k..end]);
        }
        return null;
    }

    /// <summary>
    /// ", Russian media reported", "officials said": one to three words right before the verb (after a comma or at the
    /// sentence's start), the last a noun of an unnamed source, the others lower-case or a nationality, name an unnamed
    /// speaker; so does one untagged capitalised name after a comma before "reported" (", Kommersant reported"), which a
    /// medium reports, where the tagger found nothing.
    /// </summary>
    private static void AddUnnamedSpeaker(Document d, List<Found> found, int verbStart, int verbEnd)
    {
        int sentence = d.SentenceIndexAt(verbStart);
        if (sentence < 0) return;
        int sentenceStart = d.Sentences[sentence].Start;
        // "Diplomats in Addis Ababa said satellite images showed …": the words of a clause reported by a speech verb
        // before this one begin after that verb.
        int reportedFrom = sentenceStart;
        foreach (var speech in SpeechVerbRegex().EnumerateMatches(d.Text.AsSpan(sentenceStart, verbStart - sentenceStart)))
            reportedFrom = sentenceStart + speech.Index + speech.Length;
        sentenceStart = reportedFrom;
        var before = d.Text.AsSpan(sentenceStart, verbStart - sentenceStart).TrimEnd();
        // "Uzbek officials, speaking on condition of anonymity, told Gazeta.uz": an aside that says who the source is
        // stands between the speaker and the verb.
        if (before.EndsWith(",") && before[..^1].LastIndexOf(',') is var asideStart and >= 0
            && AsideOfASourceRegex().IsMatch(before[(asideStart + 1)..^1]))
            before = before[..asideStart];
        // "Cambodia's defence ministry accused Thailand of using force and said …": a speech verb joined by "and" to the verb of
        // an unnamed source that opens the clause is that source's.
        if (before.EndsWith(" and") && OpeningSourceEnd(d, sentenceStart, verbStart) is var subjectEnd and > 0)
            before = d.Text.AsSpan(sentenceStart, subjectEnd - sentenceStart);
        // "SANAA, Yemen — Yemen's Houthi rebels said": a dash ends a dateline as a comma ends a clause.
        int cut = Math.Max(before.LastIndexOf(','), before.LastIndexOfAny("—–")) + 1;
        if (before.LastIndexOf(" - ") is int hyphen and >= 0 && hyphen + 2 > cut) cut = hyphen + 2;
        // "The border is closed,” officials said": a closing quotation mark after the comma is no word.
        string speaker = before[cut..].ToString();
        // "two sources familiar with the matter told Reuters": the source noun is the last word before such a phrase.
        // ("Russia's embassy in Vilnius condemned the decision and said": not past the verb the speech verb is joined to.)
        var postmodifier = JoinedVerbRegex().IsMatch(speaker) ? Match.Empty : SourcePostmodifierRegex().Match(speaker);
        var spoken = SpaceFreeRunRegex().Matches(postmodifier.Success ? speaker[..postmodifier.Index] : speaker)
            .Where(w => w.Value.Any(char.IsLetter)).ToArray();
        string[] words = [.. spoken.Select(w => w.Value)];
        int firstKept = 0;  // the spoken word the kept words begin with
        // "a route which Kazakh officials say …": the speaker's words follow the word that opens their clause.
        // "hours after his government announced": so do those of a clause of time.
        int opener = Array.FindLastIndex(words, w => w is "which" or "that" or "who" or "whom" or "as" or "while" or "and" or "but" or "because" or "if" or "when"
                                                     or "after" or "before" or "since" or "until" or "once" or "although" or "though");
        if (opener >= 0) (words, firstKept) = (words[(opener + 1)..], opener + 1);
        // "On Thursday the Israeli military said", "In Kabul officials said": the speaker's words follow a phrase of time or
        // place that opens the clause.
        if (words.Length >= 3 && Prepositions.Contains(words[0].ToLowerInvariant())
            && d.Entities.FirstOrDefault(e => e.Label is EntityLabels.Date or EntityLabels.Loc && e.Start == sentenceStart + cut + spoken[firstKept + 1].Index) is { } phrase
            && Array.FindIndex(spoken, firstKept + 2, w => sentenceStart + cut + w.Index >= phrase.End) is var afterPhrase and > 0)
            (words, firstKept) = (words[(afterPhrase - firstKept)..], afterPhrase);
        // "…, a deal officials said would attract investment": "a" cannot determine a plural source, so the speaker's words
        // begin after the singular noun it opens ("a few officials" excepted).
        if (words.Length >= 3 && words[0] is "a" or "A" or "an" or "An" && words[^1].EndsWith('s') && !words[^1].EndsWith("ss", StringComparison.Ordinal)
            && words[1] is not ("few" or "couple" or "dozen" or "handful" or "number" or "group"))
            (words, firstKept) = (words[2..], firstKept + 2);
        // "…, the Swiss-based miner said": a compound of where the source is based or listed describes it, naming no one.
        if (words.Length >= 3 && words[0] is "the" or "The")
            words = [.. words.Where(w => !Entities.EntityText.IsAttributiveCompound(w))];
        // "A Ukrainian military intelligence source told Reuters": an article may open four more words.
        if (words.Length < 1 || words.Length > (words[0] is "a" or "A" or "an" or "An" or "the" or "The" ? 5 : 4)) return;
        // "despite opposition claims that …": after a preposition the verb's form is a noun, and no one speaks.
        if (Prepositions.Contains(words[0].ToLowerInvariant()) || words[0] is "despite" or "Despite" or "amid" or "Amid" or "after" or "After") return;
        // Where the first kept word stands ("a killing … that a court said": the second "a", not the one in "Germany").
        int start = sentenceStart + cut + spoken[firstKept].Index;
        // "France's foreign ministry said", "The Nigerian army said", "a UN spokesman said": the words before the source
        // noun may name whose it is.
        bool unnamedHead = UnnamedSourceNouns.Contains(words[^1]) || words.Length == 2 && NamedBodyBefore(d, words[1], start) is not null
                           || postmodifier.Success && words[^1] is "people" or "People";
        bool unnamed = unnamedHead
                       && (words[..^1].All(w => char.IsLower(w[0]) || w is "The" or "A" or "An" || IsNameOf(d, w, start, verbStart))
                           // ("Two diplomats who spoke on condition of anonymity said": a sentence's first word is capitalised whatever it is.)
                           || words.Length >= 2 && start == d.Sentences[sentence].Start
                              && words[1..^1].All(w => char.IsLower(w[0]) || IsNameOf(d, w, start, verbStart)));
        // ", Kommersant reported", ", state television ORTM reported": an untagged name, perhaps after lower-case words
        // that say it is a medium, before "reported".
        string name = words[^1];
        bool medium = cut > 0 && char.IsUpper(name[0]) && name.All(char.IsLetter) && d.Text.AsSpan(verbStart).StartsWith("reported")
                      && (words.Length == 1 || words[..^1].All(w => char.IsLower(w[0])) && words[..^1].Any(MediaNouns.Contains))
                      && !d.Entities.Any(e => e.Start < verbStart && start < e.End);
        // "…, the U.S. software giant said", "…, the Danish shipping group said": a company noun after describing words speaks
        // for the company its sentence names.
        if (words.Length is >= 3 and <= 5 && words[0] is "the" or "The" && CompanyNouns.Contains(words[^1])
            && words[1..^1].All(w => char.IsLower(w[0]) || IsNameOf(d, w, start, verbStart))
            && CompanyNamedBefore(d, words[^1], start, d.Sentences[sentence].Start) is { } company)
        {
            Add(d, found, start, verbEnd, company.Canonical, "reported", 0.6);
            return;
        }
        if (!unnamed && !medium) return;
        if (medium && words.Length > 1)
        {
            Add(d, found, d.Text.LastIndexOf(name, verbStart, StringComparison.Ordinal), verbEnd, name, "reported", 0.65);
            return;
        }
        // "Most of those killed were Alawites, the observatory said": "the" and the head noun of an organisation named
        // before speak for it ("… according to the Syrian Observatory for Human Rights").
        if (words is ["the" or "The", var head] && (NamedBodyBefore(d, head, start) ?? CompanyNamedBefore(d, head, start, d.Sentences[sentence].Start)) is { } body)
        {
            Add(d, found, start, verbEnd, body.Canonical, "reported", 0.6);
            return;
        }
        string source = string.Join(' ', words[0] is "the" or "The" or "a" or "A" or "an" or "An" ? words[1..] : words);
        if (source.Length == 0) return;
        if (postmodifier.Success) source += postmodifier.Value.TrimEnd();
        // ""The situation is under control," a police spokesman told AFP": an unnamed source is quoted as a named one is.
        string kind = HasQuoteNear(d, start, verbEnd) ? "quote" : "reported";
        // "The United States and 12 other Western countries said": a speaker joined by "and" before the unnamed ones speaks
        // with them.
        // (Past a count the words leave out: "and 12 other".)
        int and = sentenceStart + d.Text.AsSpan(sentenceStart, start - sentenceStart).TrimEnd().TrimEnd("0123456789,").TrimEnd().Length - 4;
        if (and > sentenceStart && d.Text.AsSpan(and).StartsWith(" and", StringComparison.Ordinal)
            && d.Entities.LastOrDefault(x => x.End <= and && x.Start >= sentenceStart) is { } named
            && d.Text.AsSpan(named.End, and - named.End).IsWhiteSpace() && IsSpeaker(d, named))
        {
            Add(d, found, named.Start, verbEnd, [named.Canonical, source], kind, unnamed ? 0.6 : 0.65);
            return;
        }
        Add(d, found, start, verbEnd, source, kind, unnamed ? 0.6 : 0.65);
    }

    /// <summary>Where the noun of an unnamed source among the first five words from <paramref name="from"/> ends, when a
    /// lower-case word (its verb) follows it and neither a break of clause nor another speech verb comes before
    /// <paramref name="verbStart"/>; or -1.</summary>
    private static int OpeningSourceEnd(Document d, int from, int verbStart)
    {
        int words = 0;
        foreach (var word in WordRegex().EnumerateMatches(d.Text.AsSpan(from, verbStart - from)))
        {
            if (++words > 5) break;
            if (!UnnamedSourceLookup.Contains(d.Text.AsSpan(from + word.Index, word.Length))) continue;
            int end = from + word.Index + word.Length;
            var rest = d.Text.AsSpan(end, verbStart - end);
            var next = rest.TrimStart();
            return rest.Length > 0 && rest[0] == ' ' && next.Length > 0 && char.IsLower(next[0])
                   && !ClauseBreakRegex().IsMatch(rest) && !SpeechVerbRegex().IsMatch(rest) ? end : -1;
        }
        return -1;
    }

    /// <summary>The last organisation named before <paramref name="before"/> with <paramref name="head"/> (a noun, in lower
    /// case or capitalised) among its words, capitalised ("observatory" → "Syrian Observatory for Human Rights", "The
    /// Commission said" → "European Commission"), or null.</summary>
    private static Entity? NamedBodyBefore(Document d, string head, int before)
    {
        if (head.Length < 3 || !char.IsLetter(head[0]) || head.AsSpan(1).ContainsAnyExceptInRange('a', 'z')) return null;
        return d.Entities.LastOrDefault(x => x.End <= before && x.Label == EntityLabels.Org
                                             && x.Text.Split(' ').Any(w => w.Length == head.Length && char.IsUpper(w[0]) && w.AsSpan(1).SequenceEqual(head.AsSpan(1))
                                                                         && char.ToLowerInvariant(w[0]) == char.ToLowerInvariant(head[0])));
    }

    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
        { "company", "firm", "group", "carmaker", "automaker", "chipmaker", "steelmaker", "lender", "airline", "insurer", "retailer", "miner",
          "giant", "producer", "developer", "utility", "conglomerate", "manufacturer" };

    /// <summary>"Microsoft plans to spend about $80 billion …, the company said": "the company" (or firm, carmaker …) is an
    /// organisation its sentence names before it, outside the parentheses of a wire's credit: the first one no preposition
    /// governs, the sentence's subject ("Samsung Electronics … will build the plant … for Nvidia …, the company said"), else
    /// the last one; or null.</summary>
    private static Entity? CompanyNamedBefore(Document d, string head, int before, int sentenceStart)
    {
        if (!CompanyNouns.Contains(head)) return null;
        var named = d.Entities.Where(x => x.Start >= sentenceStart && x.End <= before && x.Label == EntityLabels.Org
                                          && !(x.Start > 0 && d.Text[x.Start - 1] == '(' && x.End < d.Text.Length && d.Text[x.End] == ')')).ToList();
        return named.FirstOrDefault(x => !FollowsAPreposition(d, x.Start, sentenceStart)) ?? named.LastOrDefault();
    }

    /// <summary>Whether the word before <paramref name="start"/> (past "the"), within its sentence, is a preposition.</summary>
    private static bool FollowsAPreposition(Document d, int start, int sentenceStart)
    {
        var lead = d.Text.AsSpan(sentenceStart, start - sentenceStart).TrimEnd();
        if (lead.EndsWith(" the") || lead.SequenceEqual("the") || lead.SequenceEqual("The")) lead = lead[..^3].TrimEnd();
        return Prepositions.Contains(lead[(lead.LastIndexOfAny(' ', '\n') + 1)..]);
    }

    /// <summary>
    /// One to three lower-case words, the last a noun of a source, after an organisation (" security service ") or after
    /// anyone's possessive ("'s office": "Benjamin Netanyahu's office said").
    /// </summary>
    private static bool IsSourceDescription(ReadOnlySpan<char> gap, bool organisation)
    {
        var trimmed = gap.Trim();
        bool possessive = trimmed.StartsWith("'s ") || trimmed.StartsWith("’s ");
        if (!organisation && !possessive) return false;
        // "Pakistan Tehreek-e-Insaf (PTI) party said": the organisation's acronym in parentheses may stand between.
        if (organisation && trimmed.StartsWith("(") && trimmed.IndexOf(')') is var close and > 0 && !trimmed[1..close].ContainsAny(' ', '('))
            trimmed = trimmed[(close + 1)..].TrimStart();
        var words = (possessive ? trimmed[3..] : trimmed).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => w.All(char.IsLower)) && UnnamedSourceNouns.Contains(words[^1]);
    }

    /// <summary>A word of an entity's name (a nationality, a country's or an organisation's, possessive or not, or a person's
    /// possessive) in [from, to).</summary>
    private static bool IsNameOf(Document d, string word, int from, int to)
    {
        bool possessive = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);
        string bare = possessive ? word[..^2] : word;
        // "Yoon's lawyers said": a person's possessive too.
        return d.Entities.Any(e => e.Start >= from && e.End <= to && (e.Label is EntityLabels.Norp or EntityLabels.Loc or EntityLabels.Org
                                                                      || possessive && e.Label == EntityLabels.Person)
                                   && e.Text.Split(' ').Contains(bare));
    }

    private static readonly HashSet<string> MediaNouns = new(StringComparer.Ordinal)
        { "television", "tv", "radio", "broadcaster", "channel", "newspaper", "daily", "weekly", "agency", "outlet", "website", "media" };

    /// <summary>Who or what an unnamed attribution cites: "officials", "Western diplomats", "a statement".</summary>
    private static readonly HashSet<string> UnnamedSourceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "official", "diplomats", "diplomat", "sources", "source", "analysts", "witnesses", "residents", "media",
        "reports", "report", "police", "experts", "observers", "activists", "investigators", "prosecutors", "authorities",
        "data", "figures", "estimates", "statement", "survey", "poll", "documents", "spokesman", "spokeswoman",
        "spokesperson", "ministry", "government", "military", "army", "monitors", "agency", "agencies", "newspaper",
        "service", "office", "release", "communique", "website", "television", "broadcaster", "force", "forces", "minister",
        "ministers", "leaders", "lawmakers", "commanders", "command", "embassy", "mission", "presidency", "company", "firm",
        "producer", "miner", "bank", "lender", "operator", "carrier", "group", "court", "mediators", "negotiators", "party", "opposition",
        "guard", "coastguard", "navy", "council", "commission", "committee", "cabinet", "regulator", "watchdog", "monitor",
        "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "family",
        "relatives", "organisers", "organizers", "campaigners", "researchers", "economists", "rescuers", "medics", "doctors",
        "papers", "filings", "filing", "records", "testimony", "indictment", "lawsuit", "complaint", "transcript",
        "union", "unions", "association", "federation", "board", "department", "junta", "rebels", "insurgents", "militants", "administration",
        "alliance", "coalition", "bloc", "movement", "campaign", "institute", "university", "hospital", "foundation", "charity",
        "governments", "ministries", "sides", "countries", "delegations", "groups", "parties", "organisations", "organizations", "results", "tally", "tallies",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnnamedSourceLookup = UnnamedSourceNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOnlyArticle(Document d, int from, int to) =>
        d.Text.AsSpan(from, to - from).Trim() is var gap && (gap.Length == 0 || gap.SequenceEqual("the") || gap.SequenceEqual("The"));

    private static bool HasQuoteNear(Document d, int start, int end)
    {
        int s = d.SentenceIndexAt(start);
        if (s < 0) return false;
        var sentence = d.Sentences[s];
        return d.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOfAny("\"“”") >= 0;
    }

    private static void Add(Document d, List<Found> found, int start, int end, string source, string kind, double confidence) =>
        Add(d, found, start, end, [source], kind, confidence);

    private static void Add(Document d, List<Found> found, int start, int end, IReadOnlyList<string> sources, string kind, double confidence)
    {
        int sentence = d.SentenceIndexAt(start);
        if (sentence < 0 || found.Any(f => f.Citation.Start < end && start < f.Citation.End)) return;
        var citation = new Citation
        {
            Id = "", Start = start, End = end, Text = d.Slice(start, end), Paragraph = d.Sentences[sentence].Paragraph,
            Kind = kind, Confidence = confidence, Source = StageName,
        };
        foreach (var source in sources) citation.Sources.Add(new CitationSource { Name = source });
        found.Add(new Found(citation, sentence, sentence));
    }

    [GeneratedRegex(@"\(([^()\n]{2,200})\)")]
    private static partial Regex ParenthesisRegex();

    [GeneratedRegex(@",?\s*(" + DateNormalizer.Pattern + @")\s*$")]
    private static partial Regex SourceDateRegex();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$")]
    private static partial Regex DomainNameRegex();

    [GeneratedRegex(@"\b[Aa]ccording to\s+")]
    private static partial Regex AccordingToRegex();

    /// <summary>Up to twelve words, stopping before a comma, a full stop, a parenthesis or a new clause.</summary>
    [GeneratedRegex(@"\G(?!(?:that|which|who)\b)[\w’'-]+(?:\.\w+)*(?:(?<=\b\w)\.)?(?: (?!(?:that|which|who|in|on|at|last|this)\b)[\w’'-]+(?:\.\w+)*(?:(?<=\b\w)\.)?){0,11}?(?=[,;:()\n]|\.(?:\s|$)| (?:that|which|who|in|on|at|last|this)\b|$)")]
    private static partial Regex AccordingPhraseRegex();

    /// <summary>Up to sixteen words, wherever they stop.</summary>
    [GeneratedRegex(@"\G[\w’'-]+(?:\.\w+)*(?: [\w’'-]+(?:\.\w+)*){0,15}")]
    private static partial Regex FirstWordsRegex();

    /// <summary>The phrase that says a source asked not to be named, after its noun or in an aside.</summary>
    private const string Anonymity = @"(?:speaking|who spoke) on (?:the )?condition of anonymity";

    /// <summary>Words before a speech verb that end in "and" or "but", which join it to a verb before.</summary>
    [GeneratedRegex(@"\b(?:and|but)\s*$")]
    private static partial Regex JoinedVerbRegex();

    /// <summary>An aside between commas that says who a source is: "speaking on condition of anonymity", "who spoke on condition
    /// of anonymity", "who declined to be named", "including political scientist Emil Dzhuraev", "citing police sources".</summary>
    [GeneratedRegex(@"^\s*(?:" + Anonymity + @"|who (?:asked|declined) (?:not )?to be (?:named|identified)|speaking to reporters|speaking in [\p{Lu}][\w\- ]*|citing [\w\-'’. ]+|(?:led|headed) by [\p{Lu}][\w\- ]*|including [\w\-'’. ]+)\s*$")]
    private static partial Regex AsideOfASourceRegex();

    /// <summary>What follows an unnamed source's noun to say who it is: "familiar with the matter", "briefed on the talks",
    /// "in Astana", "at Kpler", "in the Russian defence ministry".</summary>
    [GeneratedRegex(@" (?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|on (?:both|each|either) sides?|" + Anonymity + @"|(?:in|at|from|within) (?:the )?(?=\p{Lu}))\b[^,;:""“”]*$")]
    private static partial Regex SourcePostmodifierRegex();

    /// <summary>A source's postmodifier of where it sits ("in Astana", "from the Uzbek presidency").</summary>
    [GeneratedRegex(@"^ (?:in|at|from|within) ")]
    private static partial Regex PlacePostmodifierRegex();

    /// <summary>", chaired by Governor Y," between a speaker and the verb: one aside without a full stop or quotation (a
    /// number's separators excepted: ", which has about 6,000 fighters,"; and an initial's stop: ", the U.N. humanitarian chief,").</summary>
    [GeneratedRegex(@"^,(?:[^,.;""“”()\n]|(?<=\d)[,.](?=\d)|(?<=(?:^|[\s.])\p{Lu})\.){2,90},\s*(?:(?:has|had|have)\s+)?(?:(?:repeatedly|also|previously|already|long|often|earlier)\s+)?$")]
    private static partial Regex AsideRegex();

    [GeneratedRegex(@"^\s*(?:(?:Additional|Further)\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|[Tt]ranslated|[Pp]roduced)\s+by\b")]
    private static partial Regex CreditLineRegex();

    /// <summary>"said a spokesperson for Hamas": one who speaks for the organisation after the words.</summary>
    [GeneratedRegex(@"^\s+(?:an?|the)\s+(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of)\s+(?:the\s+)?$")]
    private static partial Regex SpokespersonForRegex();

    [GeneratedRegex(@"\b(?:called|calls|described|describes|branded|brands|dubbed|dubs|labelled|labeled)\b")]
    private static partial Regex NamingVerbRegex();

    /// <summary>An opening quotation mark within a few words after a verb, in the same sentence and clause ("… the verdict
    /// "biased"; not "which Beijing calls Ren'ai Jiao, and that the coast guard had taken "necessary control measures"").</summary>
    [GeneratedRegex(@"^\s(?:[^.,;\n""“”]{0,60}?\s)?[""“]\p{L}")]
    private static partial Regex QuotationFollowsRegex();

    [GeneratedRegex(@"\b(?:showed|shows|show)\b")]
    private static partial Regex ShowVerbRegex();

    [GeneratedRegex(@"\b(?:said|says|say|reported|reports|told|tells|announced|announces|stated|states|claimed|claims|added|noted|notes|note|declared|warned|warns|estimated|estimates|estimate|stressed|stresses|insisted|insists|argued|argues|argue|explained|explains|wrote|writes|acknowledged|acknowledges|emphasi[sz]ed|emphasi[sz]es)\b")]
    private static partial Regex SpeechVerbRegex();
}
