namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// An LCCN in the structure of MARC 21 010 $a (https://www.loc.gov/marc/bibliographic/bd010.html, "LCCN structure A
/// and B"). The number is first normalized as LC's "info:lccn" namespace defines
/// (https://www.loc.gov/marc/lccn-namespace.html#syntax): blanks removed, a "/" and what follows it removed, and at a
/// hyphen the hyphen dropped and the part after it left-padded with zeros to six digits ("85-2" -> "85000002",
/// "n 78-89035" -> "n78089035"). Then: a two-digit year (structure A, before 2001) gives a 12-character field of a
/// three-character prefix blank-filled on the right, the year, the six-digit serial number and a blank
/// ("   85000002 ", "n  78089035 "); a four-digit year (structure B, from 2001) gives a two-character prefix
/// blank-filled, the year and the serial number ("  2001000002"). A value that does not reduce to letters then 8 or
/// 10 digits, or that has a "/" (a revision date, "//r86", which structure A keeps after the number), is kept as it is.
/// </summary>
internal static class LccnStructure
{
    /// <summary>The 010 $a value for <paramref name="lccn"/>.</summary>
    public static string Of(string lccn)
    {
        if (lccn.Contains('/', StringComparison.Ordinal)) return lccn;   // a revision or suffix ("   85000002 //r86") is kept as written
        var normalized = Normalize(lccn);
        var letters = 0;
        while (letters < normalized.Length && char.IsAsciiLetterLower(normalized[letters])) letters++;
        var digits = normalized[letters..];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return lccn;
        var prefix = normalized[..letters];
        return digits.Length switch
        {
            8 when prefix.Length <= 3 => prefix.PadRight(3) + digits + " ",
            10 when prefix.Length <= 2 => prefix.PadRight(2) + digits,
            _ => lccn,
        };
    }

    /// <summary>
    /// The hub's LCCN from a 010 $a: a value in structure A or B gives its normalized form ("   85000002 " -> "85000002",
    /// "n  78089035 " -> "n78089035"); any other value is kept, trimmed.
    /// </summary>
    public static string Read(string a) => a.Length == 12 && !a.Contains('/', StringComparison.Ordinal) && Of(a) == a ? Normalize(a) : a.Trim();

    /// <summary>LC's normalized form: no blanks, nothing from a "/", the serial number after a hyphen zero-padded to six digits.</summary>
    public static string Normalize(string lccn)
    {
        var s = string.Concat(lccn.Where(c => !char.IsWhiteSpace(c)));
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0) s = s[..slash];
        var hyphen = s.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 0) return s;
        var serial = s[(hyphen + 1)..];
        return serial.Length <= 6 && serial.All(char.IsAsciiDigit) ? s[..hyphen] + serial.PadLeft(6, '0') : s;
    }
}
