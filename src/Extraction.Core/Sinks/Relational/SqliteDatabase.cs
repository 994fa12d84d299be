using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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

    /// <summary>
    /// Single-row INSERTs prepared once per group and bound by position through SQLite's own API: SQLite runs in-process,
    /// so there are no round trips to save, and ADO.NET's per-execution parameter handling cost about a quarter of the
    /// sink's time (measured in docs/benchmarks.md).
    /// </summary>
    public override void Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> first, IReadOnlyList<TableRows> rows)
    {
        Execute(connection, transaction, first);
        var handle = ((SqliteConnection)connection).Handle!;
        foreach (var table in rows)
        {
            string sql = $"INSERT INTO {table.Table.Target} VALUES ({string.Join(", ", Enumerable.Repeat("?", table.Table.Columns.Count))})";
            Check(raw.sqlite3_prepare_v2(handle, sql, out var insert), handle);
            using (insert)
            {
                foreach (var row in table.Rows)
                {
                    for (int i = 0; i < row.Length; i++) Check(Bind(insert, i + 1, row[i]), handle);
                    int done = raw.sqlite3_step(insert);
                    if (done != raw.SQLITE_DONE) Check(done, handle);
                    raw.sqlite3_reset(insert);
                }
            }
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        double number => raw.sqlite3_bind_double(statement, index, number),
        _ => throw new ArgumentException($"no SQLite binding for {value.GetType().Name}"),
    };

    /// <summary>A failed SQLite call as the <see cref="SqliteException"/> ADO.NET would throw (so <see cref="IsTransient"/> applies).</summary>
    private static void Check(int rc, sqlite3 handle)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, handle);
    }

    protected override DbParameter Parameter(string name, object? value, ColumnKind kind) => Parameter(new SqliteParameter(), name, value);
}
