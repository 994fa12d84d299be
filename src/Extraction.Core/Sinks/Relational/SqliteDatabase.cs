using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Extraction.Sinks.Relational;

/// <summary>
/// SQLite in WAL mode: readers never block the writer, a busy timeout makes concurrent runs wait for each other,
/// and write transactions begin IMMEDIATE so the check-then-write of a document cannot interleave with another run.
/// synchronous=NORMAL keeps every committed transaction across a killed process (not across a power cut).
/// </summary>
public sealed class SqliteDatabase : Database
{
    private const int BusyTimeoutMs = 60_000;
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    public string Path { get; }
    public override string Display => "sqlite:" + Path;

    public override DbConnection Open()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void LockSchema(DbConnection connection, DbTransaction transaction) { }

    public override string FillTemplate(string sql) => sql
        .Replace("{JSON}", "TEXT").Replace("{REAL}", "REAL").Replace("{TIMESTAMP}", "TEXT")
        .Replace("{NOW}", "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");

    public override bool IsTransient(Exception ex) =>
        ex is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is 5 /* SQLITE_BUSY */ or 6 /* SQLITE_LOCKED */;

    /// <summary>Prepared single-row INSERTs per connection: SQLite runs in-process, so there are no round trips to save,
    /// and a reused statement skips parsing and binds few parameters (binding by name is linear in their number).</summary>
    private readonly ConditionalWeakTable<DbConnection, Dictionary<Table, SqliteCommand>> _inserts = new();

    public override void Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> first, IReadOnlyList<TableRows> rows)
    {
        Execute(connection, transaction, first);
        var prepared = _inserts.GetOrCreateValue(connection);
        foreach (var table in rows)
        {
            if (!prepared.TryGetValue(table.Table, out var insert))
            {
                insert = (SqliteCommand)connection.CreateCommand();
                insert.CommandText = InsertSql(table.Table, 1);
                for (int i = 0; i < table.Table.Columns.Count; i++) insert.Parameters.Add(new SqliteParameter("@p" + i, null));
                prepared[table.Table] = insert;
            }
            insert.Transaction = (SqliteTransaction)transaction;
            foreach (var row in table.Rows)
            {
                for (int i = 0; i < row.Length; i++) insert.Parameters[i].Value = row[i] ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
        }
    }

    protected override DbParameter Parameter(string name, object? value, ColumnKind kind) => Parameter(new SqliteParameter(), name, value);
}
