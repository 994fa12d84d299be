using System.Data.Common;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Pipeline;
using Polly;

namespace Extraction.Sinks.Relational;

/// <summary>
/// Stores documents in the relational schema, one transaction per group of documents (see <see cref="ISink.Commit"/>):
/// a document already stored with the same text_sha256 and pipeline version is left alone (counted by the commit as stored already);
/// otherwise its old rows are deleted and the new ones inserted in the same transaction, so a reader or a killed run never
/// sees half a document. Writes go through a Polly pipeline (retries with jittered backoff, circuit breaker) that reopens a
/// dropped connection and replays the whole group, which is held in memory until its commit succeeds.
/// </summary>
public sealed class DatabaseSink : ISink
{
    /// <summary>Held documents beyond which <see cref="Write"/> commits by itself (the batch runner commits long before).</summary>
    private const int MaxHeldDocuments = 1 << 16;

    private readonly Database _database;
    private readonly string _pipelineVersion;
    private readonly ResiliencePipeline _resilience;
    private DbConnection? _connection;

    /// <summary>A document's rows waiting for the next commit.</summary>
    private sealed record HeldDocument(string Id, string TextSha256, List<TableRows> Rows);

    private readonly List<HeldDocument> _held = [];
    private readonly Dictionary<string, int> _heldIndex = new(StringComparer.Ordinal);
    /// <summary>Found stored already by commits that <see cref="Write"/> made by itself, not yet reported.</summary>
    private int _storedMeanwhile;

    /// <summary>
    /// When true, <see cref="Commit"/> hands the group to a thread-pool task and returns: the group is stored while the
    /// writer hands over the next one, so the workers do not wait for the server's index and foreign-key work (at most
    /// two groups are held). Its result, or its failure, comes from the next <see cref="Commit"/> or <see cref="Complete"/>.
    /// </summary>
    public bool CommitsInBackground { get; init; }

    /// <summary>The group being stored in the background, if any.</summary>
    private Task<int>? _storing;

    public DatabaseSink(Database database, string pipelineVersion, ResiliencePipeline? resilience = null)
    {
        _database = database;
        _pipelineVersion = pipelineVersion;
        _resilience = resilience ?? Resilience.ForDatabase(database.IsTransient);
        _resilience.Execute(() => SchemaMigrator.Migrate(database));
    }

    public Database Database => _database;

    /// <summary>
    /// Holds the document for the next <see cref="Commit"/>. Whether it was stored already is decided inside the commit's
    /// transaction (which also settles races between runs), so a document reported written here may come back from
    /// <see cref="Commit"/> as stored already; only a repeat within the group is known here.
    /// </summary>
    public WriteOutcome Write(Document document)
    {
        if (_heldIndex.TryGetValue(document.Id, out int held))
        {
            // The same id twice in one group: the later version replaces the earlier one, as a later commit would.
            if (_held[held].TextSha256 == document.TextSha256) return WriteOutcome.Unchanged;
            _held[held] = new HeldDocument(document.Id, document.TextSha256, RelationalTables.RowsOf(document, _pipelineVersion));
            return WriteOutcome.Written;
        }
        _heldIndex[document.Id] = _held.Count;
        _held.Add(new HeldDocument(document.Id, document.TextSha256, RelationalTables.RowsOf(document, _pipelineVersion)));
        if (_held.Count >= MaxHeldDocuments) _storedMeanwhile += Commit();
        return WriteOutcome.Written;
    }

    /// <summary>Stores the held documents as one group (see <see cref="Store"/>), now or in the background.</summary>
    public int Commit()
    {
        int storedMeanwhile = _storedMeanwhile + AwaitStoring();
        _storedMeanwhile = 0;
        if (_held.Count == 0) return storedMeanwhile;
        var group = _held.ToArray();
        _held.Clear();
        _heldIndex.Clear();
        if (!CommitsInBackground) return storedMeanwhile + Store(group);
        _storing = Task.Run(() => Store(group));
        return storedMeanwhile;
    }

    /// <summary>Waits for the group stored in the background; rethrows its failure as it was thrown.</summary>
    private int AwaitStoring()
    {
        if (_storing is not { } storing) return 0;
        _storing = null;
        return storing.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Stores a group in one transaction. When the database refuses the group (a document that violates a
    /// constraint: an error no retry fixes), each document is stored in a transaction of its own, so only the faulty
    /// ones are lost, and the first failure is reported after the others are stored. An unreachable database fails the
    /// group at once, after the retries.
    /// </summary>
    private int Store(HeldDocument[] group)
    {
        try
        {
            return _resilience.Execute(() => WriteOnce(group));
        }
        catch (DbException ex) when (group.Length > 1 && !_database.IsTransient(ex))
        {
            int storedAlready = 0;
            ExtractionException? first = null;
            foreach (var document in group)
            {
                try { storedAlready += _resilience.Execute(() => WriteOnce([document])); }
                catch (Exception failure) when (IsSinkFailure(failure)) { first ??= Failure(document.Id, failure); }
            }
            if (first is not null) throw first;
            return storedAlready;
        }
        catch (Exception ex) when (IsSinkFailure(ex))
        {
            throw Failure(group[0].Id, ex);
        }
    }

    private static bool IsSinkFailure(Exception ex) => ex is DbException or InvalidOperationException or Polly.CircuitBreaker.BrokenCircuitException;

    private ExtractionException Failure(string documentId, Exception ex) =>
        new(ErrorCodes.SinkFailed, $"{_database.Display}: cannot store document {documentId}: {ex.Message}", ex);

    /// <summary>One transaction for the group; returns how many of its documents were stored already with this version.</summary>
    private int WriteOnce(IReadOnlyList<HeldDocument> group)
    {
        var connection = _connection ??= _database.Open();
        try
        {
            using var transaction = _database.BeginWrite(connection);
            var stored = _database.ReadStored(connection, transaction, group.Select(d => d.Id).ToList());
            var deletes = new List<Statement>();
            var rows = new List<TableRows>[RelationalTables.All.Count];
            int storedAlready = 0;
            foreach (var document in group)
            {
                if (stored.TryGetValue(document.Id, out var version))
                {
                    if (version == (document.TextSha256, _pipelineVersion))
                    {
                        storedAlready++;
                        continue;
                    }
                    deletes.Add(new Statement("DELETE FROM documents WHERE id = @p0", [document.Id], [ColumnKind.Text]));
                }
                foreach (var table in document.Rows) (rows[RelationalTables.IndexOf(table.Table)] ??= []).Add(table);
            }
            _database.Write(connection, transaction, deletes, rows.Where(r => r is not null).Select(TableRows.Concat).ToList());
            transaction.Commit();
            return storedAlready;
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

    public int Complete() => Commit() + AwaitStoring();

    public void Dispose()
    {
        // After a failed run a group may still be in the server's hands: let it finish before its connection goes.
        // (Store reports every database failure as an ExtractionException; here the run's own error is the one to report.)
        try { AwaitStoring(); }
        catch (ExtractionException) { }
        while (_readers.TryTake(out var reader)) reader.Dispose();
        _connection?.Dispose();
        _connection = null;
    }
}
