using System.Text;
using Extraction.Ingestion;
using Extraction.Pipeline;

namespace Extraction.Tests.Ingestion;

public class JsonlReaderTests
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void ReadsIdTextAndMetadataIgnoringOtherFields()
    {
        string path = _files.Write("batch.jsonl",
            """{"id":"a","text":"Alpha.","metadata":{"publication":"P","volume":2,"tags":["x","y"],"none":null},"extra":1}""" + "\n");
        var document = IngestTestFiles.SingleDocument(path);
        Assert.Equal("a", document.Id);
        Assert.Equal("Alpha.", document.Text);
        Assert.Equal(new Dictionary<string, string> { ["publication"] = "P", ["volume"] = "2", ["tags"] = """["x","y"]""", ["none"] = "null" },
            document.Metadata);
        Assert.Equal(1, document.Source.Line);
    }

    [Fact]
    public void MissingIdIsTheFileNameAndLineNumber()
    {
        string path = _files.Write("feed.jsonl", "\n" + """{"text":"One."}""" + "\r\n" + """{"id":7,"text":"Two."}""");
        var documents = IngestTestFiles.Read(path).Select(r => r.Document!).ToList();
        Assert.Equal(["feed-2", "7"], documents.Select(d => d.Id));
        Assert.Equal(["One.", "Two."], documents.Select(d => d.Text));
    }

    [Fact]
    public void BadLinesAreRejectedWithTheirLineAndTheOthersStillRead()
    {
        string path = _files.Write("mixed.jsonl", string.Join("\n",
            """{"id":"ok1","text":"Fine."}""",
            """{"id":"broken","text":"no closing brace" """,
            """{"id":"notext","title":"Only a title"}""",
            """["an","array"]""",
            """{"id":"badmeta","text":"x","metadata":"flat"}""",
            """{"id":"ok2","text":"Also fine."}"""));
        var results = IngestTestFiles.Read(path);
        Assert.Equal(["ok1", "ok2"], results.Where(r => r.Document is not null).Select(r => r.Document!.Id));
        var rejects = results.Where(r => r.Reject is not null).Select(r => r.Reject!).ToList();
        Assert.Equal([(2L, ErrorCodes.InputMalformedJson), (3L, ErrorCodes.InputMissingField), (4L, ErrorCodes.InputMalformedJson), (5L, ErrorCodes.InputMalformedJson)],
            rejects.Select(r => (r.Line!.Value, r.Code)));
        Assert.All(rejects, r => Assert.Equal(path, r.SourcePath));
    }

    [Fact]
    public void InvalidUtf8InsideAStringIsRejected()
    {
        string path = _files.Write("bad.jsonl", [.. """{"id":"a","text":"caf"""u8, 0xE9, .. "\"}\n"u8, .. """{"id":"b","text":"ok"}"""u8]);
        var results = IngestTestFiles.Read(path);
        Assert.Equal(ErrorCodes.InputEncoding, results[0].Reject!.Code);
        Assert.Equal("b", results[1].Document!.Id);
    }

    [Fact]
    public void LineLongerThanTheLimitIsSkippedAndReadingGoesOn()
    {
        var options = new IngestionOptions { MaxDocumentChars = 1000 };
        string huge = new('x', options.MaxRecordBytes + 10);
        string path = _files.Write("big.jsonl", $"{{\"id\":\"big\",\"text\":\"{huge}\"}}\n{{\"id\":\"small\",\"text\":\"Fine.\"}}\n");
        var results = IngestTestFiles.Read(path, options);
        Assert.Equal(2, results.Count);
        Assert.Equal((ErrorCodes.InputTooLarge, 1L), (results[0].Reject!.Code, results[0].Reject!.Line!.Value));
        Assert.Equal("small", results[1].Document!.Id);
    }

    [Fact]
    public void TextOverTheCharacterLimitIsRejectedWithItsId()
    {
        var options = new IngestionOptions { MaxDocumentChars = 5 };
        var reject = IngestTestFiles.SingleReject(_files.Write("t.jsonl", """{"id":"long","text":"123456"}"""), options);
        Assert.Equal((ErrorCodes.InputTooLarge, "long"), (reject.Code, reject.DocumentId));
    }

    [Fact]
    public void FileWithOnlyBlankLinesIsOneEmptyReject()
    {
        var reject = IngestTestFiles.SingleReject(_files.Write("blank.jsonl", "\n  \n\r\n"));
        Assert.Equal(ErrorCodes.InputEmpty, reject.Code);
        Assert.Null(reject.Line);
    }

    [Fact]
    public void ByteOrderMarkOnTheFirstLineIsIgnored()
    {
        var document = IngestTestFiles.SingleDocument(_files.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. """{"id":"a","text":"x y"}"""u8]));
        Assert.Equal("x y", document.Text);
    }

    [Fact]
    public void HeaderInsideTheTextAddsMetadataTheLineDidNotGive()
    {
        string path = _files.Write("h.jsonl", """{"id":"h","text":"Publication: Wire Issue: 4\n\nBody.","metadata":{"issue":"5"}}""");
        var document = IngestTestFiles.SingleDocument(path);
        Assert.Equal(["issue", "publication"], document.Metadata.Keys);
        Assert.Equal("5", document.Metadata["issue"]);
        Assert.Equal(document.Text.IndexOf("Body", StringComparison.Ordinal), document.BodyStart);
    }

    [Fact]
    public void BoundedLineReaderSplitsLinesAcrossChunksAndDropsCarriageReturns()
    {
        string content = string.Join("\r\n", Enumerable.Range(0, 5000).Select(i => new string((char)('a' + i % 26), i % 300)));
        var reader = new BoundedLineReader(new MemoryStream(Encoding.ASCII.GetBytes(content)), maxLineBytes: 250);
        var lines = new List<string?>();
        while (reader.Next()) lines.Add(reader.TooLong ? null : Encoding.ASCII.GetString(reader.Current.Span));
        Assert.Equal(5000, lines.Count);
        for (int i = 0; i < 5000; i++)
            // The limit counts the line's \r too: lines of 250 characters and more are too long.
            Assert.Equal(i % 300 >= 250 ? null : new string((char)('a' + i % 26), i % 300), lines[i]);
    }
}
