using Exporter.Formats.Common.Text;
using System.Text;
using System.Text.Unicode;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>Turns the bytes of one value into a string in the record's encoding (UTF-8 or MARC-8).</summary>
internal static class Iso2709ValueDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes UTF-8; false when the bytes are invalid (the string then has U+FFFD in their place).
    /// <paramref name="normalized"/> tells whether NFC changed the text.
    /// </summary>
    internal static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, UnicodeNormalization normalization, out string value, out bool normalized)
    {
        normalized = false;
        if (bytes.IsEmpty)
        {
            value = string.Empty;
            return true;
        }

        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF))
        {
            value = Encoding.ASCII.GetString(bytes);
            return true;
        }

        var valid = Utf8.IsValid(bytes);
        value = StrictUtf8.GetString(bytes);
        if (normalization == UnicodeNormalization.Nfc && !UnicodeNormalizer.IsNfc(value))
        {
            var nfc = UnicodeNormalizer.ToNfc(value);
            normalized = !string.Equals(nfc, value, StringComparison.Ordinal); // the quick check's "maybe" may hold NFC text
            value = nfc;
        }

        return valid;
    }

    /// <summary>Decodes MARC-8 (NFC); conversion problems are appended to <paramref name="problems"/>.</summary>
    internal static string DecodeMarc8(ReadOnlySpan<byte> bytes, List<Marc8Problem> problems)
    {
        if (bytes.IsEmpty) return string.Empty;

        // Plain ASCII with no escape and no NCR start (&#x) is the same in MARC-8: no need for the converter.
        if (!bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && bytes.IndexOf((byte)0x1B) < 0 && bytes.IndexOf("&#x"u8) < 0)
        {
            return Encoding.ASCII.GetString(bytes);
        }

        return Marc8Decoder.Decode(bytes, problems);
    }
}
