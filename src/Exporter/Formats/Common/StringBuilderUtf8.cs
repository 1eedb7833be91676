using System.Buffers;
using System.Text;

namespace Exporter.Formats.Common;

/// <summary>
/// Writes a <see cref="StringBuilder"/>'s text as UTF-8 straight into an <see cref="IBufferWriter{T}"/>, chunk by chunk
/// (no intermediate string or byte array), with the same bytes as <c>encoding.GetBytes(text.ToString())</c>: one
/// <see cref="Encoder"/> carries a surrogate pair split across chunks. Nothing is committed to the output when the
/// encoding throws (an exception fallback meeting a lone surrogate).
/// </summary>
internal static class StringBuilderUtf8
{
    /// <summary>Writes <paramref name="text"/> with <paramref name="encoder"/> (reset first, so it may be reused).</summary>
    public static void Write(StringBuilder text, IBufferWriter<byte> output, Encoding encoding, Encoder encoder)
    {
        if (text.Length == 0) return;
        encoder.Reset();
        var span = output.GetSpan(encoding.GetMaxByteCount(text.Length));
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            encoder.Convert(chunk.Span, span[written..], flush: false, out _, out var n, out _);
            written += n;
        }

        encoder.Convert([], span[written..], flush: true, out _, out var last, out _);
        output.Advance(written + last);
    }
}
