using Exporter.Formats.Rdf.SchemaOrg;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>RDF N-Triples of the schema.org graph (docs/formats/rdf-syntax.md): one triple per line, records one after another.</summary>
public sealed class NTriplesFormat() : LinkedDataFormat(
    "ntriples", "RDF N-Triples of the schema.org graph, one triple per line", [".nt"],
    SchemaOrgLinkedDataVocabulary.Instance, NTriplesSyntax.Instance);
