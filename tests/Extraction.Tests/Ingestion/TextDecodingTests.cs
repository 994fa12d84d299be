using System.Text;
using Extraction.Ingestion;
using Extraction.Pipeline;

namespace Extraction.Tests.Ingestion;

public class TextDecodingTests
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void Windows1252IsDecodedAndMarked()
    {
        // "He said “yes” to the café." in Windows-1252: 0x93/0x94 curly quotes, 0xE9 é; not valid UTF-8.
        byte[] bytes = [.. "He said "u8, 0x93, .. "yes"u8, 0x94, .. " to the caf"u8, 0xE9, (byte)'.'];
        var document = IngestTestFiles.SingleDocument(_files.Write("old.txt", bytes));
        Assert.Equal("He said \u201Cyes\u201D to the caf\u00E9.", document.Text);
        Assert.Equal("windows-1252", document.Metadata["encoding"]);
    }

    [Fact]
    public void Utf8IsNotMarked()
    {
        var document = IngestTestFiles.SingleDocument(_files.Write("new.txt", "He said “yes” to the café."));
        Assert.Equal("He said “yes” to the café.", document.Text);
        Assert.False(document.Metadata.ContainsKey("encoding"));
    }

    [Fact]
    public void Utf8ByteOrderMarkIsNotPartOfTheText()
    {
        var withBom = IngestTestFiles.SingleDocument(_files.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Café talks."u8]));
        var without = IngestTestFiles.SingleDocument(_files.Write("plain.txt", "Café talks."));
        Assert.Equal("Café talks.", withBom.Text);
        Assert.Equal(without.TextSha256, withBom.TextSha256);
        Assert.False(withBom.Metadata.ContainsKey("encoding"));
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16WithByteOrderMarkIsDecoded(string name)
    {
        var encoding = new UnicodeEncoding(bigEndian: name == "utf-16be", byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Tajik–Afghan border, café.")];
        var document = IngestTestFiles.SingleDocument(_files.Write("u16.txt", bytes));
        Assert.Equal("Tajik–Afghan border, café.", document.Text);
        Assert.Equal(name, document.Metadata["encoding"]);
    }

    [Fact]
    public void NulBytesAreBinary()
    {
        var reject = IngestTestFiles.SingleReject(_files.Write("image.dat", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x00, 0x0D, 0x0A]));
        Assert.Equal(ErrorCodes.InputBinary, reject.Code);
    }

    [Fact]
    public void BytesUndefinedInWindows1252AreUndecodable()
    {
        // 0x81 is invalid UTF-8 on its own and undefined in Windows-1252.
        var reject = IngestTestFiles.SingleReject(_files.Write("odd.txt", [.. "abc "u8, 0x81, .. " def"u8]));
        Assert.Equal(ErrorCodes.InputEncoding, reject.Code);
    }

    [Fact]
    public void SnifferKeepsUtf8SequencesSplitAcrossChunks()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("Rubezh–2004 “exercise” ’s 😀 end");
        var sniffer = new EncodingSniffer();
        foreach (byte b in bytes) sniffer.Feed([b]);
        Assert.Equal(SniffedEncoding.Utf8, sniffer.Finish());
    }

    [Fact]
    public void SnifferRejectsATruncatedUtf8SequenceAtTheEnd()
    {
        var sniffer = new EncodingSniffer();
        sniffer.Feed([.. "caf"u8, 0xC3]);
        // 0xC3 alone is a valid Windows-1252 byte (Ã).
        Assert.Equal(SniffedEncoding.Windows1252, sniffer.Finish());
    }
}
