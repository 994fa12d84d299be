using System.CommandLine;
using Extraction.Pipeline;
using Extraction.Sinks.Relational;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction db init|migrate [--db sqlite[:PATH]|postgres:CONNECTION_STRING] [--out DIR]</c></summary>
public static class DbCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        new("db", "Create or upgrade the database schema (runs also do this on their own)")
        {
            Verb("init", "Create the schema in a new database (does nothing to one already initialized)", stdout, stderr),
            Verb("migrate", "Apply the pending schema migrations, in order", stdout, stderr),
        };

    private static Command Verb(string name, string description, TextWriter stdout, TextWriter stderr)
    {
        var db = new Option<string>("--db") { Description = "sqlite (OUT/extraction.db), sqlite:PATH or postgres:CONNECTION_STRING", DefaultValueFactory = _ => "sqlite" };
        var output = new Option<string>("--out") { Description = "Output directory of the default SQLite file", DefaultValueFactory = _ => "out" };
        var command = new Command(name, description) { db, output };
        command.SetAction(parse => CommonOptions.Guard(stderr, () =>
        {
            var database = Database.Parse(parse.GetValue(db)!, parse.GetValue(output)!)
                ?? throw new UsageException("db needs a database: --db sqlite[:PATH] or postgres:CONNECTION_STRING");
            try
            {
                var applied = Sinks.Resilience.ForDatabase(database.IsTransient).Execute(() => SchemaMigrator.Migrate(database));
                foreach (var m in applied) stdout.WriteLine($"applied {m.Version:D3} {m.Description}");
                stdout.WriteLine(applied.Count == 0
                    ? $"{database.Display}: already at schema version {SchemaMigrator.LatestVersion}"
                    : $"{database.Display}: schema version {SchemaMigrator.LatestVersion}");
                return Program.ExitOk;
            }
            catch (Exception ex) when (ex is ExtractionException or System.Data.Common.DbException)
            {
                stderr.WriteLine($"error {(ex as ExtractionException)?.Code ?? ErrorCodes.SinkFailed}: {database.Display}: {ex.Message}");
                return Program.ExitFailed;
            }
        }));
        return command;
    }
}
