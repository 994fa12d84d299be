using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Pipeline;
using Extraction.Sinks;

namespace Extraction.Tests.Batch;

public class BatchRunnerTests
{
    /// <summary>Records what the writer hands over, in order, and the size of each committed group; can act on the n-th document and on each commit.</summary>
    private sealed class RecordingSink(Action<int>? onWrite = null, Func<int, int>? onCommit = null) : ISink
    {
        public readonly List<string> Written = new();
        public readonly List<RejectRecord> Rejects = new();
        public readonly List<int> Groups = new();
        public bool Completed;
        private int _committed;

        public int Commit()
        {
            int group = Written.Count - _committed;
            _committed = Written.Count;
            if (group > 0) Groups.Add(group);
            return onCommit?.Invoke(group) ?? 0;
        }

        public WriteOutcome Write(Document document)
        {
            Written.Add(document.Id);
            onWrite?.Invoke(Written.Count);
            return WriteOutcome.Written;
        }

        public void Reject(RejectRecord reject) => Rejects.Add(reject);
        public int Complete()
        {
            Completed = true;
            return 0;
        }
        public void Dispose() { }
    }

    /// <summary>A stage that calls <paramref name="action"/> on each document (tests decide what it does).</summary>
    private sealed class TestStage(Action<Document> action) : IStage
    {
        public string Name => "test";
        public IReadOnlyList<Annotation> Requires => [];
        public IReadOnlyList<Annotation> Assigns => [Annotation.Entities];
        public void Process(Document document) => action(document);
    }

    private static IEnumerable<IngestResult> Inputs(int count) =>
        Enumerable.Range(0, count).Select(i => IngestResult.Ok(new Document($"d{i:D5}", $"text {i}", new DocumentSource($"d{i}.txt"))));

    private static BatchRunner Runner(IStage stage, ISink sink, int workers = 4, TimeSpan? timeout = null, int capacity = 0) =>
        new(new ExtractionPipeline([stage]), [sink], BatchOptions.Create(workers, timeout, capacity));

    [Fact]
    public void ResultsReachTheSinksInInputOrderWhateverTheWorkersTake()
    {
        var sink = new RecordingSink();
        // Uneven work per document, so workers finish out of order.
        var stage = new TestStage(d => Thread.SpinWait((d.Id.GetHashCode() & 0x3F) * 20));
        var summary = Runner(stage, sink, workers: 4).Run(Inputs(500));

        Assert.Equal(Inputs(500).Select(r => r.Document!.Id), sink.Written);
        Assert.Equal((500, 500, 0, 0), (summary.Read, summary.Written, summary.Rejected, summary.Skipped));
        Assert.True(sink.Completed);
    }

    [Fact]
    public void ASlowCommitGroupsTheDocumentsThatArriveMeanwhileUpToTheLimit()
    {
        // Every commit takes 20 ms and claims one document of its group was stored by another run meanwhile.
        var sink = new RecordingSink(onCommit: group => { Thread.Sleep(20); return group > 0 ? 1 : 0; });
        var options = BatchOptions.Create(2, null, 64) with { MaxDocumentsPerCommit = 10 };
        var summary = new BatchRunner(new ExtractionPipeline([new TestStage(_ => { })]), [sink], options).Run(Inputs(300));

        Assert.Equal(300, sink.Groups.Sum());
        Assert.All(sink.Groups, g => Assert.InRange(g, 1, 10));
        Assert.Contains(sink.Groups, g => g > 1);
        Assert.Equal((300L, 300L - sink.Groups.Count, (long)sink.Groups.Count), (summary.Read, summary.Written, summary.Skipped));
        // The summary reports the commits and the writer's time in the sinks (each commit sleeps 20 ms).
        Assert.Equal(sink.Groups.Count, summary.Commits);
        Assert.True(summary.SinkTime >= TimeSpan.FromMilliseconds(19 * sink.Groups.Count), summary.SinkTime.ToString());
    }

    [Fact]
    public void DocumentsAreCommittedWithinTheIntervalWhileTheInputWaits()
    {
        using var committed = new ManualResetEventSlim();
        int total = 0;
        var sink = new RecordingSink(onCommit: group => { if ((total += group) >= 5) committed.Set(); return 0; });
        bool storedWhileWaiting = false;
        IEnumerable<IngestResult> SlowInput()
        {
            foreach (var input in Inputs(5)) yield return input;
            // The input stalls (a slow network share): what was processed must not wait for the next document.
            storedWhileWaiting = committed.Wait(TimeSpan.FromSeconds(20));
            foreach (var input in Inputs(3)) yield return input;
        }
        var options = BatchOptions.Create(2, null, 0) with { CommitInterval = TimeSpan.FromMilliseconds(50) };
        new BatchRunner(new ExtractionPipeline([new TestStage(_ => { })]), [sink], options).Run(SlowInput());

        Assert.True(storedWhileWaiting);
        Assert.Equal(8, sink.Groups.Sum());
    }

    [Fact]
    public void DocumentsInFlightNeverExceedTheChannelCapacity()
    {
        const int capacity = 8;
        long yielded = 0, maxAhead = 0;
        var sink = new RecordingSink(written => maxAhead = Math.Max(maxAhead, Interlocked.Read(ref yielded) - written));
        IEnumerable<IngestResult> Counting()
        {
            foreach (var input in Inputs(2000))
            {
                Interlocked.Increment(ref yielded);
                yield return input;
            }
        }
        Runner(new TestStage(_ => { }), sink, workers: 4, capacity: capacity).Run(Counting());
        Assert.Equal(2000, sink.Written.Count);
        // The reader holds at most one document while it waits for a free slot.
        Assert.InRange(maxAhead, 0, capacity + 1);
    }

    [Fact]
    public void RejectsAndStageFailuresKeepTheirPlaceAndTheBatchGoesOn()
    {
        var sink = new RecordingSink();
        var inputs = Inputs(6).ToList();
        inputs[2] = IngestResult.Rejected(new RejectRecord("bad.txt", null, null, ErrorCodes.InputBinary, "binary"));
        var stage = new TestStage(d => { if (d.Id == "d00004") throw new InvalidOperationException("boom"); });
        var summary = Runner(stage, sink).Run(inputs);

        Assert.Equal(["d00000", "d00001", "d00003", "d00005"], sink.Written);
        Assert.Equal([ErrorCodes.InputBinary, ErrorCodes.StageFailed], sink.Rejects.Select(r => r.Code));
        Assert.Equal("d00004", sink.Rejects[1].DocumentId);
        Assert.Equal((6, 4, 2), (summary.Read, summary.Written, summary.Rejected));
    }

    [Fact]
    public void AStuckDocumentTimesOutAsE202AndTheBatchGoesOn()
    {
        using var release = new ManualResetEventSlim();
        var sink = new RecordingSink();
        var stage = new TestStage(d => { if (d.Id == "d00003") release.Wait(); });
        try
        {
            // Long enough that no other document (JIT, a loaded machine) comes near it; the stuck one waits for ever.
            var summary = Runner(stage, sink, workers: 2, timeout: TimeSpan.FromSeconds(2)).Run(Inputs(10));
            var reject = Assert.Single(sink.Rejects);
            Assert.Equal((ErrorCodes.DocumentTimeout, "d00003"), (reject.Code, reject.DocumentId));
            Assert.Equal(9, sink.Written.Count);
            Assert.Equal(summary.Read, summary.Written + summary.Rejected);
        }
        finally
        {
            release.Set(); // lets the abandoned stage call end
        }
    }

    [Fact]
    public void CancellationStopsBetweenDocumentsAndStillCompletesTheSinks()
    {
        using var cancel = new CancellationTokenSource();
        var sink = new RecordingSink(written => { if (written == 25) cancel.Cancel(); });
        var summary = Runner(new TestStage(_ => { }), sink).Run(Inputs(10_000), cancel.Token);

        Assert.True(summary.Cancelled);
        Assert.Equal(25, sink.Written.Count);
        Assert.Equal((25, 25), (summary.Read, summary.Written));
        Assert.True(sink.Completed);
    }

    [Fact]
    public void ASinkFailureEndsTheRunWithItsError()
    {
        var sink = new RecordingSink(written => { if (written == 5) throw new ExtractionException(ErrorCodes.SinkFailed, "disk full"); });
        var error = Assert.Throws<ExtractionException>(() => Runner(new TestStage(_ => { }), sink).Run(Inputs(1000)));
        Assert.Equal(ErrorCodes.SinkFailed, error.Code);
        Assert.Equal(5, sink.Written.Count);
    }

    [Fact]
    public void StoredDocumentsAreSkippedWithoutRunningThePipeline()
    {
        var processed = new System.Collections.Concurrent.ConcurrentBag<string>();
        var sink = new RecordingSink();
        var runner = new BatchRunner(new ExtractionPipeline([new TestStage(d => processed.Add(d.Id))]), [sink], BatchOptions.Create(2, null, 0))
        {
            IsCurrent = d => d.Id.EndsWith('0'),
        };
        var summary = runner.Run(Inputs(30));
        Assert.Equal((30, 27, 3), (summary.Read, summary.Written, summary.Skipped));
        Assert.DoesNotContain("d00010", processed);
        Assert.DoesNotContain("d00010", sink.Written);
    }

    [Fact]
    public void ADatabaseRunGrowsOnlyAnAutomaticCapacityToHalfACommitGroup()
    {
        var automatic = BatchOptions.Create(2, null, 0);
        Assert.Equal(16, automatic.ChannelCapacity);
        Assert.Equal(128, automatic.ForDatabase().ChannelCapacity);
        Assert.Equal(25, (automatic with { MaxDocumentsPerCommit = 50 }).ForDatabase().ChannelCapacity);
        Assert.Equal(400, BatchOptions.Create(100, null, 0).ForDatabase().ChannelCapacity);
        var configured = PipelineConfig.Parse("""{"stages": [], "batch": {"channel_capacity": 10}}""", ".");
        Assert.Equal(10, BatchOptions.From(configured).ForDatabase().ChannelCapacity);
    }

    [Fact]
    public void BatchSectionOfPipelineJsonIsRead()
    {
        var config = PipelineConfig.Parse("""{"stages": [], "batch": {"workers": 3, "document_timeout_seconds": 0, "channel_capacity": 10}}""", ".");
        Assert.Equal(new BatchOptions(3, null, 10), BatchOptions.From(config));
        Assert.Equal(5, BatchOptions.From(config, workers: 5).Workers);
        var bad = PipelineConfig.Parse("""{"stages": [], "batch": {"workers": -1}}""", ".");
        Assert.Equal(ErrorCodes.ConfigBadValue, Assert.Throws<ConfigException>(() => BatchOptions.From(bad)).Code);
    }
}
