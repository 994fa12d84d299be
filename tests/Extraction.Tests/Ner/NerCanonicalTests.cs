using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Ner;

public class NerCanonicalTests
{
    private static readonly ExtractionPipeline Default = ExtractionPipeline.FromConfig(PipelineConfig.Load(TestPaths.PipelineConfig));

    [Fact]
    public void Model_spans_keep_the_canonical_names_earlier_stages_gave_them()
    {
        var doc = new Document("d", "Leaders of the Collective Security Treaty Organization (CSTO) met in Minsk. The CSTO later praised the U.S. plan.",
            new DocumentSource("test"));
        Default.Process(doc);
        var csto = doc.Entities.Where(e => e.Text == "CSTO").ToList();
        Assert.Equal(2, csto.Count);
        Assert.All(csto, e => Assert.Equal("Collective Security Treaty Organization", e.Canonical));
        Assert.Equal("United States", doc.Entities.Single(e => e.Text == "U.S.").Canonical);
        Assert.Contains(doc.Relations, r => r.Type == RelationTypes.SameAs && doc.EntityById(r.Head)!.Text == "CSTO");
    }

    /// <summary>Titles and nationalities before a name are not part of the PERSON span, whatever the model spanned.</summary>
    [Theory]
    [InlineData("The Kyrgyz President Askar Akayev arrived in Moscow on Monday.", "Askar Akayev", "Kyrgyz")]
    [InlineData("The Russian Deputy Prime Minister Dmitry Rogozin arrived.", "Dmitry Rogozin", "Russian")]
    [InlineData("Talks were held with Foreign Minister Sergei Lavrov in Dushanbe.", "Sergei Lavrov", null)]
    public void Person_spans_leave_out_the_title_and_nationality_before_the_name(string text, string person, string? norp)
    {
        var doc = new Document("d", text, new DocumentSource("test"));
        Default.Process(doc);
        Assert.Contains(doc.Entities, e => e.Label == EntityLabels.Person && e.Text == person);
        Assert.DoesNotContain(doc.Entities, e => e.Text.Length > person.Length && e.Text.EndsWith(person, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Text.Contains("President") || e.Text.Contains("Minister"));
        if (norp is not null) Assert.Contains(doc.Entities, e => e.Label == EntityLabels.Norp && e.Text == norp);
    }

    [Fact]
    public void Nationality_spans_of_the_model_are_kept_as_NORP()
    {
        var (tagger, _) = NerFixtures.Shipped("ner.bin");
        var document = NerFixtures.Document("t", ["NORP"], "Iraqi officials met Russian and Chinese diplomats .");
        var spans = new List<Extraction.Entities.Statistical.NerSpan>();
        tagger.Tag(document.Text, document.Tokens.ToArray(), spans);
        var norp = spans.Where(s => tagger.Model.Tags.Labels[s.Label] == EntityLabels.Norp)
            .Select(s => document.Text[document.Tokens[s.FirstToken].Start..document.Tokens[s.EndToken - 1].End]);
        Assert.Contains("Russian", norp);
        Assert.Contains("Chinese", norp);
    }
}
