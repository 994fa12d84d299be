using Extraction.Citations;
using Extraction.Events;
using Extraction.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Events;

/// <summary>On arbitrary word salad with entities, the stages never fail and everything they emit is well-formed.</summary>
public class EventInvariantTests
{
    private static readonly string[] Words =
    [
        "[Russia|LOC]", "[Putin|PERSON]", "[NATO|ORG]", "[Russian|NORP]", "[Moscow|LOC]", "[March 3|DATE]", "[tanks|WEAPON]",
        "attacked", "met", "a", "meeting", "with", "between", "and", "’s", "insistence", "that", "it", "its", "they", "was", "by",
        "will", "not", "if", "to", "agreed", "deal", "received", "from", "in", "which", "who", ",", ".", ";", "(", ")", "Reuters",
        "October 12", "according", "said", "“", "”", "the", "talks", "sanctions", "on", "threatened", "poorly", "trained", "\n",
        "And", "I", "have", "meet", "wonder", "attack",
    ];

    [Property(MaxTest = 300)]
    public Property StagesEmitWellFormedFacts() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Words)).ToArbitrary(), words =>
        {
            var doc = EventTestSupport.Marked(string.Join(' ', words));
            new EventStage(EventTestSupport.Lexicon).Process(doc);
            new CitationStage().Process(doc);
            var ids = doc.Citations.Select(c => c.Id).ToHashSet();
            return doc.Events.All(e =>
                       EventTypes.All.Contains(e.Type)
                       && e.Status is EventTypes.Asserted or EventTypes.Anticipated or EventTypes.Negated or EventTypes.Hypothetical
                       && doc.Slice(e.Trigger.Start, e.Trigger.End) == e.Trigger.Text
                       && e.Arguments.Count(a => a.Role == "actor") == 1
                       && e.Arguments.All(a => doc.EntityById(a.Entity) is not null)
                       && e.Confidence is >= 0 and <= 1
                       && e.Citations.All(ids.Contains))
                   && doc.Citations.All(c => doc.Slice(c.Start, c.End) == c.Text && c.Sources.Count > 0 && c.Paragraph >= 0);
        });
}
