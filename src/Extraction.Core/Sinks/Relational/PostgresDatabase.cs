using System.Globalization;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Extraction.Sinks.Relational;

/// <summary>
/// PostgreSQL through Npgsql. A document's statements go to the server as one batch (one round trip);
/// a transaction-scoped advisory lock per document id keeps two concurrent runs from inserting the same document twice.
/// </summary>
public sealed class PostgresDatabase(string connectionString) : Database
{
    /// <summary>Advisory lock key for migrations ("Extr" in ASCII); document keys are hashes and may in theory collide, which only serializes.</summary>
    private const long SchemaLockKey = 0x45787472;

    public override string Display
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"postgres:{b.Host}:{b.Port}/{b.Database}";
        }
    }

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection) => ((NpgsqlConnection)connection).BeginTransaction();

    /// <summary>In a transaction: the advisory lock on the document id and the read, in one round trip.</summary>
    public override (string Sha, string Version)? ReadStored(DbConnection connection, DbTransaction? transaction, string documentId)
    {
        if (transaction is null) return base.ReadStored(connection, null, documentId);
        using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        var lockCommand = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)");
        lockCommand.Parameters.AddWithValue("key", LockKey(documentId));
        batch.BatchCommands.Add(lockCommand);
        var select = new NpgsqlBatchCommand(SelectStored(documentId).Sql);
        select.Parameters.Add(new NpgsqlParameter("p0", NpgsqlDbType.Text) { Value = documentId });
        batch.BatchCommands.Add(select);
        using var reader = batch.ExecuteReader();
        reader.NextResult();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// A group's advisory locks (in key order, so two runs locking overlapping groups cannot deadlock) and its read,
    /// in one round trip.
    /// </summary>
    public override Dictionary<string, (string Sha, string Version)> ReadStored(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> documentIds)
    {
        using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (long key in documentIds.Select(LockKey).Distinct().Order())
        {
            var lockCommand = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)");
            lockCommand.Parameters.AddWithValue("key", key);
            batch.BatchCommands.Add(lockCommand);
        }
        var select = new NpgsqlBatchCommand("SELECT id, text_sha256, pipeline_version FROM documents WHERE id = ANY(@ids)");
        select.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = documentIds.ToArray() });
        batch.BatchCommands.Add(select);
        using var reader = batch.ExecuteReader();
        for (int locks = batch.BatchCommands.Count - 1; locks > 0; locks--) reader.NextResult();
        var stored = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (reader.Read()) stored[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        return stored;
    }

    public override void LockSchema(DbConnection connection, DbTransaction transaction) =>
        AdvisoryLock(connection, transaction, SchemaLockKey);

    private static void AdvisoryLock(DbConnection connection, DbTransaction transaction, long key)
    {
        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("key", key);
        command.ExecuteNonQuery();
    }

    public override string FillTemplate(string sql) => sql
        .Replace("{JSON}", "jsonb").Replace("{REAL}", "double precision").Replace("{TIMESTAMP}", "timestamptz")
        .Replace("{NOW}", "now()");

    public override void Execute(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> statements)
    {
        using var batch = new NpgsqlBatch((NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement.Sql);
            for (int i = 0; i < statement.Values.Count; i++)
                command.Parameters.Add((NpgsqlParameter)Parameter("p" + i, statement.Values[i], statement.Kinds[i]));
            batch.BatchCommands.Add(command);
        }
        batch.ExecuteNonQuery();
    }

    /// <summary>
    /// The deletes of replaced documents, then each table's rows of the whole group by binary COPY: one stream per table
    /// instead of statements the server has to parse and plan with thousands of parameters.
    /// </summary>
    public override void Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> first, IReadOnlyList<TableRows> rows)
    {
        if (first.Count > 0) Execute(connection, transaction, first);
        var npgsql = (NpgsqlConnection)connection;
        foreach (var table in rows)
        {
            var columns = table.Table.Columns;
            using var import = npgsql.BeginBinaryImport(
                $"COPY {table.Table.Target} FROM STDIN (FORMAT BINARY)");
            foreach (var row in table.Rows)
            {
                import.StartRow();
                for (int i = 0; i < row.Length; i++)
                {
                    var kind = columns[i].Kind;
                    switch (row[i])
                    {
                        case null: import.WriteNull(); break;
                        case string text: import.Write(WithoutNul(text, kind), kind == ColumnKind.Json ? NpgsqlDbType.Jsonb : NpgsqlDbType.Text); break;
                        case var number when kind == ColumnKind.Int: import.Write(Convert.ToInt32(number, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
                        case var number when kind == ColumnKind.BigInt: import.Write(Convert.ToInt64(number, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
                        case var number: import.Write(Convert.ToDouble(number, CultureInfo.InvariantCulture), NpgsqlDbType.Double); break;
                    }
                }
            }
            import.Complete();
        }
    }

    public override bool IsTransient(Exception ex) => ex switch
    {
        NpgsqlException { IsTransient: true } => true,
        // The connection dropped between statements: a fresh connection may succeed.
        NpgsqlException { InnerException: IOException or System.Net.Sockets.SocketException or TimeoutException } => true,
        _ => false,
    };

    // Typed explicitly: in a multi-row VALUES list a column of untyped NULLs would be resolved as text.
    protected override DbParameter Parameter(string name, object? value, ColumnKind kind) =>
        Parameter(new NpgsqlParameter
        {
            NpgsqlDbType = kind switch
            {
                ColumnKind.Int => NpgsqlDbType.Integer,
                ColumnKind.BigInt => NpgsqlDbType.Bigint,
                ColumnKind.Real => NpgsqlDbType.Double,
                _ => NpgsqlDbType.Text,
            },
        }, name, value is string text ? WithoutNul(text, kind) : value);

    /// <summary>
    /// PostgreSQL text and jsonb cannot hold U+0000; it is stored as U+FFFD, one character for one, so every offset
    /// still points at the same place (text_sha256 stays that of the original text).
    /// </summary>
    private static string WithoutNul(string text, ColumnKind kind) =>
        kind == ColumnKind.Json ? text.Replace("\\u0000", "\\uFFFD") : text.Contains('\0') ? text.Replace('\0', '\uFFFD') : text;
}
