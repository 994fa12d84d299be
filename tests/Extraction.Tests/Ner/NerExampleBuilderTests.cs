using Extraction.Entities.Statistical;
using Extraction.Training;

namespace Extraction.Tests.Ner;

public class NerExampleBuilderTests
{
    private static readonly NerTagSet Tags = new(["PERSON", "LOC", "DATE"]);

    private static (string[] Tags, float[] Weights) Build(NerDocument document)
    {
        var example = Assert.Single(new NerExampleBuilder(Tags, null).Build(document));
        return (example.Tags.Select(Tags.TagName).ToArray(), example.Weights);
    }

    [Fact]
    public void Mentions_become_BIO_tags_and_labels_the_model_lacks_become_O()
    {
        var doc = NerFixtures.Document("c", ["PERSON", "LOC", "DATE", "ORG"], "[Vladimir Putin|PERSON] visited [Dushanbe|LOC] with [Gazprom|ORG]");
        var (tags, weights) = Build(doc);
        Assert.Equal(["B-PERSON", "I-PERSON", "O", "B-LOC", "O", "O"], tags);
        Assert.All(weights, w => Assert.Equal(1f, w));
    }

    [Fact]
    public void Mentions_of_unknown_type_are_masked_not_O()
    {
        var doc = NerFixtures.Document("c", ["PERSON", "LOC", "DATE"], "He won the [Nobel Prize|?] in [Oslo|LOC]");
        var (tags, weights) = Build(doc);
        Assert.Equal([1f, 1f, 1f, 0f, 0f, 1f, 1f], weights);
        Assert.Equal("B-LOC", tags[6]);
    }

    [Fact]
    public void O_tokens_that_may_carry_an_unannotated_label_are_masked()
    {
        // This corpus does not annotate DATE, so "October" and "12" say nothing about dates; the other O tokens still count.
        var doc = NerFixtures.Document("c", ["PERSON", "LOC"], "[Akayev|PERSON] spoke on October 12 in [Bishkek|LOC]");
        var (_, weights) = Build(doc);
        Assert.Equal([1f, 1f, 1f, 0f, 0f, 1f, 1f], weights);
    }

    [Fact]
    public void The_same_O_tokens_count_in_a_corpus_that_annotates_the_label()
    {
        var doc = NerFixtures.Document("c", ["PERSON", "LOC", "DATE"], "[Akayev|PERSON] spoke on [October 12|DATE] in [Bishkek|LOC] in 2004 times");
        var (tags, weights) = Build(doc);
        Assert.Equal(["B-PERSON", "O", "O", "B-DATE", "I-DATE", "O", "B-LOC", "O", "O", "O"], tags);
        Assert.All(weights, w => Assert.Equal(1f, w));
    }

    [Fact]
    public void A_token_straddling_a_mention_boundary_is_masked()
    {
        var doc = NerFixtures.Document("c", ["PERSON", "LOC", "DATE"], "in Itar-Tass reports");
        var straddling = new NerDocument
        {
            Corpus = doc.Corpus, Id = doc.Id, Text = doc.Text, Tokens = doc.Tokens, Sentences = doc.Sentences,
            AnnotatedLabels = doc.AnnotatedLabels,
            Mentions = [new NerMention(3, 7, "LOC")],  // "Itar" only, inside the token "Itar-Tass"
        };
        var (_, weights) = Build(straddling);
        Assert.Equal([1f, 0f, 1f], weights);
    }
}
