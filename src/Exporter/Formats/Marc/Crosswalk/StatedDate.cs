using System.Text.RegularExpressions;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// The date of publication as stated (264/260 $c), reduced to the Gregorian dates 008/07-14 codes (MARC 21
/// Bibliographic 008/07-14 and 008/06 <c>s</c>: "1980 [i.e. 1981]" is coded 1981; a non-Gregorian date is coded by
/// the Gregorian equivalent the cataloguer supplies in brackets, "744 i.e. 1983 or 1984" as 1983): "1990 [i.e. 1991]"
/// -> "1991", "2546 [2003]" -> "2003", "1365-   [1986-      ]" -> "1986-", "1962 [i.e. 1963]-&lt;80 &gt;" -> "1963-&lt;80 &gt;";
/// an AACR1 area separator at the end ("1932-1954. --") is dropped.
/// </summary>
internal static partial class StatedDate
{
    [GeneratedRegex(@"\d{4}\??\s*\[i\.\s?e\.,?\s*(?<y>\d{4})\??\]")]
    private static partial Regex Correction();

    [GeneratedRegex(@"^(?<before>.*?\d.*?)\[(?:i\.\s?e\.,?\s*)?(?<g>\d{4}[^\]]*)\]?")]
    private static partial Regex Equivalent();

    [GeneratedRegex(@"\s*--\s*$")]
    private static partial Regex AreaSeparator();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex FourDigits();

    /// <summary>The stated date with corrections and Gregorian equivalents put in place of what they correct.</summary>
    public static string Gregorian(string stated)
    {
        var s = AreaSeparator().Replace(stated.Trim(), "");
        s = Correction().Replace(s, m => m.Groups["y"].Value);
        if (Equivalent().Match(s) is { Success: true } m && OtherCalendar(m.Groups["before"].Value, m.Groups["g"].Value))
        {
            return m.Groups["g"].Value.Trim();                                    // "2546 [2003]", "Shōwa 43-<59> [1968-<1984>"
        }

        return s;
    }

    /// <summary>
    /// True when the date before the bracket is of another calendar than the bracketed Gregorian one: it has no
    /// four-digit year ("Shōwa 43", "752"), or its year is far from the bracketed one (Hijri, Thai, Hebrew years differ
    /// by more than fifty), so it is not a second date of the same calendar ("1999 [2000 printing]").
    /// </summary>
    private static bool OtherCalendar(string before, string bracketed)
    {
        var a = FirstYear(before);
        var b = FirstYear(bracketed);
        return b is not null && (a is null || Math.Abs(a.Value - b.Value) > 50);
    }

    /// <summary>The first four-digit year of a stated date, or null.</summary>
    public static int? FirstYear(string stated) =>
        FourDigits().Match(stated) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
