namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>A namespace a vocabulary uses and the prefix it is customarily written with ("schema", "https://schema.org/").</summary>
internal sealed record RdfNamespace(string Prefix, string Iri);
