using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Exporter.Pipeline;

/// <summary>
/// A <see cref="TextWriter"/> that encodes straight into an <see cref="IBufferWriter{T}"/> as UTF-8 (no BOM), so
/// encoders written against TextWriter put bytes into the batch buffer without building a string first. A surrogate
/// pair must come in one call (as XML and JSON writers do); a lone surrogate becomes U+FFFD.
/// </summary>
public sealed class Utf8BufferTextWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly IBufferWriter<byte> _output;

    /// <summary>Writes into <paramref name="output"/>.</summary>
    public Utf8BufferTextWriter(IBufferWriter<byte> output)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        NewLine = "\n";
    }

    /// <inheritdoc />
    public override Encoding Encoding => Utf8NoBom;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value < 0x80)
        {
            _output.GetSpan(1)[0] = (byte)value;
            _output.Advance(1);
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var span = _output.GetSpan(Math.Min(buffer.Length, 1 << 14) * 3);
            Utf8.FromUtf16(buffer, span, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            _output.Advance(written);
            buffer = buffer[read..];
        }
    }
}
