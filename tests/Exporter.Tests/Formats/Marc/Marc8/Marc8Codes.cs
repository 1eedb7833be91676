namespace Exporter.Tests.Formats.Marc.Marc8;

/// <summary>MARC-8 bytes as LoC's code tables define them (codetables.xml), written out by hand for the tests.</summary>
internal static class Marc8Codes
{
    internal const byte Esc = 0x1B, SubfieldDelimiter = 0x1F;

    // Extended Latin (ANSEL), G1: "ACUTE / COMBINING ACUTE ACCENT" E2 = U+0301, "MACRON" E5 = U+0304,
    // "CEDILLA" F0 = U+0327, "LIGATURE, FIRST HALF" EB = U+0361, "SECOND HALF" EC = (none), "DOUBLE TILDE" FA/FB,
    // "UPPERCASE POLISH L" A1 = U+0141, "ZERO WIDTH JOINER" 8D = U+200D, "NON-SORT BEGIN" 88 = U+0098.
    internal const byte Acute = 0xE2, Macron = 0xE5, Cedilla = 0xF0, LigatureFirst = 0xEB, LigatureSecond = 0xEC;
    // "LOWERCASE O-HOOK / LATIN SMALL LETTER O WITH HORN" BC = U+01A1 (ANSEL has no combining horn).
    internal const byte SmallOWithHorn = 0xBC;
    internal const byte DoubleTildeFirst = 0xFA, DoubleTildeSecond = 0xFB, PolishCapitalL = 0xA1, Joiner = 0x8D, NonSortBegin = 0x88;

    // Finals: Basic Latin 'B', ANSEL 'E', Hebrew '2', Basic Cyrillic 'N', Extended Cyrillic 'Q', Basic Arabic '3',
    // Extended Arabic '4', Basic Greek 'S', EACC '1'; technique 1: ESC g (Greek symbols), ESC b, ESC p, ESC s.
    internal const byte Ascii = 0x42, Ansel = 0x45, Hebrew = 0x32, Cyrillic = 0x4E, ExtendedCyrillic = 0x51;
    internal const byte Arabic = 0x33, ExtendedArabic = 0x34, Greek = 0x53, Eacc = 0x31;

    internal const byte CyrillicSmallA = 0x41, CyrillicCapitalA = 0x61; // U+0430, U+0410
    internal const byte ExtendedCyrillicGheWithUpturn = 0xC0; // U+0491
    internal const byte HebrewAlef = 0x60, HebrewPatah = 0x40; // U+05D0, U+05B7 (combining)
    internal const byte ArabicAlef = 0x47; // U+0627
    internal const byte ExtendedArabicSindhiAmpersand = 0xA1; // U+06FD
    internal const byte GreekCapitalAlpha = 0x41, GreekSmallAlpha = 0x61; // U+0391, U+03B1
    internal const byte SubscriptZero = 0x30, SuperscriptTwo = 0x32, GreekSymbolAlpha = 0x61; // U+2080, U+00B2, U+03B1

    internal static readonly byte[] EaccOne = [0x21, 0x30, 0x21]; // U+4E00
    internal static readonly byte[] EaccIdeographicSpace = [0x21, 0x23, 0x20]; // U+3000
    internal static readonly byte[] EaccAstral = [0x21, 0x75, 0x59]; // U+212C4

    internal static byte[] Bytes(params object[] parts)
    {
        var list = new List<byte>();
        foreach (var p in parts)
        {
            switch (p)
            {
                case byte b: list.Add(b); break;
                case int i: list.Add(checked((byte)i)); break;
                case byte[] bs: list.AddRange(bs); break;
                case string s: list.AddRange(System.Text.Encoding.ASCII.GetBytes(s)); break;
                default: throw new ArgumentException("unsupported part " + p);
            }
        }

        return [.. list];
    }
}
