using System.Text.Unicode;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Guesses the encoding of ISO 2709 data bytes: valid multi-byte UTF-8 and no ESC means UTF-8, else MARC-8.</summary>
internal static class Iso2709EncodingDetector
{
    /// <summary>What the content looks like.</summary>
    internal enum Guess
    {
        /// <summary>Only bytes below 0x80 and no ESC: MARC-8 and UTF-8 agree.</summary>
        Ascii,

        /// <summary>Valid UTF-8 with multi-byte sequences and no ESC.</summary>
        Utf8,

        /// <summary>ESC sequences or bytes that are not valid UTF-8.</summary>
        Marc8,
    }

    internal static Guess Detect(ReadOnlySpan<byte> data)
    {
        if (data.IndexOf((byte)0x1B) >= 0) return Guess.Marc8;
        if (!data.ContainsAnyInRange((byte)0x80, (byte)0xFF)) return Guess.Ascii;
        return Utf8.IsValid(data) ? Guess.Utf8 : Guess.Marc8;
    }
}
