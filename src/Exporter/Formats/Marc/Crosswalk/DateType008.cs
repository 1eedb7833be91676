using System.Globalization;
using System.Text.RegularExpressions;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// 008/06-14, type of date and Date 1/Date 2 (row: year, first published, date of publication -> 008/06-14), from
/// the date of publication as stated (264/260 $c), following MARC 21 Bibliographic 008/06 "Type of date/Publication
/// status": <c>r</c> reprint with the original's date (First Published); for a continuing resource <c>c</c> currently
/// published (Date 2 <c>9999</c>) or <c>d</c> ceased ("1946-1951"); <c>m</c> multiple dates ("1925-" or
/// "1962-&lt;2001&gt;" open, Date 2 <c>9999</c>, or "1932-1954"); <c>t</c> publication and copyright or phonogram date
/// ("1996, c1968", "[2000?], p1980"); <c>q</c> questionable ("[between 1880 and 1893]"); <c>s</c> single date, unknown
/// digits as <c>u</c> ("[199-?]" -> 199u, "[2000s?]" -> 200u); <c>n</c> no date. Corrected and non-Gregorian dates are
/// coded by the date in brackets (<see cref="StatedDate"/>). A reprint (<c>r</c>) needs an original date that differs
/// from the reprint's; with the same year it is coded <c>s</c>.
/// </summary>
internal static partial class DateType008
{
    [GeneratedRegex(@"^\D*?(?<y1>\d{4})\??\]?\s*-\s*\[?(?:c|©|p|℗)?(?<y2>\d{4})?\??\]?\s*\.?$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^\[?(?<y1>\d{4})\??\]?,\s*\[?(?:c|©|cop\.\s?|p|℗)\s?(?<y2>\d{4})\??\]?\.?$")]
    private static partial Regex WithCopyright();

    [GeneratedRegex(@"^\[?between (?<y1>\d{4}) and (?<y2>\d{4})\??\]?\.?$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^\[?(?<digits>\d{2,3})(?<rest>-{1,2}|0s)\??\]?\.?$")]
    private static partial Regex Decade();

    [GeneratedRegex(@"^\D*?(?<y1>\d{4})\??\]?\s*-\s*<")]
    private static partial Regex OpenWithLatestSeen();

    /// <summary>The nine characters of 008/06-14.</summary>
    public static string Of(CatalogRecord r)
    {
        var raw = r.DateOfPublication?.Trim() ?? "";
        var stated = StatedDate.Gregorian(raw);
        var y1 = Year(stated != raw ? StatedDate.FirstYear(stated) ?? r.YearPublished : r.YearPublished);
        var serial = ResourceTypeCodes.For(r.ResourceType).Leader07 is 's' or 'i';
        if (Year(r.FirstPublished) is string original && original != y1) return "r" + (y1 ?? "uuuu") + original;
        if (OpenWithLatestSeen().Match(stated) is { Success: true } open) return (serial ? "c" : "m") + open.Groups["y1"].Value + "9999";
        if (Range().Match(stated) is { Success: true } range)
        {
            var first = range.Groups["y1"].Value;
            if (!range.Groups["y2"].Success) return (serial ? "c" : "m") + first + "9999";
            var last = range.Groups["y2"].Value;
            if (string.CompareOrdinal(last, first) > 0) return (serial ? "d" : "m") + first + last;
        }

        if (serial && y1 is not null) return "c" + y1 + "9999";
        if (WithCopyright().Match(stated) is { Success: true } copyright && copyright.Groups["y1"].Value != copyright.Groups["y2"].Value)
        {
            return "t" + copyright.Groups["y1"].Value + copyright.Groups["y2"].Value;
        }

        if (Between().Match(stated) is { Success: true } between) return "q" + between.Groups["y1"].Value + between.Groups["y2"].Value;
        if (Decade().Match(stated) is { Success: true } decade)
        {
            return "s" + decade.Groups["digits"].Value.PadRight(4, 'u') + "    ";
        }

        return y1 is null ? "nuuuuuuuu" : "s" + y1 + "    ";
    }

    private static string? Year(int? y) => y is >= 0 and <= 9999 ? y.Value.ToString("0000", CultureInfo.InvariantCulture) : null;
}
