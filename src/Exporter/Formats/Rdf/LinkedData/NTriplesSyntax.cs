using Exporter.Formats.Rdf.NTriples;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>N-Triples as a record syntax: no envelope, one triple per line, records one after another; read line by line, grouped by record.</summary>
internal sealed class NTriplesSyntax : IRdfSyntax
{
    public static readonly NTriplesSyntax Instance = new();

    public RdfSyntaxKind Kind => RdfSyntaxKind.NTriples;

    public string MediaType => "application/n-triples";

    public bool CanRead => true;

    public int Sniff(ReadOnlySpan<byte> head) => LinkedDataSniffing.LooksLikeTriples(LinkedDataSniffing.Text(head)) ? 60 : 0;

    public RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary) =>
        new("", "", "", () => new NTriplesRecordFormatter());

    public InputSlicing? Slicing(ILinkedDataVocabulary vocabulary) => new NTriplesSlicing(vocabulary);

    public ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) => StreamedRdfReader.NTriples(input, options, vocabulary);
}
