using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// An RDF syntax (JSON-LD, Turtle, N-Triples, RDF/XML) as a record format uses it: it writes graphs, one per record,
/// in a document envelope, and reads a document back as one graph per record. It knows nothing of any vocabulary but
/// what <see cref="ILinkedDataVocabulary"/> offers (namespaces, context, what makes a record).
/// </summary>
internal interface IRdfSyntax
{
    /// <summary>Which syntax this is.</summary>
    RdfSyntaxKind Kind { get; }

    /// <summary>IANA media type.</summary>
    string MediaType { get; }

    /// <summary>True when the syntax has a reader.</summary>
    bool CanRead { get; }

    /// <summary>How sure (0-100) the syntax is that the input starting with <paramref name="head"/> is its own.</summary>
    int Sniff(ReadOnlySpan<byte> head);

    /// <summary>The envelope and graph formatters of one output, from <paramref name="options"/> and the vocabulary's namespaces and context.</summary>
    RdfDocumentLayout CreateLayout(WriteOptions options, ILinkedDataVocabulary vocabulary);

    /// <summary>How documents of this syntax, of records of <paramref name="vocabulary"/>, are cut into slices for sharded
    /// runs; null (the default) when a document is read whole.</summary>
    InputSlicing? Slicing(ILinkedDataVocabulary vocabulary) => null;

    /// <summary>A reader of records in this syntax, grouped and mapped by <paramref name="vocabulary"/>; it owns <paramref name="input"/>.</summary>
    ICatalogReader CreateReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary);
}
