using Extraction.Entities.Statistical;
using Extraction.Model;

namespace Extraction.Training;

/// <summary>
/// A gold mention in a training document. <see cref="Label"/> is a contract label (PERSON, ORG, …), or null for a
/// type the contract has no equivalent for (MISC, CrossNER's "election"): its tokens are masked, never taken as O.
/// </summary>
public readonly record struct NerMention(int Start, int End, string? Label)
{
    /// <summary>A label no model predicts: the mention is known not to be an entity in our conventions, so its tokens are O.</summary>
    public const string NotAName = "O";
}

/// <summary>
/// One annotated text for NER training or evaluation, whatever corpus it came from: text, tokens, sentences as token
/// ranges, gold mentions, and the contract labels the corpus annotates (a label outside this set may hide behind an O).
/// </summary>
public sealed class NerDocument
{
    public required string Corpus { get; init; }
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<Token> Tokens { get; init; }
    public required IReadOnlyList<(int First, int Count)> Sentences { get; init; }
    public required IReadOnlyList<NerMention> Mentions { get; init; }
    public required IReadOnlySet<string> AnnotatedLabels { get; init; }
    /// <summary>Loss weight of every unmasked token (the corpus's <see cref="NerSource.Weight"/>).</summary>
    public float Weight { get; init; } = 1f;
}

/// <summary>
/// One training sentence: tokens with their gold tags and per-token loss weights (0 = masked), and for a model that reads
/// contextual vectors, those of its tokens (empty otherwise).
/// </summary>
public sealed record NerExample(string Corpus, string Text, Token[] Tokens, int[] Tags, float[] Weights, ReadOnlyMemory<float> Vectors = default);

/// <summary>
/// Turns <see cref="NerDocument"/>s into tagged sentences for a model's label set. This is where partial annotation is
/// handled (see models/README.md, "Masking"):
/// <list type="bullet">
/// <item>a mention whose contract label the model predicts gets B/I tags; one with another contract label is O for the
/// model (it is known to be none of the model's labels);</item>
/// <item>a mention of unknown type (null label), and any token that straddles a mention boundary or two overlapping
/// mentions, is masked;</item>
/// <item>an O token of a corpus that does not annotate label L, where a cue says it may well be an L (a month name for
/// DATE, a number for QUANTITY, a gazetteer demonym for NORP), is masked: the corpus is silent about it, not negative.</item>
/// </list>
/// </summary>
public sealed class NerExampleBuilder(NerTagSet tags, ITokenLexicon? lexicon)
{
    /// <param name="vectors">Contextual vectors of the document's tokens (a whole number per token), or empty.</param>
    public IEnumerable<NerExample> Build(NerDocument document, ReadOnlyMemory<float> vectors = default)
    {
        int dimensions = document.Tokens.Count == 0 ? 0 : vectors.Length / document.Tokens.Count;
        var missing = tags.Labels.Where(l => !document.AnnotatedLabels.Contains(l)).ToArray();
        foreach (var (first, count) in document.Sentences)
        {
            if (count == 0) continue;
            var tokens = new Token[count];
            for (int i = 0; i < count; i++) tokens[i] = document.Tokens[first + i];
            var tagArray = new int[count];
            var weights = new float[count];
            Array.Fill(weights, document.Weight);
            int sentenceStart = tokens[0].Start, sentenceEnd = tokens[^1].End;
            var owner = new int[count];  // which mention claims each token: -1 none, -2 conflict
            Array.Fill(owner, -1);

            for (int m = 0; m < document.Mentions.Count; m++)
            {
                var mention = document.Mentions[m];
                if (mention.End <= sentenceStart || mention.Start >= sentenceEnd) continue;
                for (int i = 0; i < count; i++)
                {
                    var t = tokens[i];
                    if (t.End <= mention.Start || t.Start >= mention.End) continue;
                    bool inside = t.Start >= mention.Start && t.End <= mention.End;
                    owner[i] = inside && owner[i] == -1 ? m : -2;
                }
            }

            for (int i = 0; i < count; i++)
            {
                if (owner[i] == -2) { weights[i] = 0; continue; }
                if (owner[i] == -1) continue;
                var mention = document.Mentions[owner[i]];
                if (mention.Label is null) { weights[i] = 0; continue; }
                int label = tags.IndexOf(mention.Label);
                if (label < 0) continue;  // a known label the model does not predict: O
                bool begins = i == 0 || owner[i - 1] != owner[i];
                tagArray[i] = begins ? NerTagSet.Begin(label) : NerTagSet.Inside(label);
            }

            if (missing.Length > 0) MaskSilentTokens(document.Text, tokens, tagArray, weights, missing);
            yield return new NerExample(document.Corpus, document.Text, tokens, tagArray, weights, vectors.Slice(first * dimensions, count * dimensions));
        }
    }

    private void MaskSilentTokens(string text, Token[] tokens, int[] tagArray, float[] weights, string[] missing)
    {
        uint[]? marks = null;
        if (lexicon is not null)
        {
            marks = new uint[tokens.Length];
            lexicon.Mark(text, tokens, marks);
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tagArray[i] != NerTagSet.Outside || weights[i] == 0) continue;
            foreach (var label in missing)
                if (UnannotatedCues.MayBe(label, text, tokens, i, marks, lexicon))
                {
                    weights[i] = 0;
                    break;
                }
        }
    }
}
