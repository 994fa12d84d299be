using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Extraction.Pipeline;

namespace Extraction.Sinks.Relational;

/// <summary>One SQL statement with its positional values (placeholders @p0, @p1, … in order).</summary>
public sealed record Statement(string Sql, IReadOnlyList<object?> Values, IReadOnlyList<ColumnKind> Kinds);

/// <summary>
/// What differs between SQLite and PostgreSQL: opening and configuring connections, write locking,
/// parameter typing, sending a list of statements, and which errors are transient. Everything else
/// (schema, rows, transactions, skip/replace logic) is shared.
/// </summary>
public abstract class Database
{
    /// <summary>For messages: the file or the server, never a password.</summary>
    public abstract string Display { get; }

    /// <summary>An open connection with the session settings applied.</summary>
    public abstract DbConnection Open();

    /// <summary>Starts a transaction that may write (SQLite: BEGIN IMMEDIATE, so concurrent writers queue instead of failing late).</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>
    /// The stored (text_sha256, pipeline_version) of a document, or null. With a transaction, it also serializes the
    /// writers of this document across processes until the transaction ends (SQLite: BEGIN IMMEDIATE already did).
    /// </summary>
    public virtual (string Sha, string Version)? ReadStored(DbConnection connection, DbTransaction? transaction, string documentId)
    {
        using var command = Command(connection, transaction, SelectStored(documentId));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// The stored (text_sha256, pipeline_version) of each of <paramref name="documentIds"/> that is stored, inside a write
    /// transaction (which, as for one id, serializes the writers of these documents until it ends).
    /// </summary>
    public virtual Dictionary<string, (string Sha, string Version)> ReadStored(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> documentIds)
    {
        var stored = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var id in documentIds)
            if (ReadStored(connection, transaction, id) is { } version) stored[id] = version;
        return stored;
    }

    protected static Statement SelectStored(string documentId) =>
        new("SELECT text_sha256, pipeline_version FROM documents WHERE id = @p0", [documentId], [ColumnKind.Text]);

    /// <summary>Serializes schema migrations across processes for the rest of the transaction.</summary>
    public abstract void LockSchema(DbConnection connection, DbTransaction transaction);

    /// <summary>Fills the {JSON}, {REAL}, {TIMESTAMP} and {NOW} tokens of a migration script.</summary>
    public abstract string FillTemplate(string sql);

    public abstract bool IsTransient(Exception ex);

    protected abstract DbParameter Parameter(string name, object? value, ColumnKind kind);

    /// <summary>
    /// Runs <paramref name="first"/> (the deletes of old versions), then inserts <paramref name="rows"/> (a group's rows,
    /// parents before children), inside <paramref name="transaction"/>, each database by its fastest bulk path.
    /// </summary>
    public abstract void Write(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> first, IReadOnlyList<TableRows> rows);

    /// <summary>Executes the statements in order inside <paramref name="transaction"/>.</summary>
    public virtual void Execute(DbConnection connection, DbTransaction transaction, IReadOnlyList<Statement> statements)
    {
        foreach (var statement in statements)
        {
            using var command = Command(connection, transaction, statement);
            command.ExecuteNonQuery();
        }
    }

    public DbCommand Command(DbConnection connection, DbTransaction? transaction, Statement statement)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement.Sql;
        for (int i = 0; i < statement.Values.Count; i++)
            command.Parameters.Add(Parameter("p" + i, statement.Values[i], statement.Kinds[i]));
        return command;
    }

    protected DbParameter Parameter(DbParameter parameter, string name, object? value)
    {
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>A stable 64-bit key for an advisory lock on a document id.</summary>
    protected static long LockKey(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>
    /// Parses <c>--db</c>: <c>sqlite</c> (OUT/extraction.db), <c>sqlite:PATH</c>, <c>postgres:CONNECTION_STRING</c>
    /// (also <c>postgresql:</c>), or <c>none</c> (returns null).
    /// </summary>
    public static Database? Parse(string spec, string outputDirectory)
    {
        int colon = spec.IndexOf(':');
        string kind = (colon < 0 ? spec : spec[..colon]).Trim().ToLowerInvariant();
        string? argument = colon < 0 ? null : spec[(colon + 1)..].Trim();
        switch (kind)
        {
            case "none" when argument is null:
                return null;
            case "sqlite":
                return new SqliteDatabase(string.IsNullOrEmpty(argument) ? Path.Combine(outputDirectory, DefaultSqliteFile) : argument);
            case "postgres" or "postgresql" when !string.IsNullOrEmpty(argument):
                return new PostgresDatabase(argument);
            default:
                throw new ConfigException(ErrorCodes.ConfigBadValue,
                    $"database \"{spec}\" not understood: use sqlite, sqlite:PATH, postgres:CONNECTION_STRING or none");
        }
    }

    public const string DefaultSqliteFile = "extraction.db";
}
