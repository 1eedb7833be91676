namespace Exporter.Formats.Common.Text;

/// <summary>
/// LCCNs normalized as the Library of Congress defines for its "info:lccn" namespace
/// (https://www.loc.gov/marc/lccn-namespace.html#syntax), the one normalization every format uses:
/// <list type="number">
/// <item>remove all blanks;</item>
/// <item>if there is a "/", remove it and everything to its right;</item>
/// <item>if there is a hyphen, remove it; the part after it must be digits, six or fewer, and is left-filled with zeros
/// to six ("n78-89035" -> "n78089035", "85-2 " -> "85000002").</item>
/// </list>
/// The result is an LCCN when it has LoC's syntax of a normalized LCCN (<see cref="IsNormalized"/>).
/// </summary>
internal static class LccnNormalizer
{
    /// <summary>
    /// The normalized LCCN of <paramref name="value"/>, or null when it is not one: the part after a hyphen is not one
    /// to six digits (LoC: "An un-normalized LCCN may have a serial number of 1-6 digits"), or the result does not have
    /// the syntax of a normalized LCCN.
    /// </summary>
    public static string? Normalize(string value) => TryNormalize(value, out var normalized) ? normalized : null;

    /// <summary>
    /// True when <paramref name="value"/> normalizes to an LCCN. <paramref name="normalized"/> is LoC's steps carried as
    /// far as they go, also when it does not: where the part after a hyphen is not one to six digits, the hyphens are
    /// removed and that part kept as written ("85-abc" -> "85abc"), for writers that keep every value
    /// (Dublin Core's <c>info:lccn/</c>).
    /// </summary>
    public static bool TryNormalize(string value, out string normalized)
    {
        var v = value.Replace(" ", "", StringComparison.Ordinal);                           // 1. remove all blanks
        var slash = v.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0) v = v[..slash];                                                      // 2. "/" and what follows it
        var hyphen = v.IndexOf('-', StringComparison.Ordinal);
        if (hyphen >= 0)
        {
            var serial = v[(hyphen + 1)..];
            if (serial.Length is 0 or > 6 || !serial.All(char.IsAsciiDigit))
            {
                normalized = v.Replace("-", "", StringComparison.Ordinal);
                return false;
            }

            v = v[..hyphen] + serial.PadLeft(6, '0');                                       // 3. hyphen out, serial to six digits
        }

        normalized = v;
        return IsNormalized(v);
    }

    /// <summary>
    /// LoC's "Syntax of a Normalized LCCN": eight to twelve characters, the rightmost eight digits; of 9, the first
    /// alphabetic; of 10, the first two both digits or both alphabetic; of 11, the first alphabetic and the next two
    /// both digits or both alphabetic; of 12, the first two alphabetic and the rest digits. Alphabetic is a lowercase
    /// ASCII letter: the prefix "has one to three lowercase alphabetic characters".
    /// </summary>
    public static bool IsNormalized(string value)
    {
        if (value.Length is < 8 or > 12 || !AllDigits(value.AsSpan(value.Length - 8))) return false;
        return value.Length switch
        {
            8 => true,
            9 => char.IsAsciiLetterLower(value[0]),
            10 => BothDigitsOrBothLetters(value[0], value[1]),
            11 => char.IsAsciiLetterLower(value[0]) && BothDigitsOrBothLetters(value[1], value[2]),
            _ => char.IsAsciiLetterLower(value[0]) && char.IsAsciiLetterLower(value[1]) && AllDigits(value.AsSpan(2)),
        };
    }

    private static bool BothDigitsOrBothLetters(char a, char b) =>
        (char.IsAsciiDigit(a) && char.IsAsciiDigit(b)) || (char.IsAsciiLetterLower(a) && char.IsAsciiLetterLower(b));

    private static bool AllDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
}
