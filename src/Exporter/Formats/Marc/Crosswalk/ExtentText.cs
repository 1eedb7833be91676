using System.Globalization;
using System.Text.RegularExpressions;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>Page counts in 300 $a (crosswalks.md 1.4 import regex).</summary>
internal static partial class ExtentText
{
    [GeneratedRegex(@"^(\d{1,9}) pages?$")]
    private static partial Regex Simple();

    [GeneratedRegex(@"^(?:([ivxlc]+),\s*)?(\d{1,9})\s*(?:p\.?|pages?|pp\.?)(?:\W|$)", RegexOptions.IgnoreCase)]
    private static partial Regex InText();

    /// <summary>The count of a bare "N pages", or null.</summary>
    public static int? SimplePages(string s) => Simple().Match(s) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The page count inside a statement such as "xii, 160 p. : ill.", or null.</summary>
    public static int? PagesIn(string s) => InText().Match(s) is { Success: true } m && int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
