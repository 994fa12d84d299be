using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Tests.Support;

/// <summary>
/// A stage standing in for a tagger (gazetteer, rules, model) in stage tests: puts fixed entities (text, label,
/// confidence) on the document; a text given twice goes to its first two occurrences. Canonical name: the text, or
/// <see cref="CanonicalSuffix"/> appended to it when set.
/// </summary>
public sealed class FixedEntities(params (string Text, string Label, double Confidence)[] entities) : IStage
{
    public string Name => "fixed";
    public IReadOnlyList<Annotation> Requires { get; } = [];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Entities];
    /// <summary>The <see cref="Entity.Source"/> the entities claim, e.g. a real stage's name.</summary>
    public string Source { get; init; } = "fixed";
    public string CanonicalSuffix { get; init; } = "";

    public void Process(Document document)
    {
        var next = new Dictionary<string, int>();
        foreach (var (text, label, confidence) in entities)
        {
            // The next occurrence outside the entities placed so far ("Li" after "Li Qiang" is the lone "Li").
            int start = next.GetValueOrDefault(text) - 1;
            do start = document.Text.IndexOf(text, start + 1, StringComparison.Ordinal);
            while (document.Entities.Any(e => e.Start < start + text.Length && start < e.End));
            next[text] = start + text.Length;
            document.Entities.Add(new Entity
            {
                Id = "", Start = start, End = start + text.Length, Label = label, Text = text, Canonical = text + CanonicalSuffix,
                Confidence = confidence, Source = Source,
            });
        }
    }
}
