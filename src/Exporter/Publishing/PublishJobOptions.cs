using Exporter.Pipeline;

namespace Exporter.Publishing;

/// <summary>Everything <c>exporter publish</c> needs to run.</summary>
public sealed record PublishJobOptions
{
    /// <summary>Files, directories, or "-" for standard input.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Input format name; null = detect.</summary>
    public string? From { get; init; }

    /// <summary>The site folder: built beside it and swapped in whole when the run succeeds.</summary>
    public string Site { get; init; } = "";

    /// <summary>Where rejected records' raw bytes go.</summary>
    public string? RejectsFile { get; init; }

    /// <summary>Where the JSON Lines report goes.</summary>
    public string? ReportFile { get; init; }

    /// <summary>The site's shape.</summary>
    public PublishOptions Publish { get; init; } = new();

    /// <summary>How to run the conversion (error policy, threads).</summary>
    public ConversionOptions Conversion { get; init; } = new();

    /// <summary>Reader options.</summary>
    public ReadOptions Read { get; init; } = new();

    /// <summary>Writer options of the alternates and the JSON-LD (base URI of the IRIs, clock, MARC options).</summary>
    public WriteOptions Write { get; init; } = new();
}
