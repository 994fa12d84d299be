using Extraction.Corpora;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Corpora;

public class ReDocRedReaderTests
{
    private const string Fixture = """
        [{"title": "Doc A", "sents": [["Paul", "Smith", "paid", "$", "5", "million", "."], ["Smith", "met", "two", "Ewoks", "in", "1990", "."]],
          "vertexSet": [
            [{"name": "Paul Smith", "pos": [0, 2], "sent_id": 0, "type": "PER"}, {"name": "Smith", "pos": [0, 1], "sent_id": 1, "type": "PER"}],
            [{"name": "$ 5 million", "pos": [3, 6], "sent_id": 0, "type": "NUM"}],
            [{"name": "two", "pos": [2, 3], "sent_id": 1, "type": "NUM"}],
            [{"name": "Ewoks", "pos": [3, 4], "sent_id": 1, "type": "MISC"}],
            [{"name": "1990", "pos": [5, 6], "sent_id": 1, "type": "TIME"}]],
          "labels": [{"h": 0, "t": 3, "r": "P463", "evidence": [1]}]}]
        """;

    [Fact]
    public void TokensSentencesMentionsAndRelations()
    {
        var corpus = CorpusReader.Read(CorpusAssert.WriteTemp("dev.json", Fixture));
        Assert.Equal(CorpusFormat.ReDocRed, corpus.Format);
        var d = Assert.Single(corpus.Documents);
        Assert.Equal("Doc A", d.Id);
        Assert.Equal("Paul Smith paid $ 5 million .\n\nSmith met two Ewoks in 1990 .", d.Text);
        Assert.Equal([new TextSpan(0, 29), new TextSpan(31, 60)], d.Sentences);
        Assert.Equal(14, d.Tokens.Count);
        // Text order, ids T1.. ; money by its currency sign; MISC dropped.
        Assert.Equal([("Paul Smith", "PERSON"), ("$ 5 million", "MONEY"), ("Smith", "PERSON"), ("two", "QUANTITY"), ("1990", "DATE")],
            d.Entities.Select(e => (e.Text, e.Label)));
        Assert.Equal(["T1", "T2", "T3", "T4", "T5"], d.Entities.Select(e => e.Id));
        Assert.Equal(["T1", "T3"], d.Coreference[0]);
        Assert.Equal(1, corpus.DroppedLabels["MISC"]);
        Assert.Contains(EntityLabels.Money, corpus.AnnotatedLabels);
        var r = Assert.Single(d.Relations);
        Assert.Equal(("P463", "T1", null, "Ewoks"), (r.Type, r.Head.EntityId, r.Tail.EntityId, d.Text[r.Tail.Span.Start..r.Tail.Span.End]));
        CorpusAssert.OffsetsExact(corpus);
    }

    [Fact]
    public void DevCountsMatchSource()
    {
        var corpus = CorpusReader.Read(Path.Combine(TestPaths.SharedData, "re_docred", "dev_revised.json"));
        Assert.Equal(500, corpus.Documents.Count);
        Assert.Equal(4110, corpus.Documents.Sum(d => d.Sentences.Count));
        Assert.Equal(101970, corpus.Documents.Sum(d => d.Tokens.Count));
        // 13,189 mentions of which 1,977 MISC.
        Assert.Equal(13189 - 1977, corpus.Documents.Sum(d => d.Entities.Count));
        Assert.Equal(1977, corpus.DroppedLabels["MISC"]);
        Assert.Equal(17284, corpus.Documents.Sum(d => d.Relations.Count));
        Assert.Equal(["DATE", "LOC", "MONEY", "ORG", "PERSON", "QUANTITY"], corpus.AnnotatedLabels.Order());
        Assert.InRange(CorpusAssert.Count(corpus, EntityLabels.Money), 1, 100);
        CorpusAssert.OffsetsExact(corpus);
    }
}
