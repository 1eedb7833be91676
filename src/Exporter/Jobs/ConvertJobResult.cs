using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>What a job did: the summed counts and the files it left (only when they are complete).</summary>
public sealed record ConvertJobResult(ConversionSummary Summary, IReadOnlyList<string> Outputs)
{
    /// <summary>Entries of directory inputs that were not read (unknown format, hidden, links to folders).</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>Warnings about the run as a whole, counted in <see cref="ConversionSummary.Warnings"/> (<c>exporter merge</c>: ids two shards both saw first).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Warnings { get; init; } = [];
}
