using Extraction.Model;

namespace Extraction.Relations;

/// <summary>
/// One sentence with its entities mapped to token ranges, the shared view of the pattern rules and the
/// pair features. Entities that overlap an earlier, longer one are left out (a pair needs two distinct spans).
/// </summary>
public sealed class SentenceView
{
    public Document Document { get; }
    public int FirstToken { get; }
    public int EndToken { get; }
    /// <summary>Entities of the sentence in text order.</summary>
    public IReadOnlyList<Entity> Entities => _entities;
    private readonly List<Entity> _entities = new();
    private readonly List<(int First, int End)> _ranges = new();
    /// <summary>For each token of the sentence (offset by FirstToken), the index of the entity covering it, or -1.</summary>
    private readonly int[] _entityAt;

    public SentenceView(Document document, Sentence sentence, IEnumerable<Entity> sentenceEntities)
    {
        Document = document;
        FirstToken = sentence.FirstToken;
        EndToken = sentence.EndToken;
        _entityAt = new int[sentence.TokenCount];
        Array.Fill(_entityAt, -1);
        foreach (var e in sentenceEntities.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            var (first, end) = TokenRange(e);
            if (end <= first) continue;
            bool free = true;
            for (int t = first; t < end && free; t++) free = _entityAt[t - FirstToken] < 0;
            if (!free) continue;
            for (int t = first; t < end; t++) _entityAt[t - FirstToken] = _entities.Count;
            _entities.Add(e);
            _ranges.Add((first, end));
        }
    }

    public int FirstTokenOf(int entityIndex) => _ranges[entityIndex].First;
    public int EndTokenOf(int entityIndex) => _ranges[entityIndex].End;

    /// <summary>Index into <see cref="Entities"/> of the entity covering token <paramref name="token"/>, or -1.</summary>
    public int EntityAt(int token) => token >= FirstToken && token < EndToken ? _entityAt[token - FirstToken] : -1;

    public bool InSentence(int token) => token >= FirstToken && token < EndToken;

    /// <summary>The token's word as <see cref="PairFeatures.Normal"/> writes it, computed once per token of the sentence.</summary>
    public string NormalWord(int token)
    {
        if (!InSentence(token)) return PairFeatures.Normal(Word(token));
        _normalWords ??= new string?[EndToken - FirstToken];
        return _normalWords[token - FirstToken] ??= PairFeatures.Normal(Word(token));
    }

    private string?[]? _normalWords;

    public string Word(int token) => Document.Text.Substring(Document.Tokens[token].Start, Document.Tokens[token].Length);

    /// <summary>The token's word is one of <paramref name="words"/> (any case); a literal list is passed on the stack, allocating nothing.</summary>
    public bool WordIs(int token, params ReadOnlySpan<string> words)
    {
        if (!InSentence(token)) return false;
        var span = Document.SpanOf(Document.Tokens[token]);
        foreach (var w in words) if (span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsPossessive(string word) => word is "’s" or "'s" or "’" or "'";

    /// <summary>The tokens [first, end) of the sentence that the entity covers (partly covered tokens included).</summary>
    private (int First, int End) TokenRange(Entity e)
    {
        var tokens = Document.Tokens;
        int lo = FirstToken, hi = EndToken;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].End <= e.Start) lo = mid + 1; else hi = mid;
        }
        int first = lo, end = lo;
        while (end < EndToken && tokens[end].Start < e.End) end++;
        return (first, end);
    }

    /// <summary>Builds a view for every sentence of the document, each with the entities that lie inside it.</summary>
    public static List<SentenceView> ForDocument(Document document)
    {
        var bySentence = new List<Entity>[document.Sentences.Count];
        foreach (var e in document.Entities)
        {
            int s = document.SentenceIndexAt(e.Start);
            if (s < 0 || e.End > document.Sentences[s].End) continue;
            (bySentence[s] ??= new()).Add(e);
        }
        var views = new List<SentenceView>(document.Sentences.Count);
        for (int s = 0; s < document.Sentences.Count; s++)
            views.Add(new SentenceView(document, document.Sentences[s], bySentence[s] ?? []));
        return views;
    }
}
