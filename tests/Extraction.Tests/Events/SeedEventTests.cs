using Extraction.Citations;
using Extraction.Corpora;
using Extraction.Evaluation;
using Extraction.Events;
using Extraction.Model;
using Xunit.Abstractions;

namespace Extraction.Tests.Events;

/// <summary>The seed acceptance targets for events and citations, with the gold entities as input and the shared scorers.</summary>
public class SeedEventTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedEventsReachF1Target()
    {
        var (doc, gold) = EventTestSupport.SeedWithGoldEntities();
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        foreach (var ev in doc.Events) output.WriteLine($"s{doc.SentenceIndexAt(ev.Trigger.Start)} {EventTestSupport.Describe(doc, ev)}");

        var strict = new ScoreTable();
        var loose = new ScoreTable();
        EventScorer.Score(gold, AnnotatedDocument.FromDocument(doc), doc.Sentences.Select(s => new TextSpan(s.Start, s.End)).ToList(), strict, loose);
        output.WriteLine($"strict: P={strict.Micro.Precision:0.000} R={strict.Micro.Recall:0.000} F1={strict.Micro.F1:0.000}; loose F1={loose.Micro.F1:0.000}");
        Assert.True(strict.Micro.F1 >= 0.85, $"seed events F1 {strict.Micro.F1:0.000} < 0.85");
    }

    [Fact]
    public void SeedCitationsAllMatchWithAllSources()
    {
        var (doc, gold) = EventTestSupport.SeedWithGoldEntities();
        new EventStage(EventTestSupport.Lexicon).Process(doc);
        new CitationStage().Process(doc);

        var exact = new ScoreTable();
        var sources = new ScoreTable();
        CitationScorer.Score(gold.Citations, doc.Citations, exact, new ScoreTable(), sources);
        Assert.Equal((3, 3, 3), (exact.Micro.Gold, exact.Micro.Predicted, exact.Micro.Matched));
        Assert.Equal(4, doc.Citations.Sum(c => c.Sources.Count));
        // Every predicted event in a cited paragraph carries the citation whose scope covers it.
        Assert.All(doc.Events.Where(e => doc.Sentences[doc.SentenceIndexAt(e.Trigger.Start)].Paragraph is 1 or 2 or 3), e => Assert.Single(e.Citations));
    }
}
