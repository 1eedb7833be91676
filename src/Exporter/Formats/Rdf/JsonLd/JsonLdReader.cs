using System.Text;
using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>
/// Reads JSON-LD 1.1 (expanded or compacted, inline contexts, @graph, lists, value objects) into RDF graphs.
/// Never fetches anything: schema.org context URLs resolve to a built-in offline context, other remote contexts
/// must be supplied in <see cref="JsonLdReaderOptions.ContextDocuments"/>. Errors carry line and column.
/// </summary>
public sealed class JsonLdReader : IDisposable
{
    private readonly TextReader _input;
    private readonly JsonLdReaderOptions _options;
    private readonly IDiagnostics _diagnostics;
    private readonly JsonLdContextProcessor _contexts;
    private readonly JsonLdContext _initial;

    /// <summary>Creates a reader over a UTF-8 stream (a BOM is accepted).</summary>
    public JsonLdReader(Stream input, JsonLdReaderOptions? options = null, IDiagnostics? diagnostics = null)
        : this(new StreamReader(input ?? throw new ArgumentNullException(nameof(input)), new UTF8Encoding(false, true), true), options, diagnostics)
    {
    }

    /// <summary>When set, a document's top-level node objects are added to it, with the subjects of their triples.</summary>
    internal List<JsonLdTopNode>? TopNodes { get; init; }

    /// <summary>Creates a reader over text.</summary>
    public JsonLdReader(TextReader input, JsonLdReaderOptions? options = null, IDiagnostics? diagnostics = null)
    {
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _options = options ?? JsonLdReaderOptions.Default;
        if (_options.MaxDepth is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(options), _options.MaxDepth, "MaxDepth must be between 1 and 1000");
        _diagnostics = diagnostics ?? NullDiagnostics.Instance;
        _contexts = new JsonLdContextProcessor(_options);
        _initial = new JsonLdContext(new Dictionary<string, JsonLdTermDefinition?>(StringComparer.Ordinal)) { Base = _options.BaseIri };
    }

    /// <summary>Parses one JSON-LD document held in a string (an empty graph when it was skipped as invalid).</summary>
    public static RdfGraph Parse(string json, JsonLdReaderOptions? options = null, IDiagnostics? diagnostics = null)
    {
        using var reader = new JsonLdReader(new StringReader(json), (options ?? JsonLdReaderOptions.Default) with { Framing = JsonLdInputFraming.Document }, diagnostics);
        return reader.ReadAll().SingleOrDefault() ?? new RdfGraph();
    }

    /// <summary>
    /// The graphs, lazily: one for a document, one per non-blank line for JSON Lines. A record with an error is
    /// reported, then either throws <see cref="RecordFormatException"/> or is skipped (see OnInvalidRecord).
    /// </summary>
    public IEnumerable<RdfGraph> ReadAll()
    {
        if (_options.Framing == JsonLdInputFraming.Document)
        {
            if (ReadRecord(_input, null, 0) is { } graph) yield return graph;
            yield break;
        }

        long index = 0;
        var lineNumber = 0;
        while (ReadLine(index, lineNumber + 1) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var text = new StringReader(line);
            if (ReadRecord(text, index, lineNumber - 1) is { } graph) yield return graph;
            index++;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    private string? ReadLine(long index, int lineNumber)
    {
        try
        {
            return _input.ReadLine();
        }
        catch (DecoderFallbackException ex)
        {
            throw NotUtf8(index, lineNumber, ex);
        }
    }

    private RecordFormatException NotUtf8(long? index, int? line, DecoderFallbackException ex)
    {
        var diagnostic = new Diagnostic(JsonLdDiagnosticCodes.InvalidJson, Severity.Error, "input is not valid UTF-8; reading stops here") { RecordIndex = index, Line = line };
        _diagnostics.Report(diagnostic);
        return new RecordFormatException(diagnostic, ex);
    }

    private RdfGraph? ReadRecord(TextReader text, long? index, int lineOffset)
    {
        try
        {
            var root = Load(text);
            return new JsonLdToRdf(_options, _contexts, _initial, _diagnostics, index, lineOffset, TopNodes).Convert(root);
        }
        catch (DecoderFallbackException ex)
        {
            throw NotUtf8(index, null, ex);
        }
        catch (JsonLdException ex)
        {
            var diagnostic = ex.ToDiagnostic(index) with { Line = ex.Line + lineOffset };
            _diagnostics.Report(diagnostic);
            if (_options.OnInvalidRecord == JsonLdInvalidRecordHandling.Throw)
                throw new RecordFormatException(diagnostic with { Hints = diagnostic.Hints.Add(DiagnosticHint.GoOn("JsonLdReaderOptions.OnInvalidRecord = Skip")) }, ex);
            return null;
        }
    }

    private JToken Load(TextReader text)
    {
        using var json = new JsonTextReader(text)
        {
            MaxDepth = _options.MaxDepth,
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            CloseInput = false,
        };
        try
        {
            var root = JToken.ReadFrom(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, CommentHandling = CommentHandling.Load });
            StrictJson.Check(root);
            if (json.Read())
                throw new JsonLdException(JsonLdDiagnosticCodes.InvalidJson, "unexpected content after the JSON document", json.LineNumber, json.LinePosition, new JsonReaderException());
            return root;
        }
        catch (JsonReaderException ex)
        {
            var tooDeep = ex.Message.Contains("MaxDepth", StringComparison.Ordinal);
            if (tooDeep)
            {
                throw new JsonLdException(JsonLdDiagnosticCodes.TooDeep, $"JSON nested deeper than {_options.MaxDepth} levels", ex.LineNumber, ex.LinePosition, ex)
                {
                    Hints = [DiagnosticHint.LimitOf("nesting depth", "JsonLdReaderOptions.MaxDepth")],
                };
            }

            throw new JsonLdException(JsonLdDiagnosticCodes.InvalidJson, ex.Message, ex.LineNumber, ex.LinePosition, ex);
        }
    }
}
