using Exporter.Formats.Rdf.Turtle;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Turtle as a record syntax: <c>@prefix</c> lines once in the header (the vocabulary's namespaces where
/// <see cref="TurtleWriterOptions"/> keep the default prefixes), then each record's subject blocks; read as a stream
/// of statements grouped by record (<see cref="StreamedRdfReader"/>).
/// </summary>
internal sealed class TurtleSyntax : IRdfSyntax
{
    public static readonly TurtleSyntax Instance = new();

    public RdfSyntaxKind Kind => RdfSyntaxKind.Turtle;

    public string MediaType => "text/turtle";

    public bool CanRead => true;

    public int Sniff(ReadOnlySpan<byte> head)
    {
        var text = LinkedDataSniffing.Text(head);
        if (text.StartsWith("@prefix", StringComparison.Ordinal) || text.StartsWith("@base", StringComparison.Ordinal)
            || text.StartsWith("PREFIX", StringComparison.OrdinalIgnoreCase) || text.StartsWith("BASE", StringComparison.OrdinalIgnoreCase)) return 90;
        return LinkedDataSniffing.LooksLikeTriples(text) ? 40 : 0;
    }

    public RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary)
    {
        var turtle = options.Formats.Get<TurtleWriterOptions>();
        if (turtle.Prefixes == TurtleWriterOptions.DefaultPrefixes) turtle = turtle with { Prefixes = [.. vocabulary.Namespaces.Select(n => new TurtlePrefix(n.Prefix, n.Iri))] };
        return new RdfDocumentLayout(TurtleWriter.EncodeHeader(turtle), "", "", () => new TurtleRecordFormatter(turtle));
    }

    public ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary) => StreamedRdfReader.Turtle(input, options, vocabulary);
}
