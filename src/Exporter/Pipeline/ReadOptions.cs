namespace Exporter.Pipeline;

/// <summary>Options every reader honours, plus format-specific ones in <see cref="Formats"/>.</summary>
public sealed record ReadOptions
{
    /// <summary>Strict (default) or permissive reading.</summary>
    public Strictness Strictness { get; init; } = Strictness.Strict;

    /// <summary>A record larger than this (bytes of input) is rejected without being parsed.</summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest nesting accepted in nested formats (JSON, XML, JSON-LD).</summary>
    public int MaxNesting { get; init; } = 128;

    /// <summary>The input's name for diagnostics (file path or "-").</summary>
    public string? SourceName { get; init; }

    /// <summary>Format-specific options (e.g. MARC encoding).</summary>
    public FormatOptionBag Formats { get; init; } = FormatOptionBag.Empty;
}
