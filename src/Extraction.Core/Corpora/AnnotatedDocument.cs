using Extraction.Model;

namespace Extraction.Corpora;

/// <summary>
/// A document with reference (or predicted) annotations, as read from a corpus or from our own output.
/// Entities, events and citations reuse the <see cref="Model"/> types; relations carry resolved argument spans
/// because some corpora (re3d, Re-DocRED) give arguments that are spans rather than kept entities.
/// </summary>
public sealed class AnnotatedDocument
{
    public AnnotatedDocument(string id, string text, string? textSha256 = null)
    {
        Id = id;
        Text = text;
        TextSha256 = textSha256 ?? Hashing.Sha256Hex(text);
    }

    public string Id { get; }

    /// <summary>The full text; empty when a prediction file was written without text.</summary>
    public string Text { get; }
    public string TextSha256 { get; }
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);
    public List<Entity> Entities { get; } = new();
    public List<AnnotatedRelation> Relations { get; } = new();
    public List<Event> Events { get; } = new();
    public List<Citation> Citations { get; } = new();

    /// <summary>Sentence boundaries when the source gives them (token corpora, a prediction's <c>sentences</c>); else empty.</summary>
    public List<TextSpan> Sentences { get; } = new();

    /// <summary>The corpus's own tokenisation for token-based corpora (CoNLL, Re-DocRED); else empty.</summary>
    public List<TextSpan> Tokens { get; } = new();

    /// <summary>Groups of entity ids that mention the same thing (Re-DocRED vertex sets); empty when unknown.</summary>
    public List<IReadOnlyList<string>> Coreference { get; } = new();

    /// <summary>
    /// Our labels this document is annotated for. A label outside this set says nothing about the text
    /// (training masks it instead of treating its words as outside any entity; scoring ignores it).
    /// </summary>
    public IReadOnlySet<string> AnnotatedLabels { get; set; } = new HashSet<string>(EntityLabels.All);

    public Entity? EntityById(string id)
    {
        foreach (var e in Entities) if (e.Id == id) return e;
        return null;
    }

    /// <summary>Views a processed pipeline document as an annotated one (relation arguments resolved to spans).</summary>
    public static AnnotatedDocument FromDocument(Document d)
    {
        var a = new AnnotatedDocument(d.Id, d.Text, d.TextSha256);
        foreach (var (k, v) in d.Metadata) a.Metadata[k] = v;
        a.Entities.AddRange(d.Entities);
        foreach (var r in d.Relations)
        {
            var head = d.EntityById(r.Head);
            var tail = d.EntityById(r.Tail);
            if (head is null || tail is null) continue;
            a.Relations.Add(new AnnotatedRelation(r.Id, r.Type, new RelationArgument(head.Id, head.Span), new RelationArgument(tail.Id, tail.Span), r.Trigger));
        }
        a.Events.AddRange(d.Events);
        a.Citations.AddRange(d.Citations);
        foreach (var s in d.Sentences) a.Sentences.Add(new TextSpan(s.Start, s.End));
        foreach (var t in d.Tokens) a.Tokens.Add(new TextSpan(t.Start, t.End));
        return a;
    }
}

/// <summary>A relation argument: the entity it names when there is one, and always its span.</summary>
public readonly record struct RelationArgument(string? EntityId, TextSpan Span);

public sealed record AnnotatedRelation(string Id, string Type, RelationArgument Head, RelationArgument Tail, Trigger? Trigger = null);

public enum CorpusFormat
{
    /// <summary>Our gold/output format: <c>.json</c> (one document or an array) or <c>.jsonl</c>; re3d uses it with a labels.json.</summary>
    Gold,
    /// <summary>CoNLL / IOB2: a token per line, the tag in the last tag-like column, blank line between sentences.</summary>
    Conll,
    /// <summary>Re-DocRED / DocRED: a JSON array of {title, sents, vertexSet, labels}.</summary>
    ReDocRed,
}

/// <summary>The documents of one corpus file and what they do and do not annotate.</summary>
public sealed class Corpus
{
    public required string Path { get; init; }
    public required CorpusFormat Format { get; init; }
    public required IReadOnlyList<AnnotatedDocument> Documents { get; init; }

    /// <summary>Our labels annotated anywhere in the corpus (union of the documents' <see cref="AnnotatedDocument.AnnotatedLabels"/>).</summary>
    public required IReadOnlySet<string> AnnotatedLabels { get; init; }

    /// <summary>The corpus's own labels that map to none of ours, with how many mentions were dropped: "not annotated" here.</summary>
    public required IReadOnlyDictionary<string, int> DroppedLabels { get; init; }
}

/// <summary>A corpus file that cannot be read as its format; carries a stable input error code.</summary>
public sealed class CorpusException(string code, string message) : Extraction.Pipeline.ExtractionException(code, message);
