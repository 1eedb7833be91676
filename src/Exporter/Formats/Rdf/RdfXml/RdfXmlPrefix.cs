namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>A namespace declaration on <c>rdf:RDF</c>: <c>xmlns:Name="Namespace"</c> (an empty name declares the default namespace).</summary>
public sealed record RdfXmlPrefix(string Name, string Namespace);
