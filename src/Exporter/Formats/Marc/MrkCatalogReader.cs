using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads MarcEdit .mrk text for the pipeline: framing splits the bytes into records at blank lines (each keeps its
/// exact input bytes and offset), and <see cref="MrkRecordParser"/> parses each on a worker thread. A bad line rejects
/// its record only; reading goes on at the next record.
/// </summary>
internal sealed class MrkCatalogReader : PreparsedMarcReader
{
    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MrkCatalogReader(Stream input, ReadOptions options)
        : base(input, options)
    {
    }

    /// <inheritdoc />
    private protected override IEnumerable<RecordSource> FrameAll(Stream input)
    {
        var options = new MrkReaderOptions { Strictness = MarcReading.Strictness(Options), Normalization = MarcReading.Normalization(Options), SourceName = Options.SourceName, MaxRecordChars = Options.MaxRecordBytes };
        var raw = new ArrayBufferWriter<byte>();
        var lines = new List<(int Number, int Start, int Length)>();
        long index = 0;
        long offset = 0;
        var tooLarge = false;
        foreach (var line in new ByteLineReader(input, Options.MaxRecordBytes).Lines())
        {
            if (!line.Bytes.Span.Trim(" \t"u8).IsEmpty)
            {
                if (lines.Count == 0 && !tooLarge) offset = line.Offset;
                if (raw.WrittenCount + line.Bytes.Length + line.TerminatorLength > Options.MaxRecordBytes) tooLarge = true;
                if (tooLarge) continue;
                lines.Add((line.Number, raw.WrittenCount, line.Bytes.Length));
                raw.Write(line.Bytes.Span);
                raw.Write(line.TerminatorLength == 2 ? "\r\n"u8 : line.TerminatorLength == 1 ? "\n"u8 : []);
                continue;
            }

            if (Take(index, offset, raw, lines, ref tooLarge, options) is { } source)
            {
                index++;
                yield return source;
            }
        }

        if (Take(index, offset, raw, lines, ref tooLarge, options) is { } last) yield return last;
    }

    /// <summary>The record of the lines gathered so far (then cleared), or null when there are none.</summary>
    private RecordSource? Take(long index, long offset, ArrayBufferWriter<byte> raw, List<(int Number, int Start, int Length)> lines, ref bool tooLarge, MrkReaderOptions options)
    {
        if (lines.Count == 0 && !tooLarge) return null;
        var bytes = raw.WrittenSpan.ToArray();
        RecordSource source;
        if (tooLarge)
        {
            var d = new Diagnostic(MarcDiagnosticCodes.RecordTooLarge, Severity.Error, $"record is larger than {Options.MaxRecordBytes} bytes (ReadOptions.MaxRecordBytes); rejected unread, its first {bytes.Length} bytes kept")
            {
                RecordIndex = index, ByteOffset = offset, Line = lines.Count > 0 ? lines[0].Number : null, Source = Options.SourceName,
            };
            source = new RecordSource(index, offset, bytes) { Line = d.Line, SourceName = Options.SourceName }.WithFramed(new MarcReadResult { Index = index, ByteOffset = offset, Line = d.Line, RawBytes = bytes, Diagnostics = [d] });
        }
        else
        {
            source = Framed(new MrkFramedRecord(bytes, [.. lines], index, offset, options), offset, bytes);
        }

        raw.Clear();
        lines.Clear();
        tooLarge = false;
        return source;
    }
}
