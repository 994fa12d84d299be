using System.Data.Common;
using System.Reflection;
using Extraction.Pipeline;

namespace Extraction.Sinks.Relational;

/// <summary>One ordered migration script (Migrations/NNN_description.sql, embedded in the assembly).</summary>
public sealed record Migration(int Version, string Description, string Sql);

/// <summary>
/// Creates and versions the schema: the schema_version table records every applied migration, and pending
/// scripts are applied in order, each in its own transaction, under a lock so concurrent runs migrate once.
/// </summary>
public static class SchemaMigrator
{
    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public static int LatestVersion => Migrations[^1].Version;

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        const string prefix = "Migrations.";
        var list = new List<Migration>();
        foreach (string resource in assembly.GetManifestResourceNames().Where(n => n.Contains(prefix) && n.EndsWith(".sql")))
        {
            // "Extraction.Core.Sinks.Relational.Migrations.001_initial_schema.sql" → 1, "initial schema"
            string file = resource[(resource.LastIndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..^4];
            int underscore = file.IndexOf('_');
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            list.Add(new Migration(int.Parse(file[..underscore]), file[(underscore + 1)..].Replace('_', ' '), reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        return list;
    }

    /// <summary>The schema version of the database (0 when it has no schema yet).</summary>
    public static int CurrentVersion(Database database)
    {
        using var connection = database.Open();
        return CurrentVersion(connection, null);
    }

    private static int CurrentVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT MAX(version) FROM schema_version";
        try
        {
            return command.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v) : 0;
        }
        catch (DbException) when (transaction is null)
        {
            return 0; // no schema_version table yet
        }
    }

    /// <summary>Applies every pending migration; returns the versions applied (empty when up to date).</summary>
    public static IReadOnlyList<Migration> Migrate(Database database)
    {
        var applied = new List<Migration>();
        using var connection = database.Open();
        foreach (var migration in Migrations)
        {
            using var transaction = database.BeginWrite(connection);
            database.LockSchema(connection, transaction);
            Run(connection, transaction, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version     INTEGER PRIMARY KEY,
                    description TEXT NOT NULL,
                    applied_at  TEXT NOT NULL
                )
                """);
            int current = CurrentVersion(connection, transaction);
            if (current > LatestVersion)
                throw new ExtractionException(ErrorCodes.DatabaseSchemaTooNew,
                    $"{database.Display} has schema version {current}, newer than this program's {LatestVersion}: upgrade the program");
            if (migration.Version <= current)
            {
                transaction.Commit();
                continue;
            }
            Run(connection, transaction, database.FillTemplate(migration.Sql));
            using (var insert = database.Command(connection, transaction, new Statement(
                       "INSERT INTO schema_version (version, description, applied_at) VALUES (@p0, @p1, @p2)",
                       [migration.Version, migration.Description, DateTime.UtcNow.ToString("O")],
                       [ColumnKind.Int, ColumnKind.Text, ColumnKind.Text])))
                insert.ExecuteNonQuery();
            transaction.Commit();
            applied.Add(migration);
        }
        return applied;
    }

    private static void Run(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
