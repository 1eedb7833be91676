using System.Buffers;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Model;

namespace Exporter.Formats.Json;

/// <summary>
/// Writes one hub record as one line of JSON (<see cref="RecordJsonSerializer"/>, then LF) as UTF-8 into an
/// <see cref="IBufferWriter{T}"/>. JSON Lines has no envelope. Keeps its text buffer and UTF-8 encoder between
/// records, so an instance is used by one thread at a time (one per worker encoder).
/// </summary>
internal sealed class RecordJsonLineFormatter
{
    /// <summary>As <see cref="Pipeline.BufferWriterExtensions.WriteUtf8"/>: a lone surrogate becomes U+FFFD.</summary>
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private readonly Encoder _utf8 = Utf8.GetEncoder();
    private StringBuilder _text = new(4096);

    /// <summary>Writes <paramref name="record"/> and its line end.</summary>
    public void Write(CatalogRecord record, IBufferWriter<byte> output)
    {
        _text.Clear();
        RecordJsonSerializer.Append(record, _text);
        _text.Append('\n');
        StringBuilderUtf8.Write(_text, output, Utf8, _utf8);
        if (_text.Capacity > 1 << 20) _text = new StringBuilder(4096);
    }
}
