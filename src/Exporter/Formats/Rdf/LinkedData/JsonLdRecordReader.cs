using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads a JSON-LD document as hub records (<see cref="WholeDocumentRecordReader"/>), never fetching a remote context.
/// Of a document of several records, each keeps the byte spans of the top-level node objects that hold its triples
/// (<see cref="JsonLdRecordSpans"/>).
/// Options of the JSON-LD codec (offline context documents, schema.org IRI handling) come from
/// <c>ReadOptions.Formats.Get&lt;JsonLdReaderOptions&gt;()</c>; nesting is bounded by <see cref="ReadOptions.MaxNesting"/>.
/// </summary>
internal sealed class JsonLdRecordReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary)
    : WholeDocumentRecordReader(input, options, vocabulary, RdfSyntaxKind.JsonLd)
{
    private readonly List<JsonLdTopNode> _nodes = [];

    /// <inheritdoc />
    protected override string SyntaxName => "JSON-LD";

    /// <inheritdoc />
    protected override (List<(long Start, long End)> Spans, int? Line)[]? RecordSpans(byte[] bytes, IReadOnlyDictionary<RdfTerm, List<int>> owners, int records) =>
        JsonLdRecordSpans.Find(bytes, _nodes, owners, records);

    /// <inheritdoc />
    protected override RdfGraph? ParseDocument(byte[] bytes, DiagnosticBag bag, out Diagnostic? error)
    {
        error = null;
        var json = Options.Formats.Get<JsonLdReaderOptions>() with
        {
            Framing = JsonLdInputFraming.Document,
            OnInvalidRecord = JsonLdInvalidRecordHandling.Throw,
            MaxDepth = Math.Clamp(Options.MaxNesting, 1, 1000),
        };
        try
        {
            _nodes.Clear();
            using var reader = new JsonLdReader(new MemoryStream(bytes), json, bag) { TopNodes = _nodes };
            return reader.ReadAll().SingleOrDefault() ?? new RdfGraph();
        }
        catch (RecordFormatException ex)
        {
            error = ex.Diagnostic;
            return null;
        }
    }
}
