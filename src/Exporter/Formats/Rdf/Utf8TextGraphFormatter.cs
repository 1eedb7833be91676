using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;

namespace Exporter.Formats.Rdf;

/// <summary>
/// A graph formatter for the text syntaxes (Turtle, N-Triples, JSON-LD), which lay a graph out as text: the text goes
/// into a reused buffer, then is transcoded straight into the output, committing nothing unless all of it is valid
/// Unicode (a lone surrogate is refused, LD0101). The buffer and encoder are this formatter's scratch: one per worker.
/// </summary>
internal abstract class Utf8TextGraphFormatter : IRdfGraphFormatter
{
    private const int MaxKeptCapacity = 1 << 20;
    private readonly Encoder _utf8 = RdfTextOutput.Encoding.GetEncoder();
    private StringBuilder _text = new(1 << 14);

    /// <inheritdoc />
    public void Write(RdfGraph graph, long graphOrdinal, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        _text.Clear();
        Append(_text, graph, graphOrdinal);
        Transcode(_text, output);
        if (_text.Capacity > MaxKeptCapacity) _text = new StringBuilder(1 << 14);
    }

    /// <summary>Appends the graph's text, blank nodes labelled for graph <paramref name="graphOrdinal"/>.</summary>
    protected abstract void Append(StringBuilder text, RdfGraph graph, long graphOrdinal);

    /// <summary>Transcodes <paramref name="text"/> into <paramref name="output"/>; a lone surrogate throws LD0101 (message from <see cref="Encoding.GetBytes(string)"/>).</summary>
    private void Transcode(StringBuilder text, IBufferWriter<byte> output)
    {
        var utf8 = RdfTextOutput.Encoding;
        try
        {
            StringBuilderUtf8.Write(text, output, utf8, _utf8);
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
