using Exporter.Formats.Rdf.SchemaOrg;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// RDF Turtle of the schema.org graph (docs/formats/rdf-syntax.md): prefixes once in the header, then each record's
/// subject blocks. Writer options: <c>WriteOptions.Formats.Get&lt;TurtleWriterOptions&gt;()</c>.
/// </summary>
public sealed class TurtleFormat() : LinkedDataFormat(
    "turtle", "RDF Turtle of the schema.org graph, records one after another", [".ttl"],
    SchemaOrgLinkedDataVocabulary.Instance, TurtleSyntax.Instance);
