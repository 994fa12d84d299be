using Extraction.Model;

namespace Extraction.Entities.Rules;

/// <summary>What the rules of one document share: the document, the gazetteer's word lists, sentence starts, and the entities found so far.</summary>
public sealed class RuleContext
{
    public RuleContext(Document document, Gazetteer gazetteer, string source)
    {
        Document = document;
        Gazetteer = gazetteer;
        Source = source;
        SentenceInitial = EntityText.SentenceInitial(document);
        FirstBodyToken = EntityText.FirstBodyToken(document);
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        Headline = new bool[document.Sentences.Count];
        // "The Ministry of Energy said on Monday." is title case, but a headline ends without a full stop.
        for (int s = 0; s < Headline.Length; s++)
            Headline[s] = EntityText.IsHeadline(document.Text, tokens[document.Sentences[s].FirstToken..document.Sentences[s].EndToken])
                          && !EntityText.EndsWithFullStop(document, document.Sentences[s]);
    }

    public Document Document { get; }
    public Gazetteer Gazetteer { get; }
    public string Source { get; }
    public bool[] SentenceInitial { get; }
    /// <summary>Per sentence, whether it is a headline or a shouted line (<see cref="EntityText.IsHeadline"/>, without a closing full
    /// stop), where capitals mark no names.</summary>
    public bool[] Headline { get; }
    public int FirstBodyToken { get; }
    /// <summary>Whether the document writes this headline word in lower case anywhere (<see cref="EntityText.HeadlineWordsInLowerCase"/>, built on first use).</summary>
    public bool WrittenInLowerCase(int token) => EntityText.WrittenInLowerCase(_headlineWordsInLowerCase ??= EntityText.HeadlineWordsInLowerCase(Document), Word(token).ToString());
    private HashSet<string>? _headlineWordsInLowerCase;
    public string Text => Document.Text;
    public List<Token> Tokens => Document.Tokens;

    public ReadOnlySpan<char> Word(int token)
    {
        var t = Document.Tokens[token];
        return Text.AsSpan(t.Start, t.End - t.Start);
    }

    public bool IsCapitalized(int token) => EntityText.IsCapitalized(Document, token);

    /// <summary>A capitalised word that is a name rather than a capitalised common word at the start of a sentence.</summary>
    public bool IsNameWord(int token) =>
        IsCapitalized(token) && !(SentenceInitial[token] && Gazetteer.IsCommonWord(Word(token)));

    /// <summary>Tokens <paramref name="a"/> and <paramref name="a"/>+1 are separated by spaces only (<see cref="EntityText.SpaceBetween"/>).</summary>
    public bool SpaceBetween(int a) => EntityText.SpaceBetween(Document, a);

    /// <summary>Adds an entity over tokens [first, end) with the rule's name in its source.</summary>
    public Entity Add(int first, int end, string label, double confidence, string rule, string? canonical = null)
    {
        var entity = EntityText.Create(Document, first, end, label, canonical, confidence, $"{Source}/{rule}");
        Document.Entities.Add(entity);
        return entity;
    }

    /// <summary>Adds an entity over the character range [start, end) when it falls on token boundaries; returns null otherwise.</summary>
    public Entity? AddSpan(int start, int end, string label, double confidence, string rule, string? canonical = null)
    {
        int first = EntityText.TokenStartingAt(Document, start), last = EntityText.TokenEndingAt(Document, end);
        if (first < FirstBodyToken || last < first) return null;
        return Add(first, last + 1, label, confidence, rule, canonical);
    }
}
