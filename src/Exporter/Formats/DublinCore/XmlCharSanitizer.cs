using Exporter.Formats.Common.Text;
using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// Makes a string writable as XML 1.0 character data: characters XML 1.0 forbids (C0 controls other than
/// tab/LF/CR, lone surrogates, U+FFFE, U+FFFF: what <see cref="XmlUtf8Escaper"/> refuses) become U+FFFD, and the
/// text is put in Unicode NFC.
/// </summary>
internal static class XmlCharSanitizer
{
    /// <summary>The replacement for characters XML 1.0 cannot carry.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>What <see cref="Clean"/> changed.</summary>
    [Flags]
    public enum Changes
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary>At least one illegal character was replaced.</summary>
        IllegalReplaced = 1,

        /// <summary>The text was normalized to NFC.</summary>
        Normalized = 2,
    }

    /// <summary>Returns the cleaned text (the same instance when nothing changed) and what changed.</summary>
    public static string Clean(string value, out Changes changes)
    {
        changes = Changes.None;
        var replaced = XmlUtf8Escaper.ReplaceIllegal(value);
        if (!ReferenceEquals(replaced, value))
        {
            value = replaced;
            changes |= Changes.IllegalReplaced;
        }

        // IsNfc is a quick check (astral text always fails it): report only a value that really changed.
        if (!IsAscii(value) && !UnicodeNormalizer.IsNfc(value)
            && UnicodeNormalizer.ToNfc(value) is var nfc && !string.Equals(nfc, value, StringComparison.Ordinal))
        {
            value = nfc;
            changes |= Changes.Normalized;
        }

        return value;
    }

    /// <summary>Index of the first character XML 1.0 forbids, or -1.</summary>
    public static int FirstIllegal(string value) => XmlUtf8Escaper.IndexOfIllegal(value);

    private static bool IsAscii(string value) => Ascii.IsValid(value);
}
