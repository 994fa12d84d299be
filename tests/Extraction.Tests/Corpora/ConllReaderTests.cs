using Extraction.Corpora;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Corpora;

public class ConllReaderTests
{
    [Fact]
    public void TwoColumnFileHasOneDocumentPerSentenceWithSpaceJoinedText()
    {
        string path = CorpusAssert.WriteTemp("politics.txt",
            "Vladimir\tB-politician\nPutin\tI-politician\nvisited\tO\nthe\tO\nUnited\tB-country\nStates\tI-country\n.\tO\n\n" +
            "The\tO\n2001\tB-election\nelection\tI-election\n#\tO\nGreens\tB-politicalparty\n\n");
        var corpus = CorpusReader.Read(path);

        Assert.Equal(CorpusFormat.Conll, corpus.Format);
        Assert.Equal(2, corpus.Documents.Count);
        var first = corpus.Documents[0];
        Assert.Equal("Vladimir Putin visited the United States .", first.Text);
        Assert.Equal([("Vladimir Putin", "PERSON"), ("United States", "LOC")], first.Entities.Select(e => (e.Text, e.Label)));
        Assert.Equal(7, first.Tokens.Count);
        Assert.Equal(new TextSpan(0, first.Text.Length), Assert.Single(first.Sentences));
        // "#<TAB>O" is a token, not a comment; the election is not one of our labels.
        Assert.Equal("The 2001 election # Greens", corpus.Documents[1].Text);
        Assert.Equal(("Greens", "ORG"), (corpus.Documents[1].Entities.Single().Text, corpus.Documents[1].Entities.Single().Label));
        Assert.Equal(1, corpus.DroppedLabels["election"]);
        Assert.Equal(["LOC", "ORG", "PERSON"], corpus.AnnotatedLabels.Order());
        CorpusAssert.OffsetsExact(corpus);
    }

    [Fact]
    public void UnerColumnsAndNewdocCommentsGroupSentencesIntoDocuments()
    {
        string path = CorpusAssert.WriteTemp("x.iob2",
            "# newdoc id = doc-a\n# sent_id = doc-a-1\n# text = I met John Smith\n" +
            "1\tI\tO\t-\t-\n2\tmet\tO\t-\t-\n3\tJohn\tB-PER\t-\tann\n4\tSmith\tI-PER\t-\tann\n\n" +
            "# sent_id = doc-a-2\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\tann\n3\tbay\tI-LOC\t-\tann\n\n" +
            "# newdoc id = doc-b\n1\t3\tO\t-\t-\n2\tIBM\tB-ORG\t-\t-\n3\tGoogle\tB-ORG\t-\t-\n\n");
        var corpus = CorpusReader.Read(path);

        Assert.Equal(["doc-a", "doc-b"], corpus.Documents.Select(d => d.Id));
        var a = corpus.Documents[0];
        // Sentences are paragraphs of their own, so the pipeline's segmenter finds the corpus's sentences.
        Assert.Equal("I met John Smith\n\nin tampa bay", a.Text);
        Assert.Equal([new TextSpan(0, 16), new TextSpan(18, 30)], a.Sentences);
        Assert.Equal([("John Smith", "PERSON"), ("tampa bay", "LOC")], a.Entities.Select(e => (e.Text, e.Label)));
        // Adjacent B- tags are two entities; a numeric token is still a token.
        Assert.Equal("3 IBM Google", corpus.Documents[1].Text);
        Assert.Equal(["IBM", "Google"], corpus.Documents[1].Entities.Select(e => e.Text));
        CorpusAssert.OffsetsExact(corpus);
    }

    [Fact]
    public void BioesAndIob1TagsDecode()
    {
        string path = CorpusAssert.WriteTemp("x.conll", "New B-LOC\nYork E-LOC\nParis S-LOC\nBob I-PER\nSmith I-PER\nand O\nEU U-ORG\n");
        var doc = Assert.Single(CorpusReader.Read(path).Documents);
        Assert.Equal(["New York", "Paris", "Bob Smith", "EU"], doc.Entities.Select(e => e.Text));
    }

    [Fact]
    public void CustomLabelMapReplacesTheDefault()
    {
        string path = CorpusAssert.WriteTemp("x.iob2", "Putin\tB-politician\nEU\tB-misc\n");
        string map = CorpusAssert.WriteTemp("map.json", """{"misc": "ORG", "politician": null}""");
        var corpus = CorpusReader.Read(path, labelsPath: map);
        Assert.Equal(("EU", "ORG"), (corpus.Documents[0].Entities.Single().Text, corpus.Documents[0].Entities.Single().Label));
        Assert.Equal(1, corpus.DroppedLabels["politician"]);
        Assert.Equal(["ORG"], corpus.AnnotatedLabels);
    }

    [Fact]
    public void LineWithoutTagNamesTheLine()
    {
        string path = CorpusAssert.WriteTemp("x.conll", "Putin B-PER\nvisited\n");
        var ex = Assert.Throws<CorpusException>(() => CorpusReader.Read(path));
        Assert.Contains(":2", ex.Message);
    }

    [Theory]
    [InlineData("en_ewt-ud-dev.iob2", 318, 2001, 25149, 343, 224, 399)]
    [InlineData("en_ewt-ud-test.iob2", 316, 2077, 25097, 449, 322, 317)]
    public void UnerCountsMatchItsStats(string file, int docs, int sentences, int tokens, int per, int org, int loc)
    {
        var corpus = CorpusReader.Read(Path.Combine(TestPaths.SharedData, "uner_en_ewt", file));
        Assert.Equal(docs, corpus.Documents.Count);
        Assert.Equal(sentences, corpus.Documents.Sum(d => d.Sentences.Count));
        Assert.Equal(tokens, corpus.Documents.Sum(d => d.Tokens.Count));
        Assert.Equal(per, CorpusAssert.Count(corpus, EntityLabels.Person));
        Assert.Equal(org, CorpusAssert.Count(corpus, EntityLabels.Org));
        Assert.Equal(loc, CorpusAssert.Count(corpus, EntityLabels.Loc));
        Assert.Equal(["LOC", "ORG", "PERSON"], corpus.AnnotatedLabels.Order());
        Assert.Empty(corpus.DroppedLabels);
        CorpusAssert.OffsetsExact(corpus);
    }

    [Theory]
    // SOURCE.md: politician + person, organisation + politicalparty, country + location.
    [InlineData("dev.txt", 541, 24624, 411 + 286, 431 + 1053, 183 + 211, 186, 528, 193)]
    [InlineData("train.txt", 200, 8384, 359 + 14, 152 + 195, 62 + 297, 22, 123, 80)]
    public void CrossNerCountsMatchSource(string file, int docs, int tokens, int person, int org, int loc, int events, int elections, int misc)
    {
        var corpus = CorpusReader.Read(Path.Combine(TestPaths.SharedData, "crossner_politics", file));
        Assert.Equal(docs, corpus.Documents.Count);
        Assert.Equal(tokens, corpus.Documents.Sum(d => d.Tokens.Count));
        Assert.Equal(person, CorpusAssert.Count(corpus, EntityLabels.Person));
        Assert.Equal(org, CorpusAssert.Count(corpus, EntityLabels.Org));
        Assert.Equal(loc, CorpusAssert.Count(corpus, EntityLabels.Loc));
        Assert.Equal(new Dictionary<string, int> { ["election"] = elections, ["event"] = events, ["misc"] = misc }, corpus.DroppedLabels);
        CorpusAssert.OffsetsExact(corpus);
    }
}
