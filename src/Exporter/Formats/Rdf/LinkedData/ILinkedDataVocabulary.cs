using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// An RDF vocabulary crosswalk (schema.org, BIBFRAME): records to one RDF graph each and back. It knows nothing of
/// syntaxes; an <see cref="IRdfSyntax"/> writes and reads the graphs, and a <see cref="LinkedDataFormat"/> is one
/// vocabulary in one syntax. Implementations are stateless (thread-safe). Record IRIs share one document IRI per
/// record (the part before '#'), which is how readers group a stream of triples into records.
/// </summary>
internal interface ILinkedDataVocabulary
{
    /// <summary>The vocabulary's name in format descriptions ("schema.org").</summary>
    string Name { get; }

    /// <summary>
    /// Namespaces the abbreviating syntaxes declare (Turtle <c>@prefix</c>, RDF/XML <c>xmlns</c>), in order, where the
    /// writer options leave the syntax's defaults.
    /// </summary>
    ImmutableArray<RdfNamespace> Namespaces { get; }

    /// <summary>
    /// Sniffing: true when the head of a document (as text, any syntax) names this vocabulary's own namespace, so that
    /// of formats of one syntax the one of the data's vocabulary wins (<see cref="LinkedDataFormat.Sniff"/>).
    /// </summary>
    bool Recognises(string head);

    /// <summary>The JSON-LD context to compact with, where the writer options leave the default.</summary>
    JsonLdContext JsonLdContext { get; }

    /// <summary>
    /// Writing: one record's graph, its IRIs minted under <see cref="WriteOptions.BaseUri"/>. A crosswalk that goes
    /// straight from a format's own model asks <paramref name="record"/> for it (<see cref="ReadResult.TryGetSource{TRecord}"/>),
    /// else maps the hub record (<see cref="ReadResult.GetCatalog"/>). Throws <see cref="RecordWriteException"/> when
    /// the record cannot be written in this vocabulary.
    /// </summary>
    RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics);

    /// <summary>
    /// Writing, as <see cref="ToGraph(ReadResult, WriteOptions, IDiagnostics)"/>, for an encoder that writes the graph at
    /// once and then drops it: a vocabulary may build into <paramref name="scratch"/> (emptying it first) and return it,
    /// so that one graph's storage serves record after record; the default ignores it.
    /// </summary>
    RdfGraph ToGraph(ReadResult record, WriteOptions options, IDiagnostics diagnostics, RdfGraph scratch) => ToGraph(record, options, diagnostics);

    /// <summary>
    /// Writing, before <see cref="ToGraph(ReadResult, WriteOptions, IDiagnostics)"/>: the id this vocabulary mints the IRIs of a record without
    /// <see cref="ReadResult.RecordId"/> from (a hash of its content), without a suffix, so that the pipeline tells
    /// two records with the same one apart (<see cref="IContentIdMinter"/>; <see cref="ToGraph(ReadResult, WriteOptions, IDiagnostics)"/> then appends
    /// <c>-</c> + <see cref="ReadResult.RepeatIn"/>'s suffix for <see cref="Name"/>). Reports nothing. Default: null,
    /// a vocabulary whose IRIs never come from a record's content.
    /// </summary>
    string? ContentId(ReadResult record, WriteOptions options) => null;

    /// <summary>False for a vocabulary written only (no <see cref="ToCatalog"/>): its formats then have no reader.</summary>
    bool CanRead => true;

    /// <summary>
    /// Reading: the graph of one record (as grouped by <see cref="IsRecordRoot"/>) as a hub record. Throws
    /// <see cref="RecordFormatException"/> when the graph holds no record of this vocabulary.
    /// </summary>
    CatalogRecord ToCatalog(RdfGraph graph, IDiagnostics diagnostics);

    /// <summary>
    /// Grouping: true for a triple that makes its IRI subject the root of a record (schema.org: the edition,
    /// <c>&lt;edition&gt; schema:exampleOfWork &lt;work&gt;</c>). A document with one such subject or none is one record.
    /// </summary>
    bool IsRecordRoot(Triple triple);

    /// <summary>
    /// Grouping: true for the IRI of a term of a shared vocabulary that each record describes in passing (BIBFRAME: an
    /// id.loc.gov relator, content type or language with its class and label). Statements about it belong to the
    /// record being read and never start a new one.
    /// </summary>
    bool IsSharedTerm(Iri iri) => false;

    /// <summary>The vocabulary's own writing options (BIBFRAME's --items), declared with the format's.</summary>
    IReadOnlyList<FormatOption> Options => [];
}
