using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Cli;

/// <summary>
/// Every bad input of issue 2 through the real entry point: one line in OUT/rejects.jsonl (source, line or row, code,
/// reason), the run goes on, exit code 0 when something was written and 1 when nothing was, read = written + rejected.
/// The config has no stages: these tests are about ingestion, and stay fast whatever the stages cost.
/// </summary>
public partial class BadInputTests
{
    private readonly string _dir = TestPaths.NewTempDirectory();
    private string In => Path.Combine(_dir, "in");
    private string Out => Path.Combine(_dir, "out");

    private sealed record Run(int ExitCode, List<JsonElement> Documents, List<JsonElement> Rejects, long Read, long Written, long Rejected);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(In, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    private string WriteGood() => Write("good.txt", "Kazakhstan and Uzbekistan agreed to open a border crossing.");

    private Run RunCli(string ingestion = "{}", params string[] inputs)
    {
        string config = Path.Combine(_dir, "pipeline.json");
        File.WriteAllText(config, $$"""{"ingestion": {{ingestion}}, "stages": []}""");
        var result = CliRunner.Run(["run", .. (inputs.Length > 0 ? inputs : [In]), "--out", Out, "--config", config]);
        var match = Summary().Match(result.Stderr);
        Assert.True(match.Success, result.Stderr);
        var run = new Run(result.ExitCode, Lines("documents.jsonl"), Lines("rejects.jsonl"),
            long.Parse(match.Groups[1].Value), long.Parse(match.Groups[2].Value), long.Parse(match.Groups[3].Value));
        Assert.Equal(run.Read, run.Written + run.Rejected);
        Assert.Equal(run.Written, run.Documents.Count);
        Assert.Equal(run.Rejected, run.Rejects.Count);
        Assert.Equal(run.Written > 0 ? 0 : 1, run.ExitCode);
        return run;
    }

    private List<JsonElement> Lines(string file) =>
        File.ReadLines(Path.Combine(Out, file)).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    [GeneratedRegex(@"documents: read (\d+), written (\d+), rejected (\d+)")]
    private static partial Regex Summary();

    /// <summary>Asserts the run wrote the good document and rejected exactly one input with this code, and returns the reject.</summary>
    private JsonElement OneReject(Run run, string code, string path)
    {
        Assert.Equal((0, 1L, 1L), (run.ExitCode, run.Written, run.Rejected));
        var reject = Assert.Single(run.Rejects);
        Assert.Equal(code, reject.GetProperty("code").GetString());
        Assert.Equal(path, reject.GetProperty("source").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reject.GetProperty("reason").GetString()));
        return reject;
    }

    [Fact]
    public void EmptyFile()
    {
        WriteGood();
        string path = Write("empty.txt", "");
        OneReject(RunCli(), ErrorCodes.InputEmpty, path);
    }

    [Fact]
    public void WhitespaceOnlyFile()
    {
        WriteGood();
        string path = Write("blank.txt", " \n\t\r\n ");
        OneReject(RunCli(), ErrorCodes.InputEmpty, path);
    }

    [Fact]
    public void BinaryFile()
    {
        WriteGood();
        string path = Write("photo.dat", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        OneReject(RunCli(), ErrorCodes.InputBinary, path);
    }

    [Fact]
    public void FiftyMegabyteSingleLineTextFile()
    {
        WriteGood();
        string path = Write("huge.txt", new string('a', 50_000_000));
        var reject = OneReject(RunCli(), ErrorCodes.InputTooLarge, path);
        Assert.Contains("max_document_chars", reject.GetProperty("reason").GetString());
    }

    [Fact]
    public void FiftyMegabyteSingleLineJsonl()
    {
        WriteGood();
        string path = Write("huge.jsonl", $"{{\"id\":\"huge\",\"text\":\"{new string('a', 50_000_000)}\"}}\n");
        var reject = OneReject(RunCli(), ErrorCodes.InputTooLarge, path);
        Assert.Equal(1, reject.GetProperty("line").GetInt32());
    }

    [Fact]
    public void DocumentLimitComesFromPipelineJson()
    {
        WriteGood();
        string path = Write("long.txt", new string('b', 101));
        OneReject(RunCli("""{"max_document_chars": 100}"""), ErrorCodes.InputTooLarge, path);
    }

    [Fact]
    public void MalformedJsonlLineAndTheOtherLinesStillRead()
    {
        string path = Write("feed.jsonl", """{"id":"a","text":"First article."}""" + "\n" + """{"id":"b","text":"trunc""" + "\n" + """{"id":"c","text":"Third article."}""" + "\n");
        var run = RunCli();
        Assert.Equal((0, 2L, 1L), (run.ExitCode, run.Written, run.Rejected));
        Assert.Equal(["a", "c"], run.Documents.Select(d => d.GetProperty("id").GetString()));
        var reject = Assert.Single(run.Rejects);
        Assert.Equal((path, 2, ErrorCodes.InputMalformedJson),
            (reject.GetProperty("source").GetString(), reject.GetProperty("line").GetInt32(), reject.GetProperty("code").GetString()));
    }

    [Fact]
    public void JsonlLineWithoutText()
    {
        WriteGood();
        string path = Write("notext.jsonl", """{"id":"n1","title":"No text here"}""");
        var reject = OneReject(RunCli(), ErrorCodes.InputMissingField, path);
        Assert.Equal((1, "n1"), (reject.GetProperty("line").GetInt32(), reject.GetProperty("id").GetString()));
    }

    [Fact]
    public void CsvWithoutTextColumn()
    {
        WriteGood();
        string path = Write("table.csv", "id,body\n1,One.\n2,Two.\n3,Three.\n");
        var reject = OneReject(RunCli(), ErrorCodes.InputMalformedCsv, path);
        Assert.Equal(1, reject.GetProperty("line").GetInt32());
    }

    [Fact]
    public void UnreadableFile()
    {
        // Tests run as root, for whom mode 000 does not stop a read: a dangling link is unreadable for everyone.
        WriteGood();
        string link = Path.Combine(In, "link.txt");
        File.CreateSymbolicLink(link, Path.Combine(_dir, "gone.txt"));
        OneReject(RunCli(), ErrorCodes.InputUnreadable, link);
    }

    [Fact]
    public void UnsupportedFormat()
    {
        WriteGood();
        string path = Write("report.pdf", "%PDF-1.4");
        OneReject(RunCli(), ErrorCodes.InputUnsupported, path);
    }

    [Fact]
    public void DuplicateId()
    {
        WriteGood();
        string path = Write("more.jsonl", """{"id":"good","text":"Same id as good.txt."}""");
        var reject = OneReject(RunCli(), ErrorCodes.InputDuplicateId, path);
        Assert.Equal("good", reject.GetProperty("id").GetString());
    }

    [Fact]
    public void OnlyBadInputsExitWithOne()
    {
        Write("empty.txt", "");
        Write("bad.jsonl", "{not json}\n");
        Write("table.csv", "a,b\n1,2\n");
        var run = RunCli();
        Assert.Equal((1, 0L, 3L), (run.ExitCode, run.Written, run.Rejected));
        Assert.Equal([ErrorCodes.InputMalformedJson, ErrorCodes.InputEmpty, ErrorCodes.InputMalformedCsv],
            run.Rejects.Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public void Windows1252ArchiveFileIsDecodedAndMarked()
    {
        Write("old.txt", [.. "Officials in Bishkek said "u8, 0x93, .. "enough"u8, 0x94, .. " about the caf"u8, 0xE9, (byte)'.']);
        var run = RunCli();
        var document = Assert.Single(run.Documents);
        Assert.Equal("Officials in Bishkek said “enough” about the café.", document.GetProperty("text").GetString());
        Assert.Equal("windows-1252", document.GetProperty("metadata").GetProperty("encoding").GetString());
    }

    [Fact]
    public void BadIngestionSettingIsAUsageError()
    {
        WriteGood();
        string config = Path.Combine(_dir, "pipeline.json");
        File.WriteAllText(config, """{"ingestion": {"max_document_chars": -1}, "stages": []}""");
        var result = CliRunner.Run("run", In, "--out", Out, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(ErrorCodes.ConfigBadValue, result.Stderr);
        Assert.Contains("max_document_chars", result.Stderr);
    }
}
