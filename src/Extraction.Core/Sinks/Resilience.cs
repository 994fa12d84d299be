using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Extraction.Sinks;

/// <summary>
/// Polly pipelines for the two things a batch waits on: database writes and file reads.
/// Retries use jittered exponential backoff (so concurrent runs do not retry in lockstep); the database
/// pipeline also has a circuit breaker so that a server that is down is not hammered: while it is open,
/// attempts fail fast and the retry waits out the break before trying again.
/// </summary>
public static class Resilience
{
    public static ResiliencePipeline ForDatabase(Func<Exception, bool> isTransient, int maxRetries = 6, TimeSpan? firstDelay = null)
    {
        var handled = new PredicateBuilder().Handle<Exception>(isTransient);
        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is BrokenCircuitException || isTransient(ex)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(200),
                MaxRetryAttempts = maxRetries,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = handled,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(2),
            })
            .Build();
    }

    /// <summary>
    /// Opens an input file for one sequential read, retrying failures that may pass (sharing violations, a network file
    /// system that hiccups); a missing or forbidden file fails at once.
    /// </summary>
    public static FileStream OpenRead(string path) => FileReads.Execute(static p =>
        new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), path);

    private static ResiliencePipeline FileReads { get; } = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<IOException>(ex => ex is not FileNotFoundException and not DirectoryNotFoundException),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
            MaxRetryAttempts = 3,
        })
        .Build();
}
