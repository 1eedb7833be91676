namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>Options of <see cref="RdfXmlReader"/>.</summary>
public sealed record RdfXmlReaderOptions
{
    /// <summary>The defaults: no base IRI (a relative IRI outside any <c>xml:base</c> is an error), nesting up to 256.</summary>
    public static RdfXmlReaderOptions Default { get; } = new();

    /// <summary>The document's base IRI (its retrieval IRI), used to resolve relative IRIs outside <c>xml:base</c>.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The input's name (file path or "-") carried into diagnostics, or null.</summary>
    public string? SourceName { get; init; }

    /// <summary>Elements may nest this deep (protects the stack from hostile input); deeper is an error (RDF0205).</summary>
    public int MaxNesting { get; init; } = 256;
}
