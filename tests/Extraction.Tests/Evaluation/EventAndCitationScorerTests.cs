using Extraction.Corpora;
using Extraction.Evaluation;
using Extraction.Model;

namespace Extraction.Tests.Evaluation;

public class EventAndCitationScorerTests
{
    //                          0         1         2         3         4         5         6         7
    //                          0123456789012345678901234567890123456789012345678901234567890123456789012345
    private const string Text = "Askar Akayev met Putin in Moscow. Later Akayev asked Russia for help. Done.";

    private static AnnotatedDocument Doc(params (string Id, int Start, int End, string Canonical)[] entities)
    {
        var d = new AnnotatedDocument("d", Text);
        foreach (var (id, start, end, canonical) in entities)
            d.Entities.Add(new Entity { Id = id, Start = start, End = end, Label = "PERSON", Text = Text[start..end], Canonical = canonical, Source = "t" });
        return d;
    }

    private static AnnotatedDocument Gold()
    {
        var d = Doc(("T1", 0, 12, "Askar Akayev"), ("T2", 17, 22, "Vladimir Putin"), ("T3", 40, 46, "Askar Akayev"), ("T4", 53, 59, "Russia"));
        d.Events.Add(Ev("E1", "CONSULT", 13, 16, "T1", "T2"));
        d.Events.Add(Ev("E2", "REQUEST", 47, 52, "T3", "T4"));
        return d;
    }

    private static Event Ev(string id, string type, int start, int end, string? actor, string? recipient)
    {
        var e = new Event { Id = id, Type = type, Trigger = new Trigger(start, end, Text[start..end]), Source = "t" };
        if (actor is not null) e.Arguments.Add(new EventArgument { Role = "actor", Entity = actor });
        if (recipient is not null) e.Arguments.Add(new EventArgument { Role = "recipient", Entity = recipient });
        return e;
    }

    private static (ScoreTable Strict, ScoreTable Loose) Score(AnnotatedDocument gold, AnnotatedDocument predicted)
    {
        var strict = new ScoreTable();
        var loose = new ScoreTable();
        EventScorer.Score(gold, predicted, SentenceSpans.Split(Text), strict, loose);
        return (strict, loose);
    }

    [Fact]
    public void ParticipantsResolveThroughCanonicalNamesAndOrderOnlyMattersForDirectedTypes()
    {
        // Pred: CONSULT with actor and recipient swapped (fine), REQUEST with them swapped (strict miss).
        // "Akayev" in the first sentence is not a gold mention, but its canonical name is the gold actor's.
        var p = Doc(("P1", 17, 22, "Putin"), ("P2", 6, 12, "Askar Akayev"), ("P3", 40, 46, "Akayev"), ("P4", 53, 59, "Russia"));
        p.Events.Add(Ev("E1", "CONSULT", 13, 16, "P1", "P2"));
        p.Events.Add(Ev("E2", "REQUEST", 47, 52, "P4", "P3"));
        var (strict, loose) = Score(Gold(), p);
        Assert.Equal(1, strict.ByKey["CONSULT"].Matched);
        Assert.Equal(0, strict.ByKey["REQUEST"].Matched);
        Assert.Equal(2, loose.Micro.Matched);
    }

    [Fact]
    public void OverlappingMentionStandsForItsGoldEntity()
    {
        // The predicted recipient "Putin in" overlaps gold "Putin" (canonical Vladimir Putin) and is named after it.
        var p = Doc(("P1", 0, 12, "Askar Akayev"), ("P2", 17, 25, "Putin in"));
        p.Events.Add(Ev("E1", "CONSULT", 13, 16, "P1", "P2"));
        Assert.Equal(1, Score(Gold(), p).Strict.Micro.Matched);
    }

    [Fact]
    public void AnotherSentenceOrAMissingRecipientIsNoStrictMatch()
    {
        var p = Doc(("P1", 0, 12, "Askar Akayev"), ("P2", 17, 22, "Vladimir Putin"));
        p.Events.Add(Ev("E1", "CONSULT", 70, 74, "P1", "P2"));     // "Done" sentence
        p.Events.Add(Ev("E2", "REQUEST", 47, 52, "P1", null));     // right sentence, recipient missing
        var (strict, loose) = Score(Gold(), p);
        Assert.Equal(0, strict.Micro.Matched);
        Assert.Equal(1, loose.Micro.Matched);
        Assert.Equal(0, loose.ByKey["CONSULT"].Matched);
    }

    [Fact]
    public void SentencesComeFromTheSegmenter()
    {
        Assert.Equal(["Askar Akayev met Putin in Moscow.", "Later Akayev asked Russia for help.", "Done."],
            SentenceSpans.Split(Text).Select(s => Text[s.Start..s.End]));
        const string other = "Gen. Smith said \"no.\" Then 3.5 left\n\nagain";
        Assert.Equal(["Gen. Smith said \"no.\"", "Then 3.5 left", "again"], SentenceSpans.Split(other).Select(s => other[s.Start..s.End]));
        var spans = SentenceSpans.Split(Text);
        Assert.Equal(1, SentenceSpans.IndexAt(spans, 47));
        Assert.Equal(0, SentenceSpans.IndexAt(spans, 33)); // the space between sentences belongs to the one before
    }

    private static Citation C(int start, int end, params (string Name, string? Date)[] sources)
    {
        var c = new Citation { Id = "C", Start = start, End = end, Text = "" };
        foreach (var (name, date) in sources) c.Sources.Add(new CitationSource { Name = name, DateText = date });
        return c;
    }

    [Fact]
    public void CitationsMatchOnSpanAndTheirSourcePairs()
    {
        Citation[] gold = [C(10, 50, ("Novye izvestiya", "October 4"), ("Itar-Tass", "October 7")), C(60, 80, ("Khovar", "October 12"))];
        Citation[] predicted = [C(10, 50, ("itar-tass", "October  7"), ("Novye izvestiya", "October 4")), C(61, 79, ("Khovar", null))];
        var (exact, overlap, sources) = (new ScoreTable(), new ScoreTable(), new ScoreTable());
        CitationScorer.Score(gold, predicted, exact, overlap, sources);
        Assert.Equal(1, exact.Micro.Matched);   // order, case and spacing of sources do not matter
        Assert.Equal(1, overlap.Micro.Matched); // the second has a missing date
        Assert.Equal((3, 3, 2), (sources.Micro.Gold, sources.Micro.Predicted, sources.Micro.Matched));
    }
}
