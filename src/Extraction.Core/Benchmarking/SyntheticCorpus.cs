using System.Text;
using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Benchmarking;

/// <summary>
/// A deterministic stream of news-like documents for throughput measurements: each document is a paragraph-structured
/// shuffle of real sentences from a pool of articles, so token, entity and event densities stay those of real news
/// while the archive can be as large as asked without any file on disk.
/// </summary>
public sealed class SyntheticCorpus
{
    private readonly string[] _sentences;
    private readonly int _sentencesPerDocument;

    public SyntheticCorpus(IEnumerable<string> poolTexts, int sentencesPerDocument = 24)
    {
        var sentences = new List<string>();
        var segmenter = new Segmenter();
        foreach (var text in poolTexts)
        {
            var paragraphs = new List<TextSpan>();
            var sentenceSpans = new List<Sentence>();
            segmenter.Segment(text, paragraphs, sentenceSpans, new List<Token>());
            foreach (var s in sentenceSpans)
                if (s.TokenCount >= 5) sentences.Add(text[s.Start..s.End]);
        }
        if (sentences.Count == 0) throw new ArgumentException("the pool texts hold no sentence of five tokens or more", nameof(poolTexts));
        _sentences = sentences.ToArray();
        _sentencesPerDocument = sentencesPerDocument;
    }

    public int PoolSentences => _sentences.Length;

    /// <summary>The corpus over the seed articles embedded in this library (the repository's seeds/ folder).</summary>
    public static SyntheticCorpus FromEmbeddedSeeds()
    {
        var assembly = typeof(SyntheticCorpus).Assembly;
        var texts = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("bench-pool/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            texts.Add(reader.ReadToEnd());
        }
        return new SyntheticCorpus(texts);
    }

    /// <summary>Document <paramref name="index"/> of the corpus: the same index always gives the same text.</summary>
    public Document Create(int index)
    {
        var random = new Random(unchecked(index * 7919 + 17));
        var text = new StringBuilder(_sentencesPerDocument * 160);
        for (int i = 0; i < _sentencesPerDocument; i++)
        {
            if (i > 0) text.Append(i % 6 == 0 ? "\n\n" : " ");
            text.Append(_sentences[random.Next(_sentences.Length)]);
        }
        return new Document($"synthetic-{index:D7}", text.ToString(), new DocumentSource("synthetic", Line: index + 1));
    }

    public IEnumerable<Document> Documents(int count)
    {
        for (int i = 0; i < count; i++) yield return Create(i);
    }

    /// <summary>The first <paramref name="count"/> documents as a JSONL archive (<c>{"id", "text"}</c> per line), the input `run` reads.</summary>
    public void WriteJsonl(string path, int count)
    {
        using var stream = File.Create(path);
        using var writer = new System.Text.Json.Utf8JsonWriter(stream);
        foreach (var document in Documents(count))
        {
            writer.WriteStartObject();
            writer.WriteString("id", document.Id);
            writer.WriteString("text", document.Text);
            writer.WriteEndObject();
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
    }
}
