namespace Extraction.Model;

/// <summary>
/// One article and everything the pipeline has found in it. All offsets are character offsets
/// (UTF-16 indices) into <see cref="Text"/>, which is never modified after ingestion.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DocumentSource source)
    {
        Id = id;
        Text = text;
        Source = source;
        TextSha256 = Hashing.Sha256Hex(text);
    }

    public string Id { get; }
    public string Text { get; }
    public string TextSha256 { get; }

    /// <summary>Where the document came from (path, line or row), kept for rejects and provenance.</summary>
    public DocumentSource Source { get; }

    /// <summary>Publication, volume, issue, date, author, title, url, encoding… as found. Insertion-ordered.</summary>
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Offset where the body starts, after a metadata header line (0 when there is none).</summary>
    public int BodyStart { get; set; }

    public List<TextSpan> Paragraphs { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<Token> Tokens { get; } = new();
    public List<Entity> Entities { get; } = new();
    public List<Relation> Relations { get; } = new();
    public List<Event> Events { get; } = new();
    public List<Citation> Citations { get; } = new();

    public string Slice(int start, int end) => Text.Substring(start, end - start);
    public ReadOnlySpan<char> SpanOf(int start, int end) => Text.AsSpan(start, end - start);
    public ReadOnlySpan<char> SpanOf(in Token token) => Text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the paragraph containing <paramref name="offset"/>, or -1.</summary>
    public int ParagraphIndexAt(int offset)
    {
        for (int i = 0; i < Paragraphs.Count; i++)
            if (offset >= Paragraphs[i].Start && offset < Paragraphs[i].End) return i;
        return -1;
    }

    public Entity? EntityById(string id)
    {
        foreach (var e in Entities) if (e.Id == id) return e;
        return null;
    }
}

/// <summary>Provenance of a document inside the batch input.</summary>
public sealed record DocumentSource(string Path, long? Line = null, long? Row = null)
{
    public override string ToString() =>
        Line is not null ? $"{Path}:{Line}" : Row is not null ? $"{Path}#row{Row}" : Path;
}
