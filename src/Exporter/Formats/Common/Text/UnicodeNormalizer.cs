using System.Buffers;
using Exporter.Formats.Common.Text.Generated;

namespace Exporter.Formats.Common.Text;

/// <summary>
/// Canonical normalization (NFD, NFC) from generated Unicode data. The library runs with InvariantGlobalization,
/// where <see cref="string.Normalize()"/> leaves non-ASCII text unchanged, so the library has its own.
/// Lone surrogates pass through untouched. Shared by every format (MARC, MARC-8, Dublin Core, JSON-LD); public so
/// that library users (and tests) can produce NFC too.
/// </summary>
public static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary>Text below U+0300 is already NFC and NFD-stable as far as composition goes.</summary>
    private const char FirstUnstable = '\u0300';

    /// <summary>Working values pack the scalar (21 bits) with its combining class (bits 24..31).</summary>
    private const int ClassShift = 24, ScalarMask = 0x1FFFFF;

    /// <summary>Returns <paramref name="text"/> in NFC (the same instance when nothing changes).</summary>
    public static string ToNfc(string text)
    {
        var start = NormalizationStart(text);
        if (start < 0) return text;
        var nfc = start == 0 ? Normalize(text, compose: true) : string.Concat(text.AsSpan(0, start), Normalize(text.AsSpan(start), compose: true));
        return string.Equals(nfc, text, StringComparison.Ordinal) ? text : nfc;
    }

    /// <summary>Returns <paramref name="text"/> in NFC as a new string.</summary>
    public static string ToNfc(ReadOnlySpan<char> text)
    {
        var start = NormalizationStart(text);
        if (start < 0) return new string(text);
        return start == 0 ? Normalize(text, compose: true) : string.Concat(text[..start], Normalize(text[start..], compose: true));
    }

    /// <summary>
    /// Quick check: true when no character of <paramref name="text"/> can change under NFC (so it is NFC already).
    /// Surrogates count as unstable, which only sends astral text down the full (still correct) path.
    /// </summary>
    public static bool IsNfc(ReadOnlySpan<char> text) => FirstUnstableIndex(text) < 0;

    /// <summary>
    /// Where normalization must start, or -1 when the text is NFC already: the last character below U+0300 before the
    /// first unstable one. Characters below U+0300 are stable starters that never combine with what precedes them,
    /// so the text before that point is NFC as it is and normalizing the rest gives the NFC of the whole.
    /// </summary>
    internal static int NormalizationStart(ReadOnlySpan<char> text)
    {
        var start = FirstUnstableIndex(text);
        if (start < 0) return -1;
        while (start > 0 && text[start - 1] >= FirstUnstable) start--;
        return start > 0 ? start - 1 : 0;
    }

    /// <summary>The whole text normalized, without the quick check (the reference the fast path is tested against).</summary>
    internal static string NormalizeWhole(ReadOnlySpan<char> text, bool compose) => Normalize(text, compose);

    private static int FirstUnstableIndex(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange(FirstUnstable, '\uFFFF');
        if (i < 0) return -1;
        var unstable = UnstableBmp;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= FirstUnstable && (unstable[c >> 6] & (1UL << (c & 63))) != 0) return i;
        }

        return -1;
    }

    /// <summary>One bit per BMP character: set when NFC may change it (NFC_QC No or Maybe), and for every surrogate.</summary>
    private static readonly ulong[] UnstableBmp = BuildUnstableBmp();

    private static ulong[] BuildUnstableBmp()
    {
        var bits = new ulong[65536 / 64];
        foreach (var scalar in NormalizationData.NfcUnstable)
        {
            if (scalar <= 0xFFFF) bits[scalar >> 6] |= 1UL << (scalar & 63);
        }

        for (var c = 0xD800; c <= 0xDFFF; c++) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    /// <summary>Returns <paramref name="text"/> in NFD (the same instance when it has nothing to decompose).</summary>
    public static string ToNfd(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u00C0', '\uFFFF') < 0 ? text : Normalize(text, compose: false);

    /// <summary>The canonical combining class of a scalar.</summary>
    internal static int CombiningClass(int scalar)
    {
        if (scalar < 0x300) return 0;
        var i = NormalizationData.CombiningClassScalars.BinarySearch(scalar);
        return i >= 0 ? NormalizationData.CombiningClasses[i] : 0;
    }

    private static string Normalize(ReadOnlySpan<char> text, bool compose)
    {
        var rented = ArrayPool<int>.Shared.Rent((text.Length * 4) + 4);
        var chars = ArrayPool<char>.Shared.Rent((text.Length * 4) + 4);
        try
        {
            var length = Decompose(text, rented);
            var packed = rented.AsSpan(0, length);
            for (var i = 0; i < packed.Length; i++) packed[i] |= CombiningClass(packed[i]) << ClassShift;
            Reorder(packed);
            if (compose) packed = packed[..Compose(packed)];
            var n = 0;
            foreach (var v in packed)
            {
                var scalar = v & ScalarMask;
                if (scalar > 0xFFFF)
                {
                    chars[n++] = (char)(0xD7C0 + (scalar >> 10));
                    chars[n++] = (char)(0xDC00 | (scalar & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)scalar;
                }
            }

            return new string(chars, 0, n);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int Decompose(ReadOnlySpan<char> text, int[] output)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            n += DecomposeScalar(c, output.AsSpan(n));
        }

        return n;
    }

    /// <summary>Writes the full canonical decomposition of one scalar (itself when it has none); returns its length.</summary>
    internal static int DecomposeScalar(int c, Span<int> output)
    {
        if (c is >= SBase and < SBase + SCount)
        {
            var s = c - SBase;
            output[0] = LBase + (s / NCount);
            output[1] = VBase + (s % NCount / TCount);
            if (s % TCount == 0) return 2;
            output[2] = TBase + (s % TCount);
            return 3;
        }

        var k = c < 0xC0 ? -1 : NormalizationData.DecompositionScalars.BinarySearch(c);
        if (k < 0)
        {
            output[0] = c;
            return 1;
        }

        var offsets = NormalizationData.DecompositionOffsets;
        var parts = NormalizationData.DecompositionData[offsets[k]..offsets[k + 1]];
        parts.CopyTo(output);
        return parts.Length;
    }

    /// <summary>Canonical ordering: a stable sort by combining class inside each run of non-starters (packed values).</summary>
    private static void Reorder(Span<int> s)
    {
        for (var i = 1; i < s.Length; i++)
        {
            var cc = s[i] >>> ClassShift;
            if (cc == 0) continue;
            var j = i;
            var v = s[i];
            while (j > 0 && (s[j - 1] >>> ClassShift) > cc)
            {
                s[j] = s[j - 1];
                j--;
            }

            s[j] = v;
        }
    }

    /// <summary>Canonical composition in place (UAX #15) over packed values; returns the new length.</summary>
    private static int Compose(Span<int> s)
    {
        if (s.Length == 0) return 0;
        var starterPos = 0;
        var lastClass = (s[0] >>> ClassShift) == 0 ? 0 : 256;
        var n = 1;
        for (var i = 1; i < s.Length; i++)
        {
            var ch = s[i] & ScalarMask;
            var chClass = s[i] >>> ClassShift;
            var composable = ch >= FirstUnstable && (lastClass < chClass || lastClass == 0);
            var composite = composable ? Composite(s[starterPos] & ScalarMask, ch) : -1;
            if (composite >= 0)
            {
                s[starterPos] = composite | (CombiningClass(composite) << ClassShift);
                continue;
            }

            if (chClass == 0) starterPos = n;
            lastClass = chClass;
            s[n++] = s[i];
        }

        return n;
    }

    /// <summary>The primary composite of two scalars, or -1.</summary>
    internal static int Composite(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
            return first + (second - TBase);
        var i = NormalizationData.CompositionPairs.BinarySearch(((long)first << 21) | (uint)second);
        return i >= 0 ? NormalizationData.Composites[i] : -1;
    }
}
