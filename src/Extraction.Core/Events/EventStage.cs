using System.Collections.Concurrent;
using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Events;

/// <summary>
/// PLOVER events: finds verb triggers from the compiled CAMEO lexicon (with its verb-block patterns choosing the
/// code) and noun triggers from <see cref="NominalTriggers"/>, then actor and recipient from the shape of the
/// sentence (<see cref="SentenceEvents"/>), status from modal/negation cues, and PLOVER's rule that anticipated
/// CONSULT/SUPPORT/COOPERATE/AID are AGREE. Events without an actor are not emitted: PLOVER codes who did what. The one
/// exception is a protest by a crowd no name covers ("Thousands of people marched through Belgrade"), which news-event
/// datasets code by its protesters: it stands with its place and time and no actor argument.
/// </summary>
public sealed class EventStage(EventLexicon lexicon, double minConfidence = 0) : IStage
{
    public const string StageName = "events";
    public const string DefaultLexiconPath = "models/events-lexicon.json";

    private static readonly ConcurrentDictionary<string, EventLexicon> Loaded = new(StringComparer.Ordinal);

    public string Name => StageName;
    public IReadOnlyList<Annotation> Requires { get; } = [Annotation.Tokens, Annotation.Sentences, Annotation.Entities, Annotation.Canonicals];
    public IReadOnlyList<Annotation> Assigns { get; } = [Annotation.Events];
    public EventLexicon Lexicon => lexicon;

    public static EventStage FromSettings(StageSettings settings) =>
        new(LoadLexicon(settings.GetExistingPath("lexicon", DefaultLexiconPath)), settings.GetDouble("min_confidence", 0, 0, 1));

    /// <summary>Loads a lexicon once per process (tests and batch workers share it; it is read-only).</summary>
    public static EventLexicon LoadLexicon(string path) => Loaded.GetOrAdd(Path.GetFullPath(path), EventLexicon.Load);

    /// <summary>
    /// A mention inside a describing word ("the Iran-aligned group fired") is no actor or target of its own, except the
    /// leader of what it leads, which acts through it ("the Saudi-led coalition struck", "NATO-led exercises").
    /// </summary>
    private static bool CanTakePart(string text, Entity e) =>
        !Entities.EntityText.IsPartOfAWord(text, e) || text.AsSpan(e.End).StartsWith("-led", StringComparison.OrdinalIgnoreCase);

    public void Process(Document document)
    {
        var entities = document.Entities.Where(e => e.End > e.Start && CanTakePart(document.Text, e)).OrderBy(e => e.Start).ThenByDescending(e => e.End).ToList();
        var found = new List<Event>();
        for (int s = 0; s < document.Sentences.Count; s++)
            new SentenceEvents(document, s, entities, lexicon).Extract(found);
        int n = 0;
        foreach (var ev in found)
        {
            if (ev.Confidence < minConfidence) continue;
            ev.Id = "E" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
            document.Events.Add(ev);
        }
    }
}
