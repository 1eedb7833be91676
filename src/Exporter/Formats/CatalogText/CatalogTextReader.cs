using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// Frames catalog text into records (a line holding only a form feed separates records; a page-template residue
/// line ends one) and parses each with <see cref="CatalogTextParser"/>.
/// </summary>
internal sealed class CatalogTextReader : ICatalogReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Stream _input;
    private readonly ReadOptions _options;

    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public CatalogTextReader(Stream input, ReadOptions options)
    {
        _input = input;
        _options = options;
    }

    /// <inheritdoc />
    public IEnumerable<RecordSource> Frame()
    {
        var lines = new ByteLineReader(_input, _options.MaxRecordBytes);
        var raw = new MemoryStream();
        long start = -1;
        var startLine = 0;
        var blank = true;
        var oversize = false;
        long index = 0;
        foreach (var line in lines.Lines())
        {
            var span = line.Bytes.Span;
            if (span.Length == 1 && span[0] == 0x0C)
            {
                if (!blank) yield return Make(index++, start, startLine, raw, oversize);
                Reset();
                continue;
            }

            if (start < 0)
            {
                start = line.Offset;
                startLine = line.Number;
            }

            if (raw.Length + span.Length > _options.MaxRecordBytes) oversize = true;
            else
            {
                raw.Write(span);
                raw.Write(line.TerminatorLength == 2 ? "\r\n"u8 : "\n"u8);
            }

            if (!IsBlank(span)) blank = false;
            if (CatalogTextSyntax.IsTemplateResidue(span))
            {
                yield return Make(index++, start, startLine, raw, oversize);
                Reset();
            }
        }

        if (!blank) yield return Make(index, start, startLine, raw, oversize);

        void Reset()
        {
            raw = new MemoryStream();
            start = -1;
            blank = true;
            oversize = false;
        }
    }

    /// <inheritdoc />
    public ReadResult Parse(RecordSource source)
    {
        if (source.Unreadable) return ReadResult.Rejected(source, source.Diagnostics);
        string text;
        try
        {
            text = StrictUtf8.GetString(source.Raw.Span);
        }
        catch (DecoderFallbackException ex)
        {
            var d = new Diagnostic("TEXT0002", Severity.Error, $"invalid UTF-8 at byte {source.ByteOffset + ex.Index}")
            {
                RecordIndex = source.Index, ByteOffset = source.ByteOffset + Math.Max(0, ex.Index), Source = source.SourceName,
            };
            return ReadResult.Rejected(source, [d]);
        }

        var bag = new DiagnosticBag();
        var parser = new CatalogTextParser(text, source.Line ?? 1, bag);
        var record = parser.Parse();
        var diagnostics = bag.Items.Select(d => d with { RecordIndex = source.Index, Source = source.SourceName }).ToImmutableArray();
        return record is null ? ReadResult.Rejected(source, diagnostics) : ReadResult.Read(source, record, diagnostics);
    }

    /// <inheritdoc />
    public void Dispose() => _input.Dispose();

    private static bool IsBlank(ReadOnlySpan<byte> span)
    {
        foreach (var b in span)
        {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }

        return true;
    }

    private RecordSource Make(long index, long start, int line, MemoryStream raw, bool oversize)
    {
        var source = new RecordSource(index, Math.Max(0, start), raw.ToArray()) { Line = line, SourceName = _options.SourceName };
        if (!oversize) return source;
        var d = new Diagnostic("TEXT0001", Severity.Error, $"record is larger than the limit of {_options.MaxRecordBytes} bytes")
        {
            RecordIndex = index, Line = line, Source = _options.SourceName,
        };
        return source with { Unreadable = true, Diagnostics = [d] };
    }
}
