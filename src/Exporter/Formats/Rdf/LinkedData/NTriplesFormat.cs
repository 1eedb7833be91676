using Exporter.Formats.Rdf.NTriples;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>RDF N-Triples of the schema.org graph (docs/formats/rdf-syntax.md): one triple per line, records one after another.</summary>
public sealed class NTriplesFormat : IRecordFormat
{
    /// <inheritdoc />
    public string Name => "ntriples";

    /// <inheritdoc />
    public string Description => "RDF N-Triples of the schema.org graph, one triple per line";

    /// <inheritdoc />
    public string MediaType => "application/n-triples";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".nt"];

    /// <inheritdoc />
    public bool CanRead => true;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => LinkedDataSniffing.LooksLikeTriples(LinkedDataSniffing.Text(head)) ? 60 : 0;

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options) => StreamedRdfReader.NTriples(input, options);

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options) =>
        new LinkedDataEncoder(options, "", "", "", (Action<RdfGraph, long, System.Text.StringBuilder>)((graph, ordinal, text) => new NTriplesTripleFormatter().AppendGraph(text, graph, ordinal)));
}
