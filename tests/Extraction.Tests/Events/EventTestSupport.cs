using Extraction.Corpora;
using Extraction.Events;
using Extraction.Model;
using Extraction.Segmentation;
using Extraction.Tests.Support;
using System.Text.RegularExpressions;

namespace Extraction.Tests.Events;

/// <summary>Documents for event and citation tests: text plus given entities, segmented by the real segmenter.</summary>
internal static partial class EventTestSupport
{
    public static EventLexicon Lexicon => EventStage.LoadLexicon(Path.Combine(TestPaths.RepoRoot, EventStage.DefaultLexiconPath));

    public static Document Segmented(string text, IEnumerable<Entity>? entities = null)
    {
        var doc = new Document("test", text, new DocumentSource("test"));
        new Segmenter().Process(doc);
        if (entities is not null) doc.Entities.AddRange(entities);
        return doc;
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

    /// <summary>The seed gold (read by the corpus reader) and a document of its text with the gold entities and metadata.</summary>
    public static (Document Document, AnnotatedDocument Gold) SeedWithGoldEntities()
    {
        var gold = GoldJsonReader.Read(TestPaths.SeedGold, LabelMap.Identity).Documents.Single();
        var doc = Segmented(gold.Text, gold.Entities.Select(e => new Entity
        {
            Id = e.Id, Start = e.Start, End = e.End, Label = e.Label, Text = e.Text, Canonical = e.Canonical, Source = "gold",
        }));
        foreach (var (key, value) in gold.Metadata) doc.Metadata[key] = value;
        return (doc, gold);
    }

    public static string Describe(Document doc, Event ev)
    {
        string Arg(string role) => ev.Arguments.FirstOrDefault(a => a.Role == role) is { } a ? doc.EntityById(a.Entity)!.Canonical : "-";
        return $"{ev.Type}/{ev.Status} '{ev.Trigger.Text}' actor={Arg("actor")} recipient={Arg("recipient")} mode={ev.Mode} conf={ev.Confidence:0.00}";
    }

    [GeneratedRegex(@"\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]+))?\]")]
    private static partial Regex MarkRegex();
}
