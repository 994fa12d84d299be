using System.Text;
using Extraction.Model;

namespace Extraction.Corpora;

/// <summary>
/// Builds the text of a token corpus document: tokens joined by single spaces, sentences by a blank line, recording
/// each token's and sentence's span so annotations given in token positions get exact character offsets. The blank
/// line makes each corpus sentence a paragraph, so the pipeline run on the text sees the corpus's own sentences (as a
/// model scored on the corpus's token sequences does) instead of web text's unpunctuated lines run together.
/// </summary>
internal sealed class TokenTextBuilder
{
    private readonly StringBuilder _text = new();
    private int _sentenceStart = -1;

    public List<TextSpan> Tokens { get; } = new();
    public List<TextSpan> Sentences { get; } = new();
    public int TokenCount => Tokens.Count;

    public void AddToken(string token)
    {
        if (_text.Length > 0) _text.Append(_sentenceStart < 0 ? "\n\n" : " ");
        if (_sentenceStart < 0) _sentenceStart = _text.Length;
        Tokens.Add(new TextSpan(_text.Length, _text.Length + token.Length));
        _text.Append(token);
    }

    public void EndSentence()
    {
        if (_sentenceStart < 0) return;
        Sentences.Add(new TextSpan(_sentenceStart, _text.Length));
        _sentenceStart = -1;
    }

    /// <summary>
    /// The character span of tokens [first, end), trimmed of whitespace (some corpora have blank or padded tokens);
    /// null when nothing but whitespace remains.
    /// </summary>
    public TextSpan? SpanOfTokens(int first, int end)
    {
        int start = Tokens[first].Start, stop = Tokens[end - 1].End;
        while (start < stop && char.IsWhiteSpace(_text[start])) start++;
        while (stop > start && char.IsWhiteSpace(_text[stop - 1])) stop--;
        return start < stop ? new TextSpan(start, stop) : null;
    }

    public AnnotatedDocument Build(string id)
    {
        EndSentence();
        var doc = new AnnotatedDocument(id, _text.ToString());
        doc.Tokens.AddRange(Tokens);
        doc.Sentences.AddRange(Sentences);
        return doc;
    }

    /// <summary>Adds an entity over <paramref name="span"/> (from <see cref="SpanOfTokens"/>) with the next id; nothing when there is no span.</summary>
    public static void AddEntity(AnnotatedDocument doc, TextSpan? span, string label, string source)
    {
        if (span is not { } s) return;
        string text = doc.Text[s.Start..s.End];
        doc.Entities.Add(new Entity
        {
            Id = $"T{doc.Entities.Count + 1}", Start = s.Start, End = s.End, Label = label, Text = text, Canonical = text, Source = source,
        });
    }
}
