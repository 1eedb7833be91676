using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// CatalogRecord to and from a schema.org graph (one record's graph): the Work + Edition model of Google's Book
/// structured data. JSON-LD, Turtle and N-Triples all serialise this one graph. Mapping table:
/// docs/mappings/schema-org.md.
/// </summary>
public sealed class SchemaOrgCrosswalk(Uri baseUri, string recordPath) : ICrosswalk<RdfGraph>
{
    /// <summary>A crosswalk minting record IRIs <c>{baseUri}record/{id}</c>.</summary>
    public SchemaOrgCrosswalk(Uri baseUri)
        : this(baseUri, RecordIris.DefaultPath)
    {
    }

    /// <summary>A crosswalk minting IRIs under <see cref="WriteOptions.DefaultBaseUri"/>.</summary>
    public SchemaOrgCrosswalk()
        : this(new Uri(WriteOptions.DefaultBaseUri))
    {
    }

    /// <inheritdoc />
    public RdfGraph FromCatalog(CatalogRecord record, IDiagnostics diagnostics) => FromCatalog(record, null, diagnostics);

    /// <summary>The graph of a record with what its MARC source adds (authorities, original scripts), when it was read
    /// from MARC; <paramref name="repeatSuffix"/> tells apart a record whose catalog number an earlier one had (<see cref="RecordIris"/>).</summary>
    internal RdfGraph FromCatalog(CatalogRecord record, SchemaOrgMarcFacts? marc, IDiagnostics diagnostics, string? repeatSuffix = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var f in record.SourceFields)
        {
            if (f.Format != "marc21")
            {
                diagnostics.Report(new Diagnostic("SDO0101", Severity.Warning, $"source field of format '{f.Format}' cannot be carried in RDF; left out") { Field = f.Key });
            }
        }

        return new SchemaOrgGraphBuilder(baseUri, record, recordPath, marc, repeatSuffix).Build();
    }

    /// <inheritdoc />
    public CatalogRecord ToCatalog(RdfGraph record, IDiagnostics diagnostics) =>
        new SchemaOrgGraphReader(new GraphIndex(record), diagnostics).Read()
        ?? throw new RecordFormatException(new Diagnostic("SDO0001", Severity.Error, "no schema.org creative work found in the graph"));
}
