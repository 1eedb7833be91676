using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Writes RDF graphs as one compact JSON-LD document, <c>{"@context": …, "@graph": [ … ]}</c>, whose <c>@graph</c>
/// array grows record by record: <see cref="WriteHeader"/>, <see cref="WriteGraph"/> per record, <see cref="Complete"/>.
/// Memory does not grow with the number of records. Blank node labels are unique across the document. A shell over
/// the codec's graph formatter (the same bytes the <c>jsonld</c> format writes, but for blank node labels).
/// </summary>
public sealed class JsonLdWriter : IDisposable
{
    private readonly Stream _output;
    private readonly JsonLdWriterOptions _options;
    private readonly JsonLdGraphFormatter _formatter;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private State _state;
    private long _recordIndex;
    private bool _wroteNodes;
    private bool _disposed;

    /// <summary>Creates a writer on a stream (UTF-8, no BOM).</summary>
    public JsonLdWriter(Stream output, JsonLdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _options = options ?? JsonLdWriterOptions.Default;
        _formatter = new JsonLdGraphFormatter(_options, JsonLdBlankNodeLabels.PerDocument);
        _output = output;
    }

    private enum State
    {
        Created,
        Open,
        Completed,
    }

    /// <summary>Writes one graph as a whole document (header, graph, end) to a stream.</summary>
    public static void WriteDocument(RdfGraph graph, Stream output, JsonLdWriterOptions? options = null)
    {
        using var writer = new JsonLdWriter(output, (options ?? JsonLdWriterOptions.Default) with { LeaveOpen = true });
        writer.WriteGraph(graph);
        writer.Complete();
    }

    /// <summary>One graph as a whole document, as a string.</summary>
    public static string ToJson(RdfGraph graph, JsonLdWriterOptions? options = null)
    {
        using var ms = new MemoryStream();
        WriteDocument(graph, ms, options);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes the opening of the document (context and the start of <c>@graph</c>). Called by the first write if needed.</summary>
    public void WriteHeader()
    {
        if (_state != State.Created) throw new InvalidOperationException("the header was already written");
        Write(JsonLdGraphFormatter.Header(_options));
        _state = State.Open;
    }

    /// <summary>
    /// Appends the node objects of one record's graph. A graph that cannot be written throws
    /// <see cref="Diagnostics.RecordWriteException"/> before any of it is written; the document stays valid.
    /// </summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (_state == State.Completed) throw new InvalidOperationException("the document is complete");
        _buffer.ResetWrittenCount();
        _formatter.Write(graph, _recordIndex++, _buffer);
        if (_state == State.Created) WriteHeader();
        if (_buffer.WrittenCount == 0) return;
        if (_wroteNodes) Write(JsonLdGraphFormatter.Separator);
        _output.Write(_buffer.WrittenSpan);
        _wroteNodes = true;
    }

    /// <summary>Closes <c>@graph</c> and the document (an empty document when nothing was written) and flushes.</summary>
    public void Complete()
    {
        if (_state == State.Completed) return;
        if (_state == State.Created) WriteHeader();
        Write(_wroteNodes ? JsonLdGraphFormatter.Footer(_options) : JsonLdGraphFormatter.EmptyFooter(_options));
        _output.Flush();
        _state = State.Completed;
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen). Does not complete the document.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _output.Flush();
        if (!_options.LeaveOpen) _output.Dispose();
    }

    private void Write(string text) => _output.Write(Encoding.UTF8.GetBytes(text));
}
