using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.Bibframe.Reading;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Formats.Rdf.LinkedData;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// BIBFRAME 2 as a linked-data vocabulary (docs/mappings/bibframe.md): a Work, its admin metadata and an Instance per
/// record, built by <see cref="BibframeGraphBuilder"/> straight from the MARC record as read
/// (<see cref="ReadResult.TryGetSource{TRecord}"/>). A record read from another format (catalog page, record JSON,
/// Dublin Core) goes through the hub: the MARC crosswalk makes its MARC record first (the one the run's MARC targets write,
/// <see cref="MarcComposition"/>), so BIBFRAME carries what that
/// record carries. A record's root is its Instance (<c>bf:instanceOf</c>); Work and Instance share one document IRI.
/// </summary>
internal sealed class BibframeVocabulary : ILinkedDataVocabulary
{
    public static readonly BibframeVocabulary Instance = new();

    private const string InstanceOf = BibframeTerms.Bf + "instanceOf";

    public string Name => "BIBFRAME 2";

    /// <summary>The prefixes LoC's converter and id.loc.gov use.</summary>
    public ImmutableArray<RdfNamespace> Namespaces { get; } =
    [
        new("rdf", RdfNames.RdfNamespace),
        new("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
        new("bf", BibframeTerms.Bf),
        new("bflc", BibframeTerms.Bflc),
        new("madsrdf", BibframeTerms.Mads),
    ];

    public JsonLdContext JsonLdContext { get; } = JsonLdContext.Parse(
        "{\"@context\":{\"rdf\":\"" + RdfNames.RdfNamespace + "\",\"rdfs\":\"http://www.w3.org/2000/01/rdf-schema#\",\"bf\":\"" + BibframeTerms.Bf
        + "\",\"bflc\":\"" + BibframeTerms.Bflc + "\",\"madsrdf\":\"" + BibframeTerms.Mads + "\"}}");

    public RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics) => ToGraph(record, options, diagnostics, new RdfGraph(BibframeGraphBuilder.GraphCapacity));

    /// <summary>The record's graph built into <paramref name="scratch"/> (emptied first), which is returned.</summary>
    public RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics, RdfGraph scratch)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var marc = record.TryGetSource<MarcRecord>(out var read)
            ? read
            : new MarcComposition(options.Formats.Get<MarcWriteOptions>(), options.Clock).Of(record, diagnostics);
        var bibframe = options.Formats.Get<BibframeWriteOptions>();
        return new BibframeGraphBuilder(new BibframeOptions { BaseUri = options.BaseUri, Clock = options.Clock, Items = bibframe.Items, IncludeLocal = options.IncludeLocal })
            .Build(marc, diagnostics, record.RepeatIn(Name)?.Suffix, scratch);
    }

    /// <summary>
    /// The id <see cref="RecordIdentity"/> mints from the MARC record <see cref="ToGraph(ReadResult, WriteOptions, IDiagnostics)"/>
    /// builds on (the 001, else a hash of the record): for a record from the hub, the same composition, made here once
    /// and kept for <see cref="ToGraph(ReadResult, WriteOptions, IDiagnostics)"/> and the run's MARC targets
    /// (<see cref="MarcComposition.Peek"/>), which report its diagnostics.
    /// </summary>
    public string? ContentId(ReadResult record, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(options);
        var marc = record.TryGetSource<MarcRecord>(out var read)
            ? read
            : new MarcComposition(options.Formats.Get<MarcWriteOptions>(), options.Clock).Peek(record);
        return RecordIdentity.IdOf(marc);
    }

    /// <summary>Reading: the record's Work and Instance back to the hub (<see cref="BibframeGraphReader"/>, docs/mappings/bibframe.md).</summary>
    public CatalogRecord ToCatalog(RdfGraph graph, IDiagnostics diagnostics) => new BibframeGraphReader(new BibframeGraphIndex(graph)).Read();

    /// <summary>--items (<see cref="BibframeFormatOptions"/>).</summary>
    public IReadOnlyList<FormatOption> Options => BibframeFormatOptions.All;

    public bool Recognises(string head) => head.Contains(BibframeTerms.Bf, StringComparison.Ordinal);

    /// <summary>The id.loc.gov terms (relators, content types, languages, organizations...) each record describes in passing.</summary>
    public bool IsSharedTerm(Iri iri) => iri.Value.StartsWith("http://id.loc.gov/", StringComparison.Ordinal);

    public bool IsRecordRoot(Triple triple) => triple.Subject is Iri && triple.Predicate.Value == InstanceOf;
}
