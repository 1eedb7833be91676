using System.Buffers;
using System.Text;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Writes RDF/XML, streaming: the envelope (XML declaration, <c>rdf:RDF</c> with the namespaces of
/// <see cref="RdfXmlWriterOptions.Prefixes"/>) on the first graph or on <see cref="Complete"/>, then one graph (one
/// record) at a time, memory bounded by one graph, then <c>&lt;/rdf:RDF&gt;</c>. UTF-8 without BOM, LF line ends,
/// deterministic. Blank node labels carry the graph ordinal (<c>g{graph}b{n}</c>) so they stay unique in the
/// document. <see cref="Format(RdfGraph, IBufferWriter{byte}, RdfXmlWriterOptions, long)"/> writes one graph alone,
/// e.g. on worker threads of a parallel batch, for a caller that writes <see cref="DocumentStart"/> and
/// <see cref="DocumentEnd"/> itself.
/// </summary>
public sealed class RdfXmlWriter : IDisposable
{
    /// <summary>The closing tag of the document (with its line end).</summary>
    public const string DocumentEnd = "</rdf:RDF>\n";

    private readonly Stream _output;
    private readonly RdfXmlWriterOptions _options;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private readonly RdfXmlGraphFormatter _formatter;
    private bool _started;
    private bool _completed;
    private bool _disposed;

    /// <summary>Writes to <paramref name="output"/> (closed on dispose unless <see cref="RdfXmlWriterOptions.LeaveOpen"/>).</summary>
    public RdfXmlWriter(Stream output, RdfXmlWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? RdfXmlWriterOptions.Default;
        _formatter = new RdfXmlGraphFormatter(new RdfXmlNamespaces(_options));
    }

    /// <summary>Graphs written so far.</summary>
    public long GraphCount { get; private set; }

    /// <summary>Triples written so far.</summary>
    public long TripleCount { get; private set; }

    /// <summary>The XML declaration and the <c>rdf:RDF</c> start tag with every configured namespace (with its line end).</summary>
    public static string DocumentStart(RdfXmlWriterOptions? options = null)
    {
        var namespaces = new RdfXmlNamespaces(options ?? RdfXmlWriterOptions.Default);
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        var first = true;
        foreach (var prefix in namespaces.Declared)
        {
            if (!first) sb.Append("\n        ");
            first = false;
            sb.Append(prefix.Name.Length == 0 ? " xmlns=\"" : " xmlns:" + prefix.Name + "=\"");
            sb.Append(prefix.Namespace.Replace("&", "&amp;", StringComparison.Ordinal)).Append('"'); // checked: no other specials
        }

        return sb.Append(">\n").ToString();
    }

    /// <summary>
    /// Writes the node elements of one graph, as they appear inside <c>rdf:RDF</c>, as UTF-8 into
    /// <paramref name="output"/>, its blank nodes labelled for graph <paramref name="graphOrdinal"/> (thread-safe).
    /// Throws <see cref="Diagnostics.RecordWriteException"/>, with nothing written, when the graph cannot be written.
    /// </summary>
    public static void Format(RdfGraph graph, IBufferWriter<byte> output, RdfXmlWriterOptions? options = null, long graphOrdinal = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        new RdfXmlGraphFormatter(new RdfXmlNamespaces(options ?? RdfXmlWriterOptions.Default)).Write(output, graph, graphOrdinal);
    }

    /// <summary>A whole document holding one graph.</summary>
    public static string EncodeDocument(RdfGraph graph, RdfXmlWriterOptions? options = null)
    {
        var body = new ArrayBufferWriter<byte>();
        Format(graph, body, options);
        return DocumentStart(options) + Encoding.UTF8.GetString(body.WrittenSpan) + DocumentEnd;
    }

    /// <summary>Writes one graph (the envelope first if it was not written).</summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) throw new InvalidOperationException("the RDF/XML document is already complete");
        _buffer.ResetWrittenCount();
        _formatter.Write(_buffer, graph, GraphCount + 1);
        Start();
        _output.Write(_buffer.WrittenSpan);
        GraphCount++;
        TripleCount += graph.Count;
    }

    /// <summary>Closes the envelope and flushes. An empty input gives a valid, empty document. Idempotent.</summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed) return;
        Start();
        _output.Write(Encoding.UTF8.GetBytes(DocumentEnd));
        _output.Flush();
        _completed = true;
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen). Does not complete: call <see cref="Complete"/> first.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _output.Flush();
        if (!_options.LeaveOpen) _output.Dispose();
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        _output.Write(Encoding.UTF8.GetBytes(DocumentStart(_options)));
    }
}
