using System.Buffers;
using System.Text;

namespace Exporter.Pipeline;

/// <summary>Small helpers to put text into an <see cref="IBufferWriter{T}"/> as UTF-8.</summary>
internal static class BufferWriterExtensions
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static void WriteUtf8(this IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        var span = output.GetSpan(Utf8.GetMaxByteCount(text.Length));
        var n = Utf8.GetBytes(text, span);
        output.Advance(n);
    }

    /// <summary>Writes raw bytes.</summary>
    public static void WriteBytes(this IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        var span = output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        output.Advance(bytes.Length);
    }
}
