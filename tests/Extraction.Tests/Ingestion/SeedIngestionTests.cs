using System.Text.Json;
using Extraction.Ingestion;
using Extraction.Tests.Support;

namespace Extraction.Tests.Ingestion;

public class SeedIngestionTests
{
    private static readonly Extraction.Model.Document Seed =
        Assert.Single(new InputReader().Read([TestPaths.Seeds])).Document!;

    [Fact]
    public void TextIsExactlyTheGoldText()
    {
        Assert.Equal("f288f0912392b5b02ca72d8ff33e1a565cfe1fd4ea1b829be2ba3617f2d9c178", Seed.TextSha256);
        using var gold = JsonDocument.Parse(File.ReadAllText(TestPaths.SeedGold));
        Assert.Equal(gold.RootElement.GetProperty("text").GetString(), Seed.Text);
        Assert.Equal(gold.RootElement.GetProperty("id").GetString(), Seed.Id);
    }

    [Fact]
    public void HeaderMetadataInOrder()
    {
        Assert.Equal([new("publication", "Eurasia Daily Monitor"), new("volume", "1"), new("issue", "105")], Seed.Metadata);
        Assert.StartsWith("Russia’s reputation", Seed.Text[Seed.BodyStart..]);
    }
}
