using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// The pieces of one compact JSON-LD document (<c>{"@context": …, "@graph": [ … ]}</c>) for pipelines that encode
/// records on several threads and join them in order: <see cref="Header"/>, then each record's node objects from
/// <see cref="EncodeGraph"/> joined by <see cref="Separator"/>, then <see cref="Footer"/>. The result is the same
/// document <see cref="JsonLdWriter"/> writes, except that blank node labels carry the graph ordinal
/// (<c>_:g{ordinal}b{n}</c>) so that graphs encoded apart never share a label. Thread-safe.
/// </summary>
internal sealed class JsonLdFragmentEncoder
{
    private readonly JsonLdWriterOptions _options;
    private readonly ConcurrentBag<JsonLdGraphEmitter> _emitters = [];

    /// <summary>Creates the encoder; <see cref="JsonLdWriterOptions.LeaveOpen"/> is ignored.</summary>
    public JsonLdFragmentEncoder(JsonLdWriterOptions? options = null)
    {
        _options = options ?? JsonLdWriterOptions.Default;
        if (_options.ContextMode == JsonLdContextMode.Reference && string.IsNullOrEmpty(_options.ContextUrl))
            throw new ArgumentException("JsonLdContextMode.Reference needs JsonLdWriterOptions.ContextUrl", nameof(options));
        if (_options.ContextMode == JsonLdContextMode.Inline && _options.Context.Source is null)
            throw new ArgumentException("the context has no JSON to embed (build it with JsonLdContext.Parse)", nameof(options));
        Header = BuildHeader();
        Footer = _options.Indentation == JsonLdIndentation.Indented ? "\n  ]\n}\n" : "]}\n";
    }

    /// <summary>The opening of the document: the context and the start of <c>@graph</c>.</summary>
    public string Header { get; }

    /// <summary>What goes between two non-empty encoded graphs.</summary>
    public string Separator => ",";

    /// <summary>The end of <c>@graph</c> and of the document, with a final newline.</summary>
    public string Footer { get; }

    /// <summary>
    /// The node objects of one graph as elements of <c>@graph</c> (empty for an empty graph). Throws
    /// <see cref="Diagnostics.RecordWriteException"/> when the graph cannot be written.
    /// </summary>
    public string EncodeGraph(RdfGraph graph, long graphOrdinal)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!_emitters.TryTake(out var emitter)) emitter = new JsonLdGraphEmitter(_options.Context);
        try
        {
            return Encode(emitter, graph, graphOrdinal);
        }
        finally
        {
            _emitters.Add(emitter);
        }
    }

    /// <summary>Appends what <see cref="EncodeGraph"/> returns to <paramref name="sb"/>.</summary>
    internal void AppendGraph(RdfGraph graph, long graphOrdinal, StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!_emitters.TryTake(out var emitter)) emitter = new JsonLdGraphEmitter(_options.Context);
        try
        {
            Append(emitter, graph, graphOrdinal, sb);
        }
        finally
        {
            _emitters.Add(emitter);
        }
    }

    private string Encode(JsonLdGraphEmitter emitter, RdfGraph graph, long graphOrdinal)
    {
        var sb = new StringBuilder(graph.Count * 80);
        Append(emitter, graph, graphOrdinal, sb);
        return sb.ToString();
    }

    /// <summary>Writes the node objects inside a <c>{"@graph": [</c> opening (so indentation is right), then cuts it.</summary>
    private void Append(JsonLdGraphEmitter emitter, RdfGraph graph, long graphOrdinal, StringBuilder sb)
    {
        emitter.Prepare(graph, graphOrdinal);
        emitter.ResetLabels("_:g" + graphOrdinal.ToString(CultureInfo.InvariantCulture) + "b");
        var before = sb.Length;
        using (var text = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = JsonLdOutput.CreateJsonWriter(text, _options.Indentation))
        {
            json.WriteStartObject();
            json.WritePropertyName("@graph");
            json.WriteStartArray();
            var start = Flushed(json, sb);
            emitter.Write(json);
            json.Flush();
            sb.Remove(before, start - before);
        }
    }

    private static int Flushed(Newtonsoft.Json.JsonTextWriter json, StringBuilder sb)
    {
        json.Flush();
        return sb.Length;
    }

    private string BuildHeader()
    {
        var sb = new StringBuilder();
        using (var text = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = JsonLdOutput.CreateJsonWriter(text, _options.Indentation))
        {
            json.WriteStartObject();
            JsonLdOutput.WriteContext(json, _options);
            json.WritePropertyName("@graph");
            json.WriteStartArray();
            json.Flush();
        }

        return sb.ToString();
    }
}
