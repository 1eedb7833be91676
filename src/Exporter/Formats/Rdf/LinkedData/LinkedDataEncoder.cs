using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Encodes hub records in an RDF syntax: each record through the schema.org crosswalk (IRIs minted under
/// <see cref="WriteOptions.BaseUri"/>) to one graph, which the syntax encodes alone, its blank nodes labelled with
/// the record's ordinal so labels stay unique in the document. Stateless per record (safe on several threads).
/// </summary>
internal sealed class LinkedDataEncoder : IRecordEncoder
{
    private readonly SchemaOrgCrosswalk _crosswalk;
    private readonly string _header;
    private readonly string _separator;
    private readonly string _footer;
    private readonly Action<RdfGraph, long, StringBuilder> _append;

    /// <summary>This thread's text buffer, kept between records (encoders run on several threads at once).</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    [ThreadStatic]
    private static Encoder? t_utf8;

    /// <summary>
    /// Creates the encoder: <paramref name="encode"/> turns a graph and its 1-based ordinal into text; the envelope
    /// strings go before, between and after the records.
    /// </summary>
    public LinkedDataEncoder(WriteOptions options, string header, string separator, string footer, Func<RdfGraph, long, string> encode)
        : this(options, header, separator, footer, (graph, ordinal, text) => text.Append(encode(graph, ordinal)))
    {
    }

    /// <summary>As the public constructor, but <paramref name="append"/> appends the graph's text to a reused buffer.</summary>
    internal LinkedDataEncoder(WriteOptions options, string header, string separator, string footer, Action<RdfGraph, long, StringBuilder> append)
    {
        ArgumentNullException.ThrowIfNull(options);
        _crosswalk = new SchemaOrgCrosswalk(options.BaseUri);
        _header = header;
        _separator = separator;
        _footer = footer;
        _append = append;
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
        var graph = Graph(record, diagnostics);
        var text = t_text ?? new StringBuilder(1 << 14);
        t_text = null;
        text.Clear();
        _append(graph, ordinal + 1, text);
        WriteUtf8(text, output);
        if (text.Capacity <= 1 << 20) t_text = text;
    }

    /// <summary>
    /// Transcodes the buffer straight into <paramref name="output"/>, committing nothing unless all of it is valid
    /// Unicode; a lone surrogate is reported as before (message from <see cref="Encoding.GetBytes(string)"/>).
    /// </summary>
    private static void WriteUtf8(StringBuilder text, IBufferWriter<byte> output)
    {
        var utf8 = RdfTextOutput.Encoding;
        try
        {
            StringBuilderUtf8.Write(text, output, utf8, t_utf8 ??= utf8.GetEncoder());
        }
        catch (EncoderFallbackException)
        {
            try
            {
                utf8.GetBytes(text.ToString());
            }
            catch (EncoderFallbackException ex)
            {
                throw new RecordWriteException(new Diagnostic("LD0101", Severity.Error, "a string is not valid Unicode (lone surrogate) and cannot be written as UTF-8: " + ex.Message));
            }

            throw;
        }
    }
}
