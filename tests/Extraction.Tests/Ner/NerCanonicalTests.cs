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
}
