namespace Exporter.Formats.Rdf.NTriples;

/// <summary>Options of <see cref="NTriplesWriter"/>.</summary>
public sealed record NTriplesWriterOptions
{
    /// <summary>The defaults.</summary>
    public static NTriplesWriterOptions Default { get; } = new();

    /// <summary>When the writer was given a stream: leave it open on dispose (default: the writer closes it).</summary>
    public bool LeaveOpen { get; init; }
}
