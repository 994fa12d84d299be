using Extraction.Corpora;
using Extraction.Entities;
using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Training;

/// <summary>A corpus file used for NER training or evaluation, and how its mentions are read.</summary>
/// <param name="Path">Any format <see cref="CorpusReader"/> reads (gold JSON/JSONL, re3d with labels.json, CoNLL/IOB2, Re-DocRED).</param>
/// <param name="NamesOnly">
/// The corpus also annotates pronouns and descriptions as entities (re3d: "he", "the regime", "a Foreign Office
/// spokesman"): keep only name mentions (see <see cref="NerCorpora.ToNerDocuments"/>).
/// </param>
/// <summary>
/// An annotated corpus to train or score on. <see cref="Weight"/> scales the loss of its tokens in training: a user's own
/// in-domain data can count for more than the general corpora it is mixed with.
/// </summary>
public sealed record NerSource(string Name, string Path, bool NamesOnly = false, float Weight = 1f)
{
    /// <summary>
    /// A corpus file given by the user, named by its file name. A re3d-style file (its own <c>labels.json</c> beside it,
    /// as re3d ships) is read names-only, as the default re3d corpus is: it annotates pronouns and descriptions too.
    /// </summary>
    public static NerSource ForFile(string path) =>
        new(System.IO.Path.GetFileNameWithoutExtension(path), path, NamesOnly: File.Exists(path) && CorpusReader.LabelMapBeside(path) is not null && CorpusReader.Detect(path) == CorpusFormat.Gold);
}

/// <summary>
/// The corpora the shipped model is trained and measured on, and the conversion of any annotated corpus into
/// <see cref="NerDocument"/>s: the corpus's own tokens and sentences where it has them, else the project's segmenter.
/// </summary>
public static class NerCorpora
{
    /// <summary>Training part of ../shared/data (documented in models/README.md). Held-out parts are never in here.</summary>
    public static IReadOnlyList<NerSource> DefaultTraining(string data) =>
    [
        new("re3d-train", System.IO.Path.Combine(data, "re3d", "re3d.train.jsonl"), NamesOnly: true),
        new("uner-ewt-dev", System.IO.Path.Combine(data, "uner_en_ewt", "en_ewt-ud-dev.iob2")),
        new("crossner-politics-train", System.IO.Path.Combine(data, "crossner_politics", "train.txt")),
        new("re-docred-dev", System.IO.Path.Combine(data, "re_docred", "dev_revised.json")),
    ];

    /// <summary>Held-out sets for the reported figures: UNER EWT test and CrossNER politics dev.</summary>
    public static IReadOnlyList<NerSource> DefaultHeldOut(string data) =>
    [
        new("uner-ewt-test", System.IO.Path.Combine(data, "uner_en_ewt", "en_ewt-ud-test.iob2")),
        new("crossner-politics-dev", System.IO.Path.Combine(data, "crossner_politics", "dev.txt")),
    ];

    public static (Corpus Corpus, List<NerDocument> Documents) Read(NerSource source, Gazetteer? gazetteer)
    {
        var corpus = CorpusReader.Read(source.Path);
        return (corpus, corpus.Documents.Select(d => ToNerDocument(source, d, gazetteer)).ToList());
    }

    /// <summary>
    /// Converts one annotated document. Label conventions are reconciled with ours here, generally rather than per corpus:
    /// <list type="bullet">
    /// <item>a leading determiner is not part of a mention ("the United States" → "United States");</item>
    /// <item>a LOC mention that the gazetteer knows only as a demonym is NORP (Re-DocRED types "German" by its country);</item>
    /// <item>with <see cref="NerSource.NamesOnly"/>: a leading determiner is dropped ("the United Nations"); a PERSON/ORG/LOC
    /// mention without a capitalised word or made of pronouns only is no name ("he", "the regime", "I", "We") and its
    /// tokens are O; one that mixes names and lower-case description words ("Iraqi President Fuad Masum") has no exact
    /// counterpart in our conventions and is masked; a country name labelled ORG (re3d's "countries acting as agents")
    /// is LOC.</item>
    /// </list>
    /// </summary>
    public static NerDocument ToNerDocument(NerSource source, AnnotatedDocument document, Gazetteer? gazetteer)
    {
        var tokens = new List<Token>();
        var sentences = new List<(int First, int Count)>();
        if (document.Tokens.Count > 0)
        {
            foreach (var t in document.Tokens) tokens.Add(new Token(t.Start, t.End, KindOf(document.Text[t.Start])));
            int next = 0;
            foreach (var s in document.Sentences)
            {
                int first = next;
                while (next < tokens.Count && tokens[next].Start < s.End) next++;
                sentences.Add((first, next - first));
            }
            if (next < tokens.Count) sentences.Add((next, tokens.Count - next));
        }
        else
        {
            var segmentSentences = new List<Sentence>();
            new Segmenter().Segment(document.Text, new List<TextSpan>(), segmentSentences, tokens);
            foreach (var s in segmentSentences) sentences.Add((s.FirstToken, s.TokenCount));
        }

        var mentions = new List<NerMention>(document.Entities.Count);
        foreach (var e in document.Entities)
        {
            var mention = source.NamesOnly ? NameOnly(document.Text, new NerMention(e.Start, e.End, e.Label), gazetteer)
                : WithoutDeterminer(document.Text, new NerMention(e.Start, e.End, e.Label));
            if (mention.Label == EntityLabels.Loc && gazetteer is not null && IsOnly(gazetteer, document.Text[mention.Start..mention.End], EntityLabels.Norp))
                mention = mention with { Label = EntityLabels.Norp };
            mentions.Add(mention);
        }
        return new NerDocument
        {
            Corpus = source.Name, Id = document.Id, Text = document.Text, Tokens = tokens, Sentences = sentences,
            Mentions = mentions, AnnotatedLabels = document.AnnotatedLabels, Weight = source.Weight,
        };
    }

    private static readonly string[] NameLabels = [EntityLabels.Person, EntityLabels.Org, EntityLabels.Loc];

    private static NerMention NameOnly(string text, NerMention mention, Gazetteer? gazetteer)
    {
        if (mention.Label is null || !NameLabels.Contains(mention.Label)) return mention;
        var words = new List<Token>();
        Tokenizer.Tokenize(text, mention.Start, mention.End, words);
        int first = 0;
        while (first < words.Count && EntityText.IsDeterminer(text.AsSpan(words[first].Start, words[first].Length))) first++;
        if (first == words.Count) return mention with { Label = NerMention.NotAName };
        // re3d's "I", "We", "He": capitalised, but pronouns, not names.
        if (EntityText.ArePronouns(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words)[first..])) return mention with { Label = NerMention.NotAName };
        bool anyCapital = false, description = false;
        for (int i = first; i < words.Count; i++)
        {
            var w = text.AsSpan(words[i].Start, words[i].Length);
            if (!char.IsLetter(w[0])) continue;
            if (char.IsUpper(w[0])) anyCapital = true;
            else if (!EntityText.IsConnector(w)) description = true;
        }
        if (!anyCapital) return mention with { Label = NerMention.NotAName };
        var trimmed = new NerMention(words[first].Start, mention.End, mention.Label);
        if (description) return trimmed with { Label = null };
        if (trimmed.Label == EntityLabels.Org && gazetteer is not null && IsOnly(gazetteer, text[trimmed.Start..trimmed.End], EntityLabels.Loc))
            return trimmed with { Label = EntityLabels.Loc };
        return trimmed;
    }

    /// <summary>Our convention: a span never starts with a determiner ("the United States" → "United States").</summary>
    private static NerMention WithoutDeterminer(string text, NerMention mention)
    {
        int start = mention.Start;
        while (true)
        {
            int space = text.IndexOf(' ', start, mention.End - start);
            if (space < 0 || !EntityText.IsDeterminer(text.AsSpan(start, space - start))) break;
            start = space + 1;
        }
        return mention with { Start = start };
    }

    private static bool IsOnly(Gazetteer gazetteer, string name, string label)
    {
        int entry = gazetteer.Find(name);
        return entry >= 0 && gazetteer.Label(entry) == label;
    }

    private static TokenKind KindOf(char c) =>
        char.IsLetter(c) ? TokenKind.Word : char.IsDigit(c) ? TokenKind.Number : char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
}
