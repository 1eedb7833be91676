using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// A linked-data format: one RDF vocabulary (schema.org, BIBFRAME) in one RDF syntax (JSON-LD, Turtle, N-Triples,
/// RDF/XML). Writing maps each record to a graph with the vocabulary and lays it out with the syntax; reading parses
/// with the syntax, groups the triples into records and maps each with the vocabulary. A new vocabulary or syntax is
/// one registration line per pair (see docs/architecture.md).
/// </summary>
public class LinkedDataFormat : IRecordFormat
{
    private readonly ILinkedDataVocabulary _vocabulary;
    private readonly IRdfSyntax _syntax;

    /// <summary>Creates the format <paramref name="name"/>: <paramref name="vocabulary"/> written in <paramref name="syntax"/>.</summary>
    internal LinkedDataFormat(string name, string description, IReadOnlyList<string> extensions, ILinkedDataVocabulary vocabulary, IRdfSyntax syntax)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(syntax);
        Name = name;
        Description = description;
        Extensions = extensions;
        _vocabulary = vocabulary;
        _syntax = syntax;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string MediaType => _syntax.MediaType;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; }

    /// <inheritdoc />
    public bool CanRead => _syntax.CanRead;

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <inheritdoc />
    public int Sniff(ReadOnlySpan<byte> head) => _syntax.CanRead ? _syntax.Sniff(head) : 0;

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options)
    {
        if (!_syntax.CanRead) throw new NotSupportedException($"format '{Name}' is written only");
        return _syntax.CreateReader(input, options, _vocabulary);
    }

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LinkedDataEncoder(_vocabulary, options, _syntax.CreateLayout(options, _vocabulary));
    }
}
