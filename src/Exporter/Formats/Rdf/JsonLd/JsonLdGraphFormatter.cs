using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// JSON-LD's graph formatter, the one write path of the codec: one graph's node objects (compact form, against the
/// options' context) as elements of the <c>@graph</c> array that <see cref="Header"/> opens, joined by
/// <see cref="Separator"/> and closed by <see cref="Footer"/>. The record encoder, <see cref="JsonLdWriter"/> and
/// <see cref="JsonLdLinesWriter"/> are shells over it. Keeps its compactor caches between graphs: one per worker.
/// </summary>
internal sealed class JsonLdGraphFormatter : Utf8TextGraphFormatter
{
    /// <summary>What goes between two non-empty graphs.</summary>
    public const string Separator = ",";

    private readonly JsonLdWriterOptions _options;
    private readonly JsonLdBlankNodeLabels _labels;
    private readonly JsonLdGraphEmitter _emitter;

    /// <summary>Creates a formatter; throws <see cref="ArgumentException"/> for options that cannot be written.</summary>
    public JsonLdGraphFormatter(JsonLdWriterOptions options, JsonLdBlankNodeLabels labels = JsonLdBlankNodeLabels.PerGraph)
    {
        Validate(options);
        _options = options;
        _labels = labels;
        _emitter = new JsonLdGraphEmitter(options.Context);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="options"/> name no context to write.</summary>
    public static void Validate(JsonLdWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ContextMode == JsonLdContextMode.Reference && string.IsNullOrEmpty(options.ContextUrl))
            throw new ArgumentException("JsonLdContextMode.Reference needs JsonLdWriterOptions.ContextUrl", nameof(options));
        if (options.ContextMode == JsonLdContextMode.Inline && options.Context.Source is null)
            throw new ArgumentException("the context has no JSON to embed (build it with JsonLdContext.Parse)", nameof(options));
    }

    /// <summary>The opening of the document: the context and the start of <c>@graph</c>.</summary>
    public static string Header(JsonLdWriterOptions options)
    {
        var sb = new StringBuilder();
        using (var text = new StringWriter(sb, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = CreateJsonWriter(text, options.Indentation))
        {
            json.WriteStartObject();
            WriteContext(json, options);
            json.WritePropertyName("@graph");
            json.WriteStartArray();
            json.Flush();
        }

        return sb.ToString();
    }

    /// <summary>The end of <c>@graph</c> and of the document, with a final newline, after at least one node.</summary>
    public static string Footer(JsonLdWriterOptions options) => options.Indentation == JsonLdIndentation.Indented ? "\n  ]\n}\n" : "]}\n";

    /// <summary>The end of a document whose <c>@graph</c> stayed empty (<c>[]</c>, as a JSON writer closes an empty array).</summary>
    public static string EmptyFooter(JsonLdWriterOptions options) => options.Indentation == JsonLdIndentation.Indented ? "]\n}\n" : "]}\n";

    /// <summary>Writes <c>"@context": …</c> as <paramref name="options"/> say (the inline object or the URL).</summary>
    public static void WriteContext(JsonWriter writer, JsonLdWriterOptions options)
    {
        writer.WritePropertyName("@context");
        if (options.ContextMode == JsonLdContextMode.Reference) writer.WriteValue(options.ContextUrl);
        else options.Context.Source!.WriteTo(writer);
    }

    /// <summary>A JSON writer over <paramref name="text"/> with the codec's settings.</summary>
    public static JsonTextWriter CreateJsonWriter(TextWriter text, JsonLdIndentation indentation) =>
        new(text)
        {
            Formatting = indentation == JsonLdIndentation.Indented ? Formatting.Indented : Formatting.None,
            Indentation = 2,
            CloseOutput = false,
            AutoCompleteOnClose = false,
            StringEscapeHandling = StringEscapeHandling.Default,
        };

    /// <summary>
    /// Appends the node objects (nothing for an empty graph) as a JSON writer would inside a <c>{"@graph": [</c> opening
    /// (<see cref="JsonLdTextWriter"/>). Plans the whole graph first: a graph that cannot be written throws
    /// <see cref="Diagnostics.RecordWriteException"/> before anything is appended.
    /// </summary>
    protected override void Append(StringBuilder text, RdfGraph graph, long graphOrdinal)
    {
        _emitter.Prepare(graph, graphOrdinal);
        if (_labels == JsonLdBlankNodeLabels.PerGraph) _emitter.ResetLabels("_:g" + graphOrdinal.ToString(CultureInfo.InvariantCulture) + "b");
        else if (_labels == JsonLdBlankNodeLabels.PerLine) _emitter.ResetLabels();
        _emitter.Write(new JsonLdTextWriter(text, _options.Indentation));
    }
}
