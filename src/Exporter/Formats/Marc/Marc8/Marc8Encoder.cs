using Exporter.Formats.Common.Text;
using System.Text;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>Unicode to MARC-8, with the tables generated from LoC's codetables.xml (tools/marc8-gen).</summary>
public static class Marc8Encoder
{
    private const int SubfieldDelimiter = 0x1F;
    private const int LigatureFirstHalf = 0x0361, DoubleTildeFirstHalf = 0x0360;
    private const int LigatureSecondHalf = (Marc8Tables.Ansel << 24) | Marc8Tables.CombiningBit | 0xEC;
    private const int DoubleTildeSecondHalf = (Marc8Tables.Ansel << 24) | Marc8Tables.CombiningBit | 0xFB;

    /// <summary>
    /// Encodes one field's data to MARC-8 (escape sequences as needed, returning to Basic Latin/ANSEL at the end),
    /// combining marks placed before their base letter; characters MARC-8 lacks become LoC lossless NCRs (&amp;#xXXXX;).
    /// Text is decomposed first (canonically, but keeping letters MARC-8 has whole, such as Ơ); lone surrogates become U+FFFD. Deterministic; never throws.
    /// </summary>
    public static byte[] Encode(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var span = text.AsSpan();
        if (span.IndexOfAnyExceptInRange('\0', '\u007E') < 0 && !span.Contains('\u001B') && !text.Contains("&#", StringComparison.Ordinal))
            return Encoding.ASCII.GetBytes(text);

        var nfd = Marc8Decomposer.Decompose(UnicodeNormalizer.ToNfc(ReplaceLoneSurrogates(text)));
        var output = new Marc8EncoderOutput(nfd.Length + 16);
        var secondHalves = 0;
        var codeNext = false;
        var i = 0;
        while (i < nfd.Length)
        {
            var scalar = ScalarAt(nfd, i, out var width);
            var carrier = scalar >= 0x20 || scalar == 0x1B;
            var marksStart = i + width;
            var j = marksStart;
            while (carrier && j < nfd.Length)
            {
                var code = Marc8Tables.Reverse(ScalarAt(nfd, j, out var w));
                if (code < 0 || (code & Marc8Tables.CombiningBit) == 0) break;
                j += w;
            }

            if (!carrier) secondHalves = 0;
            if ((secondHalves & 1) != 0) output.Code(LigatureSecondHalf, -1);
            if ((secondHalves & 2) != 0) output.Code(DoubleTildeSecondHalf, -1);
            secondHalves = 0;
            for (var k = marksStart; k < j;)
            {
                var mark = ScalarAt(nfd, k, out var w);
                output.Code(Marc8Tables.Reverse(mark), mark);
                if (mark == LigatureFirstHalf) secondHalves |= 1;
                if (mark == DoubleTildeFirstHalf) secondHalves |= 2;
                k += w;
            }

            if (codeNext && marksStart == j && scalar is >= 0x20 and <= 0x7E) output.Raw(scalar); // subfield code
            else WriteBase(output, scalar, nfd.AsSpan(j));
            codeNext = scalar == SubfieldDelimiter;
            i = j;
        }

        return output.Finish();
    }

    private static void WriteBase(Marc8EncoderOutput output, int scalar, ReadOnlySpan<char> after)
    {
        if (scalar == SubfieldDelimiter)
        {
            output.Subfield(); // the decoder returns to the default sets at each delimiter: so do we, in the open
            return;
        }

        if (scalar is < 0x20 and not 0x1B or 0x20)
        {
            output.Raw(scalar);
            return;
        }

        if (scalar == '&' && WouldReadAsReference(after))
        {
            output.Reference(scalar);
            return;
        }

        var code = Marc8Tables.Reverse(scalar);
        if (code >= 0 && (code & Marc8Tables.CombiningBit) == 0) output.Code(code, scalar);
        else output.Reference(scalar); // not in MARC-8, ESC, or a combining mark with no base to carry it
    }

    /// <summary>True when an ampersand followed by <paramref name="after"/> would decode as a reference.</summary>
    private static bool WouldReadAsReference(ReadOnlySpan<char> after)
    {
        Span<char> probe = stackalloc char[Marc8Ncr.MaxLength];
        probe[0] = '&';
        var n = Math.Min(after.Length, probe.Length - 1);
        after[..n].CopyTo(probe[1..]);
        return Marc8Ncr.Parse<char>(probe[..(n + 1)], out _) != 0;
    }

    private static int ScalarAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }

        width = 1;
        return s[i];
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }
}
