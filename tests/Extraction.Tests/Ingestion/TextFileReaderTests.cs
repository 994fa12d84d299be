using System.Text;
using Extraction.Ingestion;
using Extraction.Pipeline;

namespace Extraction.Tests.Ingestion;

public class TextFileReaderTests
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void ReadsTheWholeFileUnalteredWithTheFileNameAsId()
    {
        const string text = "First line.\r\nSecond line, with “quotes”.\n\n  Indented last line  ";
        string path = _files.Write("story-12.txt", text);
        var document = IngestTestFiles.SingleDocument(path);
        Assert.Equal("story-12", document.Id);
        Assert.Equal(text, document.Text);
        Assert.Equal(path, document.Source.Path);
        Assert.Empty(document.Metadata);
        Assert.Equal(0, document.BodyStart);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("notes.md")]
    [InlineData("notes.text")]
    public void OtherOrNoExtensionIsReadAsText(string name)
    {
        var document = IngestTestFiles.SingleDocument(_files.Write(name, "Plain article text."));
        Assert.Equal("Plain article text.", document.Text);
        Assert.Equal(Path.GetFileNameWithoutExtension(name), document.Id);
    }

    [Fact]
    public void HeaderBecomesMetadataAndBodyStartSkipsIt()
    {
        const string text = "Title: Talks resume\nDate: 2004-10-12\nURL: https://example.org/a?b=c:d\n\nThe talks resumed.";
        var document = IngestTestFiles.SingleDocument(_files.Write("a.txt", text));
        Assert.Equal(text, document.Text);
        Assert.Equal(["title", "date", "url"], document.Metadata.Keys);
        Assert.Equal("https://example.org/a?b=c:d", document.Metadata["url"]);
        Assert.Equal(text.IndexOf("The talks", StringComparison.Ordinal), document.BodyStart);
    }

    [Fact]
    public void HeaderWithoutBodyIsRejectedAsEmpty()
    {
        var reject = IngestTestFiles.SingleReject(_files.Write("h.txt", "Title: Nothing follows\n\n"));
        Assert.Equal(ErrorCodes.InputEmpty, reject.Code);
        Assert.Equal("h", reject.DocumentId);
    }

    [Fact]
    public void DocumentOverTheCharacterLimitIsRejected()
    {
        var options = new IngestionOptions { MaxDocumentChars = 10 };
        Assert.Equal("0123456789", IngestTestFiles.SingleDocument(_files.Write("ok.txt", "0123456789"), options).Text);
        var reject = IngestTestFiles.SingleReject(_files.Write("long.txt", "0123456789A"), options);
        Assert.Equal(ErrorCodes.InputTooLarge, reject.Code);
        Assert.Contains("max_document_chars", reject.Reason);
    }

    [Fact]
    public void FileTooLargeToFitTheLimitIsRejectedBeforeDecoding()
    {
        var options = new IngestionOptions { MaxDocumentChars = 10 };
        // Invalid UTF-8 and Windows-1252 both: only the size check, which comes first, can give E104.
        var reject = IngestTestFiles.SingleReject(_files.Write("huge.txt", Enumerable.Repeat((byte)0x81, 45).ToArray()), options);
        Assert.Equal(ErrorCodes.InputTooLarge, reject.Code);
    }

    [Fact]
    public void MostlyControlCharactersIsBinary()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008cd");
        Assert.Equal(ErrorCodes.InputBinary, IngestTestFiles.SingleReject(_files.Write("ctl.bin", bytes)).Code);
    }

    [Fact]
    public void AStrayControlCharacterIsStillText()
    {
        string text = "An old archive file with one form feed\f and one SUB\u001A in a long enough sentence of ordinary words.";
        Assert.Equal(text, IngestTestFiles.SingleDocument(_files.Write("old.txt", text)).Text);
    }
}
