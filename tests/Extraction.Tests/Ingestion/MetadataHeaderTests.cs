using Extraction.Ingestion;

namespace Extraction.Tests.Ingestion;

public class MetadataHeaderTests
{
    private static Dictionary<string, string> Fields(string text) =>
        MetadataHeader.Parse(text).Fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public void SeveralPairsOnOneLine()
    {
        const string text = "Publication: Eurasia Daily Monitor Volume: 1 Issue: 105\n\nRussia’s reputation grows.";
        var header = MetadataHeader.Parse(text);
        Assert.Equal(
            [new("publication", "Eurasia Daily Monitor"), new("volume", "1"), new("issue", "105")],
            header.Fields);
        Assert.Equal(text.IndexOf("Russia", StringComparison.Ordinal), header.BodyStart);
    }

    [Fact]
    public void OnePairPerLineWithCrLfAndCapitals()
    {
        const string text = "TITLE: Border talks\r\nAuthor: A. Writer\r\nUrl: http://example.org/x\r\nBody starts here.";
        var header = MetadataHeader.Parse(text);
        Assert.Equal(["title", "author", "url"], header.Fields.Select(f => f.Key));
        Assert.Equal("http://example.org/x", Fields(text)["url"]);
        Assert.Equal(text.IndexOf("Body", StringComparison.Ordinal), header.BodyStart);
    }

    /// <summary>Eurasia Daily Monitor pages give the author as "By:" under the publication line.</summary>
    [Fact]
    public void A_by_line_is_the_author()
    {
        const string text = "Publication: Eurasia Daily Monitor Volume: 20 Issue: 112\nBy: Vasif Huseynov\n\nOn July 15, the leaders met.";
        var header = MetadataHeader.Parse(text);
        Assert.Equal("Vasif Huseynov", Fields(text)["author"]);
        Assert.Equal(text.IndexOf("On July", StringComparison.Ordinal), header.BodyStart);
    }

    /// <summary>A headline above the header is the title, and no part of the body (its "Eurasia" was a place).</summary>
    [Fact]
    public void A_headline_above_the_header_is_the_title()
    {
        const string text = "Kazakhstan Raises Stakes in Caspian Oil Dispute\n\nPublication: Eurasia Daily Monitor Volume: 22 Issue: 140\nBy: Paul Goble\n\nOn September 3, Kazakhstan filed a claim.";
        var header = MetadataHeader.Parse(text);
        Assert.Equal(["title", "publication", "volume", "issue", "author"], header.Fields.Select(f => f.Key));
        Assert.Equal("Kazakhstan Raises Stakes in Caspian Oil Dispute", Fields(text)["title"]);
        Assert.Equal(text.IndexOf("On September", StringComparison.Ordinal), header.BodyStart);
        // a sentence is no headline, and a headline with no header under it is the body's
        Assert.Empty(MetadataHeader.Parse("Russia attacked Kyiv overnight.\nSource: Reuters\n\nMore text.").Fields);
        Assert.Empty(MetadataHeader.Parse("Kazakhstan Raises Stakes\n\nOn September 3, Kazakhstan filed a claim.").Fields);
    }

    [Theory]
    [InlineData("Update: talks resumed in Geneva on Monday.")]
    [InlineData("Moscow: The ministry said on Monday that talks resumed.")]
    [InlineData("The issue: who pays for the pipeline.")]
    [InlineData("Title:no space after the colon")]
    [InlineData("\nTitle: a header must be at the very top")]
    [InlineData("")]
    public void TextWithoutAHeaderIsLeftAlone(string text)
    {
        var header = MetadataHeader.Parse(text);
        Assert.Empty(header.Fields);
        Assert.Equal(0, header.BodyStart);
    }

    [Fact]
    public void HeaderEndsAtTheFirstLineThatIsNotOne()
    {
        const string text = "Title: A\nThe title: of the body is not metadata.\nDate: 2004-10-12";
        var header = MetadataHeader.Parse(text);
        Assert.Equal([new("title", "A")], header.Fields);
        Assert.Equal(text.IndexOf("The title", StringComparison.Ordinal), header.BodyStart);
    }

    [Fact]
    public void FirstOccurrenceOfAKeyWinsAndEmptyValuesAreDropped()
    {
        Assert.Equal(new Dictionary<string, string> { ["title"] = "First", ["volume"] = "3" },
            Fields("Title: First Author: Volume: 3\nHeadline: Second\n\nBody."));
    }

    [Theory]
    [InlineData("October 12, 2004", "2004-10-12")]
    [InlineData("Oct. 12, 2004", "2004-10-12")]
    [InlineData("Tuesday, October 12, 2004", "2004-10-12")]
    [InlineData("12th October 2004", "2004-10-12")]
    [InlineData("Sept. 3, 2004", "2004-09-03")]
    [InlineData("2004/10/12", "2004-10-12")]
    [InlineData("October 2004", "2004-10")]
    [InlineData("2004-10-12 09:30", "2004-10-12T09:30:00")]
    [InlineData("2004-10-12T09:30:00Z", "2004-10-12T09:30:00+00:00")]
    [InlineData("Tue, 12 Oct 2004 09:30:00 +03:00", "2004-10-12T09:30:00+03:00")]
    [InlineData("Tue, 12 Oct 2004 09:30:00 +0300", "2004-10-12T09:30:00+03:00")]
    [InlineData("Tue, 12 Oct 2004 09:30:00 GMT", "2004-10-12T09:30:00+00:00")]
    public void DateIsNormalizedToIsoKeepingTheWording(string raw, string iso)
    {
        var fields = MetadataHeader.Parse($"Date: {raw}\n\nBody.").Fields;
        Assert.Equal([new("date", iso), new("date_text", raw)], fields);
    }

    [Theory]
    [InlineData("2004-10-12")]
    [InlineData("10/12/2004")]
    [InlineData("sometime in autumn")]
    public void DateAlreadyIsoOrNotParseableStaysAsWritten(string raw)
    {
        Assert.Equal([new("date", raw)], MetadataHeader.Parse($"Date: {raw}\n\nBody.").Fields);
    }
}
