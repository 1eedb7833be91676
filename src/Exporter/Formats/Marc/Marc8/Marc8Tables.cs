using Exporter.Formats.Marc.Marc8.Generated;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>Lookups over the generated MARC-8 tables (set ids are positions in <see cref="Marc8SingleByteTable.Finals"/>).</summary>
internal static class Marc8Tables
{
    internal const int Ascii = 0;
    internal const int Ansel = 1;
    internal const int GreekSymbols = 2;
    internal const int Subscripts = 3;
    internal const int Superscripts = 4;
    internal const int ExtendedArabic = 9;
    internal const int Eacc = Marc8SingleByteTable.SetCount;

    /// <summary>Flag bits of <see cref="Marc8SingleByteTable.Flags"/>.</summary>
    internal const byte Mapped = 1, Combining = 2, Empty = 4;

    /// <summary>Bit of a reverse-table value marking a combining code.</summary>
    internal const int CombiningBit = 1 << 28;

    /// <summary>The set id designated by an ISO 2022 final byte, or -1.</summary>
    internal static int SetForFinal(byte final) => Marc8SingleByteTable.Finals.IndexOf(final);

    /// <summary>The final byte of a set id.</summary>
    internal static byte FinalOf(int set) => Marc8SingleByteTable.Finals[set];

    /// <summary>True for the technique-1 sets (ESC g, ESC b, ESC p) that overlay G0.</summary>
    internal static bool IsTechniqueOne(int set) => set is GreekSymbols or Subscripts or Superscripts;

    /// <summary>Looks up a single-byte code (either half); returns the flags (0 = unmapped).</summary>
    internal static byte Single(int set, int code, out char ch)
    {
        var index = (set * 94) + (code & 0x7F) - 0x21;
        ch = (char)Marc8SingleByteTable.Chars[index];
        return Marc8SingleByteTable.Flags[index];
    }

    /// <summary>The ANSEL C1 character for 0x80..0x9F, or '\0'.</summary>
    internal static char AnselC1(byte b) => (char)Marc8SingleByteTable.AnselC1[b - 0x80];

    /// <summary>The Unicode scalar of a three-byte EACC code (7-bit bytes), or -1.</summary>
    internal static int Eacc3(int code)
    {
        var i = Marc8EaccTable.Codes.BinarySearch(code);
        return i >= 0 ? Marc8EaccTable.Scalars[i] : -1;
    }

    /// <summary>The preferred MARC-8 code of a scalar (set &lt;&lt; 24 | code | combining bit), or -1.</summary>
    internal static int Reverse(int scalar)
    {
        if (scalar is > 0x20 and < 0x7F) return scalar; // Basic Latin, set 0
        var i = Marc8ReverseTable.Scalars.BinarySearch(scalar);
        return i >= 0 ? Marc8ReverseTable.Codes[i] : -1;
    }

    /// <summary>The 7-bit code of <paramref name="ch"/> in a single-byte set with the given combining flag, or -1.</summary>
    internal static int FindInSet(int set, char ch, bool combining)
    {
        if (set >= Eacc) return -1;
        var chars = Marc8SingleByteTable.Chars.Slice(set * 94, 94);
        var i = chars.IndexOf(ch);
        if (i < 0) return -1;
        var flags = Marc8SingleByteTable.Flags[(set * 94) + i];
        return ((flags & Combining) != 0) == combining ? i + 0x21 : -1;
    }
}
