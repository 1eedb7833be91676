using System.Text;
using Newtonsoft.Json;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>What both JSON-LD writers share: the UTF-8 text writer, the JSON writer settings and the context entry.</summary>
internal sealed class JsonLdOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly JsonLdWriterOptions _options;

    public JsonLdOutput(Stream output, JsonLdWriterOptions? options)
    {
        ArgumentNullException.ThrowIfNull(output);
        _options = options ?? JsonLdWriterOptions.Default;
        if (_options.ContextMode == JsonLdContextMode.Reference && string.IsNullOrEmpty(_options.ContextUrl))
            throw new ArgumentException("JsonLdContextMode.Reference needs JsonLdWriterOptions.ContextUrl", nameof(options));
        if (_options.ContextMode == JsonLdContextMode.Inline && _options.Context.Source is null)
            throw new ArgumentException("the context has no JSON to embed (build it with JsonLdContext.Parse)", nameof(options));
        Text = new StreamWriter(output, Utf8, 1 << 16, _options.LeaveOpen) { NewLine = "\n" };
        Emitter = new JsonLdGraphEmitter(_options.Context);
    }

    public StreamWriter Text { get; }

    public JsonLdGraphEmitter Emitter { get; }

    public JsonTextWriter CreateJsonWriter(JsonLdIndentation indentation) => CreateJsonWriter(Text, indentation);

    /// <summary>Writes <c>"@context": …</c> (the inline object or the URL).</summary>
    public void WriteContext(JsonWriter writer) => WriteContext(writer, _options);

    /// <summary>Writes <c>"@context": …</c> as <paramref name="options"/> say.</summary>
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

    public void Dispose() => Text.Dispose();
}
