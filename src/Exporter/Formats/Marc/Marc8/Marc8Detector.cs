using System.Globalization;
using System.Text;

namespace Exporter.Formats.Marc.Marc8;

/// <summary>
/// Guesses whether a record's data bytes are UTF-8 or MARC-8, for readers that meet a leader/09 they cannot trust.
/// Escape sequences or invalid UTF-8 mean MARC-8; valid multibyte UTF-8 without escapes means UTF-8; plain 7-bit
/// bytes read the same either way. One pass, no allocation beyond the reason text.
/// </summary>
internal static class Marc8Detector
{
    private const byte Esc = 0x1B;

    /// <summary>Decides between UTF-8 and MARC-8 for <paramref name="data"/> (a whole record or just its fields).</summary>
    public static Marc8Detection Detect(ReadOnlySpan<byte> data)
    {
        var esc = data.IndexOf(Esc);
        var firstHigh = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (esc >= 0)
        {
            var valid = System.Text.Unicode.Utf8.IsValid(data);
            var confidence = valid ? 0.9 : 0.99;
            return new(Marc8DetectedEncoding.Marc8, confidence, Invariant($"escape sequence at byte {esc}{(valid ? "" : "; not valid UTF-8")}"));
        }

        if (firstHigh < 0)
        {
            return new(Marc8DetectedEncoding.Ascii, 1.0, "7-bit bytes only, no escape sequence: MARC-8 and UTF-8 agree");
        }

        var invalidAt = FirstInvalidUtf8(data, firstHigh, out var sequences);
        if (invalidAt >= 0)
        {
            return new(Marc8DetectedEncoding.Marc8, 0.95, Invariant($"not valid UTF-8 at byte {invalidAt}"));
        }

        // Valid UTF-8: a single short sequence could still be MARC-8 by chance (ANSEL special + G1 code), many cannot.
        var sure = sequences >= 3 ? 0.99 : sequences == 2 ? 0.95 : 0.85;
        return new(Marc8DetectedEncoding.Utf8, sure, Invariant($"valid UTF-8 with {sequences} multibyte sequence(s), no escape sequence"));
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> data, int start, out int sequences)
    {
        sequences = 0;
        var i = start;
        while (i < data.Length)
        {
            if (data[i] < 0x80)
            {
                i++;
                continue;
            }

            if (System.Text.Rune.DecodeFromUtf8(data[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            sequences++;
            i += consumed;
        }

        return -1;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
