using System.Text.RegularExpressions;
using Exporter.Formats.Rdf.RdfXml;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// RDF/XML as a record syntax: <c>rdf:RDF</c> declaring the vocabulary's namespaces (where
/// <see cref="RdfXmlWriterOptions"/> keep the default prefixes), then each record's node elements; read whole and split
/// into records (<see cref="RdfXmlRecordReader"/>).
/// </summary>
internal sealed partial class RdfXmlSyntax : IRdfSyntax
{
    public static readonly RdfXmlSyntax Instance = new();

    public RdfSyntaxKind Kind => RdfSyntaxKind.RdfXml;

    public string MediaType => "application/rdf+xml";

    public bool CanRead => true;

    /// <summary>95 for XML whose document element is <c>rdf:RDF</c> (any prefix) in the RDF namespace, 50 for other XML declaring that namespace.</summary>
    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = LinkedDataSniffing.Text(head);
        if (!text.StartsWith('<') || !text.Contains(RdfNames.RdfNamespace, StringComparison.Ordinal)) return 0;
        return RdfRoot().IsMatch(text) ? 95 : 50;
    }

    public RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary)
    {
        var xml = options.Formats.Get<RdfXmlWriterOptions>();
        if (xml.Prefixes == RdfXmlWriterOptions.DefaultPrefixes) xml = xml with { Prefixes = [.. vocabulary.Namespaces.Select(n => new RdfXmlPrefix(n.Prefix, n.Iri))] };
        return new RdfDocumentLayout(RdfXmlWriter.DocumentStart(xml), "", RdfXmlWriter.DocumentEnd, () => new RdfXmlGraphFormatter(new RdfXmlNamespaces(xml)));
    }

    public ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) => new RdfXmlRecordReader(input, options, vocabulary);

    /// <summary>The first element, after the XML declaration, comments and processing instructions, is <c>RDF</c> or <c>prefix:RDF</c>.</summary>
    [GeneratedRegex(@"^(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?RDF[\s/>]", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RdfRoot();
}
