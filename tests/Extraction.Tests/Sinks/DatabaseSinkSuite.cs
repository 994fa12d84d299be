using System.Text.Json;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Sinks;
using Extraction.Sinks.Relational;

namespace Extraction.Tests.Sinks;

/// <summary>
/// The one sink suite, run against every database (real servers, no mocks): each subclass supplies fresh databases.
/// </summary>
public abstract class DatabaseSinkSuite
{
    protected abstract TestDatabase NewDatabase();

    private const string V1 = "1.0.0+aaaa", V2 = "1.0.0+bbbb";

    /// <summary>Writes and commits one document, as the batch runner does when documents arrive one at a time.</summary>
    protected static WriteOutcome Store(DatabaseSink sink, Document document)
    {
        var outcome = sink.Write(document);
        return sink.Commit() > 0 ? WriteOutcome.Unchanged : outcome;
    }

    [SkippableFact]
    public void AGroupIsStoredByItsCommitInOneTransaction()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        foreach (var id in new[] { "doc-1", "doc-2", "doc-3" }) Assert.Equal(WriteOutcome.Written, sink.Write(SampleDocuments.Annotated(id)));
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(0, sink.Commit());
        Assert.Equal([["doc-1"], ["doc-2"], ["doc-3"]], db.Rows("SELECT id FROM documents ORDER BY id"));
        Assert.Equal(12, db.Count("SELECT COUNT(*) FROM entities"));
        Assert.Equal(3, db.Count("SELECT COUNT(*) FROM event_citations"));
    }

    [SkippableFact]
    public void TheSameIdTwiceInAGroupKeepsTheLaterVersion()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        Assert.Equal(WriteOutcome.Written, sink.Write(SampleDocuments.Annotated()));
        Assert.Equal(WriteOutcome.Unchanged, sink.Write(SampleDocuments.Annotated()));
        var edited = SampleDocuments.Plain("doc-1", "A shorter, edited text.");
        Assert.Equal(WriteOutcome.Written, sink.Write(edited));
        sink.Commit();
        Assert.Equal([[edited.TextSha256]], db.Rows("SELECT text_sha256 FROM documents"));
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void ADocumentStoredByAnotherRunBeforeTheCommitIsCountedAsStoredMeanwhile()
    {
        using var db = NewDatabase();
        using var slow = new DatabaseSink(db.Database, V1);
        using var fast = new DatabaseSink(db.Database, V1);
        Assert.Equal(WriteOutcome.Written, slow.Write(SampleDocuments.Annotated("doc-1")));
        Assert.Equal(WriteOutcome.Written, slow.Write(SampleDocuments.Annotated("doc-2")));
        Assert.Equal(WriteOutcome.Written, Store(fast, SampleDocuments.Annotated("doc-2")));
        Assert.Equal(1, slow.Commit());
        Assert.Equal(2, db.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(8, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void InTheBackgroundAGroupIsStoredWhileTheNextFormsAndReportedByTheNextCall()
    {
        using var db = NewDatabase();
        using var other = new DatabaseSink(db.Database, V1);
        Store(other, SampleDocuments.Annotated("doc-2"));
        using var sink = new DatabaseSink(db.Database, V1) { CommitsInBackground = true };
        sink.Write(SampleDocuments.Annotated("doc-1"));
        sink.Write(SampleDocuments.Annotated("doc-2"));
        Assert.Equal(0, sink.Commit()); // handed over: its count comes with the next call
        sink.Write(SampleDocuments.Annotated("doc-3"));
        Assert.Equal(1, sink.Commit()); // the first group found doc-2 stored already
        Assert.Equal(0, sink.Complete());
        Assert.Equal([["doc-1"], ["doc-2"], ["doc-3"]], db.Rows("SELECT id FROM documents ORDER BY id"));
        Assert.Equal(12, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void AFailureInTheBackgroundIsReportedByTheNextCall()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1) { CommitsInBackground = true };
        var broken = SampleDocuments.Annotated("doc-1");
        broken.Entities.Add(broken.Entities[0]); // duplicate entity id: refused by the primary key
        sink.Write(broken);
        Assert.Equal(0, sink.Commit());
        var error = Assert.Throws<ExtractionException>(() => sink.Complete());
        Assert.Equal(ErrorCodes.SinkFailed, error.Code);
        Assert.Contains("doc-1", error.Message);
        Assert.Equal(0, db.Count("SELECT COUNT(*) FROM documents"));
    }

    [SkippableFact]
    public void AFaultyDocumentInAGroupLosesOnlyItselfAndIsReported()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        Store(sink, SampleDocuments.Annotated("doc-2"));
        var broken = SampleDocuments.Annotated("doc-2", suffix: " Edited.");
        broken.Entities.Add(broken.Entities[0]); // duplicate entity id: refused by the primary key
        sink.Write(SampleDocuments.Annotated("doc-1"));
        sink.Write(broken);
        sink.Write(SampleDocuments.Annotated("doc-3"));
        var error = Assert.Throws<ExtractionException>(() => sink.Commit());
        Assert.Equal(ErrorCodes.SinkFailed, error.Code);
        Assert.Contains("doc-2", error.Message);
        Assert.Equal([["doc-1", SampleDocuments.Annotated("doc-1").TextSha256], ["doc-2", SampleDocuments.Annotated("doc-2").TextSha256],
            ["doc-3", SampleDocuments.Annotated("doc-3").TextSha256]], db.Rows("SELECT id, text_sha256 FROM documents ORDER BY id"));
        Assert.Equal(12, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void StoresEveryTableOfAnAnnotatedDocument()
    {
        using var db = NewDatabase();
        var doc = SampleDocuments.Annotated();
        using (var sink = new DatabaseSink(db.Database, V1)) Assert.Equal(WriteOutcome.Written, Store(sink, doc));

        var documents = db.Rows("SELECT id, text_sha256, pipeline_version, source_path, source_line, text_length, text, metadata FROM documents");
        var d = Assert.Single(documents);
        Assert.Equal(["doc-1", doc.TextSha256, V1, "/archive/doc-1.txt", null, (long)doc.Text.Length, doc.Text], d[..7]);
        var metadata = JsonSerializer.Deserialize<Dictionary<string, string>>((string)d[7]!);
        Assert.Equal(new Dictionary<string, string> { ["publication"] = "Eurasia Daily Monitor", ["date"] = "October 19, 2004" }, metadata);

        Assert.Equal([["doc-1", 0L, 0L, 98L, 0L], ["doc-1", 1L, 100L, (long)doc.Text.Length, 1L]],
            db.Rows("SELECT document_id, idx, start_offset, end_offset, paragraph FROM sentences ORDER BY idx"));
        Assert.Equal(
        [
            ["T1", "PERSON", "Vladimir Putin", 0L, 5L, "Putin", 0.9123, "test"],
            ["T2", "PERSON", "Rakhmonov", 10L, 19L, "Rakhmonov", 0.9123, "test"],
            ["T3", "LOC", "Dushanbe", 23L, 31L, "Dushanbe", 0.9123, "test"],
            ["T4", "DATE", "October 16, 2004", 35L, 51L, "October 16, 2004", 0.9123, "test"],
        ], db.Rows("SELECT id, label, canonical, start_offset, end_offset, text, confidence, source FROM entities ORDER BY id"));
        Assert.Equal([["R1", "COMMUNICATED_WITH", "T1", "T2", 6L, 9L, "met"]],
            db.Rows("SELECT id, type, head_entity_id, tail_entity_id, trigger_start, trigger_end, trigger_text FROM relations"));
        // event_date comes from the time argument's entity, normalized to ISO.
        Assert.Equal([["E1", "CONSULT", null, "asserted", "met", "2004-10-16", 0.5]],
            db.Rows("SELECT id, type, mode, status, trigger_text, event_date, confidence FROM events"));
        Assert.Equal([["E1", 0L, "actor", "T1"], ["E1", 1L, "recipient", "T2"], ["E1", 2L, "location", "T3"], ["E1", 3L, "time", "T4"]],
            db.Rows("SELECT event_id, idx, role, entity_id FROM event_arguments ORDER BY idx"));
        Assert.Equal([["C1", "parenthetical", 52L, 97L, "(Itar-Tass, October 17; Interfax, October 18)", 0L]],
            db.Rows("SELECT id, kind, start_offset, end_offset, text, paragraph FROM citations"));
        Assert.Equal([["C1", 0L, "Itar-Tass", "October 17", "XXXX-10-17"], ["C1", 1L, "Interfax", "October 18", null]],
            db.Rows("SELECT citation_id, idx, name, date_text, date FROM citation_sources ORDER BY idx"));
        Assert.Equal([["E1", "C1"]], db.Rows("SELECT event_id, citation_id FROM event_citations"));
        Assert.Equal([["R1", "C1"]], db.Rows("SELECT relation_id, citation_id FROM relation_citations"));
    }

    [SkippableFact]
    public void SameTextAndPipelineVersionIsSkipped()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        Assert.False(sink.IsCurrent("doc-1", SampleDocuments.Annotated().TextSha256));
        Assert.Equal(WriteOutcome.Written, Store(sink, SampleDocuments.Annotated()));
        var storedAt = db.Rows("SELECT stored_at FROM documents");
        Assert.True(sink.IsCurrent("doc-1", SampleDocuments.Annotated().TextSha256));
        Assert.Equal(WriteOutcome.Unchanged, Store(sink, SampleDocuments.Annotated()));
        Assert.Equal(storedAt, db.Rows("SELECT stored_at FROM documents"));
        Assert.Equal(4, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void ChangedTextReplacesAllRowsOfThatDocumentOnly()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        Store(sink, SampleDocuments.Annotated("doc-1"));
        Store(sink, SampleDocuments.Annotated("doc-2"));
        var changed = SampleDocuments.Plain("doc-1", "A shorter, edited text.");
        Assert.False(sink.IsCurrent("doc-1", changed.TextSha256));
        Assert.Equal(WriteOutcome.Written, Store(sink, changed));

        Assert.Equal([["doc-1", changed.TextSha256, "A shorter, edited text."], ["doc-2", SampleDocuments.Annotated("doc-2").TextSha256, SampleDocuments.Text]],
            db.Rows("SELECT id, text_sha256, text FROM documents ORDER BY id"));
        foreach (var table in RelationalTables.All.Skip(1))
            Assert.Equal(0, db.Count($"SELECT COUNT(*) FROM {table.Name} WHERE document_id = 'doc-1'"));
        Assert.Equal(4, db.Count("SELECT COUNT(*) FROM event_arguments WHERE document_id = 'doc-2'"));
    }

    [SkippableFact]
    public void NewPipelineVersionReprocessesTheDocument()
    {
        using var db = NewDatabase();
        using (var sink = new DatabaseSink(db.Database, V1)) Store(sink, SampleDocuments.Annotated());
        using (var sink = new DatabaseSink(db.Database, V2))
        {
            Assert.False(sink.IsCurrent("doc-1", SampleDocuments.Annotated().TextSha256));
            Assert.Equal(WriteOutcome.Written, Store(sink, SampleDocuments.Annotated()));
        }
        Assert.Equal([[V2]], db.Rows("SELECT pipeline_version FROM documents"));
        Assert.Equal(4, db.Count("SELECT COUNT(*) FROM entities"));
    }

    [SkippableFact]
    public void AFailedWriteLeavesThePreviousVersionWhole()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, V1);
        Store(sink, SampleDocuments.Annotated());
        var broken = SampleDocuments.Annotated(suffix: " Edited.");
        broken.Entities.Add(broken.Entities[0]); // duplicate entity id: the insert fails after the old rows were deleted
        var error = Assert.Throws<ExtractionException>(() => Store(sink, broken));
        Assert.Equal(ErrorCodes.SinkFailed, error.Code);

        Assert.Equal([[SampleDocuments.Annotated().TextSha256]], db.Rows("SELECT text_sha256 FROM documents"));
        Assert.Equal(4, db.Count("SELECT COUNT(*) FROM entities"));
        Assert.Equal(4, db.Count("SELECT COUNT(*) FROM event_arguments"));
        // The sink recovers: the next document is stored normally.
        Assert.Equal(WriteOutcome.Written, Store(sink, SampleDocuments.Annotated("doc-2")));
    }

    [SkippableFact]
    public void ConcurrentWritersStoreEachDocumentOnce()
    {
        using var db = NewDatabase();
        var ids = Enumerable.Range(0, 40).Select(i => $"doc-{i:D2}").ToArray();
        var writtenBy = new int[2];
        Parallel.For(0, 2, w =>
        {
            using var sink = new DatabaseSink(db.Database, V1);
            var order = w == 0 ? ids : ids.Reverse().ToArray();
            // Groups of five, committed as the batch runner would; a commit reports documents the other writer stored meanwhile.
            int written = 0;
            foreach (var group in order.Chunk(5))
                written += group.Count(id => sink.Write(SampleDocuments.Annotated(id)) == WriteOutcome.Written) - sink.Commit();
            writtenBy[w] = written;
        });
        Assert.Equal(ids.Length, writtenBy.Sum());
        Assert.Equal(ids.Length, db.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(4 * ids.Length, db.Count("SELECT COUNT(*) FROM entities"));
        Assert.Equal(ids.Length, db.Count("SELECT COUNT(*) FROM event_citations"));
    }

    [SkippableFact]
    public void MigrationsAreVersionedAndRunOnce()
    {
        using var db = NewDatabase();
        Assert.Equal(0, SchemaMigrator.CurrentVersion(db.Database));
        Assert.Equal(SchemaMigrator.Migrations.Select(m => m.Version), SchemaMigrator.Migrate(db.Database).Select(m => m.Version));
        Assert.Empty(SchemaMigrator.Migrate(db.Database));
        Assert.Equal(SchemaMigrator.LatestVersion, SchemaMigrator.CurrentVersion(db.Database));
        Assert.Equal(SchemaMigrator.Migrations.Select(m => (object?)(long)m.Version),
            db.Rows("SELECT version FROM schema_version ORDER BY version").Select(r => r[0]));
    }

    [SkippableFact]
    public void ASchemaNewerThanTheProgramIsRefused()
    {
        using var db = NewDatabase();
        SchemaMigrator.Migrate(db.Database);
        using (var connection = db.Database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'now')";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<ExtractionException>(() => SchemaMigrator.Migrate(db.Database));
        Assert.Equal(ErrorCodes.DatabaseSchemaTooNew, error.Code);
    }
}

public sealed class SqliteSinkTests : DatabaseSinkSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Sqlite();
}

public sealed class PostgresSinkTests : DatabaseSinkSuite
{
    protected override TestDatabase NewDatabase() => TestDatabases.Postgres();

    [SkippableFact]
    public void ADroppedConnectionIsReopenedAndTheWriteRetried()
    {
        using var db = NewDatabase();
        using var sink = new DatabaseSink(db.Database, "v1");
        Assert.Equal(WriteOutcome.Written, Store(sink, SampleDocuments.Annotated("doc-1")));
        db.DropConnections!();
        Assert.Equal(WriteOutcome.Written, Store(sink, SampleDocuments.Annotated("doc-2")));
        Assert.Equal(2, db.Count("SELECT COUNT(*) FROM documents"));
        Assert.Equal(8, db.Count("SELECT COUNT(*) FROM entities"));
    }
}
