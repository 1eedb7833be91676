namespace Exporter.Pipeline;

/// <summary>How a conversion runs.</summary>
public sealed record ConversionOptions
{
    /// <summary>Stop at the first bad record (default) or skip it.</summary>
    public ErrorPolicy OnError { get; init; } = ErrorPolicy.Fail;

    /// <summary>
    /// Worker threads for parsing and encoding; output order never depends on it. With 1, everything runs on the
    /// calling thread; with more, framing and writing get a thread each and overlap with the workers.
    /// </summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>At most this many records are framed, then parsed and encoded together.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>A batch also closes once its records hold this many input bytes; with <see cref="BatchSize"/> it bounds memory.</summary>
    public long BatchBytes { get; init; } = 1 << 20;

    /// <summary>Batches framed or encoded ahead of the writer, per worker thread (the pipeline's depth).</summary>
    public int BatchesAheadPerThread { get; init; } = 2;

    /// <summary>The run's once-only warnings (<see cref="RunOnce"/>); each job run starts a new one.</summary>
    internal RunOnce Once { get; init; } = new();
}
