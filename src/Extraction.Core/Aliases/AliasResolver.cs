using System.Text.RegularExpressions;
using Extraction.Entities;
using Extraction.Entities.Rules;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Aliases;

/// <summary>
/// Stage "aliases", the last entity stage: resolves overlapping candidates (the longest span wins, then the more
/// confident), joins given names read apart ("Marine Le Pen"), ties mentions of one thing within the document — an
/// acronym to the long name it was defined with, a name given after "known as" to the name before it, a surname to the
/// person's full name ("Akayev" → "Askar Akayev"), a company's name without its legal form or trade to the full one ("Airbus"
/// → "Airbus SE", canonical "Airbus") — with shared canonical names and SAME_AS
/// relations (head = the short mention, tail = the full one), tags the other verbatim mentions of a name found once
/// ("one sense per discourse"), and assigns ids T1… / R1… in text order.
/// Alternative spellings already carry their gazetteer canonical ("U.S." → "United States").
/// </summary>
public sealed partial class AliasResolver : IStage
{
    public const string StageName = "aliases";

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Entities];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities, Annotation.Canonicals, Annotation.Relations];

    public void Process(Document doc)
    {
        ResolveOverlaps(doc.Entities);
        ExtendArabicNames(doc);
        JoinNamesAcrossParticles(doc);
        ExtendSurnameParticles(doc);
        JoinGivenNames(doc);
        var links = new List<(Entity Short, Entity Full)>();
        LinkNamesKnownAs(doc, links);
        HarmonizeLabels(doc);
        LinkShortOrganisationNames(doc, links);
        TagRepeatedNames(doc);
        LinkCompanyNames(doc, links);
        LinkAcronyms(doc, links);
        TagUndefinedAcronyms(doc, links);
        LinkSurnamesBeforeFullNames(doc, links);
        LinkSurnames(doc, links);
        SpreadCanonicals(doc, links);
        doc.Entities.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        for (int i = 0; i < doc.Entities.Count; i++) doc.Entities[i].Id = $"T{i + 1}";
        foreach (var (mention, full) in links.OrderBy(l => l.Short.Start))
            doc.Relations.Add(new Relation
            {
                Id = $"R{doc.Relations.Count + 1}", Type = RelationTypes.SameAs, Head = mention.Id, Tail = full.Id,
                Confidence = Math.Min(mention.Confidence, full.Confidence), Source = StageName,
            });
    }

    /// <summary>
    /// "the Republican People's Party (CHP) … The CHP had been due …": a mention repeated before the acronym it repeats
    /// was linked to its long form kept its own text as canonical name; it takes the one the same text with the same label
    /// was given, if all such mentions were given the same, and a SAME_AS to the same full mention.
    /// </summary>
    private static void SpreadCanonicals(Document doc, List<(Entity Short, Entity Full)> links)
    {
        // Most articles have no such mention ("U.S." is "United States" wherever it stands): find one before building anything.
        if (!HasUnresolvedRepeat(doc.Entities)) return;
        Dictionary<(string Text, string Label), Entity?>? resolved = null;
        foreach (var e in doc.Entities)
        {
            if (e.Canonical == e.Text || !NameLabels.Contains(e.Label)) continue;
            resolved ??= [];
            var key = (e.Text, e.Label);
            resolved[key] = resolved.TryGetValue(key, out var other) && other?.Canonical != e.Canonical ? null : e;
        }
        if (resolved is null) return;
        var fullOf = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        foreach (var (mention, full) in links) fullOf.TryAdd(mention, full);
        foreach (var e in doc.Entities)
        {
            if (e.Canonical != e.Text || !resolved.TryGetValue((e.Text, e.Label), out var source) || source is null) continue;
            e.Canonical = source.Canonical;
            if (fullOf.TryGetValue(source, out var full)) links.Add((e, full));
        }
    }

    /// <summary>A name keeps its own text as canonical where the same text with the same label was given another one.
    /// Loops, not lambdas: most documents answer no, and should allocate nothing to say so.</summary>
    private static bool HasUnresolvedRepeat(List<Entity> entities)
    {
        foreach (var resolved in entities)
        {
            if (resolved.Canonical == resolved.Text || !NameLabels.Contains(resolved.Label)) continue;
            foreach (var e in entities)
                if (e.Canonical == e.Text && e.Label == resolved.Label && e.Text == resolved.Text) return true;
        }
        return false;
    }

    /// <summary>Keeps a set of non-overlapping entities: longest first, then most confident, then earliest.</summary>
    public static void ResolveOverlaps(List<Entity> entities)
    {
        var ranked = entities.OrderByDescending(e => e.End - e.Start).ThenByDescending(e => e.Confidence).ThenBy(e => e.Start).ToList();
        var kept = new List<Entity>(ranked.Count);
        var starts = new List<int>(ranked.Count); // kept spans sorted by start, for a binary-search overlap check
        foreach (var e in ranked)
        {
            int pos = LowerBound(starts, e.Start);
            bool overlaps = (pos < kept.Count && kept[pos].Start < e.End) || (pos > 0 && kept[pos - 1].End > e.Start);
            if (overlaps) continue;
            kept.Insert(pos, e);
            starts.Insert(pos, e.Start);
        }
        entities.Clear();
        entities.AddRange(kept);
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// "Bashar al-Assad", "Tamim bin Hamad al-Thani": a person's name runs on over an "al-"/"el-" family name and over
    /// "bin"/"ibn"/"bint" + a name, which the tagger and the title rule, stopping at a lower-case word, leave out.
    /// Only over words no other entity holds.
    /// </summary>
    private static void ExtendArabicNames(Document doc)
    {
        var covered = new HashSet<int>();
        foreach (var e in doc.Entities) covered.Add(e.Start);
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var e = doc.Entities[k];
            if (e.Label != EntityLabels.Person) continue;
            int first = EntityText.TokenStartingAt(doc, e.Start), to = EntityText.TokenEndingAt(doc, e.End) + 1;
            if (first < 0 || to <= 0) continue;
            int end = to;
            while (end < doc.Tokens.Count && doc.Tokens[end].Start > doc.Tokens[end - 1].End && !covered.Contains(doc.Tokens[end].Start))
            {
                var word = doc.SpanOf(doc.Tokens[end]);
                if (EntityText.HasArabicArticle(word)) end++;
                else if (word is "bin" or "ibn" or "bint" && end + 1 < doc.Tokens.Count && EntityText.IsCapitalized(doc, end + 1)
                         && !covered.Contains(doc.Tokens[end + 1].Start)) end += 2;
                else break;
            }
            if (end == to) continue;
            doc.Entities[k] = EntityText.Create(doc, first, end, e.Label, e.Canonical == e.Text ? null : e.Canonical, e.Confidence, e.Source);
        }
    }

    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
        { "von", "van", "der", "den", "de", "da", "do", "du", "di", "del", "dela", "della", "dos", "das", "la", "le", "ter", "ten", "zu", "bin", "ibn" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SurnameParticleLookup = SurnameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Andre Correa do Lago", "Joao dos Santos": a person whose surname opens with lower-case particles, which the tagger,
    /// stopping at lower-case words, read as a person and a second name ("Lago" a person, "Santos" the town). The
    /// capitalised name right after the particles joins the person when it is untagged, a person, or a one-word gazetteer
    /// place (a town is often named for a family), never an organisation.
    /// </summary>
    private static void JoinNamesAcrossParticles(Document doc)
    {
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var e = doc.Entities[k];
            if (e.Label != EntityLabels.Person) continue;
            int last = EntityText.TokenEndingAt(doc, e.End), surname = last + 1;
            if (last < 0) continue;
            while (surname + 1 < doc.Tokens.Count && IsParticle(doc, surname)) surname++;
            if (surname == last + 1 || !EntityText.SpaceBetween(doc, last) || !EntityText.IsCapitalized(doc, surname)) continue;
            int next = doc.Entities.FindIndex(n => n.Start < doc.Tokens[surname].End && n.End > doc.Tokens[surname].Start);
            int end = surname + 1;
            if (next >= 0)
            {
                var n = doc.Entities[next];
                bool oneWordPlace = n.Label == EntityLabels.Loc && !n.Text.Contains(' ') && n.Source.StartsWith(GazetteerEntityTagger.StageName, StringComparison.Ordinal);
                if (n.Start != doc.Tokens[surname].Start || !(n.Label == EntityLabels.Person || oneWordPlace)) continue;
                end = EntityText.TokenEndingAt(doc, n.End) + 1;
            }
            doc.Entities[k] = EntityText.Create(doc, EntityText.TokenStartingAt(doc, e.Start), end, EntityLabels.Person, null, e.Confidence, e.Source);
            if (next < 0) continue;
            doc.Entities.RemoveAt(next);
            if (next < k) k--;
        }
    }

    /// <summary>
    /// "… von der Leyen told reporters" after "Ursula von der Leyen": a person's name alone takes the lower-case particles
    /// before it ("von der", "de", "van") when a person tagged in the article has a name ending in those words (the tagger,
    /// stopping at lower-case words, had "Leyen").
    /// </summary>
    private static void ExtendSurnameParticles(Document doc)
    {
        List<string>? names = null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var e = doc.Entities[k];
            if (e.Label != EntityLabels.Person) continue;
            int first = EntityText.TokenStartingAt(doc, e.Start), end = EntityText.TokenEndingAt(doc, e.End) + 1;
            if (first <= 0 || end <= 0 || !IsParticle(doc, first - 1)) continue;
            names ??= doc.Entities.Where(p => p.Label == EntityLabels.Person).Select(p => p.Text).ToList();
            int start = ParticlesStart(doc, first, e.End, withParticles => names.Exists(n => n.EndsWith(" " + withParticles, StringComparison.Ordinal)));
            if (start < first)
                doc.Entities[k] = EntityText.Create(doc, start, end, e.Label, e.Canonical == e.Text ? null : e.Canonical, e.Confidence, e.Source);
        }
    }

    /// <summary>
    /// A person's given name that the tagger read apart: "Marine Le Pen", where the first-name rule had "Le Pen" (a name
    /// opening with a capitalised particle takes the capitalised word right before it, inside a sentence, no title), and
    /// "Jordan Bardella", read as the place "Jordan" before an untagged word the article names a person alone elsewhere
    /// ("Bardella said …": a one-word place, no preposition or article before it, and that surname make one person).
    /// </summary>
    private static void JoinGivenNames(Document doc)
    {
        HashSet<string>? surnames = null;
        bool[]? initial = null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var e = doc.Entities[k];
            if (e.Label is not (EntityLabels.Person or EntityLabels.Loc)) continue;
            int first = EntityText.TokenStartingAt(doc, e.Start), last = EntityText.TokenEndingAt(doc, e.End);
            if (first < 1 || last < first) continue;
            if (e.Label == EntityLabels.Person && last > first && IsCapitalisedParticle(doc.SpanOf(doc.Tokens[first])) && char.IsUpper(e.Text[0]))
            {
                int given = first - 1;
                initial ??= EntityText.SentenceInitial(doc);
                if (!initial[given] && IsUntaggedWordBeforeName(doc, given) && Relations.TitleLexicon.KindOf(doc.SpanOf(doc.Tokens[given])) == Relations.TitleKind.None)
                    doc.Entities[k] = EntityText.Create(doc, given, last + 1, e.Label, null, e.Confidence, e.Source);
                continue;
            }
            if (e.Label != EntityLabels.Loc || last != first || last + 1 >= doc.Tokens.Count || !EntityText.SpaceBetween(doc, last)) continue;
            int surname = last + 1;
            if (!EntityText.IsCapitalized(doc, surname) || EntityText.Overlaps(doc, doc.Tokens[surname].Start, doc.Tokens[surname].End)
                || surname + 1 < doc.Tokens.Count && EntityText.IsCapitalized(doc, surname + 1) && EntityText.SpaceBetween(doc, surname)) continue;
            surnames ??= doc.Entities.Where(p => p.Label == EntityLabels.Person && !p.Text.Contains(' ')).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
            if (!surnames.Contains(doc.SpanOf(doc.Tokens[surname]).ToString())) continue;
            var before = doc.SpanOf(doc.Tokens[first - 1]);
            if (EntityText.IsDeterminer(before) || before is "in" or "from" or "to" or "of" or "at" or "near" or "'s" or "’s") continue;
            doc.Entities[k] = EntityText.Create(doc, first, surname + 1, EntityLabels.Person, null, Math.Min(e.Confidence, 0.75), StageName);
        }
    }

    /// <summary>Token <paramref name="t"/> is a capitalised word no entity covers, with a space after it: a given name the
    /// tagger may have left before a name.</summary>
    private static bool IsUntaggedWordBeforeName(Document doc, int t) =>
        EntityText.IsCapitalized(doc, t) && EntityText.SpaceBetween(doc, t) && !EntityText.Overlaps(doc, doc.Tokens[t].Start, doc.Tokens[t].End);

    /// <summary>"Dela", "Van": a surname particle written with a capital (checked without allocating: this runs for every name).</summary>
    private static bool IsCapitalisedParticle(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 8) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return SurnameParticleLookup.Contains(lower);
    }

    private static bool IsParticle(Document doc, int token) =>
        doc.Tokens[token + 1].Start > doc.Tokens[token].End && SurnameParticleLookup.Contains(doc.SpanOf(doc.Tokens[token]));

    /// <summary>
    /// Where the surname at token <paramref name="first"/> (ending at <paramref name="end"/>) starts with the longest run of
    /// particles before it ("von der" in "von der Leyen") that a full name ends with (<paramref name="isNameEnd"/>), a particle
    /// opening a sentence written with its capital there ("Von der Leyen said"), and with the untagged capitalised word before
    /// the particles when the name has it too ("Correa do Lago" of "Andre Correa do Lago"); <paramref name="first"/> when none.
    /// </summary>
    private static int ParticlesStart(Document doc, int first, int end, Func<string, bool> isNameEnd)
    {
        int start = first;
        while (start > 0 && IsParticle(doc, start - 1)) start--;
        if (start > 0 && IsCapitalisedParticle(doc.SpanOf(doc.Tokens[start - 1])) && EntityText.SpaceBetween(doc, start - 1)
            && doc.SentenceIndexAt(doc.Tokens[start - 1].Start) is var sentence and >= 0 && doc.Sentences[sentence].FirstToken == start - 1)
        {
            string opening = doc.Slice(doc.Tokens[start - 1].Start, end);
            if (isNameEnd(char.ToLowerInvariant(opening[0]) + opening[1..])) return start - 1;
        }
        for (int s = start; s < first; s++)
            if (isNameEnd(doc.Slice(doc.Tokens[s].Start, end)))
            {
                bool givenName = s > 0 && IsUntaggedWordBeforeName(doc, s - 1) && isNameEnd(doc.Slice(doc.Tokens[s - 1].Start, end));
                return givenName ? s - 1 : s;
            }
        return first;
    }

    /// <summary>
    /// One name, one referent within an article: where the same text is tagged with two of PERSON/ORG/LOC ("Glencore has
    /// agreed …", "Glencore's chief executive", "Glencore's London-listed shares" read as a person), the mentions take the
    /// label whose mentions' confidences sum to clearly more (by a quarter) than any other's, unless the text describes one
    /// mention as a company's ("Gazprom chief executive", "the state company X"), which decides.
    /// </summary>
    private static void HarmonizeLabels(Document doc)
    {
        // Most articles tag no text twice differently: find the texts that are, before summing anything.
        var firstLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        HashSet<string>? mixed = null;
        foreach (var e in doc.Entities)
        {
            if (!NameLabels.Contains(e.Label)) continue;
            if (!firstLabel.TryAdd(e.Text, e.Label) && firstLabel[e.Text] != e.Label) (mixed ??= new HashSet<string>(StringComparer.Ordinal)).Add(e.Text);
        }
        if (mixed is null) return;
        List<Sentence>? headlines = null;
        foreach (string text in mixed)
        {
            // "… Pullback From Depsang and Demchok" over "at Depsang and Demchok in eastern Ladakh": a headline's title case
            // says less of a name than the body's prose, whose one label its headline mentions take.
            if (BodyLabel(doc, text, headlines ??= EntityText.Headlines(doc)) is { } body)
            {
                foreach (var e in doc.Entities)
                    if (e.Text == text && NameLabels.Contains(e.Label)) e.Label = body;
                continue;
            }
            // "Gazprom chief executive Alexei Miller" … "In 2023, Gazprom began": where the text itself says what the name
            // is (a company's noun after it, a descriptor before it), that mention decides.
            if (doc.Entities.FirstOrDefault(e => e.Text == text && e.Source is Entities.Statistical.NerStage.DescribedSource
                                                     or Entities.Rules.NameRules.OrgDescriptorSource) is { } described)
            {
                foreach (var e in doc.Entities)
                    if (e.Text == text && NameLabels.Contains(e.Label)) e.Label = described.Label;
                continue;
            }
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var e in doc.Entities)
                if (e.Text == text && NameLabels.Contains(e.Label)) scores[e.Label] = scores.GetValueOrDefault(e.Label) + e.Confidence;
            var ranked = scores.OrderByDescending(kv => kv.Value).ToList();
            if (ranked[0].Value < 1.25 * ranked[1].Value) continue;
            foreach (var e in doc.Entities)
                if (e.Text == text && NameLabels.Contains(e.Label)) e.Label = ranked[0].Key;
        }
    }

    /// <summary>The one label of the mentions of <paramref name="text"/> (a text tagged with two labels) outside the
    /// headlines, when the model alone read it in a headline; or null.</summary>
    private static string? BodyLabel(Document doc, string text, List<Sentence> headlines)
    {
        string? body = null;
        bool inHeadline = false;
        foreach (var e in doc.Entities)
        {
            if (e.Text != text || !NameLabels.Contains(e.Label)) continue;
            // (A rule's reading of a headline, "Istanbul Mayor Imamoglu", is as sure as the body's.)
            if (EntityText.InHeadline(headlines, e.Start))
            {
                if (e.Source != Entities.Statistical.NerStage.StageName) return null;
                inHeadline = true;
            }
            else if (body is null) body = e.Label;
            else if (body != e.Label) return null;
        }
        return inHeadline ? body : null;
    }

    /// <summary>
    /// "Wagner Group chief Yevgeny Prigozhin … Wagner forces had seized …": an organisation named with a head noun such as
    /// "Group" or "Party" is meant by its name without it; a mention of that shorter name read as a person becomes the
    /// organisation's, with its canonical name and a SAME_AS to it, unless a person in the article has it as a surname
    /// ("Richard Wagner"). Places are left alone ("Minsk" beside the OSCE "Minsk Group").
    /// </summary>
    private static void LinkShortOrganisationNames(Document doc, List<(Entity, Entity)> links)
    {
        Dictionary<string, Entity>? shortNames = null;
        foreach (var e in doc.Entities)
            if (e.Label == EntityLabels.Org && e.Text.LastIndexOf(' ') is int space and > 0 && ShortenedHeads.Contains(e.Text[(space + 1)..]))
                (shortNames ??= new Dictionary<string, Entity>(StringComparer.Ordinal)).TryAdd(e.Text[..space], e);
        if (shortNames is null) return;
        foreach (var e in doc.Entities)
        {
            if (e.Label != EntityLabels.Person || !shortNames.TryGetValue(e.Text, out var organisation) || IsSurnameOfAPerson(doc, e.Text)) continue;
            e.Label = EntityLabels.Org;
            e.Canonical = organisation.Canonical;
            links.Add((e, organisation));
        }
    }

    /// <summary>
    /// "Airbus SE said … Airbus commercial chief", "Samsung Electronics Co Ltd … Samsung said", "Tianqi Lithium … Tianqi has
    /// challenged": a company named with its legal form is meant by its name without it and by its first word, and one named
    /// with its trade's last word (after any legal form) by its name without that too. A mention of such a shorter name (an
    /// organisation's, or a person's the model read, unless a person of the article has it as a surname) gets a SAME_AS to the
    /// full name and its canonical name, which leaves out the legal form ("Airbus SE" → "Airbus", or the gazetteer's name for the name
    /// without it, "Nestle SA" → "Nestlé"), so that a database groups "Airbus SE" and "Airbus" across articles. A shorter
    /// name two companies of the article share ("Samsung" of two Samsung companies) links neither. Places are left alone.
    /// </summary>
    private static void LinkCompanyNames(Document doc, List<(Entity, Entity)> links)
    {
        Dictionary<string, Entity?>? fullByShort = null;  // null value: two companies share the shorter name
        Dictionary<string, string>? renamed = null;       // full name → its canonical name without the legal form
        foreach (var e in doc.Entities)
        {
            if (e.Label != EntityLabels.Org) continue;
            string name = WithoutLegalForm(e.Text) ?? e.Text;
            bool legalForm = name.Length < e.Text.Length;
            int space = name.LastIndexOf(' ');
            bool trade = space > 0 && Entities.Statistical.NerStage.IsBusinessNameEnd(name.AsSpan(space + 1));
            if (!legalForm && !trade) continue;
            fullByShort ??= new Dictionary<string, Entity?>(StringComparer.Ordinal);
            if (legalForm)
            {
                AddShortName(fullByShort, name, e);
                // ("Chipotle Mexican Grill Inc … Chipotle fell 7.5%": a company named with its legal form goes by its first word too.)
                if (name.IndexOf(' ') is var first and > 2) AddShortName(fullByShort, name[..first], e);
                // A full name's canonical: the gazetteer's for the name without its legal form, where a mention of that name has one.
                if (e.Canonical == e.Text) (renamed ??= new Dictionary<string, string>(StringComparer.Ordinal))[e.Text] = e.Canonical = KnownCanonical(doc, name) ?? name;
            }
            if (trade) AddShortName(fullByShort, name[..space], e);
        }
        if (fullByShort is null) return;
        // Mentions an earlier stage gave the full name as canonical ("CATL" for "Contemporary Amperex Technology Co Ltd (CATL)")
        // take the new one too.
        if (renamed is not null)
            foreach (var e in doc.Entities)
                if (renamed.TryGetValue(e.Canonical, out var canonical)) e.Canonical = canonical;
        foreach (var e in doc.Entities)
        {
            if (e.Label is not (EntityLabels.Org or EntityLabels.Person) || !fullByShort.TryGetValue(e.Text, out var full) || full is null
                || e.Label == EntityLabels.Person && IsSurnameOfAPerson(doc, e.Text)) continue;
            e.Label = EntityLabels.Org;
            e.Canonical = full.Canonical;
            links.Add((e, full));
        }
    }

    /// <summary>The canonical name an organisation's mention written <paramref name="name"/> was given other than its text.</summary>
    private static string? KnownCanonical(Document doc, string name)
    {
        foreach (var e in doc.Entities)
            if (e.Label == EntityLabels.Org && e.Text == name && e.Canonical != name) return e.Canonical;
        return null;
    }

    private static void AddShortName(Dictionary<string, Entity?> fullByShort, string name, Entity full)
    {
        if (!fullByShort.TryGetValue(name, out var known)) fullByShort[name] = full;
        else if (known is not null && known.Text != full.Text) fullByShort[name] = null;
    }

    /// <summary>"Airbus SE" → "Airbus", "Samsung Electronics Co Ltd" → "Samsung Electronics", "Amazon.com, Inc." →
    /// "Amazon.com": the name before its legal forms; null when it ends in none or is nothing else.</summary>
    private static string? WithoutLegalForm(string name)
    {
        int end = name.Length;
        while (end > 0 && name.LastIndexOf(' ', end - 1) is int space and > 0 && NameRules.IsLegalForm(name.AsSpan(space + 1, end - space - 1)))
            end = name[space - 1] == ',' ? space - 1 : space;
        return end == name.Length ? null : name[..end];
    }

    /// <summary>A person of the document has <paramref name="name"/> as the last word of a longer name ("Richard Wagner"). A
    /// loop, not a lambda, which would put a closure on the heap for every entity of the document.</summary>
    private static bool IsSurnameOfAPerson(Document doc, string name)
    {
        foreach (var p in doc.Entities)
            if (p.Label == EntityLabels.Person && p.Text.Length > name.Length && p.Text.EndsWith(name, StringComparison.Ordinal)
                && p.Text[^(name.Length + 1)] == ' ') return true;
        return false;
    }

    /// <summary>Head nouns an organisation's name is often written without ("Wagner" for "Wagner Group").</summary>
    private static readonly HashSet<string> ShortenedHeads = new(StringComparer.Ordinal)
        { "Group", "Company", "Corporation", "Party", "Movement", "Cartel", "Holding", "Holdings" };

    /// <summary>Labels a name keeps wherever it is repeated verbatim.</summary>
    private static readonly string[] NameLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc];

    /// <summary>
    /// A name tagged somewhere in the document is the same name where else it appears verbatim and untagged ("Cracker
    /// Barrel" found in one sentence and missed in the next), or read there only in part ("Georgian Dream" where only the
    /// NORP "Georgian" was tagged): such mentions get its label and canonical name. Not a text tagged with two labels, nor
    /// one without a capital; not a one-word name at a sentence start (perhaps a capitalised common word) unless the
    /// article never writes it in lower case and a lower-case word follows it (or, opening a headline, a word the article
    /// writes nowhere after it); not one next to another capitalised word
    /// ("Jordan" inside "Michael Jordan"; in a headline, where every word is, only a one-word name), and only from a
    /// mention tagged with confidence 0.8 or more, from an acronym the text defines in parentheses after its long form,
    /// from a name its context describes as an organisation, or from a source the article cites in parentheses.
    /// </summary>
    private static void TagRepeatedNames(Document doc)
    {
        // Only a confident mention is repeated: a doubtful one would spread its error.
        const double RepeatFrom = 0.8;
        var names = new Dictionary<string, Entity?>(StringComparer.Ordinal);  // null: tagged with two labels
        foreach (var e in doc.Entities)
        {
            if (!NameLabels.Contains(e.Label) || e.Text.Length < 2 || !e.Text.Any(char.IsUpper) || e.Text.Any(c => c is '\n' or '\r')) continue;
            if (!names.TryGetValue(e.Text, out var seen)) names[e.Text] = e;
            else if (seen is not null && seen.Label != e.Label) names[e.Text] = null;
            else if (seen is not null && e.Confidence > seen.Confidence) names[e.Text] = e;
        }
        if (names.Count == 0) return;
        // "the National Liberation Army (ELN) … The ELN, which has …": an acronym the text defines is as sure as a confident mention.
        // So is a name its context describes as an organisation ("the ruling Georgian Dream party"), and a source the article
        // cites ("the outlets Batumelebi and Netgazeti … (Netgazeti, April 7)").
        bool Defined(Entity e) => e.Source is Entities.Statistical.NerStage.DescribedSource or NameRules.OrgDescriptorSource or NameRules.CitationSourceSource
                                  || AcronymRules.IsAcronym(e.Text) && EntityText.EndBeforeParentheses(doc.Text, e.Start, e.End) is var longEnd and >= 0
                                     && doc.Entities.Exists(x => x.End == longEnd);
        // A name of several words read once by the model, less surely, still replaces a shorter reading of the same words
        // elsewhere ("Nippon Steel" where only the place "Nippon" was tagged), but is not added where nothing was, and
        // not from a reading that runs on over a code ("London E17": a postcode after the city).
        bool Sure(Entity e) => e.Confidence >= RepeatFrom || Defined(e);
        var byFirstWord = names.Where(kv => kv.Value is not null && (Sure(kv.Value) || kv.Value.Text.Contains(' ') && !kv.Value.Text.Any(char.IsDigit)))
            .GroupBy(kv => kv.Key.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(kv => kv.Value!).OrderByDescending(e => e.Text.Length).ToList(), StringComparer.Ordinal);
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

        var covered = new bool[doc.Tokens.Count];
        foreach (var e in doc.Entities)
            for (int t = EntityText.TokenStartingAt(doc, e.Start); t >= 0 && t < doc.Tokens.Count && doc.Tokens[t].Start < e.End; t++) covered[t] = true;
        var initial = EntityText.SentenceInitial(doc);
        var added = new List<Entity>();
        HashSet<Entity>? replaced = null;
        HashSet<string>? lowerCaseWords = null;
        List<Sentence>? headlines = null;
        for (int t = EntityText.FirstBodyToken(doc); t < doc.Tokens.Count; t++)
        {
            if (!lookup.TryGetValue(doc.SpanOf(doc.Tokens[t].Start, doc.Tokens[t].End), out var candidates)) continue;
            foreach (var name in candidates)
            {
                int start = doc.Tokens[t].Start, end = start + name.Text.Length;
                if (end > doc.Text.Length || !doc.Text.AsSpan(start, name.Text.Length).SequenceEqual(name.Text)) continue;
                int last = EntityText.TokenEndingAt(doc, end);
                if (last < t) continue;
                bool overTagged = covered.AsSpan(t, last - t + 1).Contains(true);
                if (overTagged ? !OnlyShorterNamesInside(doc, t, last, start, end) : !Sure(name)) continue;
                // A one-word name opening a sentence may be a capitalised word ("Reading the report, …"): only one the
                // article never writes in lower case, before a word in lower case ("Volkswagen will cut …") or, for a name
                // the article defines or describes, before the comma of an aside ("Kloop, which now operates from Prague, said").
                // ("Hamas Frees Three Hostages as Gaza Ceasefire Takes Effect": so may one opening a headline, whose neighbour is
                // no name word.)
                if (last == t && initial[t] && !((last + 1 < doc.Tokens.Count
                                                  && (doc.Tokens[last + 1].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[last + 1].Start])
                                                      || Defined(name) && doc.SpanOf(doc.Tokens[last + 1]) is ",")
                                                  || EntityText.InHeadline(headlines ??= EntityText.Headlines(doc), start) && NeighboursAreNoNameWords(doc, t, headlines))
                                                 && !(lowerCaseWords ??= LowerCaseWords(doc)).Contains(name.Text.ToLowerInvariant()))) continue;
                // In a headline every word is capitalised: a capital next to a name of several words says nothing
                // ("Anglo American Agrees to Sell …", where only the NORP "American" was tagged).
                // ("Gold Miner Barrick Halts Operations …": nor is a one-word name whose capitalised neighbours the text never
                // writes after the headline.)
                if (CapitalNextTo(doc, t, last, initial) && !(EntityText.InHeadline(headlines ??= EntityText.Headlines(doc), start)
                                                              && (name.Text.Contains(' ') || NeighboursAreNoNameWords(doc, t, headlines)))) continue;
                added.Add(EntityText.Create(doc, t, last + 1, name.Label, name.Canonical, Math.Min(name.Confidence, 0.8), StageName));
                if (overTagged)
                    foreach (var inside in doc.Entities)
                        if (inside.Start >= start && inside.End <= end) (replaced ??= []).Add(inside);
                for (int i = t; i <= last; i++) covered[i] = true;
                t = last;
                break;
            }
        }
        if (replaced is not null) doc.Entities.RemoveAll(replaced.Contains);
        doc.Entities.AddRange(added);
    }

    /// <summary>A capitalised word right before tokens [first, last] (not a sentence's first before a name's first, nor a
    /// sentence's opening article: "The ELN") or right after them: the words are part of a longer name.</summary>
    private static bool CapitalNextTo(Document doc, int first, int last, bool[] initial) =>
        first > 0 && !initial[first] && EntityText.IsCapitalized(doc, first - 1) && !(initial[first - 1] && EntityText.IsDeterminer(doc.SpanOf(doc.Tokens[first - 1])))
        || last + 1 < doc.Tokens.Count && !initial[last + 1] && EntityText.IsCapitalized(doc, last + 1);

    /// <summary>The capitalised words right before and after token <paramref name="t"/> of a headline stand nowhere in the text
    /// after that headline, so they are the headline's own words, no part of a name; the one after is no document's noun.</summary>
    private static bool NeighboursAreNoNameWords(Document doc, int t, List<Sentence> headlines)
    {
        int at = doc.Tokens[t].Start, bodyStart = doc.Text.Length;
        foreach (var h in headlines)
            if (h.Start <= at && at < h.End) bodyStart = h.End;
        foreach (int k in (ReadOnlySpan<int>)[t - 1, t + 1])
            if (k >= 0 && k < doc.Tokens.Count && EntityText.IsCapitalized(doc, k)
                && doc.Text.IndexOf(doc.Slice(doc.Tokens[k].Start, doc.Tokens[k].End), bodyStart, StringComparison.Ordinal) >= 0) return false;
        // ("… in Nairobi Charter": a document's noun after a name makes it the document's name.)
        return t + 1 >= doc.Tokens.Count || !EntityText.IsDocumentNoun(doc.SpanOf(doc.Tokens[t + 1]));
    }

    /// <summary>The words the document writes in lower case.</summary>
    private static HashSet<string> LowerCaseWords(Document doc)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in doc.Tokens)
            if (token.Kind == TokenKind.Word && char.IsLower(doc.Text[token.Start])) words.Add(doc.Slice(token.Start, token.End));
        return words;
    }

    /// <summary>
    /// For a name of several words, the entities on tokens <paramref name="first"/> … <paramref name="last"/> lie inside
    /// [<paramref name="start"/>, <paramref name="end"/>) and are shorter, so the repeated name replaces them: "Georgian
    /// Dream" tagged as the party elsewhere, here only its NORP "Georgian" (a shorter reading of the same words).
    /// </summary>
    private static bool OnlyShorterNamesInside(Document doc, int first, int last, int start, int end)
    {
        if (last == first) return false;
        foreach (var e in doc.Entities)
            if (e.Start < end && start < e.End && (e.Start < start || e.End > end || e.End - e.Start >= end - start || e.Source == StageName)) return false;
        return true;
    }

    /// <summary>
    /// "the Japan Innovation Party, known as Ishin", "Mohamed Hamdan Dagalo, widely known as Hemedti": one to three
    /// capitalised words after a name, a comma and "known as" (or "dubbed", "nicknamed") name the same thing: they take
    /// the name's label and canonical name, with a SAME_AS to it, and a confidence that lets their repeats be tagged too
    /// (the tagger had read "Ishin" as a person, and missed "Hemedti").
    /// </summary>
    private static void LinkNamesKnownAs(Document doc, List<(Entity, Entity)> links)
    {
        if (!doc.Text.Contains(" known as ", StringComparison.Ordinal) && !doc.Text.Contains(" dubbed ", StringComparison.Ordinal)
            && !doc.Text.Contains(" nicknamed ", StringComparison.Ordinal)) return;
        var byEnd = new Dictionary<int, Entity>();
        foreach (var e in doc.Entities)
            if (NameLabels.Contains(e.Label)) byEnd.TryAdd(e.End, e);
        foreach (Match m in KnownAsRegex().Matches(doc.Text))
        {
            if (!byEnd.TryGetValue(m.Index, out var full)) continue;
            var name = m.Groups["name"];
            int first = EntityText.TokenStartingAt(doc, name.Index), last = EntityText.TokenEndingAt(doc, name.Index + name.Length);
            if (first < 0 || last < first || name.Value == full.Text) continue;
            doc.Entities.RemoveAll(e => e.Start < name.Index + name.Length && name.Index < e.End);
            var alias = EntityText.Create(doc, first, last + 1, full.Label, full.Canonical, 0.85, StageName);
            doc.Entities.Add(alias);
            links.Add((alias, full));
        }
    }

    [GeneratedRegex(@",\s+(?:(?:also|widely|better|commonly|locally|popularly|formerly)\s+)?(?:known\s+as|dubbed|nicknamed)\s+(?:the\s+)?[""“]?(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2})")]
    private static partial Regex KnownAsRegex();

    /// <summary>
    /// "Long Name (ACR)" where both share a canonical name, or where an organisation's name of several words is followed by
    /// an acronym tagged as one (its initials perhaps another language's: "(GKNB)"), or a place's name of several words by an
    /// acronym with its initial ("(GBAO)"): ACR SAME_AS Long Name. A short name
    /// in parentheses right after an organisation, one word with the organisation's initial ("the Export-Import Bank of
    /// China (Eximbank)"), is that organisation's too, whatever the tagger read it as.
    /// </summary>
    private static void LinkAcronyms(Document doc, List<(Entity, Entity)> links)
    {
        var byEnd = new Dictionary<int, Entity>();
        foreach (var e in doc.Entities) byEnd.TryAdd(e.End, e);
        foreach (var alias in doc.Entities)
        {
            int longEnd = EntityText.EndBeforeParentheses(doc.Text, alias.Start, alias.End);
            if (longEnd < 0 || !byEnd.TryGetValue(longEnd, out var full) || full == alias) continue;
            if (AcronymRules.IsAcronym(alias.Text))
            {
                // "the State Committee for National Security (GKNB)", "the National Liberation Army (ELN)": an acronym of the
                // name in another language, in parentheses right after an organisation's name of several words, is its; not one
                // the gazetteer knows as a name the long form does not hold ("UNITED NATIONS (AP) -": a dateline's credit, the
                // Associated Press; "the Esfahan Uranium Conversion Facilities (UCF)" holds the UCF's).
                if (full.Canonical != alias.Canonical && full.Label == EntityLabels.Org && full.Text.Contains(' ') && alias.Label == EntityLabels.Org
                    && (alias.Canonical == alias.Text || full.Text.Contains(alias.Canonical, StringComparison.OrdinalIgnoreCase)))
                    alias.Canonical = full.Canonical;
                // "the Gorno-Badakhshan Autonomous Region (GBAO)": so is one of a place's name of several words with the
                // place's initial, a place whatever the tagger read, and so are its repeats.
                else if (full.Canonical != alias.Canonical && full.Label == EntityLabels.Loc && full.Text.Contains(' ') && alias.Text[0] == full.Text[0])
                    TakeTheLongForm(doc, alias, full, links);
                // "the Council of Europe's Parliamentary Assembly (PACE)": initials in another order (the name's other form)
                // are the organisation's, whatever the tagger read, and so are its repeats.
                else if (full.Label == EntityLabels.Org && alias.Label != EntityLabels.Org && alias.Text.Length >= 3 && IsAnagramOfInitials(alias.Text, full.Text))
                    TakeTheLongForm(doc, alias, full, links);
                if (full.Canonical == alias.Canonical) links.Add((alias, full));
            }
            else if (full.Label == EntityLabels.Org && full.Text.Contains(' ') && !alias.Text.Contains(' ') && alias.Text[0] == full.Text[0])
            {
                alias.Label = EntityLabels.Org;
                alias.Canonical = full.Canonical;
                links.Add((alias, full));
            }
        }
    }

    /// <summary>The acronym and its later repeats read with the acronym's label take the long form's label and canonical name;
    /// the repeats are linked to it here (the acronym itself by the caller).</summary>
    private static void TakeTheLongForm(Document doc, Entity acronym, Entity full, List<(Entity, Entity)> links)
    {
        string read = acronym.Label;
        foreach (var repeat in doc.Entities)
            if (repeat.Text == acronym.Text && repeat.Start >= acronym.Start && repeat.Label == read)
            {
                (repeat.Label, repeat.Canonical) = (full.Label, full.Canonical);
                if (repeat != acronym) links.Add((repeat, full));
            }
    }

    /// <summary>Whether the letters of an acronym are the initials of a name's capitalised words in some order.</summary>
    private static bool IsAnagramOfInitials(string acronym, string name)
    {
        var (capitalised, _) = AcronymRules.InitialsOf(name);
        if (capitalised.Length != acronym.Length) return false;
        var letters = acronym.ToUpperInvariant().ToCharArray();
        var initials = capitalised.ToUpperInvariant().ToCharArray();
        Array.Sort(letters);
        Array.Sort(initials);
        return letters.AsSpan().SequenceEqual(initials);
    }

    /// <summary>
    /// "the Rapid Support Forces … The RSF, led by …": an untagged word in capitals (three letters or more) spelt by the
    /// initials of exactly one organisation named in the document (its capitalised words, or all its words: "OPEC") is
    /// that organisation, though the article never defines it in parentheses: its canonical name and a SAME_AS to the
    /// nearest full mention (the latest before it, else the first after). So is an organisation tagged by such a word
    /// with no long form of its own ("the Collective Security Treaty Organization. Yet the CSTO did not intervene").
    /// </summary>
    private static void TagUndefinedAcronyms(Document doc, List<(Entity, Entity)> links)
    {
        // Most documents have no such word in capitals: find those first, and build nothing for the others.
        List<int>? candidates = null;
        for (int t = EntityText.FirstBodyToken(doc); t < doc.Tokens.Count; t++)
        {
            var word = doc.SpanOf(doc.Tokens[t]);
            if (word.Length >= 3 && AcronymRules.IsAcronym(word) && !word.ContainsAnyExcept(UpperCaseLetters) && !EntityText.Overlaps(doc, doc.Tokens[t].Start, doc.Tokens[t].Start + 1))
                (candidates ??= []).Add(t);
        }
        List<Entity>? tagged = null;
        foreach (var e in doc.Entities)
            if (e.Label == EntityLabels.Org && e.Text.Length >= 3 && e.Canonical == e.Text && AcronymRules.IsAcronym(e.Text) && !e.Text.AsSpan().ContainsAnyExcept(UpperCaseLetters))
                (tagged ??= []).Add(e);
        if (candidates is null && tagged is null) return;

        var byInitials = new Dictionary<string, Entity?>(StringComparer.Ordinal);  // null: two organisations share them
        foreach (var e in doc.Entities)
        {
            if (e.Label != EntityLabels.Org || !e.Text.Contains(' ')) continue;
            var (capitalised, all) = AcronymRules.InitialsOf(e.Text);
            if (capitalised.Length < 2) continue;
            foreach (var key in capitalised == all ? [capitalised] : new[] { capitalised, all })
            {
                if (!byInitials.TryGetValue(key, out var seen)) byInitials[key] = e;
                else if (seen is not null && seen.Canonical != e.Canonical) byInitials[key] = null;
            }
        }
        Entity Nearest(Entity full, int at) =>
            doc.Entities.Where(e => e.Canonical == full.Canonical && e.Text.Contains(' ') && e.End <= at).MaxBy(e => e.Start)
            ?? doc.Entities.Where(e => e.Canonical == full.Canonical && e.Text.Contains(' ')).MinBy(e => e.Start)!;
        foreach (var acronym in tagged ?? [])
        {
            if (!byInitials.TryGetValue(acronym.Text, out var full))
            {
                if (UntaggedLongForm(doc, acronym) is { } longForm)
                {
                    acronym.Canonical = longForm.Canonical;
                    doc.Entities.Add(longForm);
                    links.Add((acronym, longForm));
                }
                continue;
            }
            if (full is null) continue;
            acronym.Canonical = full.Canonical;
            links.Add((acronym, Nearest(full, acronym.Start)));
        }
        var added = new List<Entity>();
        foreach (int t in candidates ?? [])
        {
            if (!byInitials.TryGetValue(doc.SpanOf(doc.Tokens[t]).ToString(), out var full) || full is null) continue;
            var acronym = EntityText.Create(doc, t, t + 1, EntityLabels.Org, full.Canonical, Math.Min(full.Confidence, 0.8), StageName);
            added.Add(acronym);
            links.Add((acronym, Nearest(full, acronym.Start)));
        }
        doc.Entities.AddRange(added);
    }

    private static readonly System.Buffers.SearchValues<char> UpperCaseLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>
    /// "Nvidia and Advanced Micro Devices have agreed … AMD shares were little changed": the first untagged run of
    /// capitalised words (connectors allowed inside; a capitalised word neither right before nor right after it; outside
    /// headlines) whose initials spell an organisation's acronym that has no long form tagged is that long form, an
    /// organisation; null if none.
    /// </summary>
    private static Entity? UntaggedLongForm(Document doc, Entity acronym)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens);
        int letters = acronym.Text.Length, body = EntityText.FirstBodyToken(doc);
        foreach (var s in doc.Sentences)
        {
            if (s.EndToken <= body || EntityText.IsHeadline(doc.Text, tokens[s.FirstToken..s.EndToken])) continue;
            for (int t = s.FirstToken; t < s.EndToken; t++)
            {
                if (!EntityText.IsCapitalized(doc, t) || EntityText.IsDeterminer(doc.SpanOf(tokens[t]))
                    || t > s.FirstToken && EntityText.IsCapitalized(doc, t - 1) && EntityText.SpaceBetween(doc, t - 1)) continue;
                int end = t + 1, capitals = 1;
                while (capitals < letters && end < s.EndToken && EntityText.SpaceBetween(doc, end - 1)
                       && (EntityText.IsCapitalized(doc, end) || end + 1 < s.EndToken && EntityText.IsConnector(doc.SpanOf(tokens[end])) && EntityText.IsCapitalized(doc, end + 1)))
                {
                    if (EntityText.IsCapitalized(doc, end)) capitals++;
                    end++;
                }
                if (capitals < 2 || capitals < letters || end < s.EndToken && EntityText.IsCapitalized(doc, end) && EntityText.SpaceBetween(doc, end - 1)) continue;
                string name = doc.Slice(tokens[t].Start, tokens[end - 1].End);
                if (AcronymRules.InitialsOf(name).Capitalised == acronym.Text && !EntityText.Overlaps(doc, tokens[t].Start, tokens[end - 1].End))
                    return EntityText.Create(doc, t, end, EntityLabels.Org, name, Math.Min(acronym.Confidence, 0.75), StageName);
            }
        }
        return null;
    }

    private static bool IsRomanNumeral(string word) => word.Length <= 4 && word.All(ch => ch is 'I' or 'V' or 'X');

    /// <summary>
    /// "Brazil's Supreme Court convicts Bolsonaro of coup plot" before "… convicted former President Jair Bolsonaro": a
    /// headline or a lead names a person by the surname before the article gives the full name. An untagged capitalised
    /// word standing alone (no capitalised word next to it but a sentence's first) before the first full mention of a
    /// surname is the person so named first (the article's subject: "Jair Bolsonaro" before his son "Eduardo Bolsonaro").
    /// So is such a word tagged alone as a person, or read by the model as another kind of name ("Istanbul mayor Imamoglu
    /// detained" as a place).
    /// </summary>
    private static void LinkSurnamesBeforeFullNames(Document doc, List<(Entity, Entity)> links)
    {
        Dictionary<string, Entity>? firstFull = null;
        // First and inner words → the one person whose first full mention holds them; null once two persons share one.
        Dictionary<string, Entity?>? byOtherWord = null;
        foreach (var e in doc.Entities)
        {
            if (e.Label != EntityLabels.Person || e.Text.LastIndexOf(' ') is not (int space and > 0)) continue;
            firstFull ??= new Dictionary<string, Entity>(StringComparer.Ordinal);
            byOtherWord ??= new Dictionary<string, Entity?>(StringComparer.Ordinal);
            var words = e.Text.Split(' ');
            for (int w = 0; w < words.Length - 1; w++)
                if (words[w].Length >= 2 && char.IsUpper(words[w][0]))
                    byOtherWord[words[w]] = !byOtherWord.TryGetValue(words[w], out var other) ? e
                        : other is not null && other.Canonical == e.Canonical ? (other.Start < e.Start ? other : e) : null;
            string surname = e.Text[(space + 1)..];
            if (surname.Length < 3 || !char.IsUpper(surname[0]) || IsRomanNumeral(surname)) continue;
            if (!firstFull.TryGetValue(surname, out var seen) || e.Start < seen.Start) firstFull[surname] = e;
        }
        if (firstFull is null || byOtherWord is null) return;
        var lookup = firstFull.GetAlternateLookup<ReadOnlySpan<char>>();
        var otherWordLookup = byOtherWord.GetAlternateLookup<ReadOnlySpan<char>>();
        bool[]? initial = null;
        HashSet<string>? lowerCaseWords = null;
        List<Entity>? added = null;
        List<Sentence>? headlines = null;
        for (int t = EntityText.FirstBodyToken(doc); t < doc.Tokens.Count; t++)
        {
            if (!EntityText.IsCapitalized(doc, t)) continue;
            var word = doc.SpanOf(doc.Tokens[t]);
            // "Brazil's Lula …" before "Luiz Inacio Lula da Silva", "Xi Warns …" before "Xi Jinping": a name's other word
            // (a family name written first, the name a person goes by) when no other person has it.
            bool bySurname = lookup.TryGetValue(word, out var full);
            if (!bySurname && !(otherWordLookup.TryGetValue(word, out full) && full is not null)) continue;
            if (doc.Tokens[t].End > full!.Start) continue;
            var tagged = ModelReadingOf(doc, doc.Tokens[t].Start, doc.Tokens[t].End);
            if (tagged is null && EntityText.Overlaps(doc, doc.Tokens[t].Start, doc.Tokens[t].End) || !bySurname && tagged is not null && tagged.Label != EntityLabels.Person) continue;
            // ("Argentina's Milei Vetoes University Funding Bill": in a headline every word is capitalised; a neighbour the body
            // never writes so is no part of the name.)
            if (CapitalNextTo(doc, t, t, initial ??= EntityText.SentenceInitial(doc))
                && !(EntityText.InHeadline(headlines ??= EntityText.Headlines(doc), doc.Tokens[t].Start) && NeighboursAreNoNameWords(doc, t, headlines))) continue;
            // "Rice prices rose …" before "Condoleezza Rice": a sentence's first word only if the text never writes it in lower case.
            if (initial[t] && (lowerCaseWords ??= LowerCaseWords(doc)).Contains(doc.Slice(doc.Tokens[t].Start, doc.Tokens[t].End).ToLowerInvariant())) continue;
            if (tagged is not null)
            {
                tagged.Label = EntityLabels.Person;
                tagged.Canonical = full.Canonical;
                links.Add((tagged, full));
                continue;
            }
            var mention = EntityText.Create(doc, t, t + 1, EntityLabels.Person, full.Canonical, 0.8, StageName);
            (added ??= []).Add(mention);
            links.Add((mention, full));
        }
        if (added is not null) doc.Entities.AddRange(added);
    }

    /// <summary>The entity spanning exactly [start, end) that may be the person: a PERSON, or a place or organisation by
    /// the model's reading alone; or null.</summary>
    private static Entity? ModelReadingOf(Document doc, int start, int end) =>
        doc.Entities.Find(e => e.Start == start && e.End == end && e.Canonical == e.Text
                               && (e.Label == EntityLabels.Person || e.Label is EntityLabels.Loc or EntityLabels.Org && e.Source == Entities.Statistical.NerStage.StageName));

    /// <summary>
    /// After a multi-word person name, a capitalised word equal to its last word is that person: relabelled (a surname
    /// the gazetteer took for a town) or added, with the full name's canonical and a SAME_AS to the latest full mention.
    /// A one-word PERSON mention, or an untagged word standing alone, equal to the first word of exactly one earlier full
    /// name is that person too: names written family name first ("Li Qiang" … "Li", "Xi Jinping" … "talks with Xi"), or
    /// a first name used alone. A surname
    /// joined to the Arabic article is known without it too ("Bashar al-Assad" … "Assad").
    /// </summary>
    private static void LinkSurnames(Document doc, List<(Entity, Entity)> links)
    {
        var byStart = new Dictionary<int, Entity>();
        foreach (var e in doc.Entities) byStart.TryAdd(e.Start, e);
        var surnames = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var surnameLookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        // First word → the one person it begins; null once two different persons share it.
        var firstWords = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        var firstWordLookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        // Inner word → the one person whose name holds it; null once two different persons share it.
        var innerWords = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        var innerWordLookup = innerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new List<Entity>();
        int covered = -1; // end offset of the multi-word entity being walked through
        int bodyToken = EntityText.FirstBodyToken(doc);
        bool[]? initial = null;
        for (int t = bodyToken; t < doc.Tokens.Count; t++)
        {
            var token = doc.Tokens[t];
            byStart.TryGetValue(token.Start, out var entity);
            if (entity is null && firstWords.Count > 0) initial ??= EntityText.SentenceInitial(doc);
            // "Waker-uz-Zaman" … "Waker": a name of hyphened parts is known by its first part, as a name of words by its first word.
            if (entity is { Label: EntityLabels.Person } && entity.End == token.End && entity.Text.IndexOf('-') is int hyphen and > 0
                && EntityText.IsHyphenatedName(entity.Text))
            {
                string part = entity.Text[..hyphen];
                firstWords[part] = firstWords.TryGetValue(part, out var sharer) && sharer?.Canonical != entity.Canonical ? null : entity;
            }
            if (entity is not null && entity.End > token.End)
            {
                covered = entity.End;
                if (entity.Label == EntityLabels.Person && entity.Text.LastIndexOf(' ') is int space and > 0)
                {
                    string surname = entity.Text[(space + 1)..];
                    // "von der Leyen" (ExtendSurnameParticles) is the surname of the "Ursula von der Leyen" before it, and so is
                    // "Dela Rosa" opening a sentence that of "Ronald dela Rosa".
                    string particles = char.IsUpper(entity.Text[0]) && IsCapitalisedParticle(entity.Text.AsSpan(0, entity.Text.IndexOf(' ')))
                        ? char.ToLowerInvariant(entity.Text[0]) + entity.Text[1..] : entity.Text;
                    // "Le Pen" after "Marine Le Pen", "Correa do Lago" after "Andre Correa do Lago": the end of the full name.
                    if (surnames.TryGetValue(surname, out var named)
                        && (named.Text.EndsWith(" " + particles, StringComparison.Ordinal) || named.Text.EndsWith(" " + entity.Text, StringComparison.Ordinal)))
                    {
                        entity.Canonical = named.Canonical;
                        links.Add((entity, named));
                        continue;
                    }
                    // "Hassan Sheikh" after "Hassan Sheikh Mohamud", "Ali Bongo" after "Ali Bongo Ondimba": the opening words of the
                    // one earlier full name that begins so.
                    if (firstWords.TryGetValue(entity.Text[..entity.Text.IndexOf(' ')], out var opened) && opened is not null
                        && opened.Text.Length > entity.Text.Length && opened.Text.StartsWith(entity.Text, StringComparison.Ordinal)
                        && opened.Text[entity.Text.Length] == ' ')
                    {
                        entity.Canonical = opened.Canonical;
                        links.Add((entity, opened));
                        continue;
                    }
                    // "Dan I", "Elizabeth II": a regnal number or a lone letter is nobody's name alone ("I 've never been …").
                    // ("Nikita Mazepin … his father, Dmitry Mazepin … The younger Mazepin": the person who brought a surname into
                    // the article keeps it; a relative named later with it is called by the full name.)
                    if (surname.Length > 1 && !IsRomanNumeral(surname)
                        && !(surnames.TryGetValue(surname, out var introduced) && introduced.Canonical != entity.Canonical)) surnames[surname] = entity;
                    // "Abdel Fattah al-Burhan" … "Burhan": the family name is also written without its article.
                    if (EntityText.HasArabicArticle(surname)) surnames[surname[3..]] = entity;
                    string first = entity.Text[..entity.Text.IndexOf(' ')];
                    firstWords[first] = firstWords.TryGetValue(first, out var earlier) && earlier?.Canonical != entity.Canonical ? null : entity;
                    // "Luiz Inacio Lula da Silva" … "Lula": a capitalised inner word of a name of three words or more is
                    // the name a person goes by, as a surname is, when no other person of the article has it.
                    var words = entity.Text.Split(' ');
                    for (int w = 1; w < words.Length - 1; w++)
                        if (words[w].Length >= 3 && char.IsUpper(words[w][0]))
                            innerWords[words[w]] = innerWords.TryGetValue(words[w], out var other) && other?.Canonical != entity.Canonical ? null : entity;
                }
                continue;
            }
            if (token.Start < covered || !EntityText.IsCapitalized(doc, t)) continue;
            var word = doc.SpanOf(token.Start, token.End);
            bool alone = entity is null || entity.End == token.End;
            Entity? full = surnameLookup.TryGetValue(word, out var bySurname) ? bySurname
                : (entity is { Label: EntityLabels.Person } && entity.End == token.End || entity is null && MayBeAFirstWordAlone(doc, t, initial))
                  && firstWordLookup.TryGetValue(word, out var byFirstWord) ? byFirstWord
                // "Lai Ching-te" … "accused Lai of …" (read a place): a given name hyphenated as Korean and Taiwanese ones are
                // written puts the family name first, and the model's one-word reading of it gives way, as does a doubtful
                // gazetteer's ("congratulated Lai on his victory": a village Lai).
                : entity is { Label: EntityLabels.Loc or EntityLabels.Org } && entity.End == token.End
                  && (entity.Source == Entities.Statistical.NerStage.StageName || entity.Confidence < 0.85)
                  && firstWordLookup.TryGetValue(word, out var byFamilyName) && byFamilyName is not null && HasHyphenatedGivenName(byFamilyName.Text) ? byFamilyName
                : alone && (entity is not null || MayBeAFirstWordAlone(doc, t, initial)) && innerWordLookup.TryGetValue(word, out var byInnerWord) ? byInnerWord
                : null;
            if (full is null) continue;
            if (entity is null)
            {
                // "hosted von der Leyen": the surname's particles that the full name has belong to the mention.
                int from = ParticlesStart(doc, t, token.End, withParticles => full.Text.EndsWith(" " + withParticles, StringComparison.Ordinal));
                entity = EntityText.Create(doc, from, t + 1, EntityLabels.Person, full.Canonical, 0.8, StageName);
                added.Add(entity);
            }
            // A gazetteer or rule name read with confidence stays; the model's reading of one word gives way to the article's person.
            else if (entity.Label != EntityLabels.Person && entity.Confidence >= 0.85 && entity.Source != Entities.Statistical.NerStage.StageName) continue;
            entity.Label = EntityLabels.Person;
            entity.Canonical = full.Canonical;
            links.Add((entity, full));
        }
        doc.Entities.AddRange(added);
    }

    /// <summary>"Lai Ching-te", "Lee Jae-myung", "Kim Jong-un": two words, the second a capitalised syllable hyphened to a
    /// lower-case one.</summary>
    private static bool HasHyphenatedGivenName(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0 || name.IndexOf(' ', space + 1) >= 0) return false;
        var given = name.AsSpan(space + 1);
        int hyphen = given.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < given.Length && char.IsUpper(given[0]) && char.IsLower(given[hyphen + 1]);
    }

    /// <summary>
    /// An untagged word standing alone (not the first of a run of capitalised words) that may be the first word of a
    /// name used on its own: "talks with Xi" after "Xi Jinping"; opening a sentence only before a lower-case word ("Xi
    /// announced …").
    /// </summary>
    private static bool MayBeAFirstWordAlone(Document doc, int t, bool[]? initial)
    {
        if (doc.Tokens[t].Length < 2) return false;
        bool nextIsLower = t + 1 < doc.Tokens.Count && doc.Tokens[t + 1].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[t + 1].Start]);
        bool nextIsCapital = t + 1 < doc.Tokens.Count && EntityText.IsCapitalized(doc, t + 1) && doc.Tokens[t + 1].Start == doc.Tokens[t].End + 1;
        return initial is not null && (initial[t] ? nextIsLower : !nextIsCapital);
    }
}
