using CsvHelper;
using Extraction.Model;
using Extraction.Sinks;
using Extraction.Sinks.Relational;
using Extraction.Tests.Support;

namespace Extraction.Tests.Sinks;

public class CsvSinkTests
{
    /// <summary>The records of a CSV file as column → value maps (read with CsvHelper, header row first).</summary>
    public static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), null, leaveOpen: false);
        var headers = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(headers.Select((h, i) => (h, v: reader[i].ToString())).ToDictionary(p => p.h, p => p.v));
        return rows;
    }

    [Fact]
    public void WritesEveryTableWithHeadersAndRfc4180Quoting()
    {
        string dir = TestPaths.NewTempDirectory();
        var tricky = SampleDocuments.Plain("doc-\"2\"", "Line one, with a comma\r\nand \"quotes\",\nand a second line.");
        tricky.Metadata["title"] = "A \"quoted\", title";
        using (var sink = new CsvSink(dir, "v1"))
        {
            sink.Write(SampleDocuments.Annotated());
            sink.Write(tricky);
            sink.Complete();
        }

        foreach (var table in RelationalTables.All)
        {
            string path = Path.Combine(dir, CsvSink.Folder, table.Name + ".csv");
            Assert.StartsWith(string.Join(",", table.Columns.Select(c => c.Name)) + "\r\n", File.ReadAllText(path));
        }
        var documents = ReadCsv(Path.Combine(dir, "csv", "documents.csv"));
        Assert.Equal(["doc-1", "doc-\"2\""], documents.Select(d => d["id"]));
        Assert.Equal(tricky.Text, documents[1]["text"]);
        Assert.Equal("""{"title":"A \"quoted\", title"}""", documents[1]["metadata"]);
        Assert.Equal("", documents[1]["source_line"]);
        // Quotes doubled inside a quoted field, exactly as RFC 4180 says.
        Assert.Contains("\"doc-\"\"2\"\"\"", File.ReadAllText(Path.Combine(dir, "csv", "documents.csv")));

        var entities = ReadCsv(Path.Combine(dir, "csv", "entities.csv"));
        Assert.Equal(4, entities.Count);
        Assert.Equal(("T4", "DATE", "October 16, 2004", "0.9123"), (entities[3]["id"], entities[3]["label"], entities[3]["text"], entities[3]["confidence"]));
        var events = ReadCsv(Path.Combine(dir, "csv", "events.csv"));
        Assert.Equal("2004-10-16", Assert.Single(events)["event_date"]);
        Assert.Equal(4, ReadCsv(Path.Combine(dir, "csv", "event_arguments.csv")).Count);
        Assert.Equal(2, ReadCsv(Path.Combine(dir, "csv", "citation_sources.csv")).Count);
    }

    [Fact]
    public void JsonlAndCsvFilesEndOnWholeRecordsBeforeCompletion()
    {
        // Files are flushed at record boundaries only: whatever reached the disk parses.
        string dir = TestPaths.NewTempDirectory();
        using var jsonl = new JsonlSink(dir);
        for (int i = 0; i < 400; i++) jsonl.Write(SampleDocuments.Annotated($"doc-{i}"));
        string text = File.ReadAllText(Path.Combine(dir, JsonlSink.DocumentsFile));
        Assert.NotEmpty(text);
        Assert.EndsWith("\n", text);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            System.Text.Json.JsonDocument.Parse(line).Dispose();
    }
}
