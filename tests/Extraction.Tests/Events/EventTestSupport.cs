using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Events;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Events;

/// <summary>
/// Builds documents for event and citation tests: text plus given entities, segmented by a minimal splitter
/// (paragraphs on newlines, sentences after . ! ? before an upper-case letter, word/number/punctuation tokens with
/// "’s" split off) so these stages can be tested on their own, independent of the segmenter stage.
/// </summary>
internal static partial class EventTestSupport
{
    public static EventLexicon Lexicon => EventStage.LoadLexicon(Path.Combine(TestPaths.RepoRoot, EventStage.DefaultLexiconPath));

    public static Document Segmented(string text, IEnumerable<Entity>? entities = null)
    {
        var doc = new Document("test", text, new DocumentSource("test"));
        foreach (Match m in ParagraphRegex().Matches(text)) doc.Paragraphs.Add(new TextSpan(m.Index, m.Index + m.Length));
        int paragraph = 0;
        foreach (var p in doc.Paragraphs)
        {
            int start = p.Start;
            foreach (Match end in SentenceEndRegex().Matches(text[p.Start..p.End]))
            {
                AddSentence(doc, start, p.Start + end.Index + end.Length, paragraph);
                start = p.Start + end.Index + end.Length;
            }
            if (start < p.End) AddSentence(doc, start, p.End, paragraph);
            paragraph++;
        }
        if (entities is not null) doc.Entities.AddRange(entities);
        return doc;
    }

    private static void AddSentence(Document doc, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(doc.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(doc.Text[end - 1])) end--;
        if (end <= start) return;
        int first = doc.Tokens.Count;
        foreach (Match m in TokenRegex().Matches(doc.Text[start..end]))
        {
            var kind = char.IsLetter(m.Value[0]) ? TokenKind.Word : char.IsDigit(m.Value[0]) ? TokenKind.Number : TokenKind.Punctuation;
            doc.Tokens.Add(new Token(start + m.Index, start + m.Index + m.Length, kind));
        }
        doc.Sentences.Add(new Sentence(start, end, first, doc.Tokens.Count - first, paragraph));
    }

    /// <summary>Text with entities marked inline: "[Putin|PERSON] met [Rakhmonov|PERSON]" (canonical = text).</summary>
    public static Document Marked(string marked)
    {
        var text = new System.Text.StringBuilder();
        var entities = new List<Entity>();
        int last = 0;
        foreach (Match m in MarkRegex().Matches(marked))
        {
            text.Append(marked, last, m.Index - last);
            int start = text.Length;
            text.Append(m.Groups[1].Value);
            string canonical = m.Groups[3].Success ? m.Groups[3].Value : m.Groups[1].Value;
            entities.Add(new Entity { Id = "T" + (entities.Count + 1), Start = start, End = text.Length, Label = m.Groups[2].Value, Text = m.Groups[1].Value, Canonical = canonical, Source = "test" });
            last = m.Index + m.Length;
        }
        text.Append(marked, last, marked.Length - last);
        return Segmented(text.ToString(), entities);
    }

    /// <summary>The seed article with its gold entities (and canonicals), plus the gold JSON for scoring.</summary>
    public static (Document Document, JsonElement Gold) SeedWithGoldEntities()
    {
        var gold = JsonDocument.Parse(File.ReadAllText(TestPaths.SeedGold)).RootElement.Clone();
        var entities = gold.GetProperty("entities").EnumerateArray().Select(e => new Entity
        {
            Id = e.GetProperty("id").GetString()!, Start = e.GetProperty("start").GetInt32(), End = e.GetProperty("end").GetInt32(),
            Label = e.GetProperty("label").GetString()!, Text = e.GetProperty("text").GetString()!,
            Canonical = e.GetProperty("canonical").GetString()!, Source = "gold",
        });
        var doc = Segmented(gold.GetProperty("text").GetString()!, entities);
        foreach (var (key, value) in gold.GetProperty("metadata").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)))
            doc.Metadata[key] = value;
        return (doc, gold);
    }

    public static string Describe(Document doc, Event ev)
    {
        string Arg(string role) => ev.Arguments.FirstOrDefault(a => a.Role == role) is { } a ? doc.EntityById(a.Entity)!.Canonical : "-";
        return $"{ev.Type}/{ev.Status} '{ev.Trigger.Text}' actor={Arg("actor")} recipient={Arg("recipient")} mode={ev.Mode} conf={ev.Confidence:0.00}";
    }

    [GeneratedRegex(@"[^\n]+")]
    private static partial Regex ParagraphRegex();
    [GeneratedRegex(@"(?<!\b(?:U\.S|Mr|Mrs|Dr|St|[A-Z]))[.!?][""”’)]?(?=\s+[""“(]?[A-Z])")]
    private static partial Regex SentenceEndRegex();
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[’']s\b|\p{L}+(?:-\p{L}+)*(?:[’'](?!s\b)\p{L}+)*|\$?\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?|\S")]
    private static partial Regex TokenRegex();
    [GeneratedRegex(@"\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]+))?\]")]
    private static partial Regex MarkRegex();
}
