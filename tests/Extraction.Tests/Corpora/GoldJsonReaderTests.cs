using Extraction.Corpora;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Corpora;

public class GoldJsonReaderTests
{
    private const string Doc =
        """{"id": "d1", "text": "Askar Akayev met Putin in Moscow.", "labels": ["PERSON", "LOC"], "entities": [""" +
        """{"id": "T1", "start": 0, "end": 12, "label": "PERSON", "text": "Askar Akayev", "canonical": "Askar Akayev"},""" +
        """{"id": "T2", "start": 17, "end": 22, "label": "PERSON", "text": "Putin"},""" +
        """{"id": "T3", "start": 26, "end": 32, "label": "CITY", "text": "Moscow"}],""" +
        """ "relations": [{"id": "R1", "type": "COMMUNICATED_WITH", "head": "T1", "tail": "T2"}, {"type": "CO_LOCATED", "head": {"start": 17, "end": 22}, "tail": "T3"}],""" +
        """ "events": [{"id": "E1", "type": "CONSULT", "trigger": {"start": 13, "end": 16, "text": "met"}, "arguments": [{"role": "actor", "entity": "T1"}, {"role": "recipient", "entity": "T2"}], "status": "asserted", "citations": []}],""" +
        """ "citations": [{"id": "C1", "start": 0, "end": 5, "text": "Askar", "sources": [{"name": "Itar-Tass", "date_text": "October 7"}], "paragraph": 0}]}""";

    [Fact]
    public void JsonlDocumentReadsEverySection()
    {
        var corpus = CorpusReader.Read(CorpusAssert.WriteTemp("g.jsonl", Doc + "\n\n" + Doc.Replace("\"d1\"", "\"d2\"") + "\n"));
        Assert.Equal(["d1", "d2"], corpus.Documents.Select(d => d.Id));
        var d = corpus.Documents[0];
        // CITY is not one of our labels: dropped, but the relation naming it still resolves to its span.
        Assert.Equal(["Askar Akayev", "Putin"], d.Entities.Select(e => e.Text));
        Assert.Equal(2, corpus.DroppedLabels["CITY"]);
        Assert.Equal(new RelationArgument("T3", new TextSpan(26, 32)), d.Relations[1].Tail);
        Assert.Equal(new RelationArgument(null, new TextSpan(17, 22)), d.Relations[1].Head);
        Assert.Equal("R2", d.Relations[1].Id);
        Assert.Equal("CONSULT", d.Events.Single().Type);
        Assert.Equal(["actor", "recipient"], d.Events.Single().Arguments.Select(a => a.Role));
        Assert.Equal(("Itar-Tass", "October 7"), (d.Citations.Single().Sources.Single().Name, d.Citations.Single().Sources.Single().DateText));
        Assert.Equal(["LOC", "PERSON"], d.AnnotatedLabels.Order());
        Assert.Equal(Hashing.Sha256Hex(d.Text), d.TextSha256);
    }

    [Fact]
    public void JsonArrayAndSingleObjectBothRead()
    {
        Assert.Equal(2, CorpusReader.Read(CorpusAssert.WriteTemp("g.json", $"[{Doc}, {Doc}]")).Documents.Count);
        Assert.Single(CorpusReader.Read(CorpusAssert.WriteTemp("g.json", Doc)).Documents);
    }

    [Fact]
    public void DocumentWithoutIdIsNamedAfterFileAndPosition()
    {
        var corpus = CorpusReader.Read(CorpusAssert.WriteTemp("mine.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n"));
        Assert.Equal(["mine-1", "mine-2"], corpus.Documents.Select(d => d.Id));
    }

    [Fact]
    public void EntityTextThatIsNotTheSliceIsAnError()
    {
        string bad = Doc.Replace("\"text\": \"Putin\"", "\"text\": \"Putin!\"");
        var ex = Assert.Throws<CorpusException>(() => CorpusReader.Read(CorpusAssert.WriteTemp("g.jsonl", bad)));
        Assert.Contains("T2", ex.Message);
    }

    [Fact]
    public void MalformedLineNamesItsLine()
    {
        var ex = Assert.Throws<CorpusException>(() => CorpusReader.Read(CorpusAssert.WriteTemp("g.jsonl", Doc + "\n{oops\n")));
        Assert.Contains("g.jsonl:2", ex.Message);
    }

    [Fact]
    public void LabelsJsonBesideTheFileIsTheDefaultMap()
    {
        string dir = TestPaths.NewTempDirectory();
        File.WriteAllText(Path.Combine(dir, "c.jsonl"), Doc.Replace("\"CITY\"", "\"Location\""));
        File.WriteAllText(Path.Combine(dir, CorpusReader.LabelsFileName), """{"Location": "LOC"}""");
        var d = CorpusReader.Read(Path.Combine(dir, "c.jsonl")).Documents.Single();
        Assert.Equal(("Moscow", "LOC"), (d.Entities[2].Text, d.Entities[2].Label));
    }

    [Fact]
    public void SeedGoldReadsCompletely()
    {
        foreach (var file in new[] { "seed-edm.gold.json", "seed-edm.gold.jsonl" })
        {
            var corpus = CorpusReader.Read(Path.Combine(TestPaths.Shared, "gold", file));
            var d = Assert.Single(corpus.Documents);
            Assert.Equal((96, 11, 11, 3), (d.Entities.Count, d.Relations.Count, d.Events.Count, d.Citations.Count));
            Assert.Equal(EntityLabels.All.Order(), corpus.AnnotatedLabels.Order());
            Assert.Equal(4, d.Citations.Sum(c => c.Sources.Count));
            Assert.Equal("Eurasia Daily Monitor", d.Metadata["publication"]);
            Assert.Equal(Hashing.Sha256Hex(d.Text), d.TextSha256);
            CorpusAssert.OffsetsExact(corpus);
        }
    }

    [Fact]
    public void Re3dMapsThroughItsLabelsJson()
    {
        var corpus = CorpusReader.Read(Path.Combine(TestPaths.SharedData, "re3d", "re3d.train.jsonl"));
        Assert.Equal(68, corpus.Documents.Count);
        // 2,263 annotations, of which DocumentReference, Vehicle, Frequency and CommsIdentifier have no label of ours.
        Assert.Equal(new Dictionary<string, int> { ["CommsIdentifier"] = 2, ["DocumentReference"] = 46, ["Frequency"] = 3, ["Vehicle"] = 12 }, corpus.DroppedLabels);
        Assert.Equal(2263 - 63, corpus.Documents.Sum(d => d.Entities.Count));
        Assert.Equal(83 + 61, CorpusAssert.Count(corpus, EntityLabels.Weapon));
        Assert.Equal(909, corpus.Documents.Sum(d => d.Relations.Count));
        Assert.DoesNotContain(EntityLabels.Event, corpus.AnnotatedLabels);
        CorpusAssert.OffsetsExact(corpus);
    }
}
