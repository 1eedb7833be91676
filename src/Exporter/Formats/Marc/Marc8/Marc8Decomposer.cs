using Exporter.Formats.Common.Text;
using System.Text;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>
/// Prepares NFC text for MARC-8: a character MARC-8 holds as one code stays whole (Ơ, Ł, ß); any other is taken
/// apart canonically and put back together only as far as the results are MARC-8 letters (ớ -> ơ + acute, never
/// o + horn + acute, since MARC-8 has ơ but no combining horn). The result is canonically equivalent to the input.
/// </summary>
internal static class Marc8Decomposer
{
    private const int MaxDecomposition = 8;

    /// <summary>Returns the MARC-8-friendly canonical decomposition of <paramref name="nfc"/>.</summary>
    internal static string Decompose(string nfc)
    {
        if (nfc.AsSpan().IndexOfAnyInRange('\u00C0', '\uFFFF') < 0) return nfc;
        var sb = new StringBuilder(nfc.Length + 8);
        Span<int> parts = stackalloc int[MaxDecomposition];
        Span<int> skipped = stackalloc int[MaxDecomposition];
        for (var i = 0; i < nfc.Length; i++)
        {
            int c = nfc[i];
            if (char.IsHighSurrogate(nfc[i]) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]))
            {
                c = char.ConvertToUtf32(nfc[i], nfc[++i]);
            }

            var n = c < 0xC0 || IsMarc8Base(c) ? 1 : UnicodeNormalizer.DecomposeScalar(c, parts);
            if (n == 1)
            {
                Append(sb, c);
                continue;
            }

            var start = parts[0];
            var skippedCount = 0;
            var lastSkippedClass = 0;
            for (var k = 1; k < n; k++)
            {
                var mark = parts[k];
                var markClass = UnicodeNormalizer.CombiningClass(mark);
                var composite = skippedCount == 0 || lastSkippedClass < markClass ? UnicodeNormalizer.Composite(start, mark) : -1;
                if (composite >= 0 && IsMarc8Base(composite))
                {
                    start = composite;
                    continue;
                }

                skipped[skippedCount++] = mark;
                lastSkippedClass = markClass;
            }

            Append(sb, start);
            foreach (var mark in skipped[..skippedCount]) Append(sb, mark);
        }

        return sb.ToString();
    }

    private static bool IsMarc8Base(int scalar)
    {
        var code = Marc8Tables.Reverse(scalar);
        return code >= 0 && (code & Marc8Tables.CombiningBit) == 0;
    }

    private static void Append(StringBuilder sb, int scalar)
    {
        if (scalar > 0xFFFF) sb.Append(char.ConvertFromUtf32(scalar));
        else sb.Append((char)scalar);
    }
}
