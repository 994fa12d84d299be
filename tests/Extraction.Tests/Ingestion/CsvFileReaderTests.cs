using Extraction.Ingestion;
using Extraction.Pipeline;

namespace Extraction.Tests.Ingestion;

public class CsvFileReaderTests
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        string path = _files.Write("news.csv",
            "ID,Text,Publication,Empty\n" +
            "n1,\"Talks, first round.\nSecond line said \"\"no\"\".\",Wire,\n" +
            "n2,Plain text,Other Wire,\n");
        var documents = IngestTestFiles.Read(path).Select(r => r.Document!).ToList();
        Assert.Equal(["n1", "n2"], documents.Select(d => d.Id));
        Assert.Equal("Talks, first round.\nSecond line said \"no\".", documents[0].Text);
        Assert.Equal(new Dictionary<string, string> { ["Publication"] = "Wire" }, documents[0].Metadata);
        Assert.Equal((2L, 1L), (documents[0].Source.Line!.Value, documents[0].Source.Row!.Value));
        Assert.Equal((4L, 2L), (documents[1].Source.Line!.Value, documents[1].Source.Row!.Value));
    }

    [Fact]
    public void MissingIdIsTheFileNameAndRowNumber()
    {
        string path = _files.Write("feed.csv", "text\nFirst.\nSecond.\n");
        Assert.Equal(["feed-1", "feed-2"], IngestTestFiles.Read(path).Select(r => r.Document!.Id));
    }

    [Fact]
    public void NoTextColumnIsOneRejectForTheFile()
    {
        string path = _files.Write("wrong.csv", "id,body\n1,First.\n2,Second.\n");
        var reject = IngestTestFiles.SingleReject(path);
        Assert.Equal(ErrorCodes.InputMalformedCsv, reject.Code);
        Assert.Contains("\"text\"", reject.Reason);
        Assert.Equal(1, reject.Line);
    }

    [Fact]
    public void MalformedRecordsAreRejectedAndTheOthersStillRead()
    {
        string path = _files.Write("rows.csv", "id,text\na,Fine.\nb,one,field too many\nc,\"Also\nfine.\"\n\"d,\"never closed\n");
        var results = IngestTestFiles.Read(path);
        Assert.Equal(["a", "c"], results.Where(r => r.Document is not null).Select(r => r.Document!.Id));
        Assert.Equal([(3L, 2L), (6L, 4L)],
            results.Where(r => r.Reject is not null).Select(r => (r.Reject!.Line!.Value, r.Reject!.Row!.Value)));
        Assert.All(results.Where(r => r.Reject is not null), r => Assert.Equal(ErrorCodes.InputMalformedCsv, r.Reject!.Code));
    }

    [Fact]
    public void EmptyTextCellIsRejectedAsEmpty()
    {
        var reject = IngestTestFiles.SingleReject(_files.Write("e.csv", "id,text\nx,\n"));
        Assert.Equal((ErrorCodes.InputEmpty, "x", 1L), (reject.Code, reject.DocumentId, reject.Row!.Value));
    }

    [Fact]
    public void HeaderWithoutRecordsIsRejectedAsEmpty()
    {
        Assert.Equal(ErrorCodes.InputEmpty, IngestTestFiles.SingleReject(_files.Write("h.csv", "id,text\n")).Code);
    }

    [Fact]
    public void Windows1252CsvIsDecodedAndMarked()
    {
        byte[] bytes = [.. "id,text\nw,Caf"u8, 0xE9, .. " "u8, 0x93, .. "talks"u8, 0x94, (byte)'\n'];
        var document = IngestTestFiles.SingleDocument(_files.Write("old.csv", bytes));
        Assert.Equal("Café “talks”", document.Text);
        Assert.Equal("windows-1252", document.Metadata["encoding"]);
    }

    [Fact]
    public void Utf8ByteOrderMarkDoesNotHideTheFirstColumn()
    {
        var document = IngestTestFiles.SingleDocument(_files.Write("bom.csv", [0xEF, 0xBB, 0xBF, .. "id,text\nb1,Body.\n"u8]));
        Assert.Equal(("b1", "Body."), (document.Id, document.Text));
    }

    [Fact]
    public void RecordLargerThanTheLimitIsRejected()
    {
        var options = new IngestionOptions { MaxDocumentChars = 1000 };
        string path = _files.Write("big.csv", $"id,text\nok,Fine.\nbig,\"{new string('x', options.MaxRecordBytes + 10)}\"\n");
        var results = IngestTestFiles.Read(path, options);
        Assert.Equal("ok", results[0].Document!.Id);
        Assert.Equal(ErrorCodes.InputTooLarge, results[1].Reject!.Code);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Utf16CsvWithByteOrderMarkIsDecodedAndMarked()
    {
        var encoding = new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("id,text\nu1,\"Almaty, café\"\n")];
        var document = IngestTestFiles.SingleDocument(_files.Write("u16.csv", bytes));
        Assert.Equal(("u1", "Almaty, café", "utf-16le"), (document.Id, document.Text, document.Metadata["encoding"]));
    }
}
