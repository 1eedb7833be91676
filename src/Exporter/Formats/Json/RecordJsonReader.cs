using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Json;

/// <summary>Reads JSON Lines: each non-blank line is one record.</summary>
internal sealed class RecordJsonReader : ICatalogReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Stream _input;
    private readonly ReadOptions _options;

    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public RecordJsonReader(Stream input, ReadOptions options)
    {
        _input = input;
        _options = options;
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        long index = 0;
        foreach (var line in new ByteLineReader(_input, _options.MaxRecordBytes).Lines())
        {
            if (line.Bytes.Span.Trim(" \t\r"u8).IsEmpty) continue;
            var source = new RecordSource(index, line.Offset, line.Bytes.ToArray()) { Line = line.Number, SourceName = _options.SourceName };
            if (line.Bytes.Length > _options.MaxRecordBytes)
            {
                var d = new Diagnostic("JSON0001", Severity.Error, $"record is larger than the limit of {_options.MaxRecordBytes} bytes") { RecordIndex = index, Line = line.Number };
                source = source with { Unreadable = true, Diagnostics = [d], Raw = ReadOnlyMemory<byte>.Empty };
            }

            index++;
            yield return source;
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        if (source.Unreadable) return ReadResult.Rejected(source, source.Diagnostics);
        var line = source.Line ?? 1;
        JObject obj;
        try
        {
            var text = StrictUtf8.GetString(source.Raw.Span);
            using var reader = new JsonTextReader(new StringReader(text)) { MaxDepth = _options.MaxNesting, DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load, DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
            if (reader.Read() && reader.TokenType != JsonToken.Comment) throw new JsonReaderException("unexpected content after the record", "", reader.LineNumber, reader.LinePosition, null);
            if (token is not JObject o) return Reject(source, "JSON0003", "a record must be a JSON object", line, null);
            obj = o;
        }
        catch (DecoderFallbackException ex)
        {
            return Reject(source, "JSON0004", $"invalid UTF-8 at byte {source.ByteOffset + ex.Index}", line, null);
        }
        catch (JsonReaderException ex) when (ex.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            return Reject(source, "JSON0002", $"invalid JSON: nested deeper than {_options.MaxNesting} levels", line, ex.LinePosition, DiagnosticHint.LimitOf("nesting depth", "ReadOptions.MaxNesting"));
        }
        catch (JsonException ex)
        {
            var col = ex is JsonReaderException jr ? jr.LinePosition : (int?)null;
            var msg = ex.Message;
            var cut = msg.IndexOf(" Path '", StringComparison.Ordinal);
            if (cut > 0) msg = msg[..cut];
            return Reject(source, "JSON0002", "invalid JSON: " + msg, line, col);
        }

        var bag = new DiagnosticBag();
        var record = new RecordJsonParser(bag, line).Parse(obj);
        var diagnostics = bag.Items.Select(d => d with { RecordIndex = source.Index, Source = source.SourceName }).ToImmutableArray();
        return record is null || bag.HasErrors ? ReadResult.Rejected(source, diagnostics) : ReadResult.Read(source, record, diagnostics);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    private static ReadResult Reject(RecordSource source, string code, string message, int line, int? column, params DiagnosticHint[] hints) =>
        ReadResult.Rejected(source, [new Diagnostic(code, Severity.Error, message) { RecordIndex = source.Index, Line = line, Column = column, Source = source.SourceName, Hints = [.. hints] }]);
}
