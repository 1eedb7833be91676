namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>The RDF syntaxes a linked-data format can be written and read in.</summary>
public enum RdfSyntaxKind
{
    /// <summary>JSON-LD (<c>application/ld+json</c>).</summary>
    JsonLd,

    /// <summary>Turtle (<c>text/turtle</c>).</summary>
    Turtle,

    /// <summary>N-Triples (<c>application/n-triples</c>).</summary>
    NTriples,

    /// <summary>RDF/XML (<c>application/rdf+xml</c>).</summary>
    RdfXml,
}
