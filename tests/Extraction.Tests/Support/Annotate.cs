using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Tests.Support;

/// <summary>
/// The shared base of stage tests (Baleen-style): "this text → these annotations" in a few lines.
/// <code>var doc = Annotate.Run("Putin met Rakhmonov.", new Segmenter(), tagger);</code>
/// </summary>
public static class Annotate
{
    public static Document Run(string text, params IStage[] stages)
    {
        var document = new Document("test", text, new DocumentSource("test"));
        new ExtractionPipeline(stages).Process(document);
        return document;
    }

    /// <summary>The (text, label) pairs of the document's entities, in order, for compact assertions.</summary>
    public static IEnumerable<(string Text, string Label)> EntityPairs(Document document) =>
        document.Entities.Select(e => (e.Text, e.Label));
}
