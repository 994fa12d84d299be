using System.Data.Common;
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
            var stored = _database.ReadStored(connection, transaction, document.Id);
            if (stored == (document.TextSha256, _pipelineVersion))
            {
                transaction.Commit();
                return WriteOutcome.Unchanged;
            }
            Statement[] delete = stored is null ? [] : [new Statement("DELETE FROM documents WHERE id = @p0", [document.Id], [ColumnKind.Text])];
            _database.Write(connection, transaction, delete, rows);
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

    /// <summary>
    /// True when the database already holds <paramref name="id"/> with this text and pipeline version, so the
    /// pipeline need not run at all. Thread-safe (its own pooled connection); the write re-checks in its transaction.
    /// </summary>
    public bool IsCurrent(string id, string textSha256) => _resilience.Execute(() =>
    {
        if (!_readers.TryTake(out var connection)) connection = _database.Open();
        try
        {
            bool current = _database.ReadStored(connection, null, id) == (textSha256, _pipelineVersion);
            _readers.Add(connection);
            return current;
        }
        catch
        {
            connection.Dispose(); // maybe broken: not returned
            throw;
        }
    });

    /// <summary>Open connections for <see cref="IsCurrent"/>, reused across calls from the workers.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<DbConnection> _readers = new();

    // Rejects go to rejects.jsonl; the database holds documents only.
    public void Reject(RejectRecord reject) { }

    public void Complete() { }

    public void Dispose()
    {
        while (_readers.TryTake(out var reader)) reader.Dispose();
        _connection?.Dispose();
        _connection = null;
    }
}
