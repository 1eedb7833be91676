using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Encodes hub records in an RDF syntax: each record through the schema.org crosswalk (IRIs minted under
/// <see cref="WriteOptions.BaseUri"/>) to one graph, which the syntax encodes alone, its blank nodes labelled with
/// the record's ordinal so labels stay unique in the document. Stateless per record (safe on several threads).
/// </summary>
public sealed class LinkedDataEncoder : IRecordEncoder
{
    private readonly SchemaOrgCrosswalk _crosswalk;
    private readonly string _header;
    private readonly string _separator;
    private readonly string _footer;
    private readonly Func<RdfGraph, long, string> _encode;

    /// <summary>
    /// Creates the encoder: <paramref name="encode"/> turns a graph and its 1-based ordinal into text; the envelope
    /// strings go before, between and after the records.
    /// </summary>
    public LinkedDataEncoder(WriteOptions options, string header, string separator, string footer, Func<RdfGraph, long, string> encode)
    {
        ArgumentNullException.ThrowIfNull(options);
        _crosswalk = new SchemaOrgCrosswalk(options.BaseUri);
        _header = header;
        _separator = separator;
        _footer = footer;
        _encode = encode;
    }

    /// <summary>The record's graph, as this encoder writes it.</summary>
    public RdfGraph Graph(ReadResult record, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _crosswalk.FromCatalog(record.GetCatalog(diagnostics), diagnostics);
    }

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output) => output.WriteUtf8(_header);

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output) => output.WriteUtf8(_separator);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output) => output.WriteUtf8(_footer);

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        var text = _encode(Graph(record, diagnostics), ordinal + 1);
        var utf8 = RdfTextOutput.Encoding;
        try
        {
            output.WriteBytes(utf8.GetBytes(text));
        }
        catch (System.Text.EncoderFallbackException ex)
        {
            throw new RecordWriteException(new Diagnostic("LD0101", Severity.Error, "a string is not valid Unicode (lone surrogate) and cannot be written as UTF-8: " + ex.Message));
        }
    }
}
