namespace Exporter.Formats.Rdf.NTriples;

/// <summary>Options of <see cref="NTriplesReader"/>.</summary>
public sealed record NTriplesReaderOptions
{
    /// <summary>The defaults.</summary>
    public static NTriplesReaderOptions Default { get; } = new();

    /// <summary>The input's name (file path or "-") carried into diagnostics, or null.</summary>
    public string? SourceName { get; init; }
}
