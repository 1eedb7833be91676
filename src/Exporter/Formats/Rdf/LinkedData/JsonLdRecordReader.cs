using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.JsonLd;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Reads a JSON-LD document as hub records: the document is read whole (up to
/// <see cref="ReadOptions.MaxRecordBytes"/>) into one graph, never fetching a remote context, then split into one
/// graph per record (<see cref="GraphSplitter"/>), each mapped by the vocabulary. A record's raw bytes are
/// the input's: the whole document for a document of one record, else the byte spans of the top-level node objects
/// that hold its triples (<see cref="JsonLdRecordSpans"/>). Options of the JSON-LD
/// codec (offline context documents, schema.org IRI handling) come from
/// <c>ReadOptions.Formats.Get&lt;JsonLdReaderOptions&gt;()</c>; nesting is bounded by <see cref="ReadOptions.MaxNesting"/>.
/// </summary>
internal sealed class JsonLdRecordReader : ICatalogReader
{
    private readonly Stream _input;
    private readonly ReadOptions _options;
    private readonly ILinkedDataVocabulary _vocabulary;

    /// <summary>Creates a reader of <paramref name="vocabulary"/> records; it owns <paramref name="input"/>.</summary>
    public JsonLdRecordReader(Stream input, ReadOptions options, ILinkedDataVocabulary vocabulary)
    {
        _input = input;
        _options = options;
        _vocabulary = vocabulary;
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var bytes = ReadAll(out var tooLarge);
        if (tooLarge)
        {
            var d = new Diagnostic(LinkedDataDiagnosticCodes.TooLarge, Severity.Error, $"a JSON-LD document is read whole and this one is larger than the limit of {_options.MaxRecordBytes} bytes; nothing of it was read, its first {bytes.Length} bytes are kept")
            {
                ByteOffset = 0,
                Hints = [DiagnosticHint.LimitOf("record size", "ReadOptions.MaxRecordBytes")],
            };
            yield return LinkedDataRecords.Remainder(0, 0, bytes, 1, _options.SourceName, d);
            yield break;
        }

        if (IsBlank(bytes)) yield break;
        var bag = new DiagnosticBag();
        var nodes = new List<JsonLdTopNode>();
        var graph = Parse(bytes, bag, nodes, out var error);
        if (graph is null)
        {
            // One document, one parse: a syntax error leaves no record read and no place to resume (JSON has no record
            // separator), so the whole document is the unread rest, kept byte for byte, and the run stops.
            yield return LinkedDataRecords.Remainder(0, 0, bytes, error!.Line ?? 1, _options.SourceName, error with { Message = error.Message + "; nothing of the document was read (from byte 0)" });
            yield break;
        }

        var (records, unattached, owners) = GraphSplitter.Split(graph, _vocabulary);
        if (unattached > 0)
            bag.Report(new Diagnostic(LinkedDataDiagnosticCodes.Unattached, Severity.Warning, $"{unattached} node(s) of the document belong to no record; left out"));
        var spans = records.Count == 1 ? null : JsonLdRecordSpans.Find(bytes, nodes, owners, records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Count == 0) continue;
            ImmutableArray<Diagnostic> notes = i == 0 ? bag.ToImmutable() : [];
            if (records.Count == 1)
            {
                yield return LinkedDataRecords.Source(i, records[i], null, _options.SourceName, notes, bytes);
                continue;
            }

            var source = LinkedDataRecords.Source(i, records[i], spans?[i].Line, _options.SourceName, notes);
            yield return spans?[i].Spans is { Count: > 0 } parts ? WithBytes(source, bytes, parts) : source;
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source) => LinkedDataRecords.Parse(source, _vocabulary);

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    /// <summary>The record's input bytes: one span as it is, several joined, with where each came from.</summary>
    private static RecordSource WithBytes(RecordSource source, byte[] bytes, List<(long Start, long End)> spans)
    {
        if (spans.Count == 1) return source with { ByteOffset = spans[0].Start, Raw = bytes.AsMemory((int)spans[0].Start, (int)(spans[0].End - spans[0].Start)) };
        var raw = new byte[spans.Sum(s => s.End - s.Start)];
        var at = 0;
        foreach (var (start, end) in spans)
        {
            bytes.AsSpan((int)start, (int)(end - start)).CopyTo(raw.AsSpan(at));
            at += (int)(end - start);
        }

        return source with { ByteOffset = spans[0].Start, Raw = raw, Parts = [.. spans.Select(s => new ByteSpan(s.Start, (int)(s.End - s.Start)))] };
    }

    private static bool IsBlank(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        return span.Trim(" \t\r\n"u8).IsEmpty;
    }

    private RdfGraph? Parse(byte[] bytes, DiagnosticBag bag, List<JsonLdTopNode> nodes, out Diagnostic? error)
    {
        error = null;
        var options = _options.Formats.Get<JsonLdReaderOptions>() with
        {
            Framing = JsonLdInputFraming.Document,
            OnInvalidRecord = JsonLdInvalidRecordHandling.Throw,
            MaxDepth = Math.Clamp(_options.MaxNesting, 1, 1000),
        };
        try
        {
            using var reader = new JsonLdReader(new MemoryStream(bytes), options, bag) { TopNodes = nodes };
            return reader.ReadAll().SingleOrDefault() ?? new RdfGraph();
        }
        catch (RecordFormatException ex)
        {
            error = ex.Diagnostic;
            return null;
        }
    }

    private byte[] ReadAll(out bool tooLarge)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = _input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > _options.MaxRecordBytes)
            {
                tooLarge = true;
                ms.Write(buffer, 0, (int)(_options.MaxRecordBytes - ms.Length));
                return ms.ToArray();
            }

            ms.Write(buffer, 0, n);
        }

        tooLarge = false;
        return ms.ToArray();
    }
}
