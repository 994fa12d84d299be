using Extraction.Model;

namespace Extraction.Tests.Sinks;

/// <summary>Hand-annotated documents that exercise every table of the relational schema.</summary>
public static class SampleDocuments
{
    public const string Text =
        "Putin met Rakhmonov in Dushanbe on October 16, 2004 (Itar-Tass, October 17; Interfax, October 18).\n\n" +
        "He said \"security, first\", and left.";

    /// <summary>
    /// A document with 4 entities, 1 relation, 1 event with 4 arguments, 1 citation with 2 sources, 2 sentences.
    /// <paramref name="suffix"/> changes the text (and so its hash) without moving the annotated spans.
    /// </summary>
    public static Document Annotated(string id = "doc-1", string suffix = "")
    {
        var d = new Document(id, Text + suffix, new DocumentSource($"/archive/{id}.txt"));
        d.Metadata["publication"] = "Eurasia Daily Monitor";
        d.Metadata["date"] = "October 19, 2004";
        int firstEnd = Text.IndexOf(").", StringComparison.Ordinal) + 2;
        d.Sentences.Add(new Sentence(0, firstEnd, 0, 0, 0));
        d.Sentences.Add(new Sentence(Text.IndexOf("He", StringComparison.Ordinal), Text.Length, 0, 0, 1));
        Entity E(string eid, string text, string label, string? canonical = null)
        {
            int start = d.Text.IndexOf(text, StringComparison.Ordinal);
            return new Entity { Id = eid, Start = start, End = start + text.Length, Label = label, Text = text, Canonical = canonical ?? text, Confidence = 0.91234, Source = "test" };
        }
        d.Entities.Add(E("T1", "Putin", "PERSON", "Vladimir Putin"));
        d.Entities.Add(E("T2", "Rakhmonov", "PERSON"));
        d.Entities.Add(E("T3", "Dushanbe", "LOC"));
        d.Entities.Add(E("T4", "October 16, 2004", "DATE"));
        int cStart = d.Text.IndexOf('(');
        int cEnd = d.Text.IndexOf(')') + 1;
        var citation = new Citation { Id = "C1", Start = cStart, End = cEnd, Text = d.Text[cStart..cEnd], Paragraph = 0 };
        citation.Sources.Add(new CitationSource { Name = "Itar-Tass", DateText = "October 17", Date = "XXXX-10-17" });
        citation.Sources.Add(new CitationSource { Name = "Interfax", DateText = "October 18" });
        d.Citations.Add(citation);
        var relation = new Relation { Id = "R1", Type = "COMMUNICATED_WITH", Head = "T1", Tail = "T2", Trigger = new Trigger(6, 9, "met"), Source = "test" };
        relation.Citations.Add("C1");
        d.Relations.Add(relation);
        var ev = new Event { Id = "E1", Type = "CONSULT", Trigger = new Trigger(6, 9, "met"), Source = "test", Confidence = 0.5 };
        ev.Arguments.Add(new EventArgument { Role = "actor", Entity = "T1" });
        ev.Arguments.Add(new EventArgument { Role = "recipient", Entity = "T2" });
        ev.Arguments.Add(new EventArgument { Role = "location", Entity = "T3" });
        ev.Arguments.Add(new EventArgument { Role = "time", Entity = "T4" });
        ev.Citations.Add("C1");
        ev.Citations.Add("C1"); // listed twice: still one link
        d.Events.Add(ev);
        return d;
    }

    /// <summary>A document with only text (no annotations at all).</summary>
    public static Document Plain(string id, string text) => new(id, text, new DocumentSource($"/archive/{id}.txt"));
}
