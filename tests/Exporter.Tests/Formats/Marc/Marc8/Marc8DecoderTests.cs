using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Marc8;
using static Exporter.Tests.Formats.Marc.Marc8.Marc8Codes;

namespace Exporter.Tests.Formats.Marc.Marc8;

public sealed class Marc8DecoderTests
{
    public static TheoryData<byte[], string> Cases => new()
    {
        { Bytes("Caf", Acute, "e"), "Caf\u00E9" }, // mark before base, then NFC
        { Bytes(Acute, Cedilla, "c"), "\u1E09" }, // c + acute + cedilla, reordered canonically, composed
        { Bytes(PolishCapitalL, "od", Joiner, NonSortBegin), "\u0141od\u200D\u0098" },
        { Bytes(LigatureFirst, "t", LigatureSecond, "s"), "t\u0361s" },
        { Bytes(DoubleTildeFirst, "n", DoubleTildeSecond, "g"), "n\u0360g" },
        { Bytes(Esc, (byte)'(', Cyrillic, CyrillicCapitalA, CyrillicSmallA, Esc, (byte)'(', Ascii, "!"), "\u0410\u0430!" },
        { Bytes(Esc, (byte)')', Cyrillic, CyrillicSmallA | 0x80), "\u0430" }, // G0 form of the code used in G1
        { Bytes(Esc, (byte)'(', ExtendedCyrillic, ExtendedCyrillicGheWithUpturn & 0x7F), "\u0491" },
        { Bytes(Esc, (byte)',', Cyrillic, CyrillicSmallA), "\u0430" },
        { Bytes(Esc, (byte)'-', Cyrillic, CyrillicSmallA | 0x80), "\u0430" },
        { Bytes(Esc, (byte)')', (byte)'!', Ansel, Acute, "a"), "\u00E1" },
        { Bytes(Esc, (byte)'(', Hebrew, HebrewPatah, HebrewAlef), "\u05D0\u05B7" },
        { Bytes(Esc, (byte)'(', Arabic, ArabicAlef), "\u0627" },
        { Bytes(Esc, (byte)')', ExtendedArabic, ExtendedArabicSindhiAmpersand), "\u06FD" },
        { Bytes(Esc, (byte)'(', Greek, GreekCapitalAlpha), "\u0391" },
        { Bytes("H", Esc, (byte)'b', SubscriptZero, Esc, (byte)'s', "x"), "H\u2080x" },
        { Bytes("x", Esc, (byte)'p', SuperscriptTwo, Esc, (byte)'s'), "x\u00B2" },
        { Bytes(Esc, (byte)'g', GreekSymbolAlpha, Esc, (byte)'s', "a"), "\u03B1a" },
        { Bytes(Esc, (byte)'$', Eacc, EaccOne, EaccIdeographicSpace, EaccAstral, Esc, (byte)'(', Ascii), "\u4E00\u3000\U000212C4" },
        { Bytes(Esc, (byte)'$', (byte)',', Eacc, EaccOne), "\u4E00" },
        { Bytes(Esc, (byte)'$', (byte)')', Eacc, EaccOne.Select(b => (byte)(b | 0x80)).ToArray()), "\u4E00" },
        { Bytes(Esc, (byte)'$', Eacc, EaccOne, " ", EaccOne), "\u4E00 \u4E00" }, // single-byte space in multibyte mode
        { Bytes("&#x4E00;&#x1F600;&#x00e9;"), "\u4E00\U0001F600\u00E9" },
        { Bytes(Acute, "&#x0391;"), "\u0386" }, // a reference is a base character: Alpha + acute = Alpha with tonos
        { Bytes("AT&T &#x; &#xZZ;"), "AT&T &#x; &#xZZ;" },
        { Bytes("a", SubfieldDelimiter, "b", Esc, (byte)'(', Cyrillic, CyrillicSmallA, SubfieldDelimiter, "c", CyrillicSmallA), "a\u001Fb\u0430\u001Fc" + "A" },
        { Bytes(Esc, (byte)'(', Cyrillic, SubfieldDelimiter, "&#x41;"), "\u001F&#x41;" }, // code byte taken as it is
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DecodesTableDefinedBytes(byte[] data, string expected)
    {
        var problems = new List<Marc8Problem>();
        Assert.Equal(expected, Marc8Decoder.Decode(data, problems));
        Assert.Empty(problems);
    }

    public static TheoryData<byte[], string, string, int> BadInput => new()
    {
        { Bytes("a", 0xC9, "b"), "a\uFFFDb", Marc8ProblemCodes.UnmappedCode, 1 }, // no ANSEL character at C9
        { Bytes(Esc, (byte)'$', Eacc, 0x7E, 0x7E, 0x7E), "\uFFFD", Marc8ProblemCodes.UnmappedCode, 3 },
        { Bytes("a", 0x7F), "a\uFFFD", Marc8ProblemCodes.InvalidByte, 1 },
        { Bytes("a", 0x90), "a\uFFFD", Marc8ProblemCodes.InvalidByte, 1 },
        { Bytes("ab", Esc), "ab", Marc8ProblemCodes.IncompleteEscape, 2 },
        { Bytes("ab", Esc, (byte)'('), "ab", Marc8ProblemCodes.IncompleteEscape, 2 },
        { Bytes("a", Esc, (byte)'(', 0x1E), "a\u001E", Marc8ProblemCodes.IncompleteEscape, 1 },
        { Bytes(Esc, (byte)'(', (byte)'Z', "a"), "a", Marc8ProblemCodes.UnknownEscape, 0 },
        { Bytes(Esc, (byte)'t', "a"), "ta", Marc8ProblemCodes.UnknownEscape, 0 },
        { Bytes(Esc, (byte)'$', Eacc, EaccOne, 0x21, 0x30), "\u4E00!0", Marc8ProblemCodes.TruncatedMultibyte, 6 },
        { Bytes(Esc, (byte)'$', Eacc, 0x21, SubfieldDelimiter, "a"), "!\u001Fa", Marc8ProblemCodes.TruncatedMultibyte, 3 },
        { Bytes("a", Acute), "\u00E1", Marc8ProblemCodes.DanglingCombiningMark, 1 }, // kept in place, then NFC
        { Bytes("a", Acute, SubfieldDelimiter, "b"), "\u00E1\u001Fb", Marc8ProblemCodes.DanglingCombiningMark, 1 },
        { Bytes("&#xD800;"), "&#xD800;", Marc8ProblemCodes.InvalidCharacterReference, 0 },
        { Bytes("&#x110000;"), "&#x110000;", Marc8ProblemCodes.InvalidCharacterReference, 0 },
        { Bytes(Esc, (byte)'(', Greek, GreekCapitalAlpha, ":"), "\u0391:", Marc8ProblemCodes.BasicLatinFallback, 4 },
        { Bytes(Esc, (byte)'b', "x"), "x", Marc8ProblemCodes.BasicLatinFallback, 2 },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void ReportsBadInputWithoutThrowing(byte[] data, string expected, string code, int offset)
    {
        var problems = new List<Marc8Problem>();
        Assert.Equal(expected, Marc8Decoder.Decode(data, problems));
        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(offset, problem.Offset);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void ProblemsAreOptional() => Assert.Equal("\uFFFD", Marc8Decoder.Decode([0xFF]));

    [Fact]
    public void EmptyInputIsEmpty() => Assert.Same(string.Empty, Marc8Decoder.Decode([]));

    [Fact]
    public void EveryByteSequenceDecodesWithoutThrowing()
    {
        var random = new Random(8);
        var data = new byte[64];
        for (var i = 0; i < 20000; i++)
        {
            random.NextBytes(data);
            if (i % 3 == 0) data[random.Next(data.Length)] = Esc;
            var problems = new List<Marc8Problem>();
            var text = Marc8Decoder.Decode(data.AsSpan(0, random.Next(data.Length + 1)), problems);
            Assert.True(problems.TrueForAll(p => p.Offset >= 0 && p.Offset < data.Length && p.Code.StartsWith("MARC8", StringComparison.Ordinal)));
            Assert.Equal(UnicodeNormalizer.ToNfc(text), text);
        }
    }

    [Fact]
    public void PlainAsciiIsAFastPathWithoutExtraAllocation()
    {
        var data = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("The quick brown fox; 1999. ", 400)));
        Assert.Equal(System.Text.Encoding.ASCII.GetString(data), Marc8Decoder.Decode(data));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var text = Marc8Decoder.Decode(data);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(data.Length, text.Length);
        Assert.InRange(allocated, 0, (data.Length * 2) + 64); // the string itself only
    }
}
