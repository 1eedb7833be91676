using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Writes RDF graphs as JSON Lines ("ndjson-ld"): one compact JSON-LD document per record and line, each with its
/// own context and blank node labels. An empty input gives an empty file. A shell over the codec's graph formatter.
/// </summary>
public sealed class JsonLdLinesWriter : IDisposable
{
    private readonly Stream _output;
    private readonly JsonLdWriterOptions _options;
    private readonly JsonLdGraphFormatter _formatter;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private readonly byte[] _start;
    private readonly byte[] _end;
    private long _recordIndex;
    private bool _completed;
    private bool _disposed;

    /// <summary>Creates a writer on a stream (UTF-8, no BOM, LF after every line).</summary>
    public JsonLdLinesWriter(Stream output, JsonLdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? JsonLdWriterOptions.Default;
        var line = _options with { Indentation = JsonLdIndentation.None };
        _formatter = new JsonLdGraphFormatter(line, JsonLdBlankNodeLabels.PerLine);
        _start = Encoding.UTF8.GetBytes(JsonLdGraphFormatter.Header(line));
        _end = Encoding.UTF8.GetBytes(JsonLdGraphFormatter.Footer(line));
    }

    /// <summary>Writes one record's graph as one line. A graph that cannot be written throws before any of it is written.</summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (_completed) throw new InvalidOperationException("the writer is complete");
        _buffer.ResetWrittenCount();
        _formatter.Write(graph, _recordIndex++, _buffer);
        _output.Write(_start);
        _output.Write(_buffer.WrittenSpan);
        _output.Write(_end);
    }

    /// <summary>Flushes everything written.</summary>
    public void Complete()
    {
        _completed = true;
        _output.Flush();
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _output.Flush();
        if (!_options.LeaveOpen) _output.Dispose();
    }
}
