using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Segmentation;

/// <summary>
/// The segmentation stage: paragraphs, then the tokens and sentences of each paragraph (see <see cref="Paragraphs"/>,
/// <see cref="Tokenizer"/>, <see cref="SentenceSplitter"/>). Settings: <c>abbreviations</c> and
/// <c>sentence_starters</c>, words added to the built-in lists.
/// </summary>
public sealed class Segmenter : IStage
{
    public const string StageName = "segmenter";

    private readonly Abbreviations _abbreviations;
    private readonly SentenceSplitter _splitter;

    public Segmenter() : this(Abbreviations.Default) { }

    public Segmenter(Abbreviations abbreviations)
    {
        _abbreviations = abbreviations;
        _splitter = new SentenceSplitter(abbreviations);
    }

    public Segmenter(StageSettings settings) : this(new Abbreviations(Words(settings, "abbreviations"), Words(settings, "sentence_starters"))) { }

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Text];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Paragraphs, Annotation.Sentences, Annotation.Tokens];

    public void Process(Document document)
    {
        document.Paragraphs.Clear();
        document.Sentences.Clear();
        document.Tokens.Clear();
        Segment(document.Text, document.Paragraphs, document.Sentences, document.Tokens, document.BodyStart);
    }

    /// <summary>Appends the paragraphs, sentences and tokens of <paramref name="text"/> to the given lists.</summary>
    public void Segment(string text, List<TextSpan> paragraphs, List<Sentence> sentences, List<Token> tokens, int bodyStart = 0)
    {
        int firstParagraph = paragraphs.Count;
        Paragraphs.Split(text, paragraphs, bodyStart);
        tokens.EnsureCapacity(tokens.Count + text.Length / 5);
        for (int p = firstParagraph; p < paragraphs.Count; p++)
        {
            int first = tokens.Count;
            Tokenizer.Tokenize(text, paragraphs[p].Start, paragraphs[p].End, tokens, _abbreviations);
            _splitter.Split(text, tokens, first, tokens.Count - first, p, sentences);
        }
    }

    private static IReadOnlyList<string> Words(StageSettings settings, string key)
    {
        var words = settings.GetStrings(key, []);
        foreach (var word in words)
            if (!Abbreviations.IsValidEntry(word))
                throw new ConfigException(ErrorCodes.ConfigBadValue,
                    $"stage \"{settings.Name}\": setting \"{key}\" must list words of letters (optionally ending in \".\"), not \"{word}\"");
        return words;
    }
}
