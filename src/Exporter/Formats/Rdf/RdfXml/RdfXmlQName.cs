namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>An IRI split into an XML namespace and an NCName local part, with the prefix it is written with (null: not yet declared).</summary>
internal sealed record RdfXmlQName(string Namespace, string LocalName, string? Prefix);
