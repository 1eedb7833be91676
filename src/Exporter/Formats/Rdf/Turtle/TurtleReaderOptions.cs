namespace Exporter.Formats.Rdf.Turtle;

/// <summary>Options of <see cref="TurtleReader"/>.</summary>
public sealed record TurtleReaderOptions
{
    /// <summary>The defaults: no base IRI (a relative IRI before any <c>@base</c> is an error).</summary>
    public static TurtleReaderOptions Default { get; } = new();

    /// <summary>The document's base IRI (its retrieval IRI), used to resolve relative IRIs until <c>@base</c>.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The input's name (file path or "-") carried into diagnostics, or null.</summary>
    public string? SourceName { get; init; }
}
