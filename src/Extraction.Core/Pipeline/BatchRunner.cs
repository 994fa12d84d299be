using System.Diagnostics;
using System.Threading.Channels;
using Extraction.Ingestion;
using Extraction.Model;
using Extraction.Sinks;

namespace Extraction.Pipeline;

/// <summary>
/// Counts of one run; read = written + skipped + rejected always holds, also for a cancelled run
/// (a document counts as read once its outcome has been handed to the sinks).
/// Updated by the writer thread only; other threads may poll it for progress.
/// </summary>
public sealed class RunSummary
{
    public long Read { get; set; }
    public long Written { get; set; }
    /// <summary>Already stored with the same text and pipeline version: nothing rewritten.</summary>
    public long Skipped { get; set; }
    public long Rejected { get; set; }
    public long Words { get; set; }
    public SortedDictionary<string, long> EntitiesByLabel { get; } = new(StringComparer.Ordinal);
    public TimeSpan Elapsed { get; set; }
    /// <summary>Time the writer spent inside the sinks (writes, commits, completion): what the outputs cost the run.</summary>
    public TimeSpan SinkTime => TimeSpan.FromTicks(SinkTicks);
    internal long SinkTicks;
    /// <summary>Commits that stored at least one document (database transactions, with a database sink).</summary>
    public long Commits { get; set; }
    /// <summary>Stopped by the caller's cancellation (Ctrl-C): what was handed to the sinks is complete, the rest was not read.</summary>
    public bool Cancelled { get; set; }
    public double WordsPerSecond => Elapsed.TotalSeconds > 0 ? Words / Elapsed.TotalSeconds : 0;
}

/// <summary>The "batch" section of pipeline.json.</summary>
public sealed record BatchOptions(int Workers, TimeSpan? DocumentTimeout, int ChannelCapacity)
{
    public const int DefaultTimeoutSeconds = 120;

    /// <summary>
    /// The most documents a sink may group into one commit (one database transaction). Groups form only while the
    /// writer is behind the workers, so this bounds a transaction's size and lock time, not the latency of a quiet run.
    /// </summary>
    public int MaxDocumentsPerCommit { get; init; } = 256;

    /// <summary>
    /// How long finished documents may wait for their commit while more are on the way. Without it a writer that keeps up
    /// with the workers commits every document alone, and a database transaction per document costs several times the
    /// CPU of a grouped one — CPU the workers need. A killed run loses at most this much work (the rerun redoes it).
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromMilliseconds(DefaultCommitIntervalMs);

    public const int DefaultCommitIntervalMs = 250;

    public static BatchOptions Default { get; } = Create(Environment.ProcessorCount, TimeSpan.FromSeconds(DefaultTimeoutSeconds), 0);

    /// <summary>True when the configuration left the channel capacity to the program (0).</summary>
    public bool CapacityIsAutomatic { get; init; }

    /// <summary>A capacity of 0 means four documents in flight per worker (at least 16).</summary>
    public static BatchOptions Create(int workers, TimeSpan? documentTimeout, int channelCapacity) =>
        new(workers, documentTimeout, channelCapacity > 0 ? channelCapacity : Math.Max(16, 4 * workers))
        {
            CapacityIsAutomatic = channelCapacity <= 0,
        };

    /// <summary>
    /// The options for a run into a database. The writer waits while the server stores a group (about a second for a
    /// full group on a busy server); with 16 documents in flight the workers would stall after a few of them. An
    /// automatic capacity grows to half a full group, so the workers fill the next group meanwhile
    /// (measured in docs/benchmarks.md, "Sinks").
    /// </summary>
    public BatchOptions ForDatabase() =>
        CapacityIsAutomatic ? this with { ChannelCapacity = Math.Max(ChannelCapacity, MaxDocumentsPerCommit / 2) } : this;

    /// <summary>{"batch": {"workers": 8, "document_timeout_seconds": 120, "channel_capacity": 64, "max_documents_per_commit": 256,
    /// "commit_interval_ms": 250}};
    /// 0 = cores / no timeout / automatic.</summary>
    public static BatchOptions From(PipelineConfig config, int? workers = null)
    {
        var section = config.Section("batch");
        int n = workers ?? section.GetInt("workers", 0, min: 0, max: 1024);
        int timeout = section.GetInt("document_timeout_seconds", DefaultTimeoutSeconds, min: 0);
        return Create(n > 0 ? n : Environment.ProcessorCount, timeout > 0 ? TimeSpan.FromSeconds(timeout) : null,
            section.GetInt("channel_capacity", 0, min: 0, max: 1 << 20)) with
        {
            MaxDocumentsPerCommit = section.GetInt("max_documents_per_commit", 256, min: 1, max: 1 << 16),
            CommitInterval = TimeSpan.FromMilliseconds(section.GetInt("commit_interval_ms", DefaultCommitIntervalMs, min: 0, max: 60_000)),
        };
    }
}

/// <summary>
/// Streams documents from ingestion through N pipeline workers to the sinks. One reader thread numbers the inputs,
/// workers process them in parallel, and the caller's thread hands the results to the sinks in input order
/// (a reorder buffer holds results that finished early). A semaphore bounds the documents between reader and writer
/// by the channel capacity, so memory stays flat whatever the archive size and however slow one document is.
/// The writer commits the sinks in groups (group commit): when no further result is ready and the commit interval is
/// over, or when a group reaches its maximum size, so a database pays one transaction per group, not per document.
/// </summary>
public sealed class BatchRunner(ExtractionPipeline pipeline, IReadOnlyList<ISink> sinks, BatchOptions? options = null)
{
    private readonly BatchOptions _options = options ?? BatchOptions.Default;

    /// <summary>The live counts of the run (poll it for progress).</summary>
    public RunSummary Summary { get; } = new();

    /// <summary>
    /// When set and true for a document, the pipeline is not run and the document counts as skipped
    /// (used with a database and no file outputs: a resumed run does not redo stored documents).
    /// </summary>
    public Func<Document, bool>? IsCurrent { get; init; }

    private readonly record struct Work(long Seq, IngestResult Input);

    private enum Kind { Processed, Skipped, Rejected }

    private readonly record struct Outcome(long Seq, Kind Kind, Document? Document, RejectRecord? Reject);

    public RunSummary Run(IEnumerable<IngestResult> inputs, CancellationToken cancellation = default) =>
        RunAsync(inputs, cancellation).GetAwaiter().GetResult();

    /// <summary>
    /// Every wait in here is asynchronous: blocking waits spin and yield first, which on a busy machine hands the
    /// core to other processes at every document boundary.
    /// </summary>
    public async Task<RunSummary> RunAsync(IEnumerable<IngestResult> inputs, CancellationToken cancellation = default)
    {
        var summary = Summary;
        var clock = Stopwatch.StartNew();
        int capacity = _options.ChannelCapacity;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var window = new SemaphoreSlim(capacity, capacity);
        var work = Channel.CreateBounded<Work>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var done = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(capacity) { SingleReader = true });

        var reader = Task.Run(() => FeedAsync(inputs, work.Writer, window, stop.Token), CancellationToken.None);
        var workers = new Task[Math.Max(1, _options.Workers)];
        for (int i = 0; i < workers.Length; i++) workers[i] = Task.Run(() => WorkAsync(work.Reader, done.Writer, stop.Token), CancellationToken.None);
        var allWorkers = Task.WhenAll(workers).ContinueWith(t => done.Writer.TryComplete(t.Exception?.InnerException),
            TaskScheduler.Default);

        // The writer: hands outcomes to the sinks in input order, one at a time, and commits them in groups.
        var pending = new Dictionary<long, Outcome>();
        long next = 0;
        int uncommitted = 0;
        var sinceCommit = Stopwatch.StartNew();
        try
        {
            while (await WaitForOutcomeAsync(done.Reader, uncommitted > 0 ? _options.CommitInterval - sinceCommit.Elapsed : null, stop.Token)
                       .ConfigureAwait(false) is var ready && ready != false)
            {
                while (done.Reader.TryRead(out var outcome))
                {
                    pending.Add(outcome.Seq, outcome);
                    while (pending.Remove(next, out var inOrder))
                    {
                        // Checked per document, never inside one: a sink write always completes.
                        stop.Token.ThrowIfCancellationRequested();
                        Deliver(inOrder, summary);
                        next++;
                        window.Release();
                        if (++uncommitted >= _options.MaxDocumentsPerCommit) uncommitted = Commit(summary, sinceCommit, uncommitted);
                    }
                }
                // Nothing more is ready: commit once the interval is over (a null wait result means it just ran out).
                if (uncommitted > 0 && (ready is null || sinceCommit.Elapsed >= _options.CommitInterval)) uncommitted = Commit(summary, sinceCommit, uncommitted);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
        catch
        {
            stop.Cancel();
            await WaitBrieflyAsync(reader, allWorkers).ConfigureAwait(false);
            throw;
        }
        summary.Cancelled = cancellation.IsCancellationRequested;
        stop.Cancel();
        await WaitBrieflyAsync(reader, allWorkers).ConfigureAwait(false);
        Commit(summary, sinceCommit, uncommitted);
        long completing = Stopwatch.GetTimestamp();
        foreach (var sink in sinks) CountStoredAlready(summary, sink.Complete());
        summary.SinkTicks += Stopwatch.GetElapsedTime(completing).Ticks;
        summary.Elapsed = clock.Elapsed;
        return summary;
    }

    /// <summary>
    /// After a normal end these have finished already. After a cancellation or an error they stop at their next check,
    /// except a reader blocked in I/O or a stage stuck inside one document: neither touches the sinks, so they are not
    /// waited for longer than a moment.
    /// </summary>
    private static async Task WaitBrieflyAsync(params Task[] tasks)
    {
        try { await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false); }
        catch (Exception) { } // timeouts, cancellations, and the error already being reported
    }

    /// <summary>Numbers the inputs; waits for a free slot in the window before taking the next one from ingestion.</summary>
    private static async Task FeedAsync(IEnumerable<IngestResult> inputs, ChannelWriter<Work> writer, SemaphoreSlim window, CancellationToken token)
    {
        try
        {
            long seq = 0;
            foreach (var input in inputs)
            {
                await window.WaitAsync(token).ConfigureAwait(false);
                // The window never admits more than the channel holds, so this cannot fail.
                if (!writer.TryWrite(new Work(seq++, input))) throw new InvalidOperationException("batch channel overflow");
            }
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    private async Task WorkAsync(ChannelReader<Work> input, ChannelWriter<Outcome> output, CancellationToken token)
    {
        await foreach (var item in input.ReadAllAsync(token).ConfigureAwait(false))
            await output.WriteAsync(await ProcessAsync(item, token).ConfigureAwait(false), token).ConfigureAwait(false);
    }

    private async Task<Outcome> ProcessAsync(Work item, CancellationToken token)
    {
        if (item.Input.Reject is { } reject) return new Outcome(item.Seq, Kind.Rejected, null, reject);
        var document = item.Input.Document!;
        if (IsCurrent?.Invoke(document) == true) return new Outcome(item.Seq, Kind.Skipped, document, null);
        try
        {
            if (_options.DocumentTimeout is { } timeout) await ProcessWithTimeoutAsync(document, timeout, token);
            else pipeline.Process(document, token);
            return new Outcome(item.Seq, Kind.Processed, document, null);
        }
        catch (ExtractionException ex)
        {
            var source = document.Source;
            return new Outcome(item.Seq, Kind.Rejected, null, new RejectRecord(source.Path, source.Line, source.Row, ex.Code, ex.Message, document.Id));
        }
    }

    /// <summary>
    /// Runs the pipeline on its own task so that a document stuck inside a stage cannot hold up the batch: after the
    /// timeout it is rejected (E202) and abandoned; cancellation stops it at the next stage boundary.
    /// </summary>
    private async Task ProcessWithTimeoutAsync(Document document, TimeSpan timeout, CancellationToken token)
    {
        var perDocument = CancellationTokenSource.CreateLinkedTokenSource(token);
        var task = Task.Run(() => pipeline.Process(document, perDocument.Token), CancellationToken.None);
        try
        {
            await task.WaitAsync(timeout, token);
        }
        catch (TimeoutException)
        {
            perDocument.Cancel();
            _ = task.ContinueWith(t => { _ = t.Exception; perDocument.Dispose(); }, TaskScheduler.Default);
            throw new ExtractionException(ErrorCodes.DocumentTimeout, $"processing took longer than {timeout.TotalSeconds:0.###} s");
        }
        perDocument.Dispose();
    }

    /// <summary>
    /// Waits until an outcome can be read (true), the channel is complete (false), or <paramref name="commitIn"/> has
    /// passed with documents waiting for their commit (null).
    /// </summary>
    private static async ValueTask<bool?> WaitForOutcomeAsync(ChannelReader<Outcome> reader, TimeSpan? commitIn, CancellationToken token)
    {
        if (commitIn is not { } wait) return await reader.WaitToReadAsync(token).ConfigureAwait(false);
        if (wait <= TimeSpan.Zero) return reader.TryPeek(out _) ? true : null;
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(token);
        linger.CancelAfter(wait);
        try { return await reader.WaitToReadAsync(linger.Token).ConfigureAwait(false); }
        catch (OperationCanceledException) when (!token.IsCancellationRequested) { return null; }
    }

    /// <summary>Commits every sink; documents another run stored meanwhile move from written to skipped. Returns 0 (nothing uncommitted).</summary>
    private int Commit(RunSummary summary, Stopwatch sinceCommit, int uncommitted)
    {
        sinceCommit.Restart();
        if (uncommitted > 0) summary.Commits++;
        long start = Stopwatch.GetTimestamp();
        foreach (var sink in sinks) CountStoredAlready(summary, sink.Commit());
        summary.SinkTicks += Stopwatch.GetElapsedTime(start).Ticks;
        return 0;
    }

    private static void CountStoredAlready(RunSummary summary, int storedMeanwhile)
    {
        summary.Written -= storedMeanwhile;
        summary.Skipped += storedMeanwhile;
    }

    private void Deliver(in Outcome outcome, RunSummary summary)
    {
        long start = Stopwatch.GetTimestamp();
        switch (outcome.Kind)
        {
            case Kind.Rejected:
                foreach (var sink in sinks) sink.Reject(outcome.Reject!);
                summary.Rejected++;
                break;
            case Kind.Skipped:
                summary.Skipped++;
                break;
            default:
                bool unchanged = false;
                foreach (var sink in sinks) unchanged |= sink.Write(outcome.Document!) == WriteOutcome.Unchanged;
                if (unchanged) summary.Skipped++;
                else summary.Written++;
                break;
        }
        summary.SinkTicks += Stopwatch.GetElapsedTime(start).Ticks;
        if (outcome.Kind == Kind.Processed) Count(outcome.Document!, summary);
        summary.Read++;
    }

    private static void Count(Document document, RunSummary summary)
    {
        foreach (var token in document.Tokens)
            if (token.Kind is TokenKind.Word or TokenKind.Number) summary.Words++;
        foreach (var entity in document.Entities)
            summary.EntitiesByLabel[entity.Label] = summary.EntitiesByLabel.GetValueOrDefault(entity.Label) + 1;
    }
}
