using Extraction.Entities.Transformer;
using Extraction.Model;

namespace Extraction.Entities.Statistical;

/// <summary>An entity found by the tagger: tokens [FirstToken, EndToken) of the tagged range, a label index, and its
/// span probability before (<see cref="Probability"/>) and after calibration (<see cref="Confidence"/>).</summary>
public readonly record struct NerSpan(int FirstToken, int EndToken, int Label, double Probability, double Confidence);

/// <summary>
/// Tags sentences with a <see cref="NerModel"/>: lexicon marks → features → scores → constrained Viterbi → spans with
/// forward–backward confidence. Thread-safe; each thread reuses its own buffers, so steady-state tagging allocates nothing.
/// A model that also reads contextual token vectors (<see cref="NerModelInfo.Encoder"/>) needs its encoder; its
/// sentences are best tagged together (<see cref="TagSentences"/>) so that the encoder sees them in batches.
/// </summary>
public sealed class NerTagger
{
    /// <summary>Longer token runs (a text without sentence breaks) are tagged in windows of this many tokens.</summary>
    public const int MaxWindow = 256;

    private readonly ITokenLexicon? _lexicon;
    private readonly WordClusters? _clusters;
    private readonly int _personLabel, _norpLabel, _orgLabel;  // -1 when the model has no such label
    private readonly uint _norpBits, _placeBits, _personBits;    // the lexicon's begin and continue bits of NORP, LOC and PERSON, 0 without one

    public NerTagger(NerModel model, ITokenLexicon? lexicon, WordClusters? clusters = null, ContextEncoder? encoder = null)
    {
        if (model.Info.Lexicon != lexicon?.Name)
            throw new InvalidDataException(
                $"the NER model was trained with lexicon \"{model.Info.Lexicon ?? "(none)"}\" but is paired with \"{lexicon?.Name ?? "(none)"}\"; " +
                "retrain it with `extraction train ner` or configure the matching gazetteer");
        if (model.Info.WordClusters != clusters?.Name)
            throw new InvalidDataException(
                $"the NER model was trained with word clusters \"{model.Info.WordClusters ?? "(none)"}\" but is paired with \"{clusters?.Name ?? "(none)"}\"; " +
                "retrain it with `extraction train ner` or configure the matching word_clusters file");
        // The encoder's name includes its layers: a head trained on other layers' vectors is refused here.
        if (model.Info.Encoder is not null && (encoder is null || !encoder.Reads(model.Info.Encoder) || model.Info.EmbeddingDimensions != encoder.Dimensions))
            throw new InvalidDataException($"the NER model reads vectors of encoder \"{model.Info.Encoder}\" ({model.Info.EmbeddingDimensions} values), " +
                                           (encoder is null ? "but no encoder is given"
                                               : $"but the encoder configured is \"{encoder.ModelName}\" ({encoder.Dimensions} values); " +
                                                 "set the ner stage's \"encoder_layers\" and \"encoder_pack_sentences\" to the model's, or retrain it with `extraction train ner --profile accurate --encoder-layers`"));
        Model = model;
        _lexicon = lexicon;
        _clusters = clusters;
        _personLabel = model.Tags.Labels.ToList().IndexOf(EntityLabels.Person);
        _norpLabel = model.Tags.Labels.ToList().IndexOf(EntityLabels.Norp);
        _orgLabel = model.Tags.Labels.ToList().IndexOf(EntityLabels.Org);
        (_norpBits, _placeBits, _personBits) = (MarkBits(lexicon, EntityLabels.Norp), MarkBits(lexicon, EntityLabels.Loc), MarkBits(lexicon, EntityLabels.Person));
        Encoder = model.Info.Encoder is null ? null : encoder;
    }

    public NerModel Model { get; }
    /// <summary>The encoder whose vectors the model reads, or null.</summary>
    public ContextEncoder? Encoder { get; }

    /// <summary>
    /// Tags each sentence (a range of <paramref name="tokens"/>) and appends its entities to <paramref name="into"/>, with
    /// token indices into <paramref name="tokens"/>. With an encoder the sentences are embedded in batches first.
    /// </summary>
    public void TagSentences(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<(int First, int Count)> sentences, List<NerSpan> into)
    {
        if (Encoder is null)
        {
            foreach (var (first, count) in sentences) TagAt(text, tokens, first, count, into, default);
            return;
        }
        // Vectors only for the tokens the sentences cover, numbered from the first of them.
        int lo = int.MaxValue, hi = 0;
        foreach (var (first, count) in sentences)
        {
            lo = Math.Min(lo, first);
            hi = Math.Max(hi, first + count);
        }
        if (hi <= lo) return;
        int dimensions = Encoder.Dimensions;
        var shifted = sentences.Select(s => (s.First - lo, s.Count)).ToList();
        float[] vectors = System.Buffers.ArrayPool<float>.Shared.Rent((hi - lo) * dimensions);
        try
        {
            Encoder.Encode(text, tokens[lo..hi], shifted, vectors);
            foreach (var (first, count) in sentences)
                TagAt(text, tokens, first, count, into, vectors.AsSpan((first - lo) * dimensions, count * dimensions));
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(vectors);
        }
    }

    private void TagAt(string text, ReadOnlySpan<Token> tokens, int first, int count, List<NerSpan> into, ReadOnlySpan<float> vectors)
    {
        int before = into.Count;
        Tag(text, tokens.Slice(first, count), into, vectors);
        for (int i = before; i < into.Count; i++)
            into[i] = into[i] with { FirstToken = into[i].FirstToken + first, EndToken = into[i].EndToken + first };
    }

    [ThreadStatic] private static Workspace? _workspace;

    /// <summary>
    /// Appends the entities found in <paramref name="tokens"/> (one sentence of <paramref name="text"/>) to <paramref name="into"/>.
    /// A model that reads token vectors gets them from <paramref name="vectors"/> (<see cref="NerModelInfo.EmbeddingDimensions"/>
    /// per token), or from its encoder when none are given.
    /// </summary>
    public void Tag(string text, ReadOnlySpan<Token> tokens, List<NerSpan> into, ReadOnlySpan<float> vectors = default)
    {
        int dimensions = Model.Info.EmbeddingDimensions;
        if (dimensions > 0 && vectors.IsEmpty && tokens.Length > 0 && Encoder is not null)
        {
            TagSentences(text, tokens, [(0, tokens.Length)], into);
            return;
        }
        if (vectors.Length != tokens.Length * dimensions)
            throw new ArgumentException($"the model reads {dimensions} values per token; got {vectors.Length} for {tokens.Length} tokens", nameof(vectors));
        for (int start = 0; start < tokens.Length; start += MaxWindow)
        {
            int before = into.Count;
            int length = Math.Min(MaxWindow, tokens.Length - start);
            TagWindow(text, tokens.Slice(start, length), into, vectors.Slice(start * dimensions, length * dimensions));
            for (int i = before; i < into.Count; i++)
                into[i] = into[i] with { FirstToken = into[i].FirstToken + start, EndToken = into[i].EndToken + start };
        }
    }

    private void TagWindow(string text, ReadOnlySpan<Token> tokens, List<NerSpan> into, ReadOnlySpan<float> vectors)
    {
        int n = tokens.Length;
        if (n == 0) return;
        int tags = Model.Tags.Count, stride = Model.Stride;
        var w = _workspace ??= new Workspace();
        w.Ensure(n, stride, tags);

        var marks = w.Lexicon.AsSpan(0, _lexicon is null ? 0 : n);
        if (_lexicon is not null)
        {
            marks.Clear();
            _lexicon.Mark(text, tokens, marks);
        }
        var features = w.Features.AsSpan(0, n * NerFeaturizer.FeaturesPerToken);
        NerFeaturizer.Featurize(text, tokens, marks, _clusters, w.Hashes, features);
        var scores = w.Scores.AsSpan(0, n * stride);
        Model.Score(features, n, scores, vectors);

        var path = w.Path.AsSpan(0, n);
        var local = w.Local.AsSpan(0, n * (tags + 1) * stride);
        var alpha = w.Alpha.AsSpan(0, n * stride);
        var rows = new LocalScores(Model, scores, w.Hashes);
        NerDecoder.Decode(ref rows, n, tags, stride, PruneBelow, w.Accumulator.AsSpan(0, stride), local, w.LogLocal.AsSpan(0, local.Length),
            alpha, w.Delta, w.Back, path);

        bool any = false;
        foreach (int tag in path) any |= tag != NerTagSet.Outside;
        if (!any) return;

        for (int t = 0; t < n; t++)
        {
            if (!NerTagSet.IsBegin(path[t])) continue;
            int label = NerTagSet.LabelOf(path[t]);
            int end = t + 1;
            while (end < n && path[end] == NerTagSet.Inside(label)) end++;
            double p = NerDecoder.SpanProbability(t, end, label, n, tags, stride, local, alpha);
            // Our spans never start with a determiner ("United States", not "the United States") or a describing
            // compound ("Almaty-based"), and never begin or end with punctuation ("PRC -").
            int from = t, to = end;
            while (from < to - 1 && (IsPunctuation(text, tokens[from]) || EntityText.IsDeterminer(text.AsSpan(tokens[from].Start, tokens[from].Length))
                                     || EntityText.IsAttributiveCompound(text.AsSpan(tokens[from].Start, tokens[from].Length)))) from++;
            while (to > from + 1 && IsPunctuation(text, tokens[to - 1])) to--;
            // "Glencore Chief Executive Gary Nagle": a company, its title for the person, and the person's name, whether the
            // model read the whole as a person or as an organisation ("EU Trade Commissioner Maros Sefcovic").
            if ((label == _personLabel || label == _orgLabel) && _orgLabel >= 0 && _personLabel >= 0
                && OrganisationBeforeTitle(text, tokens, marks, from, to) is var (titleStart, nameStart))
            {
                // "Putin Adviser Yuri Ushakov": a person the lexicon knows before the title is that person, no organisation.
                into.Add(new NerSpan(from, titleStart, AllMarked(marks, from, titleStart, _personBits) ? _personLabel : _orgLabel, p, Model.Calibrate(p)));
                (from, label) = (nameStart, _personLabel);
            }
            if (label == _personLabel)
                while (IsLeadingDescriptor(text, tokens, marks, from, to)) from++;
            else if (label != _norpLabel && !IsDescriptionOnly(text, tokens, marks, from, to))  // "Kyrgyz President" goes whole, below
                to = WithoutTrailingTitle(text, tokens, from, to);
            // "I", "We": a model trained on corpora that annotate pronouns may still span one.
            if (IsPunctuation(text, tokens[from]) || EntityText.ArePronouns(text, tokens[from..to])
                || to - from == 1 && EntityText.IsCommonAbbreviation(text.AsSpan(tokens[from].Start, tokens[from].Length))
                || label == _orgLabel && IsPortfolio(text, tokens, marks, from, to) || NamesADocument(text, tokens, from, to)
                || label != _norpLabel && (IsDescriptionOnly(text, tokens, marks, from, to) || AreNationalities(text, tokens, marks, from, to)
                                           || label != _personLabel && IsTitledName(text, tokens, marks, from, to))) continue;
            into.Add(new NerSpan(from, to, label, p, Model.Calibrate(p)));
        }
    }

    /// <summary>"the Abraham Accords", "the Digital Markets Act": a name ending in the noun of an agreement or a law names a
    /// document, no person, organisation or place.</summary>
    private static bool NamesADocument(string text, ReadOnlySpan<Token> tokens, int from, int to) =>
        to - from >= 2 && EntityText.IsDocumentNoun(text.AsSpan(tokens[to - 1].Start, tokens[to - 1].Length));

    /// <summary>
    /// "Kyrgyz President", "Foreign Minister": a title noun with only nationality and title words before it describes
    /// someone, it names no person, organisation or place (the name usually follows, and is tagged on its own).
    /// "Iraqi Army" or "Afghan National Police" end in no title noun and stay. Not asked of NORP spans.
    /// </summary>
    private bool IsDescriptionOnly(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to)
    {
        if (TitleKindOf(text, tokens[to - 1]) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) return false;
        for (int t = from; t < to - 1; t++)
        {
            bool nationality = _norpBits != 0 && !marks.IsEmpty && (marks[t] & _norpBits) != 0;
            if (!nationality && TitleKindOf(text, tokens[t]) == Relations.TitleKind.None) return false;
        }
        return true;
    }

    /// <summary>
    /// "Energy Commissioner Kadri Simson", "U.S. District Judge Yvonne Gonzalez Rogers" read as an organisation: a title
    /// (after its modifiers, nationalities, a place opening the span and a minister's portfolio) and a name of two or more capitalised words
    /// describe a person, no organisation or place. Such a span is dropped; the person after the title is the entity
    /// rules' (a titled person).
    /// </summary>
    private bool IsTitledName(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to)
    {
        int title = from;
        if (_placeBits != 0 && !marks.IsEmpty && IsOneWordMatch(marks, from, _placeBits)) title++;
        while (title < to && (TitleKindOf(text, tokens[title]) == Relations.TitleKind.Modifier
                              || _norpBits != 0 && !marks.IsEmpty && (marks[title] & _norpBits) != 0)) title++;
        // ("Israeli Strategic Affairs Minister Ron Dermer": past a portfolio's capitalised words, no nationality or place, before a
        // minister's, a secretary's or a commissioner's title.)
        int portfolio = title;
        while (portfolio < to - 3 && portfolio - title < 2 && char.IsUpper(text[tokens[portfolio].Start]) && (marks.IsEmpty || (marks[portfolio] & (_norpBits | _placeBits)) == 0)
               && TitleKindOf(text, tokens[portfolio]) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) portfolio++;
        if (portfolio > title && IsPortfolioTitle(text, tokens[portfolio])) title = portfolio;
        if (title > to - 3 || !char.IsUpper(text[tokens[title].Start])
            || TitleKindOf(text, tokens[title]) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) return false;
        for (int t = title + 1; t < to; t++)
            if (!char.IsUpper(text[tokens[t].Start]) || TitleKindOf(text, tokens[t]) != Relations.TitleKind.None) return false;
        return true;
    }

    /// <summary>The lexicon's begin and continue bits of a label's class, 0 without a lexicon or that class.</summary>
    private static uint MarkBits(ITokenLexicon? lexicon, string label)
    {
        int k = lexicon?.Classes.ToList().IndexOf(label) ?? -1;
        return k < 0 ? 0 : 3u << (2 * k);
    }

    /// <summary>Every token of [from, to) carries one of <paramref name="bits"/> in the lexicon's marks.</summary>
    private static bool AllMarked(ReadOnlySpan<uint> marks, int from, int to, uint bits)
    {
        if (bits == 0 || marks.IsEmpty) return false;
        for (int t = from; t < to; t++)
            if ((marks[t] & bits) == 0) return false;
        return true;
    }

    /// <summary>
    /// A person's span that opens with capitalised words no lexicon knows (a company: "Glencore", "Teck"), then title words
    /// ("Chief Executive", "CEO"), then a name of two or more capitalised words: where the title and the name begin.
    /// Null when the span opens with a title, a nationality or a place (<see cref="IsLeadingDescriptor"/> trims those).
    /// </summary>
    private (int TitleStart, int NameStart)? OrganisationBeforeTitle(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to)
    {
        int title = from;
        while (title < to && TitleKindOf(text, tokens[title]) == Relations.TitleKind.None)
        {
            if (!char.IsUpper(text[tokens[title].Start]) || !marks.IsEmpty && (marks[title] & (_norpBits | _placeBits)) != 0) return null;
            title++;
        }
        if (title == from || title >= to) return null;
        int name = title;
        while (name < to && TitleKindOf(text, tokens[name]) != Relations.TitleKind.None) name++;
        if (to - name < 2 || TitleKindOf(text, tokens[name - 1]) is not (Relations.TitleKind.Head or Relations.TitleKind.Member)) return null;
        for (int t = name; t < to; t++)
            if (!char.IsUpper(text[tokens[t].Start])) return null;
        return (title, name);
    }

    /// <summary>
    /// "the Rohingya Muslim minority": every word a nationality or group the lexicon knows on its own, used as an adjective
    /// (the last in the singular, a lower-case word after it); those are NORP, no other name. A plural names a party or a
    /// people ("Australian Democrats").
    /// </summary>
    private bool AreNationalities(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to)
    {
        if (_norpBits == 0 || marks.IsEmpty || to >= tokens.Length || !char.IsLower(text[tokens[to].Start]) || text[tokens[to - 1].End - 1] == 's') return false;
        for (int t = from; t < to; t++)
            if (!IsOneWordMatch(marks, t, _norpBits)) return false;
        return true;
    }

    /// <summary>
    /// "Commerce Minister Wang Wentao": one word no lexicon knows right before "Minister" names the minister's portfolio,
    /// no organisation (companies and parties have no ministers).
    /// </summary>
    internal static bool IsPortfolio(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to) =>
        to - from == 1 && to < tokens.Length && (marks.IsEmpty || marks[from] == 0)
        && text.AsSpan(tokens[to].Start, tokens[to].Length) is "Minister" or "Ministers" or "minister" or "ministers";

    /// <summary>A title that a portfolio's words come before ("Electricity Minister", "Strategic Affairs Minister", "Energy
    /// Commissioner"), capitalised.</summary>
    private static bool IsPortfolioTitle(string text, in Token token) =>
        text.AsSpan(token.Start, token.Length) is "Minister" or "Secretary" or "Commissioner";

    private static Relations.TitleKind TitleKindOf(string text, in Token token) =>
        Relations.TitleLexicon.KindOf(text.AsSpan(token.Start, token.Length));

    /// <summary>
    /// A person's name does not include the title, nationality or country before it ("Kyrgyz President Askar Akayev"
    /// → "Askar Akayev", "Republican Warren G. Harding" → "Warren G. Harding", "US Secretary of State Antony Blinken"
    /// → "Antony Blinken"): the model, which sees such words inside names in some corpora, sometimes spans them. A
    /// leading word is dropped when a capitalised word follows within the span and it is a title word, a nationality
    /// the lexicon knows on its own, a one-word place the lexicon knows followed by a title word, or a portfolio's word
    /// before "Minister", "Secretary" or "Commissioner" and a name of two words or more ("Electricity Minister Ziad Ali Fadhil").
    /// </summary>
    private bool IsLeadingDescriptor(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<uint> marks, int from, int to)
    {
        if (to - from < 2) return false;
        bool capitalisedNext = char.IsUpper(text[tokens[from + 1].Start]);
        // "Secretary of State Antony Blinken": a title runs on over "of".
        if (TitleKindOf(text, tokens[from]) != Relations.TitleKind.None)
            return capitalisedNext || (to - from > 2 && text.AsSpan(tokens[from + 1].Start, tokens[from + 1].Length).SequenceEqual("of")
                                       && char.IsUpper(text[tokens[from + 2].Start]));
        if (!capitalisedNext) return false;
        return IsOneWordMatch(marks, from, _norpBits)
               || (IsOneWordMatch(marks, from, _placeBits) && TitleKindOf(text, tokens[from + 1]) != Relations.TitleKind.None)
               // "Electricity Minister Ziad Ali Fadhil": a portfolio's word before a minister's title, then a name of two words.
               || to - from >= 4 && IsPortfolioTitle(text, tokens[from + 1])
                  && char.IsUpper(text[tokens[from + 2].Start]) && char.IsUpper(text[tokens[from + 3].Start]);
    }

    /// <summary>
    /// "European Council President Charles Michel", "GNOFHAC Executive Director": an organisation's or place's span that
    /// runs on over a person's title (of the person named next, or of one named elsewhere) ends before the title (its head
    /// or member noun and the modifiers before it). A title after a lower-case word is the name's own ("Office of the President").
    /// </summary>
    private static int WithoutTrailingTitle(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        int end = to;
        while (end > from + 1 && TitleKindOf(text, tokens[end - 1]) is Relations.TitleKind.Head or Relations.TitleKind.Member) end--;
        if (end == to) return to;
        while (end > from + 1 && TitleKindOf(text, tokens[end - 1]) == Relations.TitleKind.Modifier) end--;
        return char.IsLower(text[tokens[end - 1].Start]) ? to : end;
    }

    /// <summary>A lexicon match of the class <paramref name="bits"/> that begins at the token and does not run on into the next.</summary>
    private static bool IsOneWordMatch(ReadOnlySpan<uint> marks, int at, uint bits) =>
        bits != 0 && !marks.IsEmpty && (marks[at] & bits) == (bits & 0x5555_5555u) && (at + 1 >= marks.Length || (marks[at + 1] & (bits & 0xAAAA_AAAAu)) == 0);

    private static bool IsPunctuation(string text, in Token token)
    {
        foreach (char c in text.AsSpan(token.Start, token.Length))
            if (char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>Previous tags with a smaller marginal are not expanded (see <see cref="NerDecoder.Decode"/>).</summary>
    public const float PruneBelow = 1e-6f;

    /// <summary>
    /// Rows of P(tag | previous tag, token) scores: the token's observation scores, plus the model's transition base
    /// for the previous tag (its weights and the BIO mask), plus the two transition features that depend on the token.
    /// </summary>
    private readonly ref struct LocalScores(NerModel model, ReadOnlySpan<float> observed, NerFeaturizer.TokenHashes[] hashes) : ILocalScores
    {
        private readonly ReadOnlySpan<float> _observed = observed;

        public void Fill(int t, int previous, Span<float> row)
        {
            int stride = model.Stride, lanes = System.Numerics.Vector<float>.Count;
            var observed = _observed.Slice(t * stride, stride);
            var transitionBase = model.TransitionBase(previous);
            for (int j = 0; j < stride; j += lanes)
                (new System.Numerics.Vector<float>(observed[j..]) + new System.Numerics.Vector<float>(transitionBase[j..])).CopyTo(row[j..]);
            Span<uint> transition = stackalloc uint[NerFeaturizer.TransitionFeaturesPerToken];
            NerFeaturizer.TransitionFeatures(hashes[t], previous == model.Tags.Count ? NerFeaturizer.StartTag : previous, transition);
            model.Accumulate(transition[1..], row);  // [0] is the previous-tag feature, already in the base
        }
    }

    private sealed class Workspace
    {
        public uint[] Lexicon = [], Features = [];
        public NerFeaturizer.TokenHashes[] Hashes = [];
        public float[] Scores = [], Accumulator = [], Delta = [], Local = [], LogLocal = [], Alpha = [];
        public int[] Back = [], Path = [];

        public void Ensure(int n, int stride, int tags)
        {
            Grow(ref Lexicon, n);
            Grow(ref Features, n * NerFeaturizer.FeaturesPerToken);
            Grow(ref Hashes, n);
            Grow(ref Scores, n * stride);
            Grow(ref Accumulator, stride);
            Grow(ref Delta, 2 * tags);
            Grow(ref Back, n * tags);
            Grow(ref Path, n);
            Grow(ref Local, n * (tags + 1) * stride);
            Grow(ref LogLocal, n * (tags + 1) * stride);
            Grow(ref Alpha, n * stride);
        }

        private static void Grow<T>(ref T[] array, int size)
        {
            if (array.Length < size) array = new T[Math.Max(size, array.Length * 2)];
        }
    }
}
