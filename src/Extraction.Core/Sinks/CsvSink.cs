using System.Globalization;
using System.Buffers;
using CsvHelper;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Sinks.Relational;

namespace Extraction.Sinks;

/// <summary>
/// Writes the relational tables as CSV files (OUT/csv/TABLE.csv): RFC 4180 (CRLF, fields with quotes, commas or
/// newlines quoted, quotes doubled), UTF-8, a header row of column names. The same rows and columns as the databases.
/// Like JSONL, the files are rewritten by each run and only ever end on a complete record.
/// </summary>
public sealed class CsvSink : ISink
{
    public const string Folder = "csv";

    private readonly string _pipelineVersion;
    private readonly Dictionary<Table, TableFile> _files = new();

    /// <summary>The CSV writer formats into <see cref="Pending"/>; whole records move from there to the file.</summary>
    private sealed class TableFile : IDisposable
    {
        public readonly RecordFile File;
        public readonly MemoryStream Pending = new();
        public readonly CsvWriter Csv;

        public TableFile(string path)
        {
            File = new RecordFile(path);
            Csv = CsvWriter.Create(Pending, CsvWriterOptions.Default, leaveOpen: true);
        }

        public void EndRecords()
        {
            Csv.Flush();
            File.Buffer.Write(Pending.GetBuffer().AsSpan(0, (int)Pending.Length));
            Pending.SetLength(0);
            File.EndRecord();
        }

        public void Dispose()
        {
            Csv.Dispose();
            File.Dispose();
        }
    }

    public CsvSink(string outputDirectory, string pipelineVersion)
    {
        _pipelineVersion = pipelineVersion;
        foreach (var table in RelationalTables.All)
        {
            var file = new TableFile(Path.Combine(outputDirectory, Folder, table.Name + ".csv"));
            foreach (var column in table.Columns) file.Csv.WriteField(column.Name);
            file.Csv.EndRecord();
            file.EndRecords();
            _files[table] = file;
        }
    }

    public WriteOutcome Write(Document document)
    {
        foreach (var table in RelationalTables.RowsOf(document, _pipelineVersion))
        {
            var file = _files[table.Table];
            foreach (var row in table.Rows)
            {
                foreach (var value in row) file.Csv.WriteField(Format(value));
                file.Csv.EndRecord();
            }
            file.EndRecords();
        }
        return WriteOutcome.Written;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Reject(RejectRecord reject) { }

    public int Complete()
    {
        foreach (var file in _files.Values) file.File.FlushToDisk();
        return 0;
    }

    public void Dispose()
    {
        foreach (var file in _files.Values) file.Dispose();
    }
}
