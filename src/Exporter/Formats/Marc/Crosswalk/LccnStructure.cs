using Exporter.Formats.Common.Text;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// An LCCN in the structure of MARC 21 010 $a (https://www.loc.gov/marc/bibliographic/bd010.html, "LCCN structure A
/// and B"). The number is first normalized as LC's "info:lccn" namespace defines (<see cref="LccnNormalizer"/>,
/// https://www.loc.gov/marc/lccn-namespace.html#syntax: "85-2" -> "85000002", "n 78-89035" -> "n78089035"). Then: a
/// two-digit year (structure A, before 2001) gives a 12-character field of a three-character prefix blank-filled on the
/// right, the year, the six-digit serial number and a blank ("   85000002 ", "n  78089035 "); a four-digit year
/// (structure B, from 2001) gives a two-character prefix blank-filled, the year and the serial number ("  2001000002").
/// A value that does not normalize to an LCCN, or that has a "/" (a revision date, "//r86", which structure A keeps
/// after the number), is kept as it is.
/// </summary>
internal static class LccnStructure
{
    /// <summary>The 010 $a value for <paramref name="lccn"/>.</summary>
    public static string Of(string lccn)
    {
        if (lccn.Contains('/', StringComparison.Ordinal)) return lccn;   // a revision or suffix ("   85000002 //r86") is kept as written
        if (LccnNormalizer.Normalize(lccn) is not { } normalized) return lccn;
        var letters = normalized.TakeWhile(char.IsAsciiLetterLower).Count();
        var (prefix, digits) = (normalized[..letters], normalized[letters..]);
        return digits.Length == 8
            ? prefix.PadRight(3) + digits + " "                          // structure A: two-digit year
            : prefix.PadRight(2) + digits;                               // structure B: four-digit year (a normalized LCCN has 8 or 10 digits)
    }

    /// <summary>
    /// The hub's LCCN from a 010 $a: a value in structure A or B gives its normalized form ("   85000002 " -> "85000002",
    /// "n  78089035 " -> "n78089035"); any other value is kept, trimmed.
    /// </summary>
    public static string Read(string a) =>
        a.Length == 12 && !a.Contains('/', StringComparison.Ordinal) && LccnNormalizer.Normalize(a) is { } normalized && Of(normalized) == a ? normalized : a.Trim();
}
