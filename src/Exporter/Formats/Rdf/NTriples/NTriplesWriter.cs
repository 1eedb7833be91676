using System.Text;

namespace Exporter.Formats.Rdf.NTriples;

/// <summary>
/// Writes RDF 1.1 N-Triples, one graph (one record) at a time: one triple per line in the graph's order,
/// <c>"\n"</c> line ends, strings escaped as <c>\t \n \r \" \\</c> and <c>\uXXXX</c> for other control characters,
/// IRIs as they are (an IRI that is relative or holds a character IRIs forbid throws), language tags as stored, blank nodes relabelled
/// <c>_:g{graph}b{n}</c> (graph = 1-based ordinal in the document) so labels never collide across graphs.
/// </summary>
public sealed class NTriplesWriter : IDisposable
{
    private readonly RdfTextOutput _output;
    private readonly NTriplesTripleFormatter _formatter = new();

    /// <summary>Writes to a text writer the caller owns.</summary>
    public NTriplesWriter(TextWriter output) => _output = new RdfTextOutput(output);

    /// <summary>Writes UTF-8 (no BOM) to a stream.</summary>
    public NTriplesWriter(Stream output, NTriplesWriterOptions? options = null) =>
        _output = new RdfTextOutput(output, (options ?? NTriplesWriterOptions.Default).LeaveOpen);

    /// <summary>Graphs written so far.</summary>
    public long GraphCount => _output.GraphCount;

    /// <summary>Triples written so far.</summary>
    public long TripleCount => _output.TripleCount;

    /// <summary>Encodes one graph as N-Triples text, labelling blank nodes for graph number <paramref name="graphOrdinal"/>.</summary>
    public static string Encode(RdfGraph graph, long graphOrdinal = 1)
    {
        var sb = new StringBuilder(graph.Count * 96);
        new NTriplesTripleFormatter().AppendGraph(sb, graph, graphOrdinal);
        return sb.ToString();
    }

    /// <summary><see cref="Encode"/> as UTF-8 bytes (no BOM), for parallel batches.</summary>
    public static byte[] EncodeUtf8(RdfGraph graph, long graphOrdinal = 1) => RdfTextOutput.Encoding.GetBytes(Encode(graph, graphOrdinal));

    /// <summary>Writes one graph; its blank nodes get labels of the next graph ordinal.</summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _formatter.AppendGraph(_output.BeginGraph(), graph, GraphCount + 1);
        _output.EndGraph(graph.Count);
    }

    /// <summary>Writes a graph already made by <see cref="Encode"/> (e.g. on another thread); counts it as one graph.</summary>
    public void WriteEncodedGraph(string encoded, int tripleCount) => _output.WriteEncodedGraph(encoded, tripleCount);

    /// <summary>Ends the document (N-Triples has no envelope) and flushes.</summary>
    public void Complete() => _output.Flush();

    /// <inheritdoc />
    public void Dispose() => _output.Dispose();
}
