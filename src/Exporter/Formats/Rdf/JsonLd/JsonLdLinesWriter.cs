namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Writes RDF graphs as JSON Lines ("ndjson-ld"): one compact JSON-LD document per record and line, each with its
/// own context and blank node labels. An empty input gives an empty file.
/// </summary>
public sealed class JsonLdLinesWriter : IDisposable
{
    private readonly JsonLdOutput _output;
    private long _recordIndex;
    private bool _completed;

    /// <summary>Creates a writer on a stream (UTF-8, no BOM, LF after every line).</summary>
    public JsonLdLinesWriter(Stream output, JsonLdWriterOptions? options = null)
    {
        _output = new JsonLdOutput(output, options);
    }

    /// <summary>Writes one record's graph as one line. A graph that cannot be written throws before any of it is written.</summary>
    public void WriteGraph(RdfGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (_completed) throw new InvalidOperationException("the writer is complete");
        _output.Emitter.Prepare(graph, _recordIndex++);
        _output.Emitter.ResetLabels();
        using var json = _output.CreateJsonWriter(JsonLdIndentation.None);
        json.WriteStartObject();
        _output.WriteContext(json);
        json.WritePropertyName("@graph");
        json.WriteStartArray();
        _output.Emitter.Write(json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        _output.Text.Write('\n');
    }

    /// <summary>Flushes everything written.</summary>
    public void Complete()
    {
        _completed = true;
        _output.Text.Flush();
    }

    /// <summary>Flushes and releases the stream (unless LeaveOpen).</summary>
    public void Dispose() => _output.Dispose();
}
