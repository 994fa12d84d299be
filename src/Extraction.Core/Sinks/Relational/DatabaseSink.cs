using System.Data.Common;
using System.Text;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Pipeline;
using Polly;

namespace Extraction.Sinks.Relational;

/// <summary>
/// Stores documents in the relational schema, one transaction per document: a document already stored with the same
/// text_sha256 and pipeline version is left alone (<see cref="WriteOutcome.Unchanged"/>); otherwise its old rows are
/// deleted and the new ones inserted in the same transaction, so a reader or a killed run never sees half a document.
/// Writes go through a Polly pipeline (retries with jittered backoff, circuit breaker) that reopens a dropped connection.
/// </summary>
public sealed class DatabaseSink : ISink
{
    /// <summary>Values per INSERT statement, well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int MaxParametersPerStatement = 2000;

    private readonly Database _database;
    private readonly string _pipelineVersion;
    private readonly ResiliencePipeline _resilience;
    private DbConnection? _connection;

    public DatabaseSink(Database database, string pipelineVersion, ResiliencePipeline? resilience = null)
    {
        _database = database;
        _pipelineVersion = pipelineVersion;
        _resilience = resilience ?? Resilience.ForDatabase(database.IsTransient);
        _resilience.Execute(() => SchemaMigrator.Migrate(database));
    }

    public Database Database => _database;

    public WriteOutcome Write(Document document)
    {
        var rows = RelationalTables.RowsOf(document, _pipelineVersion);
        try
        {
            return _resilience.Execute(() => WriteOnce(document, rows));
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            throw new ExtractionException(ErrorCodes.SinkFailed, $"{_database.Display}: cannot store document {document.Id}: {ex.Message}", ex);
        }
    }

    private WriteOutcome WriteOnce(Document document, List<TableRows> rows)
    {
        var connection = _connection ??= _database.Open();
        try
        {
            using var transaction = _database.BeginWrite(connection);
            _database.LockDocument(connection, transaction, document.Id);
            var stored = ReadStored(connection, transaction, document.Id);
            if (stored == (document.TextSha256, _pipelineVersion))
            {
                transaction.Commit();
                return WriteOutcome.Unchanged;
            }
            var statements = new List<Statement>();
            if (stored is not null)
                statements.Add(new Statement("DELETE FROM documents WHERE id = @p0", [document.Id], [ColumnKind.Text]));
            foreach (var table in rows) AddInserts(table, statements);
            _database.Execute(connection, transaction, statements);
            transaction.Commit();
            return WriteOutcome.Written;
        }
        catch
        {
            // The connection may be broken (dropped, killed server): the next attempt opens a fresh one.
            _connection = null;
            connection.Dispose();
            throw;
        }
    }

    private (string Sha, string Version)? ReadStored(DbConnection connection, DbTransaction? transaction, string id)
    {
        using var command = _database.Command(connection, transaction,
            new Statement("SELECT text_sha256, pipeline_version FROM documents WHERE id = @p0", [id], [ColumnKind.Text]));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// True when the database already holds <paramref name="id"/> with this text and pipeline version, so the
    /// pipeline need not run at all. Thread-safe (its own pooled connection); the write re-checks in its transaction.
    /// </summary>
    public bool IsCurrent(string id, string textSha256) => _resilience.Execute(() =>
    {
        using var connection = _database.Open();
        return ReadStored(connection, null, id) == (textSha256, _pipelineVersion);
    });

    /// <summary>Multi-row INSERTs (one round trip per chunk instead of one per row).</summary>
    private void AddInserts(TableRows table, List<Statement> statements)
    {
        var columns = table.Table.Columns;
        int rowsPerStatement = Math.Max(1, MaxParametersPerStatement / columns.Count);
        string head = $"INSERT INTO {table.Table.Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        for (int first = 0; first < table.Rows.Count; first += rowsPerStatement)
        {
            int count = Math.Min(rowsPerStatement, table.Rows.Count - first);
            var sql = new StringBuilder(head);
            var values = new List<object?>(count * columns.Count);
            var kinds = new List<ColumnKind>(count * columns.Count);
            for (int r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                var row = table.Rows[first + r];
                for (int c = 0; c < columns.Count; c++)
                {
                    if (c > 0) sql.Append(", ");
                    sql.Append(_database.Placeholder(values.Count, columns[c].Kind));
                    values.Add(row[c]);
                    kinds.Add(columns[c].Kind);
                }
                sql.Append(')');
            }
            statements.Add(new Statement(sql.ToString(), values, kinds));
        }
    }

    // Rejects go to rejects.jsonl; the database holds documents only.
    public void Reject(RejectRecord reject) { }

    public void Complete() { }

    public void Dispose()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
