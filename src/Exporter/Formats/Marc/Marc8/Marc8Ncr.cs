using System.Numerics;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>
/// LoC's lossless numeric character references: <c>&amp;#x</c>, one to six hex digits, <c>;</c>. The decoder and the
/// encoder share this one parser so that text the decoder would read as a reference is always escaped by the encoder.
/// </summary>
internal static class Marc8Ncr
{
    private const int MaxDigits = 6;

    /// <summary>Length of a reference is at most this many units.</summary>
    internal const int MaxLength = 3 + MaxDigits + 1;

    /// <summary>
    /// Parses a reference at the start of <paramref name="s"/>. Returns its length when it names a Unicode scalar,
    /// minus its length when it has the shape but names none (surrogate, beyond U+10FFFF), and 0 when it is no reference.
    /// </summary>
    internal static int Parse<T>(ReadOnlySpan<T> s, out int scalar)
        where T : unmanaged, IBinaryInteger<T>
    {
        scalar = 0;
        if (s.Length < 5 || int.CreateTruncating(s[0]) != '&' || int.CreateTruncating(s[1]) != '#') return 0;
        var x = int.CreateTruncating(s[2]);
        if (x != 'x' && x != 'X') return 0;
        var value = 0;
        var i = 3;
        for (; i < s.Length && i < 3 + MaxDigits; i++)
        {
            var d = HexValue(int.CreateTruncating(s[i]));
            if (d < 0) break;
            value = (value << 4) | d;
        }

        if (i == 3 || i >= s.Length || int.CreateTruncating(s[i]) != ';') return 0;
        var length = i + 1;
        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) return -length;
        scalar = value;
        return length;
    }

    /// <summary>Writes the reference for <paramref name="scalar"/>: uppercase hex, at least four digits.</summary>
    internal static int Format(int scalar, Span<byte> destination)
    {
        var digits = scalar > 0xFFFFF ? 6 : scalar > 0xFFFF ? 5 : 4;
        destination[0] = (byte)'&';
        destination[1] = (byte)'#';
        destination[2] = (byte)'x';
        for (var i = 0; i < digits; i++)
        {
            var nibble = (scalar >> (4 * (digits - 1 - i))) & 0xF;
            destination[3 + i] = (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
        }

        destination[3 + digits] = (byte)';';
        return 4 + digits;
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
