namespace Exporter.Formats.DublinCore;

/// <summary>Options of <see cref="DublinCoreReader"/>.</summary>
public sealed record DublinCoreReaderOptions
{
    /// <summary>
    /// Called for each record that cannot be read (its raw XML is kept). When null (the default) the reader
    /// throws <see cref="Diagnostics.RecordFormatException"/> instead; set it to skip such records and go on.
    /// </summary>
    public Action<RejectedDcRecord>? OnRejected { get; init; }

    /// <summary>The input's name (file path or "-") put on diagnostics.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Deepest element nesting inside one record (default 64; DC records are flat). Deeper input stops the read with
    /// DC0001, so a hostile document cannot make loading a record quadratic.
    /// </summary>
    public int MaxNesting { get; init; } = 64;

    /// <summary>Leave the input stream open when the reader is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
