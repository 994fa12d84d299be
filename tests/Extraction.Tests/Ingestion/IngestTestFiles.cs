using System.Text;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Tests.Support;

namespace Extraction.Tests.Ingestion;

/// <summary>Writes input files into a fresh temp folder and reads them back through ingestion.</summary>
internal sealed class IngestTestFiles
{
    public string Directory { get; } = TestPaths.NewTempDirectory();

    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    public string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static List<IngestResult> Read(string path, IngestionOptions? options = null) =>
        new InputReader(options).Read([path]).ToList();

    public static Document SingleDocument(string path, IngestionOptions? options = null)
    {
        var result = Assert.Single(Read(path, options));
        Assert.Null(result.Reject);
        return result.Document!;
    }

    public static RejectRecord SingleReject(string path, IngestionOptions? options = null)
    {
        var result = Assert.Single(Read(path, options));
        Assert.Null(result.Document);
        return result.Reject!;
    }
}
