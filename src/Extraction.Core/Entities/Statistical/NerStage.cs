using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Entities.Statistical;

/// <summary>
/// Stage "ner": tags every sentence with the trained model and merges the result with the entities that earlier
/// stages (gazetteer and rules) put on the document. The combination, documented in models/README.md:
/// <list type="bullet">
/// <item>the model owns the labels it predicts (setting <c>labels</c>, default all of the model's): its spans are kept,
/// and an earlier entity with one of those labels survives only where the model found nothing overlapping it and
/// the setting <c>keep_unmatched</c> is true (gazetteer recall for names the model missed);</item>
/// <item>entities with other labels (DATE, MONEY, QUANTITY from rules; NORP, EVENT, WEAPON from gazetteers) are kept,
/// except where they overlap a model span that is longer ("Russian" inside "Russian Federal Border Guards").</item>
/// </list>
/// Confidence is the model's calibrated probability for the exact span and label; spans below <c>min_confidence</c>
/// are dropped and so do not displace earlier entities. The metadata header line is not tagged.
/// </summary>
public sealed class NerStage : IStage
{
    public const string StageName = "ner";

    private readonly NerTagger _tagger;
    private readonly bool[] _emit;
    private readonly HashSet<string> _owned;
    private readonly bool _keepUnmatched;
    private readonly double _minConfidence;
    private readonly Gazetteer? _commonWords;

    /// <param name="commonWords">The gazetteer whose common-word list tells a shouted word from an acronym (<see cref="DropShoutedWords"/>); none, no such check.</param>
    public NerStage(NerTagger tagger, IReadOnlyCollection<string>? labels = null, bool keepUnmatched = true, double minConfidence = 0,
        Gazetteer? commonWords = null)
    {
        _tagger = tagger;
        _commonWords = commonWords;
        var modelLabels = tagger.Model.Tags.Labels;
        _owned = new HashSet<string>(labels ?? modelLabels, StringComparer.Ordinal);
        foreach (var label in _owned)
            if (!modelLabels.Contains(label))
                throw new ArgumentException($"the model does not predict {label} (it predicts {string.Join(", ", modelLabels)})");
        _emit = modelLabels.Select(_owned.Contains).ToArray();
        _keepUnmatched = keepUnmatched;
        _minConfidence = minConfidence;
    }

    private const int SentencesPerCall = 256;

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities];

    /// <summary>
    /// Settings: <c>model</c> (default models/ner.bin), <c>gazetteer</c> (default models/gazetteer.tsv.gz, loaded only
    /// when the model was trained with gazetteer features), <c>word_clusters</c> (default models/word-clusters.tsv.gz,
    /// loaded only when the model was trained with word-cluster features), <c>labels</c>, <c>keep_unmatched</c>, <c>min_confidence</c>,
    /// and for a model that reads contextual vectors (the accurate profile) <c>encoder_threads</c> and <c>encoder_layers</c>
    /// (<see cref="Transformer.EncoderLayers"/>; default "6", the whole encoder) and <c>encoder_pack_sentences</c> (default false),
    /// which must be what the model was trained with, and <c>encoder_device</c> (<see cref="Transformer.EncoderDevice"/>; default "cpu").
    /// </summary>
    public static NerStage Create(StageSettings settings)
    {
        string path = settings.GetExistingPath("model", "models/ner.bin");
        NerModel model;
        try { model = NerModel.Load(path); }
        catch (InvalidDataException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": {ex.Message}"); }
        var gazetteer = Gazetteer.ForStage(settings, "gazetteer", GazetteerEntityTagger.DefaultPath);
        var lexicon = model.Info.Lexicon is null ? null : new GazetteerLexicon(gazetteer);
        var clusters = model.Info.WordClusters is null ? null
            : WordClusters.LoadShared(settings.GetExistingPath("word_clusters", WordClusters.DefaultPath));
        var encoder = model.Info.Encoder is null ? null : EncoderFor(settings);
        NerTagger tagger;
        try { tagger = new NerTagger(model, lexicon, clusters, encoder); }
        catch (InvalidDataException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": {ex.Message}"); }
        var labels = settings.GetStrings("labels", model.Tags.Labels);
        foreach (var label in labels)
            if (!model.Tags.Labels.Contains(label))
                throw new ConfigException(ErrorCodes.ConfigBadValue,
                    $"stage \"{settings.Name}\": setting \"labels\": the model does not predict {label} (it predicts {string.Join(", ", model.Tags.Labels)})");
        return new NerStage(tagger, labels, settings.GetBool("keep_unmatched", true), settings.GetDouble("min_confidence", 0, 0, 1), gazetteer);
    }

    /// <summary>
    /// The encoder a model that reads contextual vectors needs, as the stage's settings describe it: <c>encoder_layers</c>,
    /// <c>encoder_pack_sentences</c>, <c>encoder_threads</c> cores per call (default 1: the batch runner already
    /// gives each worker its own core) and <c>encoder_device</c>.
    /// </summary>
    public static Transformer.ContextEncoder EncoderFor(StageSettings settings)
    {
        Transformer.EncoderLayers layers;
        try { layers = Transformer.EncoderLayers.Parse(settings.GetString("encoder_layers", Transformer.EncoderLayers.Last.ToString())); }
        catch (FormatException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": setting \"encoder_layers\": {ex.Message}"); }
        Transformer.EncoderDevice device;
        try { device = Transformer.EncoderDevice.Parse(settings.GetString("encoder_device", Transformer.EncoderDevice.Cpu.ToString())); }
        catch (FormatException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": setting \"encoder_device\": {ex.Message}"); }
        try
        {
            return Transformer.ContextEncoder.Shared(settings.GetInt("encoder_threads", 1, 1, Environment.ProcessorCount), layers,
                                                     settings.GetBool("encoder_pack_sentences", false), device);
        }
        catch (InvalidDataException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": setting \"encoder_layers\": {ex.Message}"); }
        catch (NotSupportedException ex) { throw new ConfigException(ErrorCodes.ConfigBadValue, $"stage \"{settings.Name}\": setting \"encoder_device\": {ex.Message}"); }
    }

    public void Process(Document document)
    {
        var spans = new List<NerSpan>();
        var found = new List<Entity>();
        var doubtful = new List<Entity>();  // model names below min_confidence, kept only as members of a list
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        int body = EntityText.FirstBodyToken(document);  // the metadata header line is not prose
        var sentences = new List<(int First, int Count)>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            if (sentence.EndToken <= body) continue;
            int first = Math.Max(sentence.FirstToken, body);
            sentences.Add((first, sentence.EndToken - first));
        }
        // Long documents go to the tagger in slices, so that the contextual vectors of one slice at a time are held.
        for (int from = 0; from < sentences.Count; from += SentencesPerCall)
        {
            spans.Clear();
            _tagger.TagSentences(document.Text, tokens, sentences.GetRange(from, Math.Min(SentencesPerCall, sentences.Count - from)), spans);
            foreach (var span in spans)
            {
                if (!_emit[span.Label]) continue;
                int start = tokens[span.FirstToken].Start, end = tokens[span.EndToken - 1].End;
                if (span.Confidence < _minConfidence && !char.IsUpper(document.Text[start])) continue;  // a doubtful name counts only capitalised
                string text = document.Slice(start, end);
                (span.Confidence < _minConfidence ? doubtful : found).Add(new Entity
                {
                    Id = "", Start = start, End = end, Label = _tagger.Model.Tags.Labels[span.Label], Text = text,
                    Canonical = text, Confidence = span.Confidence, Source = StageName,
                });
            }
        }
        var initial = EntityText.SentenceInitial(document);
        if (!EntityText.IsInformal(document, initial)) TrimTrailingLowerCaseWords(document, found);
        ExtendOverPatronymics(document, found);
        CutLeadingStanceWords(document, found);
        if (_commonWords is not null)
        {
            DropShoutedWords(document, found, _commonWords);
            CutPartyMembersFromNames(document, found, _commonWords);
            RelabelPlacesNamedAsPersons(document, found, _commonWords);
            DropPortfolios(document, found, doubtful, _commonWords);
        }
        DropOpeningTitleModifiers(document, found, initial);
        // "who call themselves "Gen Z"", "Plan B": a lone letter names no person or place (a platform's, "X", is a name).
        found.RemoveAll(e => e.End - e.Start == 1 && e.Label != EntityLabels.Org);
        CutLeadingTitles(document, found);
        CutTitlesOfPlaces(document, found);
        CutTrailingDates(document, found);
        SplitAtSpacedDashes(document, found);
        CutPlacesAfterInstitutions(document, found);
        DropSpansOfKnownPlaces(document, found);
        SplitAtLowerCasePossessives(document, found);
        SplitAtPersonsPossessives(document, found);
        if (_commonWords is not null) CutCountriesBeforePossessives(document, found, _commonWords);
        RelabelOrganisationNames(found);
        ExtendLoneOrganisationHeads(document, found);
        RelabelSettlementNames(document, found);
        RelabelDatelinePlaces(document, found);
        RelabelPlacesOfRegionalBodies(document, found);
        ExtendOverOrdinals(document, found, initial);
        RelabelPartyAdjectives(document, found);
        RelabelCompanies(document, found);
        RelabelPlacesOpenedByABody(document, found);
        RelabelPersonsBeforeWhich(document, found);
        CutAttributionVerbs(document, found);
        RelabelTitledPersons(document, found);
        SplitCoordinatedOrganisations(document, found);
        CutPersonsAfterOf(document.Entities, found);
        ExtendToCitedNames(document, found);
        var headlines = EntityText.Headlines(document);
        CutHeadlineNamesToKnownNames(document, found, headlines);
        RelabelPlaceLists(document, found);
        UnifyListLabels(document, found, doubtful, _commonWords, initial, headlines);
        RelabelPersonsAfterTitles(document, found);
        ExtendOverEarlierPersonsWords(document, found);
        Merge(document.Entities, found);
        RelabelStormNames(document.Entities);
        DropNamesOpeningDocumentNames(document);
        for (int i = 0; i < document.Entities.Count; i++) document.Entities[i].Id = "T" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>"Iran's Minister of Roads and Urban Development, Farzaneh Sadegh", "The Minister of Labour and Social
    /// Protection": a model span inside a minister's portfolio (<see cref="EntityText.PortfolioEnd"/>) names no place or
    /// body ("Urban Development" read a place, the doubtful "Labour" an organisation as a list's member), and a person's
    /// name begins after it.</summary>
    internal static void DropPortfolios(Document document, List<Entity> spans, List<Entity> doubtful, Gazetteer commonWords)
    {
        var tokens = document.Tokens;
        for (int of = 1; of < tokens.Count; of++)
        {
            if (document.SpanOf(tokens[of]) is not ("of" or "for") || EntityText.PortfolioEnd(document, of, commonWords) is not (int end and > 0)) continue;
            // Loops, not lambdas: a closure over these bounds would be allocated for every token.
            int from = tokens[of].End, to = tokens[end - 1].End;
            for (int i = spans.Count - 1; i >= 0; i--)
            {
                var e = spans[i];
                if (e.Start > from && e.End <= to && e.Label is EntityLabels.Org or EntityLabels.Loc) spans.RemoveAt(i);
                // ("Minister for Foreign Affairs Penny Wong" read as one person: the name begins after the portfolio.)
                else if (e.Label == EntityLabels.Person && e.Start <= tokens[of].Start && e.End > to) spans[i] = Respanned(document, e, tokens[end].Start, e.End);
            }
            for (int i = doubtful.Count - 1; i >= 0; i--)
                if (doubtful[i].Start > from && doubtful[i].End <= to) doubtful.RemoveAt(i);
        }
    }

    private const double ListRelabelBelow = 0.7;

    /// <summary>The source of a name that no stage found but a list of names of one kind holds (<see cref="UnifyListLabels"/>).</summary>
    public const string ListMemberSource = StageName + "/list";

    /// <summary>The confidence of such a name: under <see cref="ListRelabelBelow"/>, the list's evidence only.</summary>
    private const double ListMemberConfidence = 0.5;

    /// <summary>How a name came into a list: found by a stage, found by the model below min_confidence, or by no one.</summary>
    private enum Membership : byte { Found, Doubtful, Unfound }

    /// <summary>
    /// A list is one kind of thing ("including Shell, TotalEnergies and China National Petroleum Corporation"). In a list of
    /// names (commas, "and", "or") whose confidently found names mostly carry one label (at least two, more than any
    /// other), a model name of another label and confidence under 0.7 takes it; and a capitalised name the model found
    /// below min_confidence (<paramref name="doubtful"/>) is kept with it. Given the gazetteer's common words, so is a run
    /// of capitalised words that no stage found, where at least two found names of the label and no more such runs make
    /// the list ("(Tito, Nehru, Nasser, Sukarno, Nkrumah)": the model had missed "Tito" and "Sukarno"); not a sentence's
    /// first word, a common word, a title or a date's word (<paramref name="initial"/>: <see cref="EntityText.SentenceInitial"/>,
    /// computed here when not given).
    /// </summary>
    internal static void UnifyListLabels(Document document, List<Entity> model, List<Entity> doubtful, Gazetteer? commonWords = null, bool[]? initial = null,
                                         List<Sentence>? headlines = null)
    {
        var members = t_listMembers ??= new List<(Entity Entity, Membership Kind, int Order)>();
        members.Clear();
        foreach (var e in model)
            if (Array.IndexOf(ListLabels, e.Label) >= 0) members.Add((e, Membership.Found, members.Count));
        foreach (var e in document.Entities)
            if (e.Label is EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc) members.Add((e, Membership.Found, members.Count));
        HashSet<int>? personStarts = null;
        // "Dutch Government Seizes Control of Chipmaker Nexperia, Angering Beijing": a headline capitalises every word, and its
        // commas join clauses, so neither a doubtful name nor an unfound run there joins a list. Not a sentence that ends in a
        // full stop, which is prose dense with names ("… a member of the Masonic Lodge, the Shriners, the Benevolent and …").
        var listlessHeadlines = (headlines ?? EntityText.Headlines(document)).FindAll(s => !EntityText.EndsWithFullStop(document, s));
        foreach (var d in doubtful)
            // "Mirziyoyev and Rosatom Director General Alexei Likhachev": a name before a title and a person's name is whose
            // title it is, no member of the list.
            if (char.IsUpper(d.Text[0]) && !EntityText.InHeadline(listlessHeadlines, d.Start)
                && !members.Exists(m => m.Kind == Membership.Found && m.Entity.Start < d.End && d.Start < m.Entity.End)
                && !TitleBeforeAName(document, EntityText.TokenEndingAt(document, d.End) + 1, personStarts ??= PersonStarts(document, model)))
                members.Add((d, Membership.Doubtful, members.Count));
        if (commonWords is not null)
            foreach (var name in UnfoundListNames(document, model, doubtful, commonWords, initial ?? EntityText.SentenceInitial(document)))
                if (!EntityText.InHeadline(listlessHeadlines, name.Start)) members.Add((name, Membership.Unfound, members.Count));
        // Stable: at one start the model's name comes first, then an earlier stage's, a doubtful one, a run no stage found.
        members.Sort((a, b) => a.Entity.Start != b.Entity.Start ? a.Entity.Start.CompareTo(b.Entity.Start) : a.Order.CompareTo(b.Order));
        // One member per stretch of text (an earlier stage and the model may both have found a name), compacted in place.
        int kept = 0;
        for (int k = 0; k < members.Count; k++)
            if (kept == 0 || members[k].Entity.Start >= members[kept - 1].Entity.End) members[kept++] = members[k];
        members.RemoveRange(kept, members.Count - kept);
        var list = members;
        Span<int> votes = stackalloc int[ListLabels.Length];
        for (int first = 0; first < list.Count;)
        {
            int last = first;
            // ("South Korea's Korea Hydro & Nuclear Power and France's EDF": a possessor joins the list through the name it owns,
            // which is the member; the possessor neither votes nor takes the list's label.)
            while (last + 1 < list.Count && (IsListConnector(document.Text.AsSpan(list[last].Entity.End, list[last + 1].Entity.Start - list[last].Entity.End))
                                             || IsPossessorOfTheNext(list, last, document.Text)))
                last++;
            int from = first;
            first = last + 1;
            if (last == from) continue;
            votes.Clear();
            int unfound = 0;
            for (int k = from; k <= last; k++)
                if (IsPossessorOfTheNext(list, k, document.Text)) continue;
                else if (list[k].Kind == Membership.Found) votes[Array.IndexOf(ListLabels, list[k].Entity.Label)]++;
                else if (list[k].Kind == Membership.Unfound) unfound++;
            // "offices in Zvecan, Leposavic and Zubin Potok", "in Houston, TX": a preposition of place before a list counts as one
            // place more. Where that vote alone makes the majority, it adds names no stage was sure of, and relabels a found
            // name only for a person in a list "and" or "or" joins ("the consul general in Osaka, Xue Jian" is an apposition;
            // "in Bishkek and the Organization for Security …" joins two phrases).
            bool byPlaceAlone = false;
            if (AfterPlacePreposition(document, list[from].Entity.Start))
            {
                bool before = Majority(votes, out _);
                votes[Array.IndexOf(ListLabels, EntityLabels.Loc)]++;
                byPlaceAlone = !before;
            }
            if (!Majority(votes, out int best)) continue;
            bool takeUnfound = votes[best] >= 2 && unfound <= votes[best];
            for (int k = from; k <= last; k++)
            {
                if (IsPossessorOfTheNext(list, k, document.Text)) continue;
                var (name, kind, _) = list[k];
                // An earlier stage's label is its own, and so is a model label that is confident or that an earlier stage
                // gave the same name ("including Saudi Arabia, Egypt and the African Union").
                if (kind == Membership.Found && (name.Source != StageName || name.Confidence >= ListRelabelBelow
                                                 || document.Entities.Exists(e => e.Start == name.Start && e.End == name.End && e.Label == name.Label))
                    || kind == Membership.Unfound && !takeUnfound
                    || kind == Membership.Found && byPlaceAlone
                       && !(name.Label == EntityLabels.Person && IsCoordinated(document.Text.AsSpan(list[last - 1].Entity.End, list[last].Entity.Start - list[last - 1].Entity.End)))) continue;
                // ("when using Autopilot, the National Highway Traffic Safety Administration said": a last word no place or person
                // has decides over the list's label.)
                name.Label = EndsInAnOrganisationsWord(name.Text) ? EntityLabels.Org : ListLabels[best];
                if (kind != Membership.Found) model.Add(name);
            }
        }
        list.Clear();  // the document's entities are not held past it
    }

    /// <summary>The list's name at <paramref name="k"/> is followed by "'s" and a space and then by the next name: it owns it.</summary>
    private static bool IsPossessorOfTheNext(List<(Entity Entity, Membership Kind, int Order)> list, int k, string text)
    {
        if (k + 1 >= list.Count) return false;
        int end = list[k].Entity.End, next = list[k + 1].Entity.Start;
        return next - end == 3 && text[end] is '\'' or '’' && text[end + 1] == 's' && text[end + 2] == ' ';
    }

    /// <summary>The label of the most votes (<paramref name="best"/>) makes a list's majority: some, and at least two and more than
    /// any other label's where another has any.</summary>
    private static bool Majority(Span<int> votes, out int best)
    {
        best = 0;
        for (int l = 1; l < votes.Length; l++) if (votes[l] > votes[best]) best = l;
        int others = 0;
        for (int l = 0; l < votes.Length; l++) if (l != best) others = Math.Max(others, votes[l]);
        return votes[best] > 0 && !(others > 0 && (votes[best] < 2 || votes[best] == others));
    }

    /// <summary>The text between two names holds "and" or "or".</summary>
    private static bool IsCoordinated(ReadOnlySpan<char> between) =>
        between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" or ", StringComparison.Ordinal);

    /// <summary>"in", "near", "across", "around" or "outside" stands right before <paramref name="start"/> (past "the").</summary>
    private static bool AfterPlacePreposition(Document document, int start)
    {
        int t = EntityText.TokenStartingAt(document, start) - 1;
        if (t >= 0 && document.SpanOf(document.Tokens[t]) is "the") t--;
        return t >= 0 && document.SpanOf(document.Tokens[t]) is "in" or "near" or "across" or "around" or "outside";
    }

    /// <summary>
    /// Runs of up to four capitalised words (initials such as "C." among them) that no stage found, with a list's comma
    /// (or ", and", ", or") right before or a comma right after: the candidates <see cref="UnifyListLabels"/> may add to a list.
    /// </summary>
    private static List<Entity> UnfoundListNames(Document document, List<Entity> model, List<Entity> doubtful, Gazetteer commonWords, bool[] initial)
    {
        var names = new List<Entity>();
        var tokens = document.Tokens;
        bool Free(int start, int end) =>
            !document.Entities.Exists(e => e.Start < end && start < e.End) && !model.Exists(e => e.Start < end && start < e.End)
            && !doubtful.Exists(e => e.Start < end && start < e.End);
        bool NameWord(int t)
        {
            var word = document.SpanOf(tokens[t]);
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(word[0])) return false;
            return !initial[t] && !commonWords.IsCommonWord(word)
                   && Relations.TitleLexicon.KindOf(word) == Relations.TitleKind.None && !Rules.TemporalNumericRules.IsMonthOrWeekday(word)
                   && !(word.Length == 1 && word[0] == 'I');
        }
        for (int t = EntityText.FirstBodyToken(document); t < tokens.Count; t++)
        {
            // A run of four words at most needs a comma within four tokens after its first, or just before it: most
            // capitalised words are passed over without the word tests.
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(document.Text[tokens[t].Start]) || !CommaNear(document, t)) continue;
            if (!NameWord(t)) continue;
            int end = t + 1;
            while (end < tokens.Count && end - t < 4 && tokens[end].Start == tokens[end - 1].End + 1 && NameWord(end)) end++;
            int start = tokens[t].Start, stop = tokens[end - 1].End;
            // A comma next to it: "and" alone may join the words of one name ("Benevolent and Protective Order of Elks").
            bool listed = t > 0 && document.SpanOf(tokens[t - 1]) is "," || t > 1 && document.SpanOf(tokens[t - 2]) is "," && document.SpanOf(tokens[t - 1]) is "and" or "or"
                          || end < tokens.Count && document.SpanOf(tokens[end]) is ",";
            if (listed && Free(start, stop))
            {
                string text = document.Slice(start, stop);
                names.Add(new Entity { Id = "", Start = start, End = stop, Label = "", Text = text, Canonical = text, Confidence = ListMemberConfidence, Source = ListMemberSource });
            }
            t = end - 1;
        }
        return names;
    }

    private static bool CommaNear(Document document, int t)
    {
        var tokens = document.Tokens;
        for (int k = Math.Max(0, t - 2); k <= Math.Min(tokens.Count - 1, t + 4); k++)
            if (k != t && tokens[k].Kind == TokenKind.Punctuation && document.Text[tokens[k].Start] == ',') return true;
        return false;
    }

    private static readonly string[] ListLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc, EntityLabels.Norp];

    /// <summary>A name of two words or more whose last is an organisation's (<see cref="OrganisationNameEnds"/>).</summary>
    private static bool EndsInAnOrganisationsWord(string name) =>
        name.LastIndexOf(' ') is int space and > 0 && OrganisationNameEndLookup.Contains(name.AsSpan(space + 1));

    /// <summary>The list rule's working list, one per thread (documents run in parallel), reused so that it allocates nothing.</summary>
    [ThreadStatic] private static List<(Entity Entity, Membership Kind, int Order)>? t_listMembers;

    private static bool IsListConnector(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        if (between.EndsWith(" the")) between = between[..^4];  // "Jobbik and the Socialist Party"
        return between is "," or "and" or "or" or ", and" or ", or";
    }

    /// <summary>Last words that make a name an organisation's, never a place's or a person's ("West Bank", "Soviet Union" and
    /// "Russian Federation" are places, so "Bank", "Union" and "Federation" are not here).</summary>
    private static readonly HashSet<string> OrganisationNameEnds = new(StringComparer.Ordinal)
    {
        "Corporation", "Corp", "Corp.", "Company", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Plc", "PLC", "AG", "SE", "NV", "Ministry", "Party", "Agency", "Organization",
        "Organisation", "Committee", "Commission", "Association", "Foundation", "Institute", "University", "Airlines", "Railways", "Air",
        "Airways", "Bureau", "Directorate", "Secretariat", "Group", "Partners", "Services", "Systems", "Industries",
        "Holdings", "Enterprises", "Technologies", "Laboratories", "Post", "Times", "Herald", "Tribune", "Gazette", "Journal",
        "Consortium", "Council", "Fund", "Alliance", "Coalition", "Movement", "League", "Society", "Club", "Network",
        "Authority", "Administration", "Department", "Office", "Assembly", "Parliament", "Senate", "Forum",
        "Fleet", "Flotilla", "Division", "Brigade", "Regiment", "Battalion", "Corps", "Command", "Guard", "Guards", "Army", "Navy",
        "Forces", "Police", "Service", "Inspectorate", "Bloc", "Front", "International", "Survey", "Exchange", "Networks", "Chamber",
        "Initiative", "Works", "Force", "Independent", "Telegraph", "Guardian", "Observer", "Monitor", "TV", "Television", "Radio",
        "Board", "Embassy", "Consulate",
    };

    /// <summary>A business's trade as the last word of its name ("El Paso Energy", "Carr Futures", "Malcolm Smith
    /// Motorsports"): no person's or place's, though a headline may use the word as a noun of its own ("… Target European
    /// Logistics Firms"), so only <see cref="RelabelOrganisationNames"/> reads it.</summary>
    private static readonly HashSet<string> BusinessNameEnds = new(StringComparer.Ordinal)
    {
        "Energy", "Motors", "Motorsports", "Transport", "Futures", "Securities", "Investments", "Insurance", "Logistics",
        "Pharmaceuticals", "Petroleum", "Telecom", "Telecommunications", "Communications", "Shipping", "Mining", "Solutions",
        "Consulting", "Entertainment", "Studios", "Media", "Steel", "Electric", "Chemicals", "Electronics", "Aerospace", "Oil",
        "Gas", "Power", "Technology", "Engineering", "Construction", "Lithium", "Motor", "Aviation", "Management",
    };

    /// <summary>A business's trade as the last word of its name ("Tianqi Lithium", "Toyota Motor").</summary>
    internal static bool IsBusinessNameEnd(ReadOnlySpan<char> word) => BusinessNameEndLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessNameEndLookup = BusinessNameEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Last words that no person's name has, though a place's may ("West Bank", "Soviet Union", "World Trade Center").</summary>
    private static readonly HashSet<string> InstitutionOrPlaceNameEnds = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Bank", "Union", "Federation", "Museum", "Library", "Hospital", "School", "College", "Academy",
        "Church", "Mosque", "Cathedral",
    };

    /// <summary>"South Caucasus Research Center", "Caspian Policy Centre": a centre named for its work is a body, whatever place
    /// opens its name (not "World Trade Center", "Kennedy Space Center").</summary>
    private static bool IsCentreOfWork(ReadOnlySpan<char> before)
    {
        int space = before.LastIndexOf(' ');
        return CentreWorkWords.Contains(before[(space + 1)..]);
    }

    private static readonly WordSet CentreWorkWords = new(
        ["Research", "Policy", "Studies", "Analytical", "Analysis", "Information", "Press", "Strategic", "Development", "Documentation",
         "Monitoring", "Rights", "Peace", "Security", "Carnegie"]);

    /// <summary>Last words of natural features, which no person's name has ("Second Thomas Shoal", "Scarborough Reef"); not
    /// "Bay", "Lake" or "Pass", which are surnames too ("Michael Bay").</summary>
    private static readonly HashSet<string> FeatureNameEnds = new(StringComparer.Ordinal)
    {
        "Shoal", "Reef", "Island", "Islands", "Sea", "Strait", "Gulf", "River", "Mountains", "Valley", "Desert", "Peninsula", "Canal",
        "Heights",
    };

    /// <summary>
    /// "the Democratic presidential primary", "Democratic candidates": a one-word organisation in the form of an adjective
    /// ("-ic", "-ican", "-ist", "-ive"; not "-an", which "Taliban" ends in) before a lower-case word describes that word by a
    /// party or movement, a political group used as an adjective (NORP), as "Republican" in "Republican senators" is; so
    /// does a one-word place in the form of a people's adjective ("-ian", "-ean": "the Bavarian city of Bayreuth").
    /// </summary>
    internal static void RelabelPartyAdjectives(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Text.Contains(' ') || !char.IsUpper(e.Text[0]) || e.Text.Length < 5 || EntityText.IsAllCaps(e.Text)) continue;
            bool adjective = e.Label == EntityLabels.Org && (e.Text.EndsWith("ic") || e.Text.EndsWith("ican") || e.Text.EndsWith("ist") || e.Text.EndsWith("ive"))
                             || e.Label == EntityLabels.Loc && (e.Text.EndsWith("ian") || e.Text.EndsWith("ean"));
            if (!adjective) continue;
            int last = EntityText.TokenEndingAt(document, e.End);
            if (last >= 0 && last + 1 < document.Tokens.Count && document.Tokens[last + 1].Kind == TokenKind.Word
                && char.IsLower(document.Text[document.Tokens[last + 1].Start])) e.Label = EntityLabels.Norp;
        }
    }

    /// <summary>
    /// "Foreign Ministry spokeswoman Maria Zakharova": a model span of one organisation's last word alone ("Ministry", read
    /// as a person) is an organisation, and the capitalised words of a portfolio right before it ("Foreign") are its name's.
    /// </summary>
    internal static void ExtendLoneOrganisationHeads(Document document, List<Entity> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Text.Contains(' ') || !OrganisationNameEnds.Contains(e.Text)) continue;
            int first = EntityText.TokenStartingAt(document, e.Start);
            if (first < 0) continue;
            int start = first;
            while (start > 0 && EntityText.IsCapitalized(document, start - 1) && EntityText.SpaceBetween(document, start - 1)
                   && Relations.TitleLexicon.KindOf(document.SpanOf(document.Tokens[start - 1])) == Relations.TitleKind.Modifier
                   && !spans.Exists(x => x.End == document.Tokens[start - 1].End))
                start--;
            var org = start < first ? Respanned(document, e, document.Tokens[start].Start, e.End) : e;
            org.Label = EntityLabels.Org;
            spans[i] = org;
        }
    }

    /// <summary>
    /// "China National Petroleum Corporation" read as a place, "Fianna Fáil Party" or "George C. Marshall Center" as a
    /// person: the name's last word decides (an organisation's or a business's); a person's or an organisation's span ending
    /// in a feature's word is a place ("the North Natuna Sea" read an organisation), and so is an organisation's ending in a
    /// facility's ("the Grand Ethiopian Renaissance Dam"). A name that joins words with "&" is a business's ("Korea Hydro &
    /// Nuclear Power"; the gazetteer keeps "Trinidad & Tobago" a place).
    /// </summary>
    internal static void RelabelOrganisationNames(List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label is not (EntityLabels.Loc or EntityLabels.Person or EntityLabels.Org)) continue;
            int space = e.Text.LastIndexOf(' ');
            if (space <= 0) continue;
            string last = e.Text[(space + 1)..];
            if (e.Label == EntityLabels.Org)
            {
                if (FeatureNameEnds.Contains(last) || Rules.NameRules.IsFacilityHead(last)) e.Label = EntityLabels.Loc;
                continue;
            }
            // "Sudan People's Liberation Movement-North": a branch's compass point after the name's last word.
            if (last.LastIndexOf('-') is int dash and > 0 && last[(dash + 1)..] is "North" or "South" or "East" or "West") last = last[..dash];
            // ("China Development Bank" read a place: a bank's name of three words or more is no river's bank, as "West Bank" is.)
            if (OrganisationNameEnds.Contains(last) || BusinessNameEnds.Contains(last) || e.Label == EntityLabels.Person && InstitutionOrPlaceNameEnds.Contains(last)
                || last == "Bank" && e.Text.IndexOf(' ') < space
                || e.Text.Contains(" & ", StringComparison.Ordinal)
                || last is "Center" or "Centre" && IsCentreOfWork(e.Text.AsSpan(0, space))
                || last == "Court" && CourtKinds.Contains(PreviousWord(e.Text, space))) e.Label = EntityLabels.Org;
            else if (e.Label == EntityLabels.Person && FeatureNameEnds.Contains(last)) e.Label = EntityLabels.Loc;
        }
    }

    /// <summary>Words before "Court" that make it a court of law ("Tbilisi City Court", "Moscow District Court"), not a
    /// building's or a street's name ("Hampton Court", "Earls Court").</summary>
    private static readonly HashSet<string> CourtKinds = new(StringComparer.Ordinal)
    {
        "City", "District", "Municipal", "Regional", "Provincial", "Supreme", "Constitutional", "High", "Appeals", "Appeal", "Criminal",
        "Military", "Arbitration", "Federal", "Circuit", "Administrative", "Magistrates", "Magistrate's", "Magistrates'", "Crown",
        "County", "Superior", "Juvenile", "Family", "Anti-Corruption", "Economic", "Cassation", "Justice", "Rights",
    };

    /// <summary>The word of <paramref name="text"/> that ends at the space at <paramref name="space"/>.</summary>
    private static string PreviousWord(string text, int space) => text[(text.LastIndexOf(' ', space - 1) + 1)..space];

    private static readonly WordSet OrdinalWords = new(["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]);

    /// <summary>"near the Second Thomas Shoal", "the Third Reich", "the Fifth Fleet": a capitalised ordinal right before a
    /// model place or organisation opens its name (the model's span began after it); not a person's ("Second Lieutenant"),
    /// not an ordinal opening the sentence ("First Russia attacked …") and not before a name the gazetteer knows.</summary>
    private static void ExtendOverOrdinals(Document document, List<Entity> spans, bool[] initial)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Loc or EntityLabels.Org)) continue;
            int first = EntityText.TokenStartingAt(document, e.Start);
            if (first < 1 || !OrdinalWords.Contains(document.SpanOf(document.Tokens[first - 1])) || !EntityText.SpaceBetween(document, first - 1)
                || initial[first - 1]
                || IsEarlierStageName(document, e.Start, e.End, GazetteerEntityTagger.StageName)) continue;
            int start = document.Tokens[first - 1].Start;
            if (spans.Exists(o => o.End > start && o.Start < e.Start)) continue;
            spans[i] = Respanned(document, e, start, e.End);
        }
    }

    /// <summary>"a closed trial at the Sughd regional court": a model name right before "regional", "provincial", "district" or
    /// "municipal" and a lower-case noun is the place the body serves (it read the court's organisation).</summary>
    private static void RelabelPlacesOfRegionalBodies(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label is not (EntityLabels.Org or EntityLabels.Person)) continue;
            int t = EntityText.TokenEndingAt(document, e.End) + 1;
            if (t <= 0 || t + 1 >= document.Tokens.Count || document.SpanOf(document.Tokens[t]) is not ("regional" or "provincial" or "district" or "municipal")) continue;
            // ("the Labour Party district office": an organisation's last word keeps it one.)
            if (IsOrganisationNameEnd(document.Text, document.Tokens[t - 1])) continue;
            var noun = document.Tokens[t + 1];
            if (noun.Kind == TokenKind.Word && char.IsLower(document.Text[noun.Start])) e.Label = EntityLabels.Loc;
        }
    }

    /// <summary>"recaptured the town of Adan Yabaal": a model person after a settlement's noun and "of" is the place's name.</summary>
    private static void RelabelSettlementNames(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
            if (e.Label == EntityLabels.Person && EntityText.FollowsSettlementNoun(document, EntityText.TokenStartingAt(document, e.Start)))
                e.Label = EntityLabels.Loc;
    }

    /// <summary>"LIBERTY, N.C. (AP) —": a name in capitals opening a dateline, before its comma and a place an earlier stage
    /// found, is the town the story comes from, whatever the model reads (it read an organisation "LIBERTY").</summary>
    private static void RelabelDatelinePlaces(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label == EntityLabels.Loc || !EntityText.IsDatelinePlace(document, e.Start, e.End)) continue;
            int after = e.End;
            while (after < document.Text.Length && document.Text[after] == ' ') after++;
            if (after + 2 >= document.Text.Length || document.Text[after] != ',') continue;
            foreach (var place in document.Entities)
                if (place.Label == EntityLabels.Loc && place.Start == after + 2) { e.Label = EntityLabels.Loc; break; }
        }
    }

    /// <summary>
    /// In edited text a name does not end in a lower-case word: "proposed that the European Union mediate" spanned
    /// "European Union mediate". Trailing lower-case words (and the connectors left before them) are cut from a span that
    /// begins with a capital.
    /// </summary>
    internal static void TrimTrailingLowerCaseWords(Document document, List<Entity> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc) || !char.IsUpper(e.Text[0])) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            int end = last + 1;
            while (end - 1 > first && document.Tokens[end - 1].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[end - 1].Start])) end--;
            if (end == last + 1) continue;
            spans[i] = Respanned(document, e, e.Start, document.Tokens[end - 1].End);
        }
    }

    /// <summary>"the speaker, Nurlanbek Turgunbek uulu,": a person's name ends in its patronymic's lower-case word, which
    /// the model, reading a lower-case word as outside any name, left out.</summary>
    private static void ExtendOverPatronymics(Document document, List<Entity> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label != EntityLabels.Person) continue;
            int last = EntityText.TokenEndingAt(document, e.End);
            if (last < 0 || last + 1 >= document.Tokens.Count || !EntityText.SpaceBetween(document, last)) continue;
            var next = document.Tokens[last + 1];
            if (EntityText.IsTurkicPatronymic(document.Text.AsSpan(next.Start, next.End - next.Start)))
                spans[i] = Respanned(document, e, e.Start, next.End);
        }
    }

    /// <summary>"Hassan Sheikh told …" after "President Hassan Sheikh Mohamud": a person's span takes the capitalised words
    /// before it (two at most) when with them it is words of a person the document named before, in their order.</summary>
    internal static void ExtendOverEarlierPersonsWords(Document document, List<Entity> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label != EntityLabels.Person) continue;
            int first = EntityText.TokenStartingAt(document, e.Start);
            for (int taken = 0; taken < 2 && first > 0 && EntityText.SpaceBetween(document, first - 1) && EntityText.IsCapitalized(document, first - 1)
                                && (i == 0 || spans[i - 1].End <= document.Tokens[first - 1].Start); taken++)
            {
                int start = document.Tokens[first - 1].Start;
                var longer = document.Text.AsSpan(start, e.End - start);
                if (!NamedBefore(document.Entities, start, longer) && !NamedBefore(spans, start, longer)) break;
                spans[i] = e = Respanned(document, e, start, e.End);
                first--;
            }
        }

        // Loops over the spans, no strings built: this runs for every person's span with a capitalised word before it.
        static bool NamedBefore(List<Entity> entities, int before, ReadOnlySpan<char> words)
        {
            foreach (var p in entities)
                if (p.Label == EntityLabels.Person && p.End <= before && p.Text.Length > words.Length && HoldsWords(p.Text, words)) return true;
            return false;
        }
    }

    /// <summary><paramref name="words"/> stand in <paramref name="name"/> as whole words (between spaces or its ends).</summary>
    private static bool HoldsWords(string name, ReadOnlySpan<char> words)
    {
        for (int at = name.AsSpan().IndexOf(words, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + words.Length;
            if ((at == 0 || name[at - 1] == ' ') && (end == name.Length || name[end] == ' ')) return true;
            int next = name.AsSpan(at + 1).IndexOf(words, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// "the pro-Russian Party of Socialists", "the anti-Western Party of Regions": a span opening with a lower-case word of
    /// stance hyphened to a name ("pro-", "anti-", "ex-", "non-", "neo-") describes the name after it, which begins at the
    /// next word when that word is capitalised.
    /// </summary>
    internal static void CutLeadingStanceWords(Document document, List<Entity> spans)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            int hyphen = e.Text.IndexOf('-');
            if (hyphen < 0 || e.Text[..hyphen] is not ("pro" or "anti" or "ex" or "non" or "neo")) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            // Past the hyphened word, whose parts may be tokens of their own with no space between.
            int next = first + 1;
            while (next <= last && tokens[next].Start == tokens[next - 1].End) next++;
            if (next > last || !char.IsUpper(document.Text[tokens[next].Start])) continue;
            spans[i] = Respanned(document, e, tokens[next].Start, e.End);
        }
    }

    /// <summary>
    /// "GET IT FREE", "ALTERNATIVE CURES": in a sentence otherwise written in ordinary case, a word in capitals reads to
    /// the model like an acronym ("NATO"), but one that the corpora write mostly in lower case (the gazetteer's common
    /// words) is only shouted. A model span of such words only, each of four letters or more, is dropped; shorter ones
    /// are parties' acronyms as often ("AD", "UP"), and a name an earlier stage knows stays.
    /// </summary>
    internal static void DropShoutedWords(Document document, List<Entity> spans, Gazetteer commonWords) =>
        spans.RemoveAll(e => IsShouted(document, e, commonWords) && !IsEarlierStageName(document, e.Start, e.End));

    /// <summary>
    /// "Foreign ministry spokeswoman Mao Ning said": a sentence's first word that modifies titles ("Foreign", "Defence",
    /// "Interior"), alone in a model span before a lower-case noun of a body or an office, is capitalised only because it
    /// opens the sentence (the model read a person).
    /// </summary>
    internal static void DropOpeningTitleModifiers(Document document, List<Entity> spans, bool[] initial) =>
        spans.RemoveAll(e => IsOpeningTitleModifier(document, e, initial) && !IsEarlierStageName(document, e.Start, e.End));

    private static bool IsOpeningTitleModifier(Document document, Entity e, bool[] initial)
    {
        var tokens = document.Tokens;
        int t = EntityText.TokenStartingAt(document, e.Start);
        if (t < 0 || !initial[t] || tokens[t].End != e.End || t + 1 >= tokens.Count || tokens[t + 1].Start != e.End + 1) return false;
        var next = document.SpanOf(tokens[t + 1]);
        return Relations.TitleLexicon.KindOf(document.SpanOf(tokens[t])) == Relations.TitleKind.Modifier && next.Length > 0 && char.IsLower(next[0])
               && (Relations.TitleLexicon.KindOf(next) is Relations.TitleKind.Head or Relations.TitleKind.Member || OfficeNouns.Contains(next));
    }

    /// <summary>Nouns of a government's bodies that title modifiers open ("foreign ministry", "defence officials").</summary>
    private static readonly WordSet OfficeNouns = new(["ministry", "ministries", "department", "office", "officials", "committee", "service", "agency"]);

    private static bool IsShouted(Document document, Entity e, Gazetteer commonWords)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
        if (first < 0 || last < first) return false;
        for (int t = first; t <= last; t++)
        {
            var word = document.SpanOf(tokens[t]);
            if (tokens[t].Kind != TokenKind.Word || word.Length < 4 || !EntityText.IsAllCaps(word) || !commonWords.IsCommonWord(word)) return false;
        }
        int s = document.SentenceIndexAt(e.Start);
        if (s < 0) return false;
        var sentence = document.Sentences[s];
        return EntityText.CaseOf(document.Text, tokens[sentence.FirstToken..sentence.EndToken]) != SentenceCase.AllCaps;
    }

    /// <summary>
    /// "George W. Bush - Dick Cheney", "China - Beijing": a dash with a space on each side parts two names (a hyphen inside
    /// a name has none: "Guinea-Bissau"). A model span over one is split there when every part is a name an earlier stage
    /// found or two or more words that begin and end with a capital (a text tokenised word by word writes "Coca - Cola",
    /// "Muqtada al - Sadr"); each part keeps the span's label and confidence.
    /// </summary>
    internal static void SplitAtSpacedDashes(Document document, List<Entity> spans)
    {
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var e = spans[i];
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first || !HasSpacedDash(document, first, last)) continue;
            var parts = new List<Entity>();
            int from = first;
            for (int t = first + 1; t <= last + 1; t++)
            {
                if (t <= last && !IsSpacedDash(document, t)) continue;
                int start = document.Tokens[from].Start, end = document.Tokens[t - 1].End;
                if (t - from < 2 && !IsEarlierStageName(document, start, end)
                    || t - from >= 2 && !(char.IsUpper(document.Text[start]) && EntityText.IsCapitalized(document, t - 1))) break;
                parts.Add(Respanned(document, e, start, end));
                from = t + 1;
            }
            if (from <= last || parts.Count < 2) continue;
            spans.RemoveAt(i);
            spans.InsertRange(i, parts);
        }
    }

    private static bool HasSpacedDash(Document document, int first, int last)
    {
        for (int t = first + 1; t < last; t++)
            if (IsSpacedDash(document, t)) return true;
        return false;
    }

    private static bool IsSpacedDash(Document document, int t)
    {
        var token = document.Tokens[t];
        return document.SpanOf(token) is "-" or "–" or "—" && token.Start > 0 && token.End < document.Text.Length
               && char.IsWhiteSpace(document.Text[token.Start - 1]) && char.IsWhiteSpace(document.Text[token.End]);
    }

    /// <summary>
    /// "Dharmaraja College Kandy", "Kabul University Kabul", "State Department Iraq": an organisation's span that runs past
    /// the word of an institution that stands in a town (a college, a hospital, a museum) or of a government's office (a
    /// department, a ministry, an embassy) onto a place an earlier stage found ends before that place, which stays. Not other organisations' words: "Amnesty International Kenya" is the branch in that country. Whatever
    /// the span's label (the model read "Maliyadeva College Kurunegala" as a person too): the institution's word makes
    /// the rest an organisation (<see cref="RelabelOrganisationNames"/>, after this).
    /// </summary>
    private static readonly WordSet InstitutionsBeforeTheirPlace = new(
        ["College", "University", "School", "Academy", "Institute", "Seminary", "Hospital", "Clinic", "Museum", "Library", "Theatre", "Theater",
         "Department", "Ministry", "Embassy", "Consulate"]);

    internal static void CutPlacesAfterInstitutions(Document document, List<Entity> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            int head = last - 1;
            while (head > first && !InstitutionsBeforeTheirPlace.Contains(document.SpanOf(document.Tokens[head]))) head--;
            if (!InstitutionsBeforeTheirPlace.Contains(document.SpanOf(document.Tokens[head]))) continue;
            var place = document.Entities.Find(p => p.Label == EntityLabels.Loc && p.Start == document.Tokens[head + 1].Start && p.End == e.End);
            if (place is null || document.Tokens[head].End + 1 != place.Start) continue;
            spans[i] = Respanned(document, e, e.Start, document.Tokens[head].End);
        }
    }

    /// <summary>
    /// "the Paris Agreement", "the Minsk Agreements", "the Tehran Declaration", "the Abraham Accords", "the World Press Freedom
    /// Index": a place, a person or an organisation opening the name of a document (up to two capitalised words, then the
    /// noun of an agreement, a law or an index) is no mention of its own, as the corpora annotate such names whole; not before
    /// a building's noun ("the Atlanta Convention Center").
    /// </summary>
    internal static void DropNamesOpeningDocumentNames(Document document)
    {
        var tokens = document.Tokens;
        document.Entities.RemoveAll(e =>
        {
            if (e.Label is not (EntityLabels.Loc or EntityLabels.Person or EntityLabels.Org)) return false;
            int t = EntityText.TokenEndingAt(document, e.End) + 1;
            for (int words = 0; t > 0 && t < tokens.Count && words < 3 && EntityText.SpaceBetween(document, t - 1) && EntityText.IsCapitalized(document, t); words++, t++)
                if (EntityText.IsDocumentNoun(document.SpanOf(tokens[t])))
                    return !(t + 1 < tokens.Count && EntityText.SpaceBetween(document, t) && EntityText.IsCapitalized(document, t + 1));
            return false;
        });
    }

    /// <summary>
    /// "Hurricane Rita … Rita packed winds of 240 kilometers an hour", "Typhoon Haiyan … Haiyan killed 6,000 people": after
    /// the article has named a storm (the event rule), its name alone is that storm, no person or place. It takes the
    /// storm's label and canonical name.
    /// </summary>
    internal static void RelabelStormNames(List<Entity> entities)
    {
        Dictionary<string, string>? storms = null;
        foreach (var e in entities)
        {
            int space = e.Text.LastIndexOf(' ');
            if (e.Label != EntityLabels.Event || space <= 0) continue;
            var kind = e.Text.AsSpan(0, space);  // the word before the name: "Hurricane", "Tropical Storm" → "Storm"
            if (Rules.NameRules.IsStormKind(kind[(kind.LastIndexOf(' ') + 1)..]))
                (storms ??= new(StringComparer.Ordinal)).TryAdd(e.Text[(space + 1)..], e.Canonical);
        }
        if (storms is null) return;
        foreach (var e in entities)
            if (e.Label is EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc && storms.TryGetValue(e.Text, out var storm))
                (e.Label, e.Canonical) = (EntityLabels.Event, storm);
    }

    /// <summary>Nouns of a party's member written before his name ("Democrat Bill Clinton", "Republican Mitt Romney").</summary>
    private static readonly WordSet PartyMemberNouns = new(["Democrat", "Republican", "Conservative", "Tory", "Liberal", "Socialist", "Communist"]);

    /// <summary>
    /// "Democrat Bill Clinton", "Republican Mitt Romney", "Iranian Deputy Foreign Minister Kazem Gharibabadi" read as one
    /// organisation: a party's member noun, or capitalised title words ending in a title's noun (after a nationality an
    /// earlier stage found), before two or more capitalised words that open with a first name or hold no common word,
    /// and end in no organisation's, institution's or feature's word ("Socialist Workers Party", "Conservative Political
    /// Action Conference" stay), is the person named after it. A name an earlier stage knows whole stays.
    /// </summary>
    internal static void CutPartyMembersFromNames(Document document, List<Entity> spans, Gazetteer gazetteer)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Org or EntityLabels.Person) || IsEarlierStageName(document, e.Start, e.End)) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last < first) continue;
            int name = first;
            while (name < last && PartyMemberNouns.Contains(document.SpanOf(document.Tokens[name]))) name++;
            if (name == first) name = AfterNationalityAndTitle(document, first, last);
            if (name == first || last - name < 1) continue;
            bool opensWithFirstName = gazetteer.IsFirstName(document.SpanOf(document.Tokens[name])), person = true;
            for (int t = name; t <= last && person; t++)
            {
                var token = document.Tokens[t];
                var word = document.SpanOf(token);
                person = token.Kind != TokenKind.Word || char.IsUpper(word[0]) && !IsOrganisationNameEnd(document.Text, token)
                         && !FeatureNameEndLookup.Contains(word) && (opensWithFirstName || !gazetteer.IsCommonWord(word));
            }
            if (!person) continue;
            spans[i] = Respanned(document, e, document.Tokens[name].Start, e.End);
            spans[i].Label = EntityLabels.Person;
        }
    }

    /// <summary>"appointed Carolina Toha as interior minister … Toha, a former mayor": a place the model reads whose first word is a
    /// listed first name and whose last word the model reads alone as a person elsewhere in the document is that person (the US
    /// state "Carolina" made it a place).</summary>
    internal static void RelabelPlacesNamedAsPersons(Document document, List<Entity> spans, Gazetteer gazetteer)
    {
        foreach (var e in spans)
        {
            if (e.Label != EntityLabels.Loc || e.Text.IndexOf(' ') is not (> 0 and var space) || !gazetteer.IsFirstName(e.Text.AsSpan(0, space))) continue;
            var surname = e.Text.AsSpan(e.Text.LastIndexOf(' ') + 1);
            foreach (var other in spans)
                if (other.Label == EntityLabels.Person && other.Text.AsSpan().SequenceEqual(surname))
                {
                    e.Label = EntityLabels.Person;
                    break;
                }
        }
    }

    /// <summary>
    /// The token after "Iranian Deputy Foreign Minister" opening a span at <paramref name="first"/>: a nationality an
    /// earlier stage found, then capitalised title words ending in a title's noun; <paramref name="first"/> if the span
    /// does not open so.
    /// </summary>
    private static int AfterNationalityAndTitle(Document document, int first, int last)
    {
        var tokens = document.Tokens;
        if (EarlierStageEntity(document, tokens[first].Start, tokens[first].End, EntityLabels.Norp) is null) return first;
        return AfterCapitalisedTitles(document, first + 1, last) is var name && name > first + 1 ? name : first;
    }

    /// <summary>The token after the capitalised title words from <paramref name="from"/> (before <paramref name="last"/>) when they
    /// end in a title's noun ("Crown Prince", "Deputy Foreign Minister"); <paramref name="from"/> otherwise.</summary>
    private static int AfterCapitalisedTitles(Document document, int from, int last)
    {
        var tokens = document.Tokens;
        int t = from;
        while (t < last && char.IsUpper(document.Text[tokens[t].Start]) && Relations.TitleLexicon.KindOf(document.SpanOf(tokens[t])) != Relations.TitleKind.None) t++;
        return t > from && Relations.TitleLexicon.KindOf(document.SpanOf(tokens[t - 1])) is Relations.TitleKind.Head or Relations.TitleKind.Member ? t : from;
    }

    /// <summary>
    /// "in Fallujah Wednesday": a model span running onto a date an earlier stage found (the date rules) ends before
    /// it; the span is no longer than the date would let it be, so the date stays.
    /// </summary>
    internal static void CutTrailingDates(Document document, List<Entity> spans)
    {
        foreach (var date in document.Entities)
        {
            if (date.Label != EntityLabels.Date) continue;
            for (int i = 0; i < spans.Count; i++)
            {
                var e = spans[i];
                if (date.Start <= e.Start || date.Start >= e.End || date.End < e.End) continue;
                int last = EntityText.TokenStartingAt(document, date.Start) - 1;
                while (last >= 0 && document.Tokens[last].Kind == TokenKind.Punctuation) last--;
                if (last < 0 || document.Tokens[last].Start < e.Start) continue;
                spans[i] = Respanned(document, e, e.Start, document.Tokens[last].End);
            }
        }
    }

    /// <summary>
    /// "Miramar California": a model place that is two or more places an earlier stage found one after the other, with
    /// only spaces between, is those places (a town and its state or country), not one name. A name the gazetteer lists
    /// whole ("Kansas City", "New South Wales") is found whole by it and is not split.
    /// </summary>
    internal static void DropSpansOfKnownPlaces(Document document, List<Entity> spans)
    {
        if (!spans.Exists(e => e.Label == EntityLabels.Loc && e.Text.Contains(' '))) return;
        var places = document.Entities.Where(e => e.Label == EntityLabels.Loc && e.Source == GazetteerEntityTagger.StageName).OrderBy(e => e.Start).ToList();
        if (places.Count < 2) return;
        spans.RemoveAll(e =>
        {
            if (e.Label != EntityLabels.Loc) return false;
            int at = e.Start, parts = 0;
            foreach (var place in places)
            {
                if (place.Start < at) continue;
                if (place.Start > at || place.End > e.End) break;
                parts++;
                at = place.End;
                if (at == e.End) return parts >= 2;
                while (at < e.End && document.Text[at] == ' ') at++;
            }
            return false;
        });
    }

    /// <summary>
    /// "Paktika province's Barmal district" spanned as one place: a lower-case word with a possessive inside a span that
    /// begins with a capital ends one name, and another begins after the possessive ("People's Party" has no lower-case
    /// word before its possessive and stays whole). Each part keeps the span's label and confidence.
    /// </summary>
    internal static void SplitAtLowerCasePossessives(Document document, List<Entity> spans)
    {
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc) || !char.IsUpper(e.Text[0])) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            for (int t = first + 1; t < last; t++)
            {
                if (document.SpanOf(document.Tokens[t]) is not ("'s" or "’s")) continue;
                int leftEnd = t;  // the lower-case words before the possessive are no part of either name
                while (leftEnd > first && document.Tokens[leftEnd - 1].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[leftEnd - 1].Start])) leftEnd--;
                if (leftEnd == t || leftEnd == first || !char.IsUpper(document.Text[document.Tokens[t + 1].Start])) break;
                int leftStop = document.Tokens[leftEnd - 1].End, rightFrom = document.Tokens[t + 1].Start;
                spans[i] = Respanned(document, e, e.Start, leftStop);
                spans.Insert(i + 1, Respanned(document, e, rightFrom, e.End));
                break;
            }
        }
    }

    /// <summary>
    /// "Lindner's Free Democratic Party (FDP) said …": a model organisation or place whose words before a possessive are a
    /// person the article names (in full elsewhere, or by the surname of a full name) is that person and, after the
    /// possessive, the name.
    /// </summary>
    internal static void SplitAtPersonsPossessives(Document document, List<Entity> spans)
    {
        HashSet<string>? persons = null;
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Org or EntityLabels.Loc)) continue;
            int possessive = e.Text.IndexOf("'s ", StringComparison.Ordinal) is int straight and > 0 ? straight : e.Text.IndexOf("’s ", StringComparison.Ordinal);
            if (possessive <= 0) continue;
            persons ??= PersonsNamed(document, spans);
            if (!persons.Contains(e.Text[..possessive])) continue;
            spans[i] = Respanned(document, e, e.Start + possessive + 3, e.End);
            var person = Respanned(document, e, e.Start, e.Start + possessive);
            person.Label = EntityLabels.Person;
            spans.Insert(i, person);
        }
    }

    /// <summary>
    /// "Putin awarded Modi Russia's highest state honour": a model person whose last words are a country the gazetteer found,
    /// right before a possessive, ends before that country, which owns what follows (it read the person "Modi Russia"; a
    /// surname that is a town's name, "Lindsey Graham's", stays).
    /// </summary>
    internal static void CutCountriesBeforePossessives(Document document, List<Entity> spans, Gazetteer gazetteer)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label != EntityLabels.Person || e.End + 2 > document.Text.Length || document.Text[e.End] is not ('\'' or '’') || document.Text[e.End + 1] != 's') continue;
            // A loop, not a lambda: this runs for every person the model finds before a possessive.
            foreach (var place in document.Entities)
                if (place.End == e.End && place.Start > e.Start && place.Label == EntityLabels.Loc && place.Source == GazetteerEntityTagger.StageName
                    && gazetteer.Find(place.Text) is int entry and >= 0 && gazetteer.Flags(entry).HasFlag(GazetteerFlags.Country)
                    && document.Text.AsSpan(e.Start, place.Start - e.Start).TrimEnd() is var rest && rest.Length > 0)
                {
                    spans[i] = Respanned(document, e, e.Start, e.Start + rest.Length);
                    break;
                }
        }
    }

    /// <summary>The persons the document's entities and the model's spans name, in full and by the last word of a full name.</summary>
    private static HashSet<string> PersonsNamed(Document document, List<Entity> spans)
    {
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in document.Entities.Concat(spans))
        {
            if (p.Label != EntityLabels.Person) continue;
            persons.Add(p.Text);
            if (p.Text.LastIndexOf(' ') is int space and > 0) persons.Add(p.Text[(space + 1)..]);
        }
        return persons;
    }

    /// <summary>Words after a name that only a company's name takes: "Gazprom chief executive Alexei Miller", "Rosneft shares fell".</summary>
    private static readonly HashSet<string> CorporateNouns = new(StringComparer.Ordinal)
    {
        "chief", "CEO", "chairman", "chairwoman", "shares", "stock", "subsidiary", "shareholders", "executives", "employees",
        "board", "profits", "revenue", "refinery", "headquarters",
    };

    /// <summary>"ruling", "governing" or "opposition" right before the name at <paramref name="start"/>.</summary>
    private static bool AfterASideWord(Document document, int start) =>
        EntityText.TokenStartingAt(document, start) is var t && t >= 1 && document.SpanOf(document.Tokens[t - 1]) is "ruling" or "governing" or "opposition";

    /// <summary>"Islamic State West Africa Province": a place the model reads that opens with an organisation the gazetteer
    /// knows, of two words or more, is that organisation's branch, an organisation (it stood as a place).</summary>
    internal static void RelabelPlacesOpenedByABody(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label != EntityLabels.Loc) continue;
            foreach (var known in document.Entities)
                if (known.Start == e.Start && known.End < e.End && known.Label == EntityLabels.Org && known.Text.Contains(' ')
                    && known.Source.StartsWith(GazetteerEntityTagger.StageName, StringComparison.Ordinal))
                {
                    e.Label = EntityLabels.Org;
                    e.Source = DescribedSource;
                    break;
                }
        }
    }

    /// <summary>
    /// A one-word model person followed (perhaps after "'s") by a word of <see cref="CorporateNouns"/> is a company
    /// ("Gazprom chief executive Alexei Miller"): a person has no shares or board ("chief of staff" excepted). A model
    /// organisation right before a descriptor noun ("the ruling Georgian Dream party") is described as one too, and so is
    /// a model place there that no earlier stage knows ("Milei's La Libertad Avanza party", "the Sputnik Azerbaijan news
    /// agency"; "a Donbas company" is a place's) or that "ruling" or "opposition" opens ("the ruling Morena party").
    /// </summary>
    internal static void RelabelCompanies(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            int t = EntityText.TokenEndingAt(document, e.End) + 1;
            if (t <= 0) continue;
            // ("the ruling Morena party": a place's name after "ruling" or "opposition" names the party, whatever the gazetteer knows;
            // "Sinaloa cartel leaders": so does one word read as a person's right before the descriptor.)
            if (DescriptorFollows(document, t) && (e.Label == EntityLabels.Org
                                                   || e.Label == EntityLabels.Loc && (!IsEarlierStageName(document, e.Start, e.End) || AfterASideWord(document, e.Start))
                                                   || e.Label == EntityLabels.Person && !e.Text.Contains(' ') && Rules.NameRules.IsDescriptorAfterName(document.SpanOf(document.Tokens[t]))
                                                      && !IsEarlierStageName(document, e.Start, e.End)))
            {
                e.Label = EntityLabels.Org;
                e.Source = DescribedSource;
                continue;
            }
            if (e.Label != EntityLabels.Org && (IsDesignatedAnOrganisation(document, e, t) || IsNamedAfterADescriptor(document, e)))
            {
                e.Label = EntityLabels.Org;
                e.Source = DescribedSource;
                continue;
            }
            // ("the Houthi-run Al Masirah television": a person has no channel; a name right before a medium's noun is the medium.)
            if (e.Label == EntityLabels.Person && Rules.NameRules.NamesAMedium(document, t)
                && !IsEarlierStageName(document, e.Start, e.End))
            {
                e.Label = EntityLabels.Org;
                e.Source = DescribedSource;
                continue;
            }
            if (e.Label is not (EntityLabels.Person or EntityLabels.Org) || e.Text.Contains(' ')) continue;
            if (t < document.Tokens.Count && document.SpanOf(document.Tokens[t]) is "'s" or "’s") t++;
            if (t >= document.Tokens.Count || !CorporateNouns.Contains(document.SpanOf(document.Tokens[t]).ToString())) continue;
            if (t + 1 < document.Tokens.Count && document.SpanOf(document.Tokens[t + 1]) is "of") continue;
            e.Label = EntityLabels.Org;
            e.Source = DescribedSource;
        }
    }

    private static readonly WordSet DesignatingVerbs = new(["designated", "designates", "declared", "declares", "labelled", "labeled", "listed", "branded"]);

    /// <summary>"The United States designated Viv Ansanm a foreign terrorist organization": a name a verb of designating calls
    /// "a" (up to three lower-case words) organisation or group, right after the name at token <paramref name="after"/>.</summary>
    private static bool IsDesignatedAnOrganisation(Document document, Entity e, int after)
    {
        var tokens = document.Tokens;
        int before = EntityText.TokenStartingAt(document, e.Start) - 1;
        if (before < 0 || !DesignatingVerbs.Contains(document.SpanOf(tokens[before])) || after >= tokens.Count
            || document.SpanOf(tokens[after]) is not ("a" or "an")) return false;
        for (int t = after + 1; t < tokens.Count && t <= after + 4; t++)
        {
            var word = document.SpanOf(tokens[t]);
            if (word is "organization" or "organisation" or "group" or "movement" or "entity") return true;
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(word[0])) return false;
        }
        return false;
    }

    /// <summary>"the Oslo-based group Iran Human Rights", "the rights group Amnesty International": a name of two or more words
    /// no earlier stage knows, right after a lower-case descriptor noun after a lower-case word or an "X-based", is the body
    /// it describes.</summary>
    private static bool IsNamedAfterADescriptor(Document document, Entity e)
    {
        var tokens = document.Tokens;
        int before = EntityText.TokenStartingAt(document, e.Start) - 1;
        if (before < 1 || !e.Text.Contains(' ') || IsEarlierStageName(document, e.Start, e.End)) return false;
        var descriptor = document.SpanOf(tokens[before]);
        var opener = document.SpanOf(tokens[before - 1]);
        return char.IsLower(descriptor[0]) && Rules.NameRules.IsDescriptorAfterName(descriptor)
               && tokens[before - 1].Kind == TokenKind.Word && (char.IsLower(opener[0]) || opener.EndsWith("-based", StringComparison.Ordinal));
    }

    /// <summary>A descriptor noun at token <paramref name="t"/>, or after one lower-case word there ("the Sputnik Azerbaijan
    /// news agency").</summary>
    private static bool DescriptorFollows(Document document, int t)
    {
        var tokens = document.Tokens;
        if (t >= tokens.Count) return false;
        if (Rules.NameRules.IsDescriptorAfterName(document.SpanOf(tokens[t]))) return true;
        return t + 1 < tokens.Count && tokens[t].Kind == TokenKind.Word && char.IsLower(document.Text[tokens[t].Start])
               && Rules.NameRules.IsDescriptorAfterName(document.SpanOf(tokens[t + 1]));
    }

    /// <summary>Where the persons of the model's spans and of the earlier stages begin.</summary>
    private static HashSet<int> PersonStarts(Document document, List<Entity> spans) =>
        spans.Concat(document.Entities).Where(e => e.Label == EntityLabels.Person).Select(e => e.Start).ToHashSet();

    /// <summary>Capitalised title words from token <paramref name="t"/> ("Director General") and then a person's name.</summary>
    private static bool TitleBeforeAName(Document document, int t, HashSet<int> personStarts)
    {
        int k = t;
        while (k < document.Tokens.Count && k - t < 4 && char.IsUpper(document.Text[document.Tokens[k].Start])
               && Relations.TitleLexicon.KindOf(document.SpanOf(document.Tokens[k])) != Relations.TitleKind.None) k++;
        return k > t && k < document.Tokens.Count && personStarts.Contains(document.Tokens[k].Start);
    }

    /// <summary>The entity of <paramref name="label"/> an earlier stage found at exactly [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    private static Entity? EarlierStageEntity(Document document, int start, int end, string label)
    {
        foreach (var known in document.Entities)
            if (known.Start == start && known.End == end && known.Label == label) return known;
        return null;
    }

    /// <summary>An earlier stage (gazetteer, rules; only the stage named <paramref name="stage"/> when given) found a name over
    /// exactly [start, end).</summary>
    private static bool IsEarlierStageName(Document document, int start, int end, string? stage = null)
    {
        foreach (var known in document.Entities)
            if (known.Start == start && known.End == end && (stage is null || known.Source.StartsWith(stage, StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>Nouns of unnamed sources that a headline's attribution opens with ("…, Agencies Say", "…, Officials Say").</summary>
    private static readonly HashSet<string> AttributionNouns = new(StringComparer.Ordinal)
    {
        "Agencies", "Officials", "Sources", "Diplomats", "Analysts", "Experts", "Witnesses", "Residents", "Police", "Reports",
        "Media", "Data", "Survey", "Poll", "Monitors", "Activists", "Lawmakers", "Investigators", "Prosecutors", "Authorities",
    };

    /// <summary>
    /// "…, Agencies Say", "…, Seoul Says": an attribution verb (a headline's, in title case) ends no name. It is cut from a
    /// model span, and a span left with only an unnamed source's noun is dropped.
    /// </summary>
    internal static void CutAttributionVerbs(Document document, List<Entity> spans)
    {
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var e = spans[i];
            int last = EntityText.TokenEndingAt(document, e.End), first = EntityText.TokenStartingAt(document, e.Start);
            if (last <= first || document.SpanOf(document.Tokens[last]) is not ("Say" or "Says")) continue;
            int end = document.Tokens[last - 1].End;
            string text = document.Slice(e.Start, end);
            if (last - 1 == first && AttributionNouns.Contains(text)) spans.RemoveAt(i);
            else spans[i] = Respanned(e, e.Start, end, text, text, e.Confidence);
        }
    }

    /// <summary>
    /// "Rio Tinto, which operates the Oyu Tolgoi mine": a relative clause of "which" after a name that opens its sentence
    /// says it is no person (a person takes "who"); the model's person is an organisation. Not after a name further on,
    /// where "which" may stand for something before it ("an agreement with President Imomali Rakhmonov, which will allow").
    /// </summary>
    internal static void RelabelPersonsBeforeWhich(Document document, List<Entity> spans)
    {
        bool[]? initial = null;
        foreach (var e in spans)
        {
            if (e.Label != EntityLabels.Person) continue;
            int first = EntityText.TokenStartingAt(document, e.Start);
            if (first < 0 || !(initial ??= EntityText.SentenceInitial(document))[first]) continue;
            int t = EntityText.TokenEndingAt(document, e.End) + 1;
            if (t > 0 && t + 1 < document.Tokens.Count && document.SpanOf(document.Tokens[t]) is "," && document.SpanOf(document.Tokens[t + 1]) is "which")
                e.Label = EntityLabels.Org;
        }
    }

    /// <summary>The source of a model name its context describes as an organisation ("Gazprom chief executive", "the
    /// Georgian Dream party"): the alias stage lets it decide the name's label throughout the article and repeats it.</summary>
    public const string DescribedSource = StageName + "/described";

    /// <summary>
    /// "Isla, former chief executive of Inditex", "head of its Nespresso unit": the name after a title's noun and "of" (past
    /// an article or a possessive) is the body the title is held in, never a person; the model's person there is an
    /// organisation (a place the gazetteer knows keeps its own label).
    /// </summary>
    internal static void RelabelPersonsAfterTitles(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label != EntityLabels.Person) continue;
            // "president of Howard's Liberal Party": a possessor describes the body after it.
            int next = EntityText.TokenEndingAt(document, e.End) + 1;
            if (next > 0 && next < document.Tokens.Count && document.SpanOf(document.Tokens[next]) is "'s" or "’s") continue;
            int t = EntityText.TokenStartingAt(document, e.Start) - 1;
            if (t >= 0 && IsDeterminerOrPossessiveWord(document.SpanOf(document.Tokens[t]))) t--;
            if (t < 1 || document.SpanOf(document.Tokens[t]) is not "of"
                || Relations.TitleLexicon.KindOf(document.SpanOf(document.Tokens[t - 1])) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) continue;
            e.Label = EntityLabels.Org;
        }
    }

    private static bool IsDeterminerOrPossessiveWord(ReadOnlySpan<char> word) => EntityText.IsDeterminer(word) || word is "its" or "their";

    /// <summary>
    /// "Crown Prince Mohammed bin Salman", "Speaker Mike Johnson": a model person that opens with capitalised title words
    /// ending in a title's noun is the name after them; a title is no part of a name.
    /// </summary>
    internal static void CutLeadingTitles(Document document, List<Entity> spans)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label != EntityLabels.Person || !e.Text.Contains(' ')) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            int t = AfterCapitalisedTitles(document, first, last);
            if (t == first) continue;
            spans[i] = Respanned(document, e, tokens[t].Start, e.End);
        }
    }

    /// <summary>"the Emir of Qatar", "the King of Jordan": a model span of a ruler's title, "of" and a place an earlier stage
    /// knows is that place; the title is no part of a name, and an office is no organisation.</summary>
    internal static void CutTitlesOfPlaces(Document document, List<Entity> spans)
    {
        var tokens = document.Tokens;
        for (int i = 0; i < spans.Count; i++)
        {
            var e = spans[i];
            if (e.Label is not (EntityLabels.Person or EntityLabels.Org)) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last < first + 2) continue;
            int t = first;
            while (t < last && document.SpanOf(tokens[t]) is not "of" && Relations.TitleLexicon.KindOf(document.SpanOf(tokens[t])) != Relations.TitleKind.None) t++;
            if (t == first || Relations.TitleLexicon.KindOf(document.SpanOf(tokens[t - 1])) != Relations.TitleKind.Head
                || document.SpanOf(tokens[t]) is not "of") continue;
            if (EarlierStageEntity(document, tokens[t + 1].Start, e.End, EntityLabels.Loc) is { } place)
                spans[i] = Respanned(place, place.Start, place.End, place.Text, place.Canonical, e.Confidence);
        }
    }

    /// <summary>
    /// "Almasadam Satkaliyev, the head of the atomic energy agency, told …" read as an organisation: a name of two or
    /// more words that no earlier stage knows (but as a person), described right after a comma by a person's title ("the head of",
    /// "a spokesman for", "its chairman,", "the Taliban's new ambassador."), is a person's.
    /// </summary>
    internal static void RelabelTitledPersons(Document document, List<Entity> spans)
    {
        foreach (var e in spans)
        {
            if (e.Label is not (EntityLabels.Org or EntityLabels.Loc) || !e.Text.Contains(' ')) continue;
            int t = EntityText.TokenEndingAt(document, e.End) + 1;
            if (t <= 0 || t + 2 >= document.Tokens.Count || document.SpanOf(document.Tokens[t]) is not ",") continue;
            t++;
            if (document.SpanOf(document.Tokens[t]) is "the" or "a" or "an" or "its" or "their") t++;
            // "Gul Hassan Hassan, the Taliban's new ambassador": a possessor's title needs no "of" after it.
            bool possessed = t + 2 < document.Tokens.Count && char.IsUpper(document.Text[document.Tokens[t].Start])
                             && document.SpanOf(document.Tokens[t + 1]) is "'s" or "’s";
            if (possessed) t += 2;
            // Modifiers before the title: "the deputy head of", "a senior spokesman for".
            int words = 0;
            while (t < document.Tokens.Count && words < 3 && Relations.TitleLexicon.KindOf(document.SpanOf(document.Tokens[t])) == Relations.TitleKind.Modifier) { t++; words++; }
            if (t + 1 >= document.Tokens.Count || Relations.TitleLexicon.KindOf(document.SpanOf(document.Tokens[t])) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) continue;
            // ("Milan Radoicic, a vice president of …": an earlier stage that read a person there agrees.)
            if ((document.SpanOf(document.Tokens[t + 1]) is "of" or "for" or "at" or "," || possessed && document.SpanOf(document.Tokens[t + 1]) is "." or "to" or "in" or ";")
                && !document.Entities.Any(x => x.Start < e.End && e.Start < x.End && x.Label != EntityLabels.Person))
                e.Label = EntityLabels.Person;
        }
    }

    /// <summary>
    /// "Amnesty International and Human Rights Watch", "the Ulster Unionist Party and Democratic Unionist Party": a model
    /// organisation that joins two names with "and" is cut in two where each side is a name on its own, one that an
    /// earlier stage found as an organisation (the gazetteer's "Amnesty International") or that ends in an organisation's
    /// last word. Names that hold an "and" ("Ethics and Public Policy Center", "Department of Health and Human Services",
    /// "Johnson and Johnson") have a side that is no such name.
    /// </summary>
    internal static void SplitCoordinatedOrganisations(Document document, List<Entity> spans)
    {
        HashSet<(int, int)>? known = null;
        for (int i = spans.Count - 1; i >= 0; i--)
        {
            var e = spans[i];
            if (e.Label != EntityLabels.Org || !e.Text.Contains(" and ", StringComparison.Ordinal)) continue;
            int first = EntityText.TokenStartingAt(document, e.Start), last = EntityText.TokenEndingAt(document, e.End);
            if (first < 0 || last <= first) continue;
            var and = Enumerable.Range(first + 1, last - first - 1).Where(t => document.SpanOf(document.Tokens[t]) is "and").ToList();
            if (and.Count != 1) continue;
            int leftEnd = and[0] - 1, rightStart = and[0] + 1;
            if (document.SpanOf(document.Tokens[rightStart]) is "the" && rightStart < last) rightStart++;
            known ??= document.Entities.Where(k => k.Label == EntityLabels.Org).Select(k => (k.Start, k.End)).ToHashSet();
            if (!IsOrganisationName(document, first, leftEnd, known) || !IsOrganisationName(document, rightStart, last, known)) continue;
            int leftStop = document.Tokens[leftEnd].End, rightFrom = document.Tokens[rightStart].Start;
            spans[i] = Respanned(document, e, e.Start, leftStop);
            spans.Insert(i + 1, Respanned(document, e, rightFrom, e.End));
        }
    }

    /// <summary>Tokens first … last (inclusive) name an organisation on their own: known to an earlier stage, or ending in an organisation's last word.</summary>
    private static bool IsOrganisationName(Document document, int first, int last, HashSet<(int, int)> known)
    {
        var (start, end) = (document.Tokens[first].Start, document.Tokens[last].End);
        if (!char.IsUpper(document.Text[start])) return false;
        if (known.Contains((start, end))) return true;
        return last > first && OrganisationNameEndLookup.Contains(document.SpanOf(document.Tokens[last]));
    }

    /// <summary>Sorted sweeps with binary search, so that a huge document with many entities stays linear-ish.</summary>
    private void Merge(List<Entity> entities, List<Entity> model)
    {
        model.Sort(ByStart);  // already in text order and non-overlapping; sorting documents the assumption
        var kept = new List<Entity>(entities.Count + model.Count);
        KeepFixedLabels(entities, model, _commonWords);
        ExtendToLongerEarlierNames(entities, model);
        InheritCanonicals(entities, model);
        foreach (var earlier in entities)
        {
            bool remove = _owned.Contains(earlier.Label) && !_keepUnmatched;
            for (int j = FirstEndingAfter(model, earlier.Start); j < model.Count && model[j].Start < earlier.End; j++)
            {
                // Overlap with a model span: the model decides its own labels; for other labels the longer span wins.
                if (_owned.Contains(earlier.Label) || model[j].Span.Length > earlier.Span.Length) remove = true;
            }
            if (!remove) kept.Add(earlier);
        }
        kept.Sort(ByStart);
        var maxEnd = new int[kept.Count];
        for (int i = 0; i < kept.Count; i++) maxEnd[i] = Math.Max(i > 0 ? maxEnd[i - 1] : int.MinValue, kept[i].End);
        int survivors = kept.Count;
        foreach (var m in model)
        {
            // A model span that lost to a longer earlier entity is dropped: kept entities starting before m ends must all end before it starts.
            int before = CountStartingBefore(kept, survivors, m.End);
            if (before == 0 || maxEnd[before - 1] <= m.Start) kept.Add(m);
        }
        kept.Sort(ByStart);
        entities.Clear();
        entities.AddRange(kept);
    }

    /// <summary>
    /// A headline calls a person by one word of the name the article gives in full: the family name last ("Rebels Seize
    /// Damascus as Assad Flees Syria" after "Bashar al-Assad", read as the person "Assad Flees Syria") or first ("South
    /// Korea's Yoon Declares Martial Law" after "Yoon Suk Yeol"). Those words of the full names outside headlines are
    /// known names too, each a one-word person of its own (the alias stage links it to the full name).
    /// </summary>
    private static void AddPersonsShortNames(Document document, IEnumerable<Entity> model, Dictionary<string, Entity> known)
    {
        foreach (var e in document.Entities.Concat(model))
        {
            if (e.Label != EntityLabels.Person || e.Text.IndexOf(' ') is not (int firstSpace and > 0)) continue;
            string family = e.Text[(e.Text.LastIndexOf(' ') + 1)..];
            foreach (string word in (ReadOnlySpan<string>)[e.Text[..firstSpace], family, EntityText.HasArabicArticle(family) ? family[3..] : ""])
                if (word.Length > 2 && char.IsUpper(word[0]))
                    known.TryAdd(word, new Entity { Id = "", Start = e.Start, End = e.End, Label = EntityLabels.Person, Text = word, Canonical = word, Source = e.Source });
        }
    }

    /// <summary>
    /// In a headline every word is capitalised, so capitals no longer end a name: "Kazakhstan and China Sign Pipeline
    /// Deal" reads to the model as the place "China Sign Pipeline Deal", "ECOWAS Suspends Niger After Coup" as one
    /// organisation. In a headline (<see cref="EntityText.IsHeadline"/>), a model span that begins with a name the
    /// article marks off elsewhere and runs on past it is cut back to that name (the longest such; "Gaza Strip", if
    /// known, stays whole), which keeps that name's label ("Central Asian Leaders Sign …" → the NORP "Central Asian").
    /// Known names are an earlier stage's anywhere and the model's outside headlines, where capitals do end names (the
    /// gazetteer lists neither "Britain" nor "Hamas" alone: "US and Britain Strike Houthi Targets"). A rest holding an
    /// organisation's last word is part of the name ("New York Times Wins …" keeps "Times") unless a word the article
    /// writes in lower case comes before that last word. Only in headlines: in a
    /// sentence merely dense with names a name may well begin with another ("Russian Orthodox Church"). Before the cut, a
    /// span loses the describing words and the words the article writes in lower case it begins with; after it, words
    /// the article writes in lower case end it, and one word left of a longer span that the article never writes again
    /// is a verb. A participle opening a clause after a comma ("…, Angering Beijing") is cut from the known name after it.
    /// </summary>
    internal static void CutHeadlineNamesToKnownNames(Document document, List<Entity> model, List<Sentence>? headlines = null)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        headlines ??= EntityText.Headlines(document);
        if (headlines.Count == 0) return;
        bool InHeadline(Entity e) => EntityText.InHeadline(headlines, e.Start);

        // By text, ignoring case (a headline may be in capitals); an earlier stage's reading of a text comes first.
        var known = new Dictionary<string, Entity>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in document.Entities.Concat(model.Where(m => !InHeadline(m))))
            if (e.Label is EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc or EntityLabels.Norp) known.TryAdd(e.Text, e);
        AddPersonsShortNames(document, model.Where(m => !InHeadline(m)), known);
        // An earlier stage's name (not the model's own reading elsewhere, which "London E17" would vouch for) stays whole.
        var earlierNames = new HashSet<string>(document.Entities.Select(e => e.Text), StringComparer.OrdinalIgnoreCase);
        HashSet<string>? lowerCaseWords = null;
        // A headline's word that the article writes in lower case elsewhere ("blocks", "the dispute").
        bool WrittenInLowerCase(int t) => EntityText.WrittenInLowerCase(lowerCaseWords ??= EntityText.HeadlineWordsInLowerCase(document),
            document.Slice(document.Tokens[t].Start, document.Tokens[t].End));
        for (int i = 0; i < model.Count; i++)
        {
            var m = model[i];
            // A span an earlier stage names whole stays whole: "Saudi Arabia", though the body says "Saudi officials".
            if (!InHeadline(m) || earlierNames.Contains(m.Text)) continue;
            int first = EntityText.TokenStartingAt(document, m.Start), last = EntityText.TokenEndingAt(document, m.End);
            if (first < 0 || last < first) continue;
            // "Saudi-Led Coalition Strikes Houthi Targets", "… as UN-Backed Mission Expands": a describing word and words the
            // article writes in lower case ("the coalition", "air strikes", "the mission") begin no name; a span of nothing else goes.
            int from = first;
            while (from <= last && (EntityText.EndsInDescribingWord(document.SpanOf(tokens[from]), headline: true)
                                    || WrittenInLowerCase(from)))
                from++;
            if (from > last)
            {
                model.RemoveAt(i--);
                continue;
            }
            if (from > first)
            {
                model[i] = m = Respanned(document, m, tokens[from].Start, m.End);
                first = from;
            }
            if (last == first) continue;
            // "…, Angering Beijing", "…, Defying Washington": after a headline's comma, a participle before a known name
            // opens a clause; the name alone is the name.
            if (first > 0 && document.SpanOf(tokens[first - 1]) is "," && document.SpanOf(tokens[first]).EndsWith("ing", StringComparison.Ordinal)
                && known.TryGetValue(document.Slice(tokens[first + 1].Start, m.End), out var participleObject))
            {
                model[i] = Respanned(m, tokens[first + 1].Start, m.End, participleObject.Text, participleObject.Canonical, m.Confidence);
                model[i].Label = participleObject.Label;
                continue;
            }
            // "Hungary Blocks European Council Statement": an organisation's last word after a word the article writes in
            // lower case ("the veto blocks …") belongs to a name that begins after that word; so does one after a describing
            // word ("Kosovo Police Close Serbian-Run Post Offices", "Moldova Bars Pro-Russian Bloc").
            int commonWord = -1;
            for (int t = first + 1; t <= last && commonWord < 0; t++)
                if (char.IsUpper(document.Text[tokens[t].Start]) && !IsOrganisationNameEnd(document.Text, tokens[t])
                    && (WrittenInLowerCase(t) || EntityText.EndsInDescribingWord(document.SpanOf(tokens[t]), headline: true) || EntityText.TakesASide(document.SpanOf(tokens[t]))))
                    commonWord = t;
            bool cut = false;
            for (int end = last - 1; end >= first && !cut; end--)
            {
                if (IsOrganisationNameEnd(document.Text, tokens[end + 1]) && !(commonWord >= 0 && commonWord < end + 1)
                    && !WrittenInLowerCaseAfter(document, m.Start, tokens[end], tokens[end + 1])) break;
                if (!known.TryGetValue(document.Slice(m.Start, tokens[end].End), out var name)) continue;
                model[i] = Respanned(m, m.Start, tokens[end].End, document.Slice(m.Start, tokens[end].End), name.Canonical, m.Confidence);
                model[i].Label = name.Label;
                cut = true;
            }
            // "Kazakhstan Raises Stakes in Caspian Oil Dispute": words the article writes in lower case ("oil", "the dispute")
            // end no name; the span ends before them.
            int kept = last;
            while (!cut && kept > first && !IsOrganisationNameEnd(document.Text, tokens[kept])
                   && WrittenInLowerCase(kept))
                kept--;
            if (kept < last) model[i] = Respanned(document, m, m.Start, tokens[kept].End);
            // "Zelensky Meets Witkoff in Miami": a word inside the span that the article writes in lower case ("to meet") is
            // the headline's verb between two names, when the article names one of the two sides elsewhere.
            if (!cut && SplitAtHeadlineVerb(document, model, i, first, kept, known, WrittenInLowerCase)) continue;
            // "Ecuador Police Raid Mexican Embassy": with neither side known, the organisation whose last word ends the span begins
            // after the word the article writes in lower case.
            if (!cut && kept == last && commonWord >= 0 && commonWord + 1 < last && IsOrganisationNameEnd(document.Text, tokens[last]))
            {
                model[i] = Respanned(document, model[i], tokens[commonWord + 1].Start, m.End);
                continue;
            }
            // "… as Army Pushes West" left "Pushes": one word cut from a longer span that the article never writes again
            // is the headline's verb, no name.
            if (!cut && kept == first && last > first && !earlierNames.Contains(model[i].Text) && EntityText.Occurrences(document.Text, model[i].Text) == 1) model.RemoveAt(i--);
        }
    }

    /// <summary>"Kosovo police" in an article whose headline says "Kosovo Police Close …": the text from
    /// <paramref name="start"/> to the end of <paramref name="before"/> stands elsewhere followed by <paramref name="word"/>
    /// in lower case, so that word is no organisation's last word after it.</summary>
    private static bool WrittenInLowerCaseAfter(Document document, int start, in Token before, in Token word) =>
        document.Text.Contains(string.Concat(document.Slice(start, before.End), " ", document.Slice(word.Start, word.End).ToLowerInvariant()), StringComparison.Ordinal);

    /// <summary>Splits the headline span model[<paramref name="at"/>] over tokens [first, last] at an inner capitalised word
    /// the article writes in lower case (no organisation's last word), where a side is a name the article knows: each side
    /// is a name, a known one with its own label and canonical name. False when there is no such word.</summary>
    private static bool SplitAtHeadlineVerb(Document document, List<Entity> model, int at, int first, int last,
                                            Dictionary<string, Entity> known, Func<int, bool> writtenInLowerCase)
    {
        var tokens = document.Tokens;
        for (int t = first + 1; t < last; t++)
        {
            if (!char.IsUpper(document.Text[tokens[t].Start]) || IsOrganisationNameEnd(document.Text, tokens[t]) || !writtenInLowerCase(t)) continue;
            var m = model[at];
            int leftEnd = tokens[t - 1].End, rightStart = tokens[t + 1].Start;
            known.TryGetValue(document.Slice(m.Start, leftEnd), out var leftName);
            known.TryGetValue(document.Slice(rightStart, tokens[last].End), out var rightName);
            if (leftName is null && rightName is null) return false;
            Entity Side(int start, int end, Entity? name)
            {
                var side = name is null ? Respanned(document, m, start, end) : Respanned(m, start, end, document.Slice(start, end), name.Canonical, m.Confidence);
                if (name is not null) side.Label = name.Label;
                return side;
            }
            model[at] = Side(m.Start, leftEnd, leftName);
            model.Insert(at + 1, Side(rightStart, tokens[last].End, rightName));
            return true;
        }
        return false;
    }

    /// <summary>An "and" after the first "of" or "for" of a name that opens no second name: no article after it, and no head
    /// noun with an "of" or "for" of its own ("… Party of Ontario and Green Party of Canada", "… and the Bridge of Independent
    /// Lists" are two; "Alliance of Liberals and Democrats for Europe Party" is one).</summary>
    private static bool HoldsAPortfolioAnd(string name)
    {
        int of = name.IndexOf(" of ", StringComparison.Ordinal), @for = name.IndexOf(" for ", StringComparison.Ordinal);
        int phrase = of < 0 ? @for : @for < 0 ? of : Math.Min(of, @for);
        int and = name.IndexOf(" and ", StringComparison.Ordinal);
        if (phrase <= 0 || and < phrase) return false;
        var words = name[(and + 5)..].Split(' ');
        if (words[0] is "the" or "The") return false;
        for (int w = 0; w + 1 < words.Length; w++)
            if (Rules.NameRules.IsHeadBeforeOf(words[w]) && words[w + 1] is "of" or "for") return false;
        return true;
    }

    /// <summary>
    /// "Pashinyan told France 24 that … (France 24, February 22)", "the Kyiv Post reported … (Kyiv Post, May 3)": a
    /// source the article cites by a name of several words is that organisation wherever the name stands, so a model
    /// span inside it ("France", "Kyiv") becomes the whole name.
    /// </summary>
    internal static void ExtendToCitedNames(Document document, List<Entity> model)
    {
        foreach (string name in document.Entities.Where(e => e.Source == Rules.NameRules.CitationSourceSource && e.Text.Contains(' ')).Select(e => e.Text).Distinct())
            for (int at = document.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                int end = at + name.Length;
                if (EntityText.TokenStartingAt(document, at) < 0 || EntityText.TokenEndingAt(document, end) < 0) continue;
                int inside = model.FindIndex(m => at <= m.Start && m.End <= end && m.End - m.Start < name.Length);
                if (inside < 0) continue;
                var whole = Respanned(model[inside], at, end, name, name, model[inside].Confidence);
                whole.Label = EntityLabels.Org;
                model[inside] = whole;
                model.RemoveAll(m => m != whole && at <= m.Start && m.End <= end);
            }
    }

    /// <summary>
    /// "The Economic Freedom Fighters of Julius Malema": an organisation's span that ends in "of" + a person an earlier
    /// stage found is cut before "of"; the person stands on its own (their party, not part of its name).
    /// </summary>
    internal static void CutPersonsAfterOf(List<Entity> earlier, List<Entity> model)
    {
        var personEnding = new Dictionary<int, Entity>();
        foreach (var e in earlier)
            if (e.Label == EntityLabels.Person) personEnding.TryAdd(e.End, e);
        for (int i = 0; i < model.Count; i++)
        {
            var m = model[i];
            if (m.Label != EntityLabels.Org || !personEnding.TryGetValue(m.End, out var person) || person.Start <= m.Start) continue;
            int at = person.Start - m.Start;
            if (!m.Text.AsSpan(0, at).EndsWith(" of ", StringComparison.Ordinal)) continue;
            string text = m.Text[..(at - 4)];
            model[i] = Respanned(m, m.Start, m.Start + text.Length, text, text, m.Confidence);
        }
    }

    /// <summary>
    /// "Balkh, Jowzjan and Faryab provinces", "the Kherson and Zaporizhzhia regions", "the Abu Shouk displacement camp":
    /// names listed before a noun of a country's parts, a camp or a field (<see cref="EntityText.PlaceNamesEnd"/>) are
    /// places, whatever the model reads in a name it does not know (it had "Jowzjan" and "Abu Shouk" as persons).
    /// Sub-national nouns only: before "countries" or "states" an organisation names its members ("EU countries").
    /// </summary>
    internal static void RelabelPlaceLists(Document document, List<Entity> model)
    {
        Dictionary<int, Entity>? endingAt = null;
        var tokens = document.Tokens;
        for (int t = 1; t < tokens.Count; t++)
        {
            int namesEnd = EntityText.PlaceNamesEnd(document, t);
            if (namesEnd < 1) continue;
            if (endingAt is null)
            {
                endingAt = new Dictionary<int, Entity>();
                foreach (var m in model) endingAt[m.End] = m;
            }
            // Back over the list: name, then ", " / "and" / "or" / ", and", then the name before, …
            int at = namesEnd - 1;
            while (at >= 0 && endingAt.TryGetValue(tokens[at].End, out var name))
            {
                // "the Labour Party district office": a name ending in an organisation's word stays one.
                if (name.Label is EntityLabels.Person
                    || name.Label is EntityLabels.Org && !OrganisationNameEndLookup.Contains(name.Text.AsSpan(name.Text.LastIndexOf(' ') + 1)))
                    name.Label = EntityLabels.Loc;
                at = EntityText.TokenStartingAt(document, name.Start) - 1;
                int connectors = 0;
                while (at >= 0 && connectors < 2 && document.SpanOf(tokens[at]) is "," or "and" or "or") { at--; connectors++; }
                if (connectors == 0) break;
            }
        }
    }

    private static bool IsOrganisationNameEnd(string text, in Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return OrganisationNameEndLookup.Contains(word) || InstitutionOrPlaceNameEndLookup.Contains(word);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationNameEndLookup = OrganisationNameEnds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionOrPlaceNameEndLookup = InstitutionOrPlaceNameEnds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FeatureNameEndLookup = FeatureNameEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The source's ending of a long name an acronym's initials spell (<see cref="Rules.AcronymRules.LongNameRule"/>).</summary>
    private const string AcronymLongNameSuffix = "/" + Rules.AcronymRules.LongNameRule;

    /// <summary>
    /// A model span inside a longer name that an earlier stage found with the same label takes that name: "Organization
    /// for Security and Cooperation" inside the rule's "… in Europe", "Richard" inside the title rule's "Richard Miles".
    /// A long name the article defines by an acronym or describes as an organisation is taken with its own label ("Pakistan"
    /// inside "Tehreek-e-Taliban Pakistan (TTP)", "Germany" inside "Alternative for Germany, the largest opposition party"),
    /// and so is a place's broadcaster ("Sudan" inside "Sudan TV").
    /// </summary>
    internal static void ExtendToLongerEarlierNames(List<Entity> earlier, List<Entity> model)
    {
        var sorted = earlier.Where(e => e.Label is EntityLabels.Person or EntityLabels.Org or EntityLabels.Loc).OrderBy(e => e.Start).ToList();
        if (sorted.Count == 0) return;
        var starts = sorted.Select(e => e.Start).ToList();
        for (int i = 0; i < model.Count; i++)
        {
            var m = model[i];
            int at = starts.BinarySearch(m.Start + 1);
            at = at < 0 ? ~at : at;  // entries before it start at or before m
            for (int j = at - 1; j >= Math.Max(0, at - 4); j--)
            {
                var e = sorted[j];
                if (e.End < m.End || e.End - e.Start <= m.End - m.Start) continue;
                string before = e.Text[..(m.Start - e.Start)], after = e.Text[(m.End - e.Start)..];
                // "the Communications Authority of Kenya": a place after the "of" of a name its head noun opens is part of it
                // (the model read "Kenya" alone), its head before the first "of" ("the Forum of Culture and Arts of Uzbekistan").
                // So is one after the "of" of a name its context describes ("the opposition Democratic Choice of Kazakhstan party").
                bool placeOfHeadFirstName = m.Label == EntityLabels.Loc && after.Length == 0
                                            && (before.EndsWith(" of ", StringComparison.Ordinal) || before.EndsWith(" of the ", StringComparison.Ordinal))
                                            && (e.Source == Rules.NameRules.OrgDescriptorSource
                                                || e.Source == Rules.NameRules.OrgHeadSource
                                                   && Rules.NameRules.IsHeadBeforeOf(before[..before.IndexOf(" of ", StringComparison.Ordinal)].Split(' ')[^1]));
                // "journalists from Sudan TV": a place's broadcaster, whose head the rule read after the model's place.
                bool broadcasterOfAPlace = m.Label == EntityLabels.Loc && before.Length == 0 && e.Source == Rules.NameRules.OrgHeadSource
                                           && after is " TV" or " Television" or " Radio";
                bool spelledByAcronym = e.Source.EndsWith(AcronymLongNameSuffix, StringComparison.Ordinal);
                bool defined = spelledByAcronym || e.Source == Rules.NameRules.OrgDescriptorSource || placeOfHeadFirstName || broadcasterOfAPlace;
                if (e.Label != m.Label && !defined) continue;
                // Not over a coordination a rule read as one name, nor onto what a name after "of" belongs to: "X Party and
                // Y Party", "Fellow of the British Academy". A name the gazetteer lists whole may hold an "and"
                // ("Organization for Security and Co-operation in Europe").
                // So may a name the head noun opens, whose "of" or "for" phrase holds the "and" ("Ministry of Energy and Water
                // Resources", "Bureau for Human Rights and Rule of Law"; not "Green Party of Ontario and Green Party of Canada",
                // two such names, the second with a head noun of its own).
                // So may a name an acronym's initials spell whole ("Almalyk Mining and Metallurgical Complex (AMMC)").
                bool listed = e.Source is GazetteerEntityTagger.StageName or GazetteerEntityTagger.InstitutionSource
                              || e.Source == Rules.NameRules.OrgHeadSource && HoldsAPortfolioAnd(e.Text)
                              || spelledByAcronym;
                if (!listed && ((before + " " + after).Contains(" and ", StringComparison.Ordinal) || after.StartsWith(" and", StringComparison.Ordinal))
                    || !placeOfHeadFirstName && (before.EndsWith(" of ", StringComparison.Ordinal) || before.EndsWith(" of the ", StringComparison.Ordinal))) continue;
                model[i] = Respanned(m, e.Start, e.End, e.Text, e.Canonical, Math.Max(m.Confidence, e.Confidence));
                model[i].Label = e.Label;
                break;
            }
        }
        // Two model spans inside one name ("Zolbak" and "Germany" in "Zolbak for Germany") now are that name once.
        for (int i = model.Count - 1; i > 0; i--)
            if (model[i].Start == model[i - 1].Start && model[i].End == model[i - 1].End) model.RemoveAt(i);
    }

    /// <summary>
    /// A model span that an earlier stage also found, with the same label, keeps that stage's canonical name: the gazetteer
    /// ("U.S." → "United States") and acronym definitions ("CSTO" → its long name) know more than the span's own text.
    /// </summary>
    private static void InheritCanonicals(List<Entity> earlier, List<Entity> model)
    {
        var canonicals = new Dictionary<(int, int, string), string>();
        foreach (var e in earlier) canonicals.TryAdd((e.Start, e.End, e.Label), e.Canonical);
        foreach (var m in model)
            if (canonicals.TryGetValue((m.Start, m.End, m.Label), out var canonical)) m.Canonical = canonical;
    }

    /// <summary>
    /// Where the model spans exactly a place the gazetteer knows without ambiguity ("Israel"; "Jordan" is ambiguous) and
    /// gives it another label, the place stands: "Israel demanded …" reads like a person to a model that judges by
    /// context, but a country's name does not change its kind with the verb. Only places, the curated institutions and
    /// organisations ("Kremlin spokesman …", "Gazprom said" are no persons), a one-word company name by its ending
    /// ("Turkmengaz" is no place), a listed company's national subsidiary ("Rosneft Germany"), a person named in apposition after
    /// a title ("the parliament's speaker, Lasha Ashuba,"), and a name the text itself calls a company, an agency, a party … (the rule
    /// "org_descriptor": "energy giant Gazprom", "Moldovagaz, the state gas company"): the dictionaries' person and
    /// organisation lists mix the two ("Hassan Nasrallah" is listed with his movement), so a listed organisation overrules
    /// the model's person only where its first word is no first name (<see cref="IsListedOrganisationOfNoPerson"/>). A name
    /// the article cites as a source or calls a company is an organisation wherever it is named (<see cref="RelabelKnownOrganisations"/>).
    /// </summary>
    private static void KeepFixedLabels(List<Entity> earlier, List<Entity> model, Gazetteer? commonWords)
    {
        var fixedLabels = new Dictionary<(int, int), Entity>();
        foreach (var e in earlier)
            if (e.Source == GazetteerEntityTagger.StageName && e.Confidence >= GazetteerEntityTagger.UnambiguousConfidence && e.Label == EntityLabels.Loc
                || e.Source is GazetteerEntityTagger.InstitutionSource or Rules.NameRules.OrgDescriptorSource or Rules.NameRules.CompanyWordSource
                    or Rules.NameRules.SubsidiarySource or Rules.NameRules.PersonAfterRoleSource)
                fixedLabels[(e.Start, e.End)] = e;
        foreach (var m in model)
        {
            if (!fixedLabels.TryGetValue((m.Start, m.End), out var known))
            {
                if (m.Label == EntityLabels.Person && commonWords is not null && IsListedOrganisationOfNoPerson(earlier, m, commonWords)) m.Label = EntityLabels.Org;
                continue;
            }
            // ("the ruling Morena party": a place's name its context describes as an organisation is one, whatever the gazetteer lists.)
            if (m.Source == DescribedSource && known.Source == GazetteerEntityTagger.StageName) continue;
            m.Label = known.Label;
            // A name the text calls a company stays one the context describes, which the alias stage repeats.
            if (known.Source == Rules.NameRules.OrgDescriptorSource && m.Source == StageName) m.Source = DescribedSource;
        }
        RelabelKnownOrganisations(earlier, model);
    }

    /// <summary>"Boko Haram and Islamic State West Africa Province have killed …": the gazetteer lists the model's person
    /// exactly, without ambiguity, as an organisation, and its first word is no first name (PETRARCH2 lists some leaders with
    /// their movements: "Hassan Nasrallah" stays a person).</summary>
    private static bool IsListedOrganisationOfNoPerson(List<Entity> earlier, Entity person, Gazetteer commonWords)
    {
        var listed = earlier.Find(e => e.Start == person.Start && e.End == person.End && e.Source == GazetteerEntityTagger.StageName);
        if (listed is not { Label: EntityLabels.Org } || listed.Confidence < GazetteerEntityTagger.UnambiguousConfidence) return false;
        int space = listed.Text.IndexOf(' ');
        return !commonWords.IsFirstName(listed.Text.AsSpan(0, space > 0 ? space : listed.Text.Length));
    }

    /// <summary>
    /// "Kokoity told Interfax that …" read as a person, "(Vecherny Bishkek, January 18)" as a place, where the article
    /// cites the name as a source (a medium), or "Novatek would redirect cargoes" where the article has called Novatek a
    /// company ("Novatek, Russia's largest LNG producer"): an organisation wherever it is named. So is the name's first
    /// word where the rest only says what kind of body it is ("Wingtech Technology, a Shanghai-listed group" … "Wingtech said").
    /// </summary>
    internal static void RelabelKnownOrganisations(List<Entity> earlier, List<Entity> model)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in earlier)
            // (Not a name cut short inside a longer one: "state-owned Almalyk Mining" inside "Almalyk Mining and Metallurgical
            // Complex (AMMC)", whose first word is the town's too.)
            if (e.Source is Rules.NameRules.CitationSourceSource or Rules.NameRules.OrgDescriptorSource && !InsideALongerOrganisation(earlier, e))
            {
                known.Add(e.Text);
                var words = e.Text.Split(' ');
                if (words.Length > 1 && words.Skip(1).All(w => OrganisationNameEnds.Contains(w) || BusinessNameEnds.Contains(w))) known.Add(words[0]);
            }
        foreach (var m in model)
            if (m.Label is EntityLabels.Person or EntityLabels.Loc && known.Contains(m.Text)) m.Label = EntityLabels.Org;
    }

    /// <summary>An earlier organisation spans <paramref name="e"/> and more.</summary>
    private static bool InsideALongerOrganisation(List<Entity> earlier, Entity e)
    {
        foreach (var other in earlier)
            if (other.Label == EntityLabels.Org && other.Start <= e.Start && e.End <= other.End && other.End - other.Start > e.End - e.Start) return true;
        return false;
    }

    /// <summary>The model span over [<paramref name="start"/>, <paramref name="end"/>) of the document, named by its own text,
    /// with the span's label, source and confidence.</summary>
    private static Entity Respanned(Document document, Entity model, int start, int end)
    {
        string text = document.Slice(start, end);
        return Respanned(model, start, end, text, text, model.Confidence);
    }

    private static Entity Respanned(Entity model, int start, int end, string text, string canonical, double confidence) => new()
    {
        Id = "", Start = start, End = end, Label = model.Label, Text = text, Canonical = canonical, Confidence = confidence, Source = model.Source,
    };

    private static readonly Comparison<Entity> ByStart = (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private static int FirstEndingAfter(List<Entity> sorted, int offset)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid].End > offset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static int CountStartingBefore(List<Entity> sorted, int count, int offset)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
