using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;

namespace Exporter.Formats.Common;

/// <summary>
/// A compact JSON writer straight into its own reusable UTF-8 buffer, for callers that know the shape they write
/// (no token state machine, no validation: names are the caller's UTF-8 constants). Its guarantee: the bytes are
/// those of Newtonsoft's <c>JsonTextWriter</c> with <c>Formatting.None</c> and the default escaping, UTF-8 encoded
/// with a lone surrogate as U+FFFD: strings escaped as <see cref="JsonStringValue.Quote"/> escapes them
/// (<c>\b \t \n \f \r \" \\</c>, <c>\u00xx</c> in lower-case hex for the other controls, <c>\u0085 \u2028
/// \u2029</c>), integers in invariant digits, commas between members and items. Held to that path by
/// <c>JsonUtf8WriterTests</c> and, for whole records, <c>RecordJsonUtf8WriterTests</c>. One thread at a time.
/// </summary>
internal sealed class JsonUtf8Writer
{
    private const int MaxKeptCapacity = 1 << 20;
    private static ReadOnlySpan<byte> Hex => "0123456789abcdef"u8;


    private byte[] _buffer = new byte[4096];
    private int _length;
    private bool _comma;

    /// <summary>What has been written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Empties the buffer (shrinking it when one huge record grew it).</summary>
    public void Clear()
    {
        if (_buffer.Length > MaxKeptCapacity) _buffer = new byte[4096];
        _length = 0;
        _comma = false;
    }

    /// <summary><c>{</c>, after a comma when a value precedes it.</summary>
    public void StartObject() => Open((byte)'{');

    /// <summary><c>}</c>.</summary>
    public void EndObject() => Close((byte)'}');

    /// <summary><c>[</c>, after a comma when a value precedes it.</summary>
    public void StartArray() => Open((byte)'[');

    /// <summary><c>]</c>.</summary>
    public void EndArray() => Close((byte)']');

    /// <summary>A property name, <paramref name="utf8Name"/> written as it is between quotes (it must need no escape).</summary>
    public void Name(ReadOnlySpan<byte> utf8Name)
    {
        var span = Reserve(utf8Name.Length + 4);
        var at = 0;
        if (_comma) span[at++] = (byte)',';
        span[at++] = (byte)'"';
        utf8Name.CopyTo(span[at..]);
        at += utf8Name.Length;
        span[at++] = (byte)'"';
        span[at++] = (byte)':';
        _length += at;
        _comma = false;
    }

    /// <summary>A string value, escaped and quoted.</summary>
    public void Value(string value)
    {
        Comma();
        Byte((byte)'"');
        var start = _length;
        Text(value);
        if (MayNeedEscape(_buffer.AsSpan(start, _length - start)))
        {
            _length = start;
            Escaped(value);
        }

        Byte((byte)'"');
        _comma = true;
    }

    // The string run by run, its escapes between: the path for a value whose UTF-8 holds a byte an escape may start with.
    private void Escaped(string value)
    {
        var rest = value.AsSpan();
        for (var k = JsonStringValue.IndexOfEscape(rest); k >= 0; k = JsonStringValue.IndexOfEscape(rest))
        {
            Text(rest[..k]);
            Escape(rest[k]);
            rest = rest[(k + 1)..];
        }

        Text(rest);
    }

    /// <summary>An integer value in invariant digits.</summary>
    public void Value(int value)
    {
        Comma();
        value.TryFormat(Reserve(11), out var n, default, CultureInfo.InvariantCulture);
        _length += n;
        _comma = true;
    }

    /// <summary>Raw bytes (a line end after a record).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    /// <summary>
    /// True when <paramref name="utf8"/> holds a byte an escaped character starts with: an ASCII control, <c>"</c>,
    /// <c>\</c>, C2 (U+0085 is C2 85) or E2 (U+2028/U+2029 are E2 80 A8/A9). A value with none of them is written as
    /// its UTF-8 alone; one with any (other characters start with C2 and E2 too) is written again run by run with its
    /// escapes. One pass of plain vector compares (no shuffles, which the baseline x64 target lacks).
    /// </summary>
    internal static bool MayNeedEscape(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated && utf8.Length >= Vector128<byte>.Count)
        {
            ref var first = ref MemoryMarshal.GetReference(utf8);
            var last = utf8.Length - Vector128<byte>.Count;
            for (; ; i += Vector128<byte>.Count)
            {
                if (i > last) i = last;                                         // the tail as one overlapping vector
                if (AnyEscapeLead(Vector128.LoadUnsafe(ref first, (nuint)i))) return true;
                if (i == last) return false;
            }
        }

        for (; i < utf8.Length; i++)
        {
            if (utf8[i] is < 0x20 or (byte)'"' or (byte)'\\' or 0xC2 or 0xE2) return true;
        }

        return false;
    }

    private static bool AnyEscapeLead(Vector128<byte> v) =>
        (Vector128.LessThan(v, Vector128.Create((byte)0x20)) | Vector128.Equals(v, Vector128.Create((byte)'"'))
         | Vector128.Equals(v, Vector128.Create((byte)'\\')) | Vector128.Equals(v, Vector128.Create((byte)0xC2))
         | Vector128.Equals(v, Vector128.Create((byte)0xE2))) != Vector128<byte>.Zero;

    private void Open(byte c)
    {
        Comma();
        Byte(c);
        _comma = false;
    }

    private void Close(byte c)
    {
        Byte(c);
        _comma = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Comma()
    {
        if (_comma) Byte((byte)',');
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Byte(byte b)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = b;
    }

    // UTF-16 -> UTF-8 with a lone surrogate as U+FFFD (EF BF BD), as UTF8Encoding's replacement fallback writes it. A
    // run never ends inside a pair a whole string would have kept: escapes are never surrogates, and every string
    // ends with its closing quote.
    private void Text(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty) return;
        Utf8.FromUtf16(run, Reserve(run.Length * 3), out _, out var n, replaceInvalidSequences: true, isFinalBlock: true);
        _length += n;
    }

    private void Escape(char c)
    {
        var span = Reserve(6);
        span[0] = (byte)'\\';
        var letter = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\b' => (byte)'b',
            '\t' => (byte)'t',
            '\n' => (byte)'n',
            '\f' => (byte)'f',
            '\r' => (byte)'r',
            _ => (byte)0,
        };
        if (letter != 0)
        {
            span[1] = letter;
            _length += 2;
            return;
        }

        span[1] = (byte)'u';
        span[2] = Hex[c >> 12];
        span[3] = Hex[(c >> 8) & 0xF];
        span[4] = Hex[(c >> 4) & 0xF];
        span[5] = Hex[c & 0xF];
        _length += 6;
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count) Grow(count);
        return _buffer.AsSpan(_length);
    }

    private void Grow(int count) => ByteArrayGrowth.Grow(ref _buffer, _length, count, "a record's JSON");
}
