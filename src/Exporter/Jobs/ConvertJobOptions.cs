using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>Everything <c>exporter convert</c> (and <c>validate</c>, with no targets) needs to run.</summary>
public sealed record ConvertJobOptions
{
    /// <summary>Files, directories, or "-" for standard input.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Input format name; null = detect by extension, then content.</summary>
    public string? From { get; init; }

    /// <summary>Target format names ("all" expanded by the caller via <see cref="ConvertJob.ExpandTargets"/>).</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>One output file for a single target ("-" = standard output).</summary>
    public string? OutputFile { get; init; }

    /// <summary>A folder receiving one file per input and target.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Where rejected records' raw bytes go (skip policy); default: none kept unless set.</summary>
    public string? RejectsFile { get; init; }

    /// <summary>Where the JSON Lines report goes.</summary>
    public string? ReportFile { get; init; }

    /// <summary>One shard of a sharded run (<c>--shard K/N</c>): read only the K-th of N slices of the inputs; null
    /// (the default) reads everything. Needs <see cref="ReportFile"/>, which <c>exporter merge</c> reads.</summary>
    public ShardOptions? Shard { get; init; }

    /// <summary>How to run the conversion.</summary>
    public ConversionOptions Conversion { get; init; } = new();

    /// <summary>Reader options (strictness, limits, format-specific).</summary>
    public ReadOptions Read { get; init; } = new();

    /// <summary>Writer options (base URI, clock, format-specific).</summary>
    public WriteOptions Write { get; init; } = new();
}
