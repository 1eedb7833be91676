using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// schema.org as a linked-data vocabulary: <see cref="SchemaOrgCrosswalk"/> from and to the hub record, a record's
/// root is its edition (<c>schema:exampleOfWork</c>), the project's JSON-LD context (schemas/context.jsonld).
/// </summary>
internal sealed class SchemaOrgLinkedDataVocabulary : ILinkedDataVocabulary
{
    public static readonly SchemaOrgLinkedDataVocabulary Instance = new();

    private const string ExampleOfWorkHttps = "https://schema.org/exampleOfWork";
    private const string ExampleOfWorkHttp = "http://schema.org/exampleOfWork";
    private static readonly SchemaOrgCrosswalk Reading = new();

    public string Name => "schema.org";

    public ImmutableArray<RdfNamespace> Namespaces { get; } =
    [
        new("rdf", RdfNames.RdfNamespace),
        new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        new("xsd", RdfNames.XsdNamespace),
        new("schema", "https://schema.org/"),
    ];

    public JsonLdContext JsonLdContext => JsonLdContext.Exporter;

    /// <summary>The head names schema.org (either scheme, with or without the trailing '/' of a context IRI).</summary>
    public bool Recognises(string head) => head.Contains("://schema.org", StringComparison.Ordinal);

    /// <summary>The record's graph, built once per record for the targets of a run that write it (<see cref="SchemaOrgGraphInputs"/>).</summary>
    public RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var read = record.GetCatalog(diagnostics);
        return record.Derive(SchemaOrgGraphInputs.Of(options), (inputs, made) =>
        {
            var catalog = inputs.IncludeLocal ? read : LocalMarcData.WithoutLocal(read);   // local and staff marcKey dumps are not public
            var marc = record.TryGetSource<MarcRecord>(out var m) ? SchemaOrgMarcFacts.Read(m) : null;
            return new SchemaOrgCrosswalk(inputs.BaseUri, inputs.RecordPath).FromCatalog(catalog, marc, made, record.RepeatIn(Name)?.Suffix);
        }, diagnostics);
    }

    /// <summary>
    /// The id <see cref="RecordIris"/> mints from the hub record (its catalog number, else a hash of its title,
    /// contributors and year): the hub record <see cref="ToGraph"/> gets, built once (<see cref="ReadResult.PeekCatalog"/>).
    /// </summary>
    public string? ContentId(ReadResult record, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        return RecordIris.IdOf(record.PeekCatalog());
    }

    public CatalogRecord ToCatalog(RdfGraph graph, IDiagnostics diagnostics) => Reading.ToCatalog(graph, diagnostics);

    /// <summary>
    /// An agent named by its authority, <c>{base}agent/...</c> (<see cref="AgentIris.AuthorityIri"/>): every record that
    /// has it describes it, so its statements belong to the record being read.
    /// </summary>
    public bool IsSharedTerm(Iri iri) => !iri.Value.Contains('#', StringComparison.Ordinal) && iri.Value.Contains("/agent/", StringComparison.Ordinal);

    /// <summary>An IRI edition's <c>schema:exampleOfWork</c> (either schema.org scheme).</summary>
    public bool IsRecordRoot(Triple triple) =>
        triple.Subject is Iri && triple.Predicate.Value is ExampleOfWorkHttps or ExampleOfWorkHttp;
}
