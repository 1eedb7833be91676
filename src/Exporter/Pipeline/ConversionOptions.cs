namespace Exporter.Pipeline;

/// <summary>How a conversion runs.</summary>
public sealed record ConversionOptions
{
    /// <summary>Stop at the first bad record (default) or skip it.</summary>
    public ErrorPolicy OnError { get; init; } = ErrorPolicy.Fail;

    /// <summary>Worker threads for parsing and encoding; output order never depends on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Records framed, then parsed and encoded together; bounds memory.</summary>
    public int BatchSize { get; init; } = 256;
}
