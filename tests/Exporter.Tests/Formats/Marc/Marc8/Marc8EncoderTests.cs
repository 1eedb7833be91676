using Exporter.Formats.Marc.Marc8;
using static Exporter.Tests.Formats.Marc.Marc8.Marc8Codes;

namespace Exporter.Tests.Formats.Marc.Marc8;

public sealed class Marc8EncoderTests
{
    public static TheoryData<string, byte[]> Cases => new()
    {
        { "", [] },
        { "Plain text & more", Bytes("Plain text & more") },
        { "Caf\u00E9", Bytes("Caf", Acute, "e") }, // precomposed -> mark before base
        { "\u1E09", Bytes(Cedilla, Acute, "c") }, // NFD order: cedilla (202) before acute (230)
        { "\u1EDB", Bytes(Acute, SmallOWithHorn) }, // o with horn and acute: MARC-8 keeps o-horn whole
        { "o\u031B\u0301", Bytes(Acute, SmallOWithHorn) }, // same text, decomposed
        { "\u00C5", Bytes(0xEA, "A") }, // "CIRCLE ABOVE / COMBINING RING ABOVE" EA
        { "\u0141od\u200D", Bytes(PolishCapitalL, "od", Joiner) },
        { "t\u0361s", Bytes(LigatureFirst, "t", LigatureSecond, "s") },
        { "n\u0360g", Bytes(DoubleTildeFirst, "n", DoubleTildeSecond, "g") },
        { "\u0410\u0430 1", Bytes(Esc, (byte)'(', Cyrillic, CyrillicCapitalA, CyrillicSmallA, " 1", Esc, (byte)'(', Ascii) }, // digit from the Cyrillic set
        { "\u0491", Bytes(Esc, (byte)'(', ExtendedCyrillic, ExtendedCyrillicGheWithUpturn & 0x7F, Esc, (byte)'(', Ascii) },
        { "\u05D0\u05B7", Bytes(Esc, (byte)'(', Hebrew, HebrewPatah, HebrewAlef, Esc, (byte)'(', Ascii) },
        { "\u0627", Bytes(Esc, (byte)'(', Arabic, ArabicAlef, Esc, (byte)'(', Ascii) },
        { "\u06FD", Bytes(Esc, (byte)')', ExtendedArabic, ExtendedArabicSindhiAmpersand, Esc, (byte)')', Ansel) },
        { "\u0391", Bytes(Esc, (byte)'(', Greek, GreekCapitalAlpha, Esc, (byte)'(', Ascii) },
        { "H\u2080", Bytes("H", Esc, (byte)'b', SubscriptZero, Esc, (byte)'s') },
        { "x\u00B2", Bytes("x", Esc, (byte)'p', SuperscriptTwo, Esc, (byte)'s') },
        { "\u03B1", Bytes(Esc, (byte)'(', Greek, GreekSmallAlpha, Esc, (byte)'(', Ascii) }, // Greek set, not ESC g (LoC, Sept. 2004)
        { "\u4E00\u3000 \U000212C4", Bytes(Esc, (byte)'$', Eacc, EaccOne, EaccIdeographicSpace, " ", EaccAstral, Esc, (byte)'(', Ascii) },
        { "\u263A", Bytes("&#x263A;") }, // not in MARC-8: LoC lossless reference, uppercase hex
        { "\U0001F600", Bytes("&#x1F600;") },
        { "\u001B", Bytes("&#x001B;") },
        { "&#x41;", Bytes("&#x0026;#x41;") }, // text that would read as a reference is escaped
        { "\u0301a", Bytes("&#x0301;a") }, // a mark with no base before it
        { "\u0430\u001Fb\u0430", Bytes(Esc, (byte)'(', Cyrillic, CyrillicSmallA, Esc, (byte)'(', Ascii, SubfieldDelimiter, "b", Esc, (byte)'(', Cyrillic, CyrillicSmallA, Esc, (byte)'(', Ascii) },
        { "a\uD800b", Bytes("a&#xFFFD;b") }, // lone surrogate
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EncodesWithTableDefinedBytes(string text, byte[] expected) =>
        Assert.Equal(Hex(expected), Hex(Marc8Encoder.Encode(text)));

    [Fact]
    public void OutputIsDeterministic() =>
        Assert.Equal(Marc8Encoder.Encode("\u0416\u05D0\u4E00\u00E9&#x41;"), Marc8Encoder.Encode("\u0416\u05D0\u4E00\u00E9&#x41;"));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
}
