using Exporter.Formats.Rdf.SchemaOrg;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// schema.org JSON-LD (docs/formats/jsonld.md, docs/mappings/schema-org.md): one compact document whose
/// <c>@graph</c> grows record by record, with the project's context (schemas/context.jsonld) inline.
/// Writer options: <c>WriteOptions.Formats.Get&lt;JsonLdWriterOptions&gt;()</c>.
/// </summary>
public sealed class JsonLdFormat() : LinkedDataFormat(
    "jsonld", "schema.org JSON-LD, one document with an @graph of Work + Edition nodes per record", [".jsonld"],
    SchemaOrgLinkedDataVocabulary.Instance, JsonLdSyntax.Instance);
