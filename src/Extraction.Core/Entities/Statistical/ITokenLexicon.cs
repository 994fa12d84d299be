using Extraction.Model;

namespace Extraction.Entities.Statistical;

/// <summary>
/// Dictionary evidence for the tagger, e.g. "this token starts a gazetteer match labelled LOC". Pluggable so that a model
/// can be trained with or without a gazetteer; the model file records the lexicon's <see cref="Name"/> and the stage
/// refuses to pair a model with a different lexicon, since the learned weights only mean something for the one they saw.
/// </summary>
public interface ITokenLexicon
{
    /// <summary>Identifies the lexicon and its version, e.g. "gazetteer@3f2a…"; stored in the model header.</summary>
    string Name { get; }

    /// <summary>The lexicon's classes in bit order (class k uses bits 2k and 2k+1), as contract labels where they are one ("LOC", "NORP").</summary>
    IReadOnlyList<string> Classes { get; }

    /// <summary>
    /// For each of <paramref name="tokens"/> (one sentence of <paramref name="text"/>) writes a bit set into
    /// <paramref name="marks"/>: bit 2k = a match with lexicon class k begins at this token, bit 2k+1 = the token continues one.
    /// At most 16 classes.
    /// </summary>
    void Mark(string text, ReadOnlySpan<Token> tokens, Span<uint> marks);
}
