namespace Exporter.Formats.Rdf;

/// <summary>An RDF 1.1 term: <see cref="Iri"/>, <see cref="BlankNode"/> or <see cref="Literal"/>. Value equality.</summary>
public abstract record RdfTerm;
