using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// RDF/XML as a record syntax, written only for now: <c>rdf:RDF</c> declaring the vocabulary's namespaces (where
/// <see cref="RdfXmlWriterOptions"/> keep the default prefixes), then each record's node elements.
/// </summary>
internal sealed class RdfXmlSyntax : IRdfSyntax
{
    public static readonly RdfXmlSyntax Instance = new();

    public string MediaType => "application/rdf+xml";

    public bool CanRead => false;

    public int Sniff(ReadOnlySpan<byte> head) => 0;

    public RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary)
    {
        var xml = options.Formats.Get<RdfXmlWriterOptions>();
        if (xml.Prefixes == RdfXmlWriterOptions.DefaultPrefixes) xml = xml with { Prefixes = [.. vocabulary.Namespaces.Select(n => new RdfXmlPrefix(n.Prefix, n.Iri))] };
        return new RdfDocumentLayout(RdfXmlWriter.DocumentStart(xml), "", RdfXmlWriter.DocumentEnd, () => new RdfXmlGraphFormatter(new RdfXmlNamespaces(xml)));
    }

    public ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) =>
        throw new NotSupportedException("RDF/XML is not read as records yet");
}
