using Extraction.Ingestion;
using Extraction.Pipeline;

namespace Extraction.Tests.Ingestion;

public class InputReaderTests
{
    private readonly IngestTestFiles _files = new();

    [Fact]
    public void DirectoriesAreWalkedRecursivelyInOrdinalOrder()
    {
        foreach (var name in new[] { "b.txt", "B.txt", "a/z.txt", "a/m/n.txt", "a.txt", "c/d.jsonl", "_x.txt" })
            _files.Write(name, name.EndsWith(".jsonl") ? """{"id":"d1","text":"D."}""" : $"Text of {name}.");
        var ids = new InputReader().Read([_files.Directory]).Select(r => r.Document!.Id).ToList();
        // Per folder, ordinal by name (capitals before lower case, "a" before "a.txt"), each subfolder walked where it sorts.
        Assert.Equal(["B", "_x", "n", "z", "a", "b", "d1"], ids);
        Assert.Equal(ids, new InputReader().Read([_files.Directory]).Select(r => r.Document!.Id));
    }

    [Fact]
    public void LaterDuplicateIdIsRejected()
    {
        string first = _files.Write("one/story.txt", "First story.");
        string second = _files.Write("two/story.txt", "Second story.");
        var results = new InputReader().Read([first, second]).ToList();
        Assert.Equal("First story.", results[0].Document!.Text);
        Assert.Equal((ErrorCodes.InputDuplicateId, "story", second), (results[1].Reject!.Code, results[1].Reject!.DocumentId, results[1].Reject!.SourcePath));
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("archive.ZIP")]
    [InlineData("data.json")]
    public void KnownNonTextFormatsAreUnsupported(string name)
    {
        var reject = IngestTestFiles.SingleReject(_files.Write(name, "not read"));
        Assert.Equal(ErrorCodes.InputUnsupported, reject.Code);
    }

    [Fact]
    public void DanglingLinkIsUnreadableAndTheWalkGoesOn()
    {
        _files.Write("a.txt", "Readable.");
        File.CreateSymbolicLink(Path.Combine(_files.Directory, "b.txt"), Path.Combine(_files.Directory, "missing.txt"));
        var results = new InputReader().Read([_files.Directory]).ToList();
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal(ErrorCodes.InputUnreadable, results[1].Reject!.Code);
        Assert.EndsWith("b.txt", results[1].Reject!.SourcePath);
    }

    [Fact]
    public void SymbolicLinkCycleIsRejectedOnce()
    {
        _files.Write("sub/a.txt", "Inside.");
        Directory.CreateSymbolicLink(Path.Combine(_files.Directory, "sub", "back"), _files.Directory);
        var results = new InputReader().Read([_files.Directory]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal(ErrorCodes.InputUnreadable, results[1].Reject!.Code);
    }

    [Fact]
    public void ExcludedFolderIsNotWalked()
    {
        _files.Write("in.txt", "Input.");
        _files.Write("out/documents.jsonl", """{"id":"old","text":"Output of an earlier run."}""");
        var ids = new InputReader(excluded: [Path.Combine(_files.Directory, "out") + "/"]).Read([_files.Directory]).Select(r => r.Document!.Id);
        Assert.Equal(["in"], ids);
    }

    [Fact(Timeout = 60_000)]
    public async Task NamedPipeIsRejectedWithoutBlocking()
    {
        _files.Write("a.txt", "Readable.");
        string fifo = Path.Combine(_files.Directory, "pipe.txt");
        System.Diagnostics.Process.Start("mkfifo", fifo).WaitForExit();
        // Opening a FIFO blocks until a writer comes; the reader must not open it at all (the timeout turns a hang into a failure).
        var results = await Task.Run(() => new InputReader().Read([_files.Directory]).ToList());
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal((ErrorCodes.InputEmpty, fifo), (results[1].Reject!.Code, results[1].Reject!.SourcePath));
    }
}
