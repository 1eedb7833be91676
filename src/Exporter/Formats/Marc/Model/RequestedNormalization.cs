using Exporter.Formats.Common.Text;
using System.Text;
using Exporter.Formats.Marc.Marc8;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// The MARC readers' Unicode normalization, done only when asked for (<see cref="UnicodeNormalization.Nfc"/>,
/// <c>--normalize nfc</c>): pass-through records otherwise keep their characters.
/// </summary>
internal static class RequestedNormalization
{
    /// <summary>
    /// <paramref name="value"/> in NFC when <paramref name="mode"/> asks for it, else unchanged; <paramref name="changed"/>
    /// says whether normalizing changed it (the reader reports a record's first change, MARC0132).
    /// </summary>
    public static string Apply(string value, UnicodeNormalization mode, out bool changed)
    {
        changed = false;
        if (mode != UnicodeNormalization.Nfc || Ascii.IsValid(value) || UnicodeNormalizer.IsNfc(value)) return value;
        var nfc = UnicodeNormalizer.ToNfc(value);
        changed = !string.Equals(nfc, value, StringComparison.Ordinal);
        return nfc;
    }
}
