namespace Exporter.Formats.Rdf.Bibframe.Tables;

/// <summary>One row of a marc2bibframe2 code map: a MARC code's BIBFRAME class (if any), IRI and label.</summary>
internal sealed record BibframeCode(string Class, string Iri, string Label);
