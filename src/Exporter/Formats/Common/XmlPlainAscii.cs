using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Exporter.Formats.Common;

/// <summary>
/// The leading run of text that XML carries as it is and UTF-8 writes one byte a character: printable ASCII other
/// than <c>&amp; &lt; &gt; "</c> (most of a catalog's text). Found and narrowed to bytes in one pass, 16 characters a
/// step, instead of a search and then a conversion. Guarantee: <see cref="Narrow"/> returns the index
/// <c>IndexOfAnyExcept</c> of those characters finds (the length when none) and writes exactly those characters as
/// bytes (held to that by XmlPlainAsciiTests).
/// </summary>
internal static class XmlPlainAscii
{
    /// <summary>Narrows the plain run at the start of <paramref name="s"/> into <paramref name="destination"/> (at least as long as <paramref name="s"/>); returns its length.</summary>
    public static int Narrow(ReadOnlySpan<char> s, Span<byte> destination)
    {
        if (destination.Length < s.Length) throw new ArgumentException("the destination is shorter than the text", nameof(destination));
        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(s));
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var i = 0;
        var length = s.Length;
        if (Vector128.IsHardwareAccelerated && length >= 8)
        {
            for (; i + 16 <= length; i += 16)
            {
                var a = Vector128.LoadUnsafe(ref src, (nuint)i);
                var b = Vector128.LoadUnsafe(ref src, (nuint)(i + 8));
                if ((Bad(a) | Bad(b)) != Vector128<ushort>.Zero) break;
                Vector128.Narrow(a, b).StoreUnsafe(ref dst, (nuint)i);
            }

            // The last 1 to 15 characters as one or two steps of 8 ending at the end, overlapping what is done
            // (those characters were found plain, and their bytes are written again the same).
            var rest = length - i;
            if (rest is > 0 and < 16)
            {
                var last = (nuint)(length - 8);
                var first = rest > 8 ? (nuint)i : last;
                var a = Vector128.LoadUnsafe(ref src, first);
                var b = Vector128.LoadUnsafe(ref src, last);
                if ((Bad(a) | Bad(b)) == Vector128<ushort>.Zero)
                {
                    Vector128.Narrow(a, a).GetLower().StoreUnsafe(ref dst, first);
                    Vector128.Narrow(b, b).GetLower().StoreUnsafe(ref dst, last);
                    return length;
                }
            }
        }

        for (; i < length; i++)
        {
            var c = (char)Unsafe.Add(ref src, i);
            if (c is < ' ' or > '~' or '&' or '<' or '>' or '"') break;
            Unsafe.Add(ref dst, i) = (byte)c;
        }

        return i;
    }

    /// <summary>Non-zero lanes where <paramref name="v"/> holds a character that is not plain.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Bad(Vector128<ushort> v) =>
        Vector128.GreaterThanOrEqual(v - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ' + 1)))
        | Vector128.Equals(v, Vector128.Create((ushort)'&')) | Vector128.Equals(v, Vector128.Create((ushort)'<'))
        | Vector128.Equals(v, Vector128.Create((ushort)'>')) | Vector128.Equals(v, Vector128.Create((ushort)'"'));
}
