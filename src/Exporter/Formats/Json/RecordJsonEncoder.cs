using System.Buffers;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Json;

/// <summary>Writes one record per line, no envelope.</summary>
internal sealed class RecordJsonEncoder : IRecordEncoder
{
    /// <summary>As <see cref="BufferWriterExtensions.WriteUtf8"/>: a lone surrogate becomes U+FFFD.</summary>
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>This thread's text buffer and encoder, kept between records (encoders run on several threads).</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    [ThreadStatic]
    private static Encoder? t_utf8;

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        var catalog = record.GetCatalog(diagnostics);
        var text = t_text ?? new StringBuilder(4096);
        t_text = null;
        text.Clear();
        RecordJsonSerializer.Append(catalog, text);
        text.Append('\n');
        StringBuilderUtf8.Write(text, output, Utf8, t_utf8 ??= Utf8.GetEncoder());
        if (text.Capacity <= 1 << 20) t_text = text;
    }
}
