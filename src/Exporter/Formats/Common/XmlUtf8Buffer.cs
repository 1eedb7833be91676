using System.Buffers;
using System.Runtime.CompilerServices;

namespace Exporter.Formats.Common;

/// <summary>
/// A growable UTF-8 byte buffer that a formatter writes one piece of XML into (markup, indentation, escaped text)
/// with plain method calls, then copies into its output at once: the many small writes of a record (a few bytes
/// each) cost no interface call and no bounds negotiation with the output each. Guarantee: <see cref="Escaped"/>
/// writes the bytes <see cref="XmlUtf8Escaper.Write"/> writes with <see cref="XmlEscapeStyle.Decimal"/> and returns
/// the same index (held to it by XmlUtf8BufferTests). Reusable, not thread-safe.
/// </summary>
internal sealed class XmlUtf8Buffer
{
    /// <summary>A buffer grown past this many bytes (an unusually large record) is dropped by <see cref="Clear"/>.</summary>
    private const int MaxKeptCapacity = 1 << 20;

    private const int InitialCapacity = 1 << 14;

    private byte[] _bytes = new byte[InitialCapacity];
    private int _length;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>Forgets what was written (keeping the storage unless an unusually large piece grew it).</summary>
    public void Clear()
    {
        if (_bytes.Length > MaxKeptCapacity) _bytes = new byte[InitialCapacity];
        _length = 0;
    }

    /// <summary>Copies what was written into <paramref name="output"/>.</summary>
    public void CopyTo(IBufferWriter<byte> output)
    {
        var span = output.GetSpan(_length);
        Written.CopyTo(span);
        output.Advance(_length);
    }

    /// <summary>Copies markup bytes (inlined: most are short literals whose copy the compiler then unrolls).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length - _length < bytes.Length) Grow(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Writes <paramref name="count"/> spaces.</summary>
    public void Spaces(int count)
    {
        if (_bytes.Length - _length < count) Grow(count);
        _bytes.AsSpan(_length, count).Fill((byte)' ');
        _length += count;
    }

    /// <summary>Text with nothing to escape and no unpaired surrogate, as UTF-8 (as <see cref="XmlUtf8Escaper.WriteUtf8"/>).</summary>
    public void Plain(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return;
        if (_bytes.Length - _length < s.Length * 3) Grow(s.Length * 3);
        System.Text.Unicode.Utf8.FromUtf16(s, _bytes.AsSpan(_length), out _, out var written);
        _length += written;
    }

    /// <summary>
    /// Writes <paramref name="s"/> escaped for XML (decimal character references) up to the first character XML 1.0
    /// cannot carry and returns that character's index (nothing of it written), or -1 when the whole text was written.
    /// </summary>
    public int Escaped(ReadOnlySpan<char> s, bool attribute)
    {
        // Most text starts with (and mostly is) printable ASCII with nothing to escape: found and narrowed to bytes
        // in one pass, the rest (if any) escaped character class by character class.
        if (_bytes.Length - _length < s.Length) Grow(s.Length);
        var plain = XmlPlainAscii.Narrow(s, _bytes.AsSpan(_length));
        _length += plain;
        if (plain == s.Length) return -1;
        var stop = EscapedRest(s[plain..], attribute);
        return stop < 0 ? -1 : plain + stop;
    }

    private int EscapedRest(ReadOnlySpan<char> s, bool attribute)
    {
        var done = 0;
        while (true)
        {
            var rest = s[done..];
            var i = rest.IndexOfAny(XmlUtf8Escaper.Special);
            var surrogate = (i < 0 ? rest : rest[..i]).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate >= 0) i = surrogate;
            if (i < 0)
            {
                Plain(rest);
                return -1;
            }

            Plain(rest[..i]);
            var c = rest[i];
            var take = 1;
            switch (c)
            {
                case '&': Raw("&amp;"u8); break;
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '"': Raw(attribute ? "&quot;"u8 : "\""u8); break;
                case '\r': Raw("&#13;"u8); break;
                case '\t': Raw(!attribute ? "\t"u8 : "&#9;"u8); break;
                case '\n': Raw(!attribute ? "\n"u8 : "&#10;"u8); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < rest.Length && char.IsLowSurrogate(rest[i + 1]))
                    {
                        Plain(rest.Slice(i, 2));
                        take = 2;
                    }
                    else
                    {
                        return done + i;
                    }

                    break;
            }

            done += i + take;
        }
    }

    private void Grow(int need) => ByteArrayGrowth.Grow(ref _bytes, _length, need, "a record's XML");
}
