using System.Text;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Writes pretty, deterministic Turtle, streaming: <see cref="WriteHeader"/> once (@base, then every configured
/// prefix in order), then <see cref="WriteGraph"/> per record (memory bounded by one graph), then
/// <see cref="Complete"/>. Blank node labels carry the graph ordinal (<c>_:g{graph}b{n}</c>) so they stay unique
/// in the document. <see cref="Encode"/> formats one graph alone, e.g. on worker threads of a parallel batch.
/// </summary>
public sealed class TurtleWriter : IDisposable
{
    private readonly RdfTextOutput _output;
    private readonly TurtleWriterOptions _options;
    private readonly TurtleGraphFormatter _formatter;
    private bool _headerWritten;

    /// <summary>Writes to a text writer the caller owns.</summary>
    public TurtleWriter(TextWriter output, TurtleWriterOptions? options = null)
    {
        _output = new RdfTextOutput(output);
        _options = options ?? TurtleWriterOptions.Default;
        _formatter = new TurtleGraphFormatter(new TurtleTermFormatter(_options));
    }

    /// <summary>Writes UTF-8 (no BOM) to a stream.</summary>
    public TurtleWriter(Stream output, TurtleWriterOptions? options = null)
    {
        _options = options ?? TurtleWriterOptions.Default;
        _output = new RdfTextOutput(output, _options.LeaveOpen);
        _formatter = new TurtleGraphFormatter(new TurtleTermFormatter(_options));
    }

    /// <summary>Graphs written so far.</summary>
    public long GraphCount => _output.GraphCount;

    /// <summary>Triples written so far.</summary>
    public long TripleCount => _output.TripleCount;

    /// <summary>The header alone (@base and @prefix lines, then a blank line).</summary>
    public static string EncodeHeader(TurtleWriterOptions? options = null)
    {
        var sb = new StringBuilder();
        TurtleTermFormatter.AppendHeader(sb, options ?? TurtleWriterOptions.Default);
        return sb.ToString();
    }

    /// <summary>One graph's statements without header, its blank nodes labelled for graph <paramref name="graphOrdinal"/>.</summary>
    public static string Encode(RdfGraph graph, TurtleWriterOptions? options = null, long graphOrdinal = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sb = new StringBuilder(graph.Count * 64);
        new TurtleGraphFormatter(new TurtleTermFormatter(options ?? TurtleWriterOptions.Default)).AppendGraph(sb, graph, graphOrdinal);
        return sb.ToString();
    }

    /// <summary><see cref="Encode"/> as UTF-8 bytes (no BOM).</summary>
    public static byte[] EncodeUtf8(RdfGraph graph, TurtleWriterOptions? options = null, long graphOrdinal = 1) =>
        RdfTextOutput.Encoding.GetBytes(Encode(graph, options, graphOrdinal));

    /// <summary>A whole document holding one graph: header and statements.</summary>
    public static string EncodeDocument(RdfGraph graph, TurtleWriterOptions? options = null) =>
        EncodeHeader(options) + Encode(graph, options);

    /// <summary>Writes the header; later calls do nothing.</summary>
    public void WriteHeader()
    {
        if (_headerWritten) return;
        _output.Write(EncodeHeader(_options));
        _headerWritten = true;
    }

    /// <summary>Writes one graph (writing the header first if it was not).</summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        WriteHeader();
        _formatter.AppendGraph(_output.BeginGraph(), graph, GraphCount + 1);
        _output.EndGraph(graph.Count);
    }

    /// <summary>
    /// Writes a graph made by <see cref="Encode"/> with the same options (e.g. on another thread, with ordinal
    /// <see cref="GraphCount"/> + 1); counts it as one graph.
    /// </summary>
    public void WriteEncodedGraph(string encoded, int tripleCount)
    {
        WriteHeader();
        _output.WriteEncodedGraph(encoded, tripleCount);
    }

    /// <summary>Ends the document (an empty one still gets its header) and flushes.</summary>
    public void Complete()
    {
        WriteHeader();
        _output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
