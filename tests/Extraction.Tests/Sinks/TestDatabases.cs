using System.Data.Common;
using Extraction.Sinks.Relational;
using Extraction.Tests.Support;
using Npgsql;

namespace Extraction.Tests.Sinks;

/// <summary>A fresh, empty database for one test, dropped afterwards.</summary>
public sealed class TestDatabase(Database database, string spec, Action cleanup) : IDisposable
{
    public Database Database { get; } = database;

    /// <summary>The <c>--db</c> value that selects this database on the command line.</summary>
    public string Spec { get; } = spec;

    /// <summary>The rows of a query, with integers as long, reals as double and NULL as null.</summary>
    public List<object?[]> Rows(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                {
                    int v => (long)v,
                    short v => (long)v,
                    float v => (double)v,
                    var v => v,
                };
            rows.Add(row);
        }
        return rows;
    }

    public long Count(string sql) => (long)Rows(sql)[0][0]!;

    /// <summary>Ends every server connection of this test database (PostgreSQL only), as a server restart would.</summary>
    public Action? DropConnections { get; init; }

    public void Dispose() => cleanup();
}

/// <summary>
/// SQLite files under the temp folder, and PostgreSQL schemas on the server named by EXTRACTION_TEST_POSTGRES
/// (each test gets its own schema through the connection's search path, dropped at the end).
/// Without that variable PostgreSQL tests are skipped, unless EXTRACTION_REQUIRE_POSTGRES=1 (CI), where they fail.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "EXTRACTION_TEST_POSTGRES";
    public const string RequireVariable = "EXTRACTION_REQUIRE_POSTGRES";

    public static TestDatabase Sqlite()
    {
        string path = Path.Combine(TestPaths.NewTempDirectory(), "test.db");
        return new TestDatabase(new SqliteDatabase(path), "sqlite:" + path, () => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools());
    }

    public static TestDatabase Postgres()
    {
        string? connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
                Assert.Fail($"{RequireVariable}=1 but {PostgresVariable} is not set: PostgreSQL tests cannot run");
            Skip.If(true, $"PostgreSQL tests skipped: set {PostgresVariable}=\"Host=...;Port=...;Username=...;Database=...\" to run them");
        }
        string schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        Admin(connectionString!, $"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, ApplicationName = schema };
        return new TestDatabase(new PostgresDatabase(builder.ConnectionString), "postgres:" + builder.ConnectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Admin(connectionString!, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        })
        {
            DropConnections = () => Admin(connectionString!,
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{schema}'"),
        };
    }

    private static void Admin(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
