using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Encodes records as one vocabulary in one RDF syntax: each record through the vocabulary
/// (<see cref="ILinkedDataVocabulary.ToGraph(ReadResult, WriteOptions, IDiagnostics, RdfGraph)"/>, into a graph of its own that it reuses) to one graph, which the syntax's graph formatter writes alone, its
/// blank nodes labelled with the record's 1-based ordinal so labels stay unique in the document. The formatter is
/// this encoder's scratch: the pipeline encodes with <see cref="ForWorker"/> copies, one thread each at a time.
/// </summary>
internal sealed class LinkedDataEncoder : IRecordEncoder, IContentIdMinter
{
    private readonly ILinkedDataVocabulary _vocabulary;
    private readonly WriteOptions _options;
    private readonly RdfDocumentLayout _layout;
    private readonly IRdfGraphFormatter _formatter;

    /// <summary>The graph <see cref="Encode"/> lets the vocabulary build each record into (written at once, then reused).</summary>
    private readonly RdfGraph _scratch = new();

    /// <summary>Creates the encoder of <paramref name="vocabulary"/> laid out by <paramref name="layout"/>.</summary>
    public LinkedDataEncoder(ILinkedDataVocabulary vocabulary, WriteOptions options, RdfDocumentLayout layout)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        _vocabulary = vocabulary;
        _options = options;
        _layout = layout;
        _formatter = layout.CreateFormatter();
    }

    /// <summary>The record's graph, as this encoder writes it.</summary>
    public RdfGraph Graph(ReadResult record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _vocabulary.ToGraph(record, _options, diagnostics);
    }

    /// <summary>True: record IRIs are minted from the record's id, so repeated ids must be told apart (<see cref="ReadResult.Repeat"/>).</summary>
    public bool MintsIrisFromRecordId => true;

    /// <summary>The vocabulary's name: encoders of one vocabulary mint the same ids, whatever their syntax.</summary>
    public string MintScope => _vocabulary.Name;

    /// <summary>The id the vocabulary mints a record without id's IRIs from (<see cref="ILinkedDataVocabulary.ContentId"/>).</summary>
    public string? ContentId(ReadResult record) => _vocabulary.ContentId(record, _options);

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output) => _layout.WriteHeader(output);

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output) => _layout.WriteSeparator(output);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output) => _layout.WriteFooter(output);

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        _formatter.Write(_vocabulary.ToGraph(record, _options, diagnostics, _scratch), ordinal + 1, output);
    }

    /// <summary>A copy with a graph formatter of its own (same vocabulary, options and envelope).</summary>
    public IRecordEncoder ForWorker() => new LinkedDataEncoder(_vocabulary, _options, _layout);
}
